// Package at is the consumer statute of Austria as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): FAGG §11 and §14: 14 days from
//     receipt, extended by 12 months when the buyer was not informed
//     (Directive 2011/83/EU art. 9, 10); the goods and the standard
//     delivery refunded within 14 days, deferred until the goods or a proof
//     of dispatch are back (art. 13, 14); a conformity refund within 14
//     days (Directive 2019/771 art. 16(3)); no late-refund sanction found
//     (not confirmed); non-delivery: no number in the law (art. 18 "without
//     undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): the
//     Verbrauchergewährleistungsgesetz (VGG) for contracts from 2022-01-01:
//     2 years from handover (§10), 1-year presumption (§11), a shorter
//     period of at least 1 year for second-hand goods by separate
//     agreement, no notice duty, action within 3 months after the period
//     ends (§28: 2 years and 3 months).
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Contracts before 2022-01-01 have no regime here (the research gives no
// earlier presumption): an assessment refuses them with a clear "no regime"
// error.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package at

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
	Withdrawal = "FAGG §11"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "FAGG §14"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "VGG §§10, 11"
)

// Calendar returns the market calendar (Austria, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "AT"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Verbrauchergewährleistungsgesetz (VGG), BGBl. I 175/2021",
		"Fern- und Auswärtsgeschäfte-Gesetz (FAGG) §§11 to 15",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Austria: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "AT",
		Name:        "Austria",
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
func Periods() statute.PeriodRule { return eu.Reg1182() }

// Refund returns the withdrawal and refund rules: FAGG §11 and §14: 14 days
// from receipt, extended by 12 months when the buyer was not informed
// (Directive 2011/83/EU art. 9, 10); the goods and the standard delivery
// refunded within 14 days, deferred until the goods or a proof of dispatch
// are back (art. 13, 14); a conformity refund within 14 days (Directive
// 2019/771 art. 16(3)); no late-refund sanction found (not confirmed);
// non-delivery: no number in the law (art. 18 "without undue delay"), no
// rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the
// Verbrauchergewährleistungsgesetz (VGG) for contracts from 2022-01-01: 2
// years from handover (§10), 1-year presumption (§11), a shorter period of
// at least 1 year for second-hand goods by separate agreement, no notice
// duty, action within 3 months after the period ends (§28: 2 years and 3
// months).
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
			Name:                  "VGG",
			From:                  d("2022-01-01"),
			Basis:                 "VGG §§10, 11",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "VGG §10"},
			Notice:                warranty.Notice{Kind: warranty.NoNotice, Basis: "VGG"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsAfterPeriod, Months: 3, Basis: "VGG §28"},
			ScopeBasis:            "VGG §1",
			PresumptionBasis:      "VGG §11",
			RemedyBasis:           "VGG §§12 to 17",
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
		{Key: "conformity.regime", Value: "VGG", Basis: "VGG §§10, 11", Confidence: C, From: d("2022-01-01"), Note: "B2B sales stay under ABGB §§922 ff."},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "VGG §10", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "VGG §11", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "VGG §11", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "VGG §10", Confidence: P, From: d("2022-01-01"), Note: "only by an express, separately negotiated agreement, not in general terms"},
		{Key: "conformity.notice", Value: "none", Basis: "VGG", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "3 months after the period ends", Basis: "VGG §28", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "FAGG §11", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "FAGG §14", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
