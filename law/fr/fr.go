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
			Basis: ConformityRefund, DeadlineBasis: ConformityRefundDeadline,
		},
		OnNonDelivery: refund.Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, PartialDelivery: refund.SplitProRata,
			DeadlineDays: 14, LateSurcharge: refund.ScaleL2414,
			Basis: NonDeliveryRefund, DeadlineBasis: NonDeliveryRefund,
		},
	}
}
