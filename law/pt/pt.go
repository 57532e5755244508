// Package pt is the consumer statute of Portugal as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): DL 24/2014 art. 10 and art. 12: 14
//     days from receipt, extended by 12 months when the buyer was not
//     informed (Directive 2011/83/EU art. 9, 10); the goods and the
//     standard delivery refunded within 14 days, deferred until the goods
//     or a proof of dispatch are back (art. 13, 14); a conformity refund
//     within 14 days (Directive 2019/771 art. 16(3)); a late withdrawal
//     refund is owed double; non-delivery: no number in the law (art. 18
//     "without undue delay"), no rule. A late refund is owed double (art.
//     12(6)); damages beyond it are not computed. The 30-day off-premises
//     period is not modelled.
//   - legal guarantee of conformity (Warranty): Decree-Law 84/2021 for
//     contracts from 2022-01-01: 3 years, 2-year presumption for new goods
//     and 1 year for second-hand ones, a shorter period of at least 18
//     months for second-hand goods by agreement, refurbished goods keep the
//     full 3 years, no notice duty, repair or replacement within 30 days;
//     the rights lapse 2 years after the buyer's communication (start not
//     confirmed).
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Contracts before 2022-01-01 have no regime here.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package pt

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/eu"
	"github.com/aftersales/aftersales/law/statute"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// Article citations used by the statute's rules.
const (
	// Withdrawal is the withdrawal period: 14 days from receipt.
	Withdrawal = "DL 24/2014 art. 10"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "DL 24/2014 art. 12"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "DL 84/2021 art. 12, 13"
	// LateRefund is the sanction of a late withdrawal refund.
	LateRefund = "DL 24/2014 art. 12(6)"
)

// Calendar returns the market calendar (Portugal, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "PT"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Decreto-Lei 84/2021",
		"Decreto-Lei 24/2014 art. 10 to 13",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Portugal: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "PT",
		Name:        "Portugal",
		Language:    "pt",
		Currency:    "EUR",
		Calendar:    Calendar(),
		Sources:     Sources(),
		Periods:     Periods(),
		Rules:       Rules(),
		Unconfirmed: []string{eu.PartialDeliveryPath},
		Refund:      Refund(),
		Warranty:    Warranty(),
	}
}

// Periods returns the rule of a period's last day in this market.
func Periods() statute.PeriodRule { return eu.Reg1182() }

// Refund returns the withdrawal and refund rules: DL 24/2014 art. 10 and
// art. 12: 14 days from receipt, extended by 12 months when the buyer was
// not informed (Directive 2011/83/EU art. 9, 10); the goods and the
// standard delivery refunded within 14 days, deferred until the goods or a
// proof of dispatch are back (art. 13, 14); a conformity refund within 14
// days (Directive 2019/771 art. 16(3)); a late withdrawal refund is owed
// double; non-delivery: no number in the law (art. 18 "without undue
// delay"), no rule. A late refund is owed double (art. 12(6)); damages
// beyond it are not computed. The 30-day off-premises period is not
// modelled.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	r.OnWithdrawal.LateSurcharge = refund.ScaleDouble
	r.OnWithdrawal.LateBasis = LateRefund
	return r
}

// Warranty returns the legal guarantee of conformity: Decree-Law 84/2021
// for contracts from 2022-01-01: 3 years, 2-year presumption for new goods
// and 1 year for second-hand ones, a shorter period of at least 18 months
// for second-hand goods by agreement, refurbished goods keep the full 3
// years, no notice duty, repair or replacement within 30 days; the rights
// lapse 2 years after the buyer's communication (start not confirmed).
func Warranty() warranty.Rules {
	return warranty.Rules{
		Conformity: warranty.Conformity{Regimes: Regimes(), Combine: warranty.Cumulative},
		Remedies:   warranty.Remedies{ConformityDays: 30, RefundDays: 14},
	}
}

// Regimes returns the conformity regimes by contract date, oldest first,
// ending with the regime of Directive (EU) 2024/1799 for contracts from
// 2026-07-31.
func Regimes() []warranty.Regime {
	d := calendar.MustParseDate
	g := []warranty.Regime{
		{
			Name:                  "DL 84/2021",
			From:                  d("2022-01-01"),
			Basis:                 "DL 84/2021 art. 12, 13",
			Window:                warranty.Appearance,
			Months:                36,
			PresumptionNewMonths:  24,
			PresumptionUsedMonths: 12,
			RefurbishedFullPeriod: true,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 18, Basis: "DL 84/2021 art. 12"},
			Notice:                warranty.Notice{Kind: warranty.NoNotice, Basis: "DL 84/2021"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsFromNotice, Months: 24, Basis: "DL 84/2021"},
			ScopeBasis:            "DL 84/2021 art. 3",
			PresumptionBasis:      "DL 84/2021 art. 13",
			RemedyBasis:           "DL 84/2021 art. 15 to 18",
			Unconfirmed:           []string{"action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "DL 84/2021", Basis: "DL 84/2021 art. 12, 13", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.liability", Value: "36 months (defect appearing, from delivery)", Basis: "DL 84/2021 art. 12", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "DL 84/2021 art. 13", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "DL 84/2021 art. 13", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 18 months, by agreement", Basis: "DL 84/2021 art. 12", Confidence: C, From: d("2022-01-01"), Note: "by agreement; refurbished goods stated as such on the invoice keep the 3 years"},
		{Key: "conformity.notice", Value: "none (abolished; only a provable communication)", Basis: "DL 84/2021", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "24 months from the buyer's communication (the 2 years [P]; the start not confirmed)", Basis: "DL 84/2021", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(true),
		{Key: "conformity.remedy_deadline", Value: "30 days", Basis: "DL 84/2021", Confidence: C},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "DL 24/2014 art. 10", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "DL 24/2014 art. 12", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "double the sum due (plus damages)", Basis: "DL 24/2014 art. 12(6)", Confidence: P},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
