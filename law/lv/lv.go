// Package lv is the consumer statute of Latvia as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Consumer Rights Protection Law
//     (PTAL) and the same law: 14 days from receipt, extended by 12 months
//     when the buyer was not informed (Directive 2011/83/EU art. 9, 10);
//     the goods and the standard delivery refunded within 14 days, deferred
//     until the goods or a proof of dispatch are back (art. 13, 14); a
//     conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
//     late-refund sanction found (not confirmed); non-delivery: no number
//     in the law (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): the Consumer Rights
//     Protection Law (PTAL) as amended for contracts from 2022-03-15: 2
//     years (art. 27), notice within 2 months of discovery; the 1-year
//     presumption, the used-goods shortening and the limitation are not
//     confirmed.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Contracts before 2022-03-15 have no regime here.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package lv

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
	Withdrawal = "PTAL art. 12"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "PTAL; Directive 2011/83/EU art. 13"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "PTAL art. 27 ff."
)

// Calendar returns the market calendar (Latvia, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "LV"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Patērētāju tiesību aizsardzības likums (PTAL)",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Latvia: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "LV",
		Name:        "Latvia",
		Language:    "lv",
		Currency:    "EUR",
		Calendar:    Calendar(),
		Sources:     Sources(),
		Periods:     Periods(),
		Rules:       Rules(),
		Unconfirmed: []string{eu.PartialDeliveryPath, eu.LateSurchargePath},
		Refund:      Refund(),
		Warranty:    Warranty(),
	}
}

// Periods returns the rule of a period's last day in this market.
func Periods() statute.PeriodRule { return eu.Reg1182() }

// Refund returns the withdrawal and refund rules: Consumer Rights
// Protection Law (PTAL) and the same law: 14 days from receipt, extended by
// 12 months when the buyer was not informed (Directive 2011/83/EU art. 9,
// 10); the goods and the standard delivery refunded within 14 days,
// deferred until the goods or a proof of dispatch are back (art. 13, 14); a
// conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
// late-refund sanction found (not confirmed); non-delivery: no number in
// the law (art. 18 "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the Consumer Rights
// Protection Law (PTAL) as amended for contracts from 2022-03-15: 2 years
// (art. 27), notice within 2 months of discovery; the 1-year presumption,
// the used-goods shortening and the limitation are not confirmed.
func Warranty() warranty.Rules {
	return warranty.Rules{
		Conformity: warranty.Conformity{Regimes: Regimes(), Combine: warranty.Cumulative},
		Remedies:   warranty.Remedies{ConformityDays: 0, RefundDays: 14},
	}
}

// Regimes returns the conformity regimes by contract date, oldest first,
// ending with the regime of Directive (EU) 2024/1799 for contracts from
// 2026-07-31.
func Regimes() []warranty.Regime {
	d := calendar.MustParseDate
	g := []warranty.Regime{
		{
			Name:                  "PTAL as amended",
			From:                  d("2022-03-15"),
			Basis:                 "PTAL art. 27 ff.",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.StrictNotice, Months: 2, Basis: "PTAL"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "PTAL art. 27",
			PresumptionBasis:      "PTAL art. 27 ff.",
			RemedyBasis:           "PTAL",
			Unconfirmed:           []string{"presumption_new_months", "presumption_used_months", "used", "action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "PTAL as amended", Basis: "PTAL art. 27 ff.", Confidence: C, From: d("2022-03-15")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "PTAL art. 27", Confidence: C, From: d("2022-03-15")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-03-15"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "PTAL art. 27 ff.", Confidence: U, From: d("2022-03-15")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "PTAL art. 27 ff.", Confidence: U, From: d("2022-03-15")},
		{Key: "conformity.used_shortening", Value: "not confirmed (the full period is kept)", Basis: "Directive (EU) 2019/771 art. 10(6)", Confidence: U, From: d("2022-03-15")},
		{Key: "conformity.notice", Value: "2 months from discovery, or the remedies are lost", Basis: "PTAL", Confidence: P, From: d("2022-03-15")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, From: d("2022-03-15")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-03-15"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "not confirmed", Basis: "—", Confidence: U, Note: "not modelled"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "PTAL art. 12", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "PTAL; Directive 2011/83/EU art. 13", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
