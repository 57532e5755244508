// Package no is the consumer statute of Norway as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): the Cancellation Act
//     (angrerettloven) §20 and the following sections: 14 days from
//     receipt, extended by 12 months when the buyer was not informed
//     (Directive 2011/83/EU art. 9, 10); the goods and the standard
//     delivery refunded within 14 days, deferred until the goods or a proof
//     of dispatch are back (art. 13, 14); a conformity refund within 14
//     days (Directive 2019/771 art. 16(3)); no late-refund sanction found
//     (not confirmed); non-delivery: no number in the law (art. 18 "without
//     undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): the Consumer Purchases Act
//     (forbrukerkjøpsloven) for contracts from 2024-01-01: 2 years, 5 years
//     for goods or parts meant to last considerably longer (§27: the case
//     says long_lasting), 2-year presumption (§18; before: 6 months),
//     notice within a reasonable time, never less than 2 months (§27(1)),
//     and the 3-year limitation with 1 more year from knowledge
//     (foreldelsesloven); the used-goods shortening is not confirmed.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Language: "nb" (Bokmål); currency: NOK. Norway is in the EEA: whether
// Directive (EU) 2024/1799 will apply there is not confirmed (its regime is
// unconfirmed like every market's).
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package no

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
	Withdrawal = "Angrerettloven §20"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "Angrerettloven §§20 ff."
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "Forbrukerkjøpsloven §§18, 27"
)

// Calendar returns the market calendar (Norway, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "NO"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Lov om forbrukerkjøp (forbrukerkjøpsloven) §§15 to 34",
		"Lov om foreldelse av fordringer (foreldelsesloven) §§3, 10",
		"Lov om angrerett (angrerettloven)",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Norway: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "NO",
		Name:        "Norway",
		Language:    "nb",
		Currency:    "NOK",
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

// Refund returns the withdrawal and refund rules: the Cancellation Act
// (angrerettloven) §20 and the following sections: 14 days from receipt,
// extended by 12 months when the buyer was not informed (Directive
// 2011/83/EU art. 9, 10); the goods and the standard delivery refunded
// within 14 days, deferred until the goods or a proof of dispatch are back
// (art. 13, 14); a conformity refund within 14 days (Directive 2019/771
// art. 16(3)); no late-refund sanction found (not confirmed); non-delivery:
// no number in the law (art. 18 "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the Consumer
// Purchases Act (forbrukerkjøpsloven) for contracts from 2024-01-01: 2
// years, 5 years for goods or parts meant to last considerably longer (§27:
// the case says long_lasting), 2-year presumption (§18; before: 6 months),
// notice within a reasonable time, never less than 2 months (§27(1)), and
// the 3-year limitation with 1 more year from knowledge (foreldelsesloven);
// the used-goods shortening is not confirmed.
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
			Name:                  "Forbrukerkjøpsloven before 2024",
			Basis:                 "Forbrukerkjøpsloven (former text) §§18, 27",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  6,
			PresumptionUsedMonths: 6,
			LongLastingMonths:     60,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "Forbrukerkjøpsloven §1",
			PresumptionBasis:      "Forbrukerkjøpsloven (former text) §§18, 27",
			RemedyBasis:           "Forbrukerkjøpsloven §§26 ff.",
			Unconfirmed:           []string{"used", "notice", "action", "repair_extension_months"},
		},
		{
			Name:                  "Forbrukerkjøpsloven 2024",
			From:                  d("2024-01-01"),
			Basis:                 "Forbrukerkjøpsloven §§18, 27",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  24,
			PresumptionUsedMonths: 24,
			LongLastingMonths:     60,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.ReasonableNotice, Months: 2, Basis: "Forbrukerkjøpsloven §27(1)"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsFromDelivery, Months: 36, AfterAppearanceMonths: 12, Basis: "Foreldelsesloven §§3, 10"},
			ScopeBasis:            "Forbrukerkjøpsloven §1",
			PresumptionBasis:      "Forbrukerkjøpsloven §18",
			RemedyBasis:           "Forbrukerkjøpsloven §§26 ff.",
			Unconfirmed:           []string{"used", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "Forbrukerkjøpsloven before 2024", Basis: "Forbrukerkjøpsloven (former text) §§18, 27", Confidence: P, Until: d("2023-12-31"), Note: "Directive 1999/44 transposition; only the period and the presumption were researched"},
		{Key: "conformity.regime", Value: "Forbrukerkjøpsloven 2024", Basis: "Forbrukerkjøpsloven §§18, 27", Confidence: C, From: d("2024-01-01"), Note: "the seller gets one repair attempt (not modelled)"},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "Forbrukerkjøpsloven (former text) §§18, 27", Confidence: P, Until: d("2023-12-31")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "Forbrukerkjøpsloven §27", Confidence: C, From: d("2024-01-01")},
		{Key: "conformity.long_lasting", Value: "60 months for goods meant to last considerably longer", Basis: "Forbrukerkjøpsloven (former text) §§18, 27", Confidence: P, Until: d("2023-12-31")},
		{Key: "conformity.long_lasting", Value: "60 months for goods meant to last considerably longer", Basis: "Forbrukerkjøpsloven §27", Confidence: C, From: d("2024-01-01")},
		{Key: "conformity.presumption_new", Value: "6 months", Basis: "Forbrukerkjøpsloven (former text) §§18, 27", Confidence: C, Until: d("2023-12-31")},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "Forbrukerkjøpsloven §18", Confidence: C, From: d("2024-01-01")},
		{Key: "conformity.presumption_used", Value: "6 months", Basis: "Forbrukerkjøpsloven (former text) §§18, 27", Confidence: P, Until: d("2023-12-31")},
		{Key: "conformity.presumption_used", Value: "24 months", Basis: "Forbrukerkjøpsloven §18", Confidence: P, From: d("2024-01-01")},
		{Key: "conformity.used_shortening", Value: "not confirmed (the full period is kept)", Basis: "Directive (EU) 2019/771 art. 10(6)", Confidence: U},
		{Key: "conformity.notice", Value: "not confirmed", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, Until: d("2023-12-31")},
		{Key: "conformity.notice", Value: "within a reasonable time; 2 months always in time", Basis: "Forbrukerkjøpsloven §27(1)", Confidence: C, From: d("2024-01-01")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, Until: d("2023-12-31")},
		{Key: "conformity.limitation", Value: "36 months from delivery; not before 12 months after the defect showed", Basis: "Foreldelsesloven §§3, 10", Confidence: P, From: d("2024-01-01"), Note: "Foreldelsesloven 3 years + 1 year from knowledge (§10), read from the appearance; runs alongside the complaint deadline"},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "Angrerettloven §20", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "Angrerettloven §§20 ff.", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
