// Package fr is the French consumer statute as data, in the rule packages'
// types, each rule with the article it comes from:
//
//   - withdrawal and refunds (Refund): Code de la consommation L221-18 to
//     L221-28 (withdrawal period, its extension when the buyer was not
//     informed, what a withdrawal refunds and by when), L242-4 (surcharge
//     on a late withdrawal refund), L217-11 and L217-16 (a conformity
//     refund is free for the buyer), L217-17 (its deadline), L216-6 and
//     L216-7 (non-delivery refund), L241-4 (its late surcharge);
//   - legal guarantees (Warranty): C. consom. L217-1 to L217-17 with the
//     former L211-7, L211-12, L217-7 and L217-12 for contracts concluded
//     before 2022 (conformity, presumption, repair extension, imposed
//     replacement), L217-10 (30 days to repair or replace), Code civil
//     1641 to 1648 (hidden defects), 2224 (limitation) and 2232 (long
//     stop); listing duties: C. consom. L111-4 (spare parts), C. env.
//     L541-9-2 with décrets 2020-1757, 2022-748, 2024-316 (repairability
//     and durability indices) and Delegated Reg. (EU) 2023/1669 (energy
//     label of phones and tablets);
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): French law sets none; each is the zero Rules, "no rule".
//
// Periods follow Regulation (EEC, Euratom) 1182/71 on the French calendar
// (Calendar). Interpretation choices: a partial withdrawal refunds the
// delivery pro rata (the Code is silent on partial returns); the deadline
// of a refund after a conformity claim is read as 14 days (L217-17, not
// confirmed by case law). Every function returns a fresh value that shares
// no memory with any other call.
package fr

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/law/statute"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
)

// Article citations used by the statute's rules.
const (
	// Withdrawal is the withdrawal period: 14 days from receipt.
	Withdrawal = "C. consom. L221-18"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "C. consom. L221-24"
	// ConformityRefund is the refund after a conformity claim.
	ConformityRefund = "C. consom. L217-16"
	// ConformityRefundDeadline is the deadline of a conformity refund.
	ConformityRefundDeadline = "C. consom. L217-17"
	// NonDeliveryRefund is the refund when the goods are not delivered.
	NonDeliveryRefund = "C. consom. L216-7"
	// SpareParts is the spare-parts information duty.
	SpareParts = "C. consom. L111-4"
	// HiddenDefects is the hidden-defect guarantee and its limits.
	HiddenDefects = "C. civ. 1641, 1648, 2232"
)

// Calendar returns the French market calendar (metropolitan France;
// Alsace-Moselle and the overseas departments are regions of it).
func Calendar() calendar.Spec { return calendar.Spec{Market: "FR"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Code de la consommation (L111-4, L216-6, L216-7, L217-1 to L217-32, L221-18 to L221-28, L241-4, L242-4)",
		"Code civil (1641 to 1649, 2224, 2232)",
		"Code de l'environnement (L541-9-2)",
		"Delegated Regulation (EU) 2023/1669",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// SLA returns the statutory reply deadlines: none. French consumer law
// sets no time within which a seller answers a buyer's message.
func SLA() sla.Rules { return sla.Rules{} }

// Dispute returns the statutory dispute rules: none. The statute sets no
// dispute grounds, escalation ladder, reference format, takeover or
// sanctions for a marketplace seller.
func Dispute() dispute.Rules { return dispute.Rules{} }

// Conduct returns the statutory seller-conduct rules: none. French consumer
// law does not forbid a seller and a buyer from talking outside a
// marketplace, does not forbid canned replies and does not fix what a
// listing shows beyond the pre-contract information modelled by Warranty.
// Unsolicited marketing by e-mail or SMS needs the recipient's prior
// consent (C. P&CE L34-5), which a message does not show: not modelled.
func Conduct() conduct.Rules { return conduct.Rules{} }

// Refund returns the statutory withdrawal and refund rules: a 14-day
// withdrawal right for consumers (L221-18), extended by 12 months when the
// buyer was not informed of it, or ending 14 days after a late information
// (L221-20); a withdrawal refunds the goods and the standard delivery but
// neither the surcharge for a dearer delivery mode nor the return cost
// (L221-23, L221-24), within 14 days, deferred until the goods or a proof
// of shipment are back, with the L242-4 surcharge when late; a refund after
// a conformity claim is free for the buyer (L217-11, L217-16); a refund for
// non-delivery returns all sums paid (L216-7), with the L241-4 surcharge.
func Refund() refund.Rules {
	return refund.Rules{
		Withdrawal: refund.WithdrawalRules{Days: 14, NotInformedMonths: 12, InformedLateDays: 14, Basis: Withdrawal},
		OnWithdrawal: refund.Components{
			Parts: true, Delivery: true, Deduction: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: refund.ScaleL2424,
			Basis: WithdrawalRefund, DeadlineBasis: WithdrawalRefund,
		},
		OnConformity: refund.Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, ReturnShipping: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: refund.ScaleNone,
			// L217-17: 14 days from the goods' return or the proof of their
			// dispatch, as package warranty counts a rescission's refund.
			DeadlineFrom: "return",
			Basis:        ConformityRefund, DeadlineBasis: ConformityRefundDeadline,
		},
		OnNonDelivery: refund.Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, LateSurcharge: refund.ScaleL2414,
			Basis: NonDeliveryRefund, DeadlineBasis: NonDeliveryRefund,
		},
	}
}

