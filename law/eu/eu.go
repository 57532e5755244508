// Package eu holds the EU-level defaults every EU/EEA market package of
// package law builds on: the withdrawal and refund rules of Directive
// 2011/83/EU (consumer rights), the conformity refund of Directive (EU)
// 2019/771 (sale of goods) and the conformity regime for contracts from
// 31 July 2026 under Directive (EU) 2024/1799 (right to repair).
//
// Every function returns a fresh value that shares no memory with any
// other call; the values are plain data, safe for concurrent reads.
// Daylight-saving time does not affect them (their periods are counted in
// days and months on the market's calendar).
//
// A market package imports this package and law/statute, never package
// law (internal/archtest enforces it).
package eu

import (
	"slices"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/statute"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// Citations of the EU texts.
const (
	// CRD is the consumer-rights directive.
	CRD = "Directive 2011/83/EU"
	// SGD is the sale-of-goods directive.
	SGD = "Directive (EU) 2019/771"
	// RepairDirectiveText is the right-to-repair directive.
	RepairDirectiveText = "Directive (EU) 2024/1799"
	// Withdrawal is the 14-day withdrawal period.
	Withdrawal = CRD + " art. 9"
	// NotInformed is the extension when the buyer was not informed.
	NotInformed = CRD + " art. 10"
	// WithdrawalRefund is the refund after a withdrawal and its deadline.
	WithdrawalRefund = CRD + " art. 13"
	// ConformityRefund is the refund after a price reduction or
	// termination for lack of conformity.
	ConformityRefund = SGD + " art. 16(3)"
	// RemedyTime is the repair or replacement "within a reasonable time".
	RemedyTime = SGD + " art. 14(1)"
	// RepairExtension is the 12-month extension once after a repair.
	RepairExtension = RepairDirectiveText + " art. 16 (2019/771 art. 10(2a))"
	// Periods is the EU rule for the last day of a period.
	Periods = "Reg. (EEC, Euratom) 1182/71 art. 3(4)"
)

// RepairFrom returns the first contract date Directive (EU) 2024/1799's
// amendments of Directive 2019/771 govern: 31 July 2026.
func RepairFrom() calendar.Date { return calendar.MustParseDate("2026-07-31") }

// PartialDeliveryPath is the Statute.Unconfirmed path of the delivery
// split on a partial withdrawal: the directive is silent, the library
// refunds the delivery pro rata.
const PartialDeliveryPath = "refund.on_withdrawal.partial_delivery"

// LateSurchargePath is the Statute.Unconfirmed path of the late-refund
// sanction, for markets where the research could not confirm it.
const LateSurchargePath = "refund.on_withdrawal.late_surcharge"

// Refund returns the withdrawal and refund rules of Directive 2011/83/EU
// with the national citations withdrawalBasis (the 14-day period, art. 9)
// and refundBasis (the refund, art. 13 and 14): 14 days from receipt;
// when the buyer was not informed of the right, 12 months more, or 14
// days from a late information (art. 10); the refund covers the goods and
// the standard delivery, not the surcharge for a dearer delivery mode nor
// the return (art. 13(2), 14(1)), minus the diminished value from
// handling beyond what was needed (art. 14(2)), within 14 days of being
// informed, deferred until the goods or a proof of dispatch are back
// (art. 13(1), 13(3)); on a partial return the delivery is refunded pro
// rata (not confirmed: list PartialDeliveryPath in Statute.Unconfirmed);
// no late surcharge (a market with one sets it). A refund after a price
// reduction or termination for lack of conformity is free for the buyer
// and due within 14 days (Directive 2019/771 art. 16(3), art. 14(1)).
// Non-delivery is left without a rule: art. 18 of Directive 2011/83 says
// "without undue delay" and gives no number. The period's last day follows
// the market's period rule, cited from periods.
func Refund(withdrawalBasis, refundBasis string, periods statute.PeriodRule) refund.Rules {
	return refund.Rules{
		Withdrawal: refund.WithdrawalRules{Days: 14, NotInformedMonths: 12, InformedLateDays: 14, Basis: withdrawalBasis, PeriodBasis: periods.Basis},
		OnWithdrawal: refund.Components{
			Parts: true, Delivery: true, Deduction: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: refund.ScaleNone,
			Basis: refundBasis, DeadlineBasis: refundBasis,
		},
		OnConformity: refund.Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, ReturnShipping: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: refund.ScaleNone,
			Basis: SGD + " art. 14(1), 16(3)", DeadlineBasis: ConformityRefund,
		},
	}
}

// Reg1182 is the period rule of most markets: Regulation (EEC, Euratom)
// 1182/71 art. 3(4), a last day on a Saturday, Sunday or public holiday
// of the market's calendar moving to the next working day. Its application
// to national consumer periods is taken from secondary sources (partial).
func Reg1182() statute.PeriodRule {
	return statute.PeriodRule{Kind: statute.Reg1182, Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: statute.Partial, Note: "national holidays of the market calendar"}
}

// RepairDirective returns the regime for contracts from RepairFrom built
// on prev, the market's regime before: the period is extended once, by
// 12 months, after a repair (Directive 2019/771 art. 10(2a) as amended by
// Directive (EU) 2024/1799 art. 16). The national transposition is not
// confirmed for any market, so "repair_extension_months" is added to the
// regime's Unconfirmed; a market with a period of 36 months or more may
// derogate (art. 10(5a)): its Rules table says so.
func RepairDirective(prev warranty.Regime) warranty.Regime {
	g := prev
	g.Name = prev.Name + " + Dir. 2024/1799"
	g.From = RepairFrom()
	g.Basis = prev.Basis + "; " + RepairDirectiveText + " art. 16"
	g.RepairExtensionMonths = 12
	g.RepairExtensionOnce = true
	g.Unconfirmed = slices.Clone(prev.Unconfirmed)
	if !slices.Contains(g.Unconfirmed, "repair_extension_months") {
		g.Unconfirmed = append(g.Unconfirmed, "repair_extension_months")
	}
	if i := slices.Index(g.Unconfirmed, "from"); i >= 0 {
		// The Directive's date is certain, whatever the previous regime's.
		g.Unconfirmed = slices.Delete(g.Unconfirmed, i, i+1)
	}
	return g
}

// RepairRule returns the row of a Rules table for the repair extension of
// Directive (EU) 2024/1799 for contracts from RepairFrom, unconfirmed
// (the transposition is not confirmed); derogation notes that the market's
// period of 36 months or more lets it derogate (art. 10(5a)).
func RepairRule(derogation bool) statute.Rule {
	note := "national transposition not confirmed"
	if derogation {
		note += "; a market with a period of 3 years or more may derogate (2019/771 art. 10(5a))"
	}
	return statute.Rule{
		Key: "conformity.repair_extension", Value: "+12 months once after a repair", Basis: RepairExtension,
		Confidence: statute.Unconfirmed, From: RepairFrom(), Note: note,
	}
}
