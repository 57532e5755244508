// Package de is the consumer statute of Germany as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): BGB §§312g, 355, 356 and §357: 14
//     days from receipt, extended by 12 months when the buyer was not
//     informed (Directive 2011/83/EU art. 9, 10); the goods and the
//     standard delivery refunded within 14 days, deferred until the goods
//     or a proof of dispatch are back (art. 13, 14); a conformity refund
//     within 14 days (Directive 2019/771 art. 16(3)); no late-refund
//     sanction found (not confirmed); non-delivery: no number in the law
//     (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): BGB §§474 ff. for contracts
//     from 2022-01-01: the claims are time-barred 2 years after delivery
//     (§438(1) no. 3), not before 4 months after the defect first showed
//     nor 2 months after repaired or replacement goods came back (§475e);
//     1-year presumption (§477); the limitation may be shortened to 1 year
//     for second-hand goods by a separate agreement (§476(2)); no notice
//     duty.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Periods follow BGB §193 (a last day on a Saturday, Sunday or general
// holiday at the place of the declaration moves to the next working day):
// the Land's holidays need the region of the calendar, which the statute
// leaves empty (national holidays only).
//
// Contracts before 2022-01-01 have no regime here.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package de

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
	Withdrawal = "BGB §§312g, 355"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "BGB §357"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "BGB §§474 ff., 438(1) no. 3"
)

// Calendar returns the market calendar (Germany, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "DE"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Bürgerliches Gesetzbuch (BGB) §§193, 312g, 355 to 357, 438, 474 to 477",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
	}
}

// Statute returns the consumer statute of Germany: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "DE",
		Name:        "Germany",
		Language:    "de",
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
func Periods() statute.PeriodRule {
	return statute.PeriodRule{Kind: statute.BGB193, Basis: "BGB §193", Confidence: statute.Confirmed, Note: "Land holidays: give the region"}
}

// Refund returns the withdrawal and refund rules: BGB §§312g, 355, 356 and
// §357: 14 days from receipt, extended by 12 months when the buyer was not
// informed (Directive 2011/83/EU art. 9, 10); the goods and the standard
// delivery refunded within 14 days, deferred until the goods or a proof of
// dispatch are back (art. 13, 14); a conformity refund within 14 days
// (Directive 2019/771 art. 16(3)); no late-refund sanction found (not
// confirmed); non-delivery: no number in the law (art. 18 "without undue
// delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: BGB §§474 ff. for
// contracts from 2022-01-01: the claims are time-barred 2 years after
// delivery (§438(1) no. 3), not before 4 months after the defect first
// showed nor 2 months after repaired or replacement goods came back
// (§475e); 1-year presumption (§477); the limitation may be shortened to 1
// year for second-hand goods by a separate agreement (§476(2)); no notice
// duty.
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
			Name:                  "BGB 2022",
			From:                  d("2022-01-01"),
			Basis:                 "BGB §§474 ff., 438(1) no. 3",
			Window:                warranty.Action,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "BGB §476(2)"},
			Notice:                warranty.Notice{Kind: warranty.NoNotice, Basis: "BGB §§474 ff."},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.WithPeriod, AfterAppearanceMonths: 4, AfterReturnMonths: 2, Basis: "BGB §475e"},
			ScopeBasis:            "BGB §474",
			PresumptionBasis:      "BGB §477",
			RemedyBasis:           "BGB §§437, 439, 440, 441",
			Unconfirmed:           []string{"repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "BGB 2022", Basis: "BGB §§474 ff., 438(1) no. 3", Confidence: C, From: d("2022-01-01"), Note: "Directive 2019/771 art. 10(5): a limitation model, not a liability period"},
		{Key: "conformity.liability", Value: "24 months (limitation of the action, from delivery)", Basis: "BGB §438(1) no. 3", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "BGB §477", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "BGB §477", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "BGB §476(2)", Confidence: C, From: d("2022-01-01"), Note: "the limitation, by an express, separate agreement after specific information"},
		{Key: "conformity.notice", Value: "none", Basis: "BGB §§474 ff.", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "with the period; not before 4 months after the defect showed nor 2 months after the goods came back", Basis: "BGB §475e", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "BGB §§312g, 355", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "BGB §356(3)", Confidence: C, Note: "12 months and 14 days at most"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "BGB §357", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "BGB §193: last day on a Saturday, Sunday or general holiday moves to the next working day", Basis: "BGB §193", Confidence: C, Note: "Land holidays: give the region"},
	}
}