// Statute returns the French consumer statute: every section, the table
// of its rules and its period rule.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "FR",
		Name:        "France",
		Language:    "fr",
		Currency:    "EUR",
		Calendar:    Calendar(),
		Sources:     Sources(),
		Periods:     statute.PeriodRule{Kind: statute.Reg1182, Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4); C. consom. L221-19", Confidence: statute.Confirmed},
		Rules:       Rules(),
		Unconfirmed: []string{"refund.on_withdrawal.partial_delivery", "refund.on_conformity.deadline_days"},
		SLA:         SLA(),
		Refund:      Refund(),
		Warranty:    Warranty(),
		Dispute:     Dispute(),
		Conduct:     Conduct(),
	}
}

// Rules returns the French statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "ord. 2005-136", Basis: "C. consom. former L211-1 ff.", Confidence: C, Until: d("2016-03-17")},
		{Key: "conformity.regime", Value: "loi 2014-344", Basis: "C. consom. former L217-1 ff.", Confidence: C, From: d("2016-03-18"), Until: d("2021-12-31")},
		{Key: "conformity.regime", Value: "ord. 2021-1247", Basis: "C. consom. L217-1 ff.", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.liability", Value: "24 months (action, from delivery)", Basis: "C. consom. former L211-12, L217-12", Confidence: C, Until: d("2021-12-31")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "C. consom. L217-3", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: C},
		{Key: "conformity.presumption_new", Value: "6 months", Basis: "C. consom. former L211-7", Confidence: C, Until: d("2016-03-17")},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "C. consom. former L217-7; L217-7", Confidence: C, From: d("2016-03-18")},
		{Key: "conformity.presumption_used", Value: "6 months", Basis: "C. consom. former L211-7, L217-7", Confidence: C, Until: d("2021-12-31")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "C. consom. L217-7", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "not allowed", Basis: "C. consom. L217-3", Confidence: P},
		{Key: "conformity.notice", Value: "none", Basis: "C. consom. L217-1 ff.", Confidence: C},
		{Key: "conformity.limitation", Value: "5 years from knowledge, at most 20 years from delivery", Basis: "C. civ. 2224, 2232", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "+6 months per repair; new period after an imposed replacement", Basis: "C. consom. L217-13", Confidence: C, From: d("2022-01-01"), Until: d("2026-07-30")},
		{Key: "conformity.repair_extension", Value: "+12 months once after a repair", Basis: "Directive (EU) 2024/1799 art. 16 (2019/771 art. 10(2a))", Confidence: U, From: d("2026-07-31"), Note: "French transposition not confirmed"},
		{Key: "conformity.remedy_deadline", Value: "30 days", Basis: "C. consom. L217-10", Confidence: C},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "C. consom. L217-17", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: C},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: C},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: Withdrawal, Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "C. consom. L221-20", Confidence: C},
		{Key: "withdrawal.refund_deadline", Value: "14 days", Basis: WithdrawalRefund, Confidence: C},
		{Key: "withdrawal.late_refund", Value: "surcharges of 5 % to 50 % and more (L242-4)", Basis: "C. consom. L242-4", Confidence: C},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. 1182/71 art. 3(4)", Confidence: C},
	}
}
