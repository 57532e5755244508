// Package lt is the consumer statute of Lithuania as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Civil Code art. 6.228^10 and the
//     following articles: 14 days from receipt, extended by 12 months when
//     the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
//     goods and the standard delivery refunded within 14 days, deferred
//     until the goods or a proof of dispatch are back (art. 13, 14); a
//     conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
//     late-refund sanction found (not confirmed); non-delivery: no number
//     in the law (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): Civil Code art. 6.363 and
//     6.364 for contracts from 2022-01-01: 2 years, 1-year presumption, a
//     shorter period of at least 1 year for second-hand goods; the notice
//     duty and the limitation are not confirmed.
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
package lt

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
	Withdrawal = "Civil Code art. 6.228^10"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "Civil Code art. 6.228^10 ff."
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "Civil Code art. 6.363, 6.364"
)

// Calendar returns the market calendar (Lithuania, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "LT"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Civilinis kodeksas art. 6.228^10 to 6.228^16, 6.350 to 6.364",
		"Vartotojų teisių apsaugos įstatymas (VTAĮ) art. 21",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Lithuania: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "LT",
		Name:        "Lithuania",
		Language:    "lt",
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

// Refund returns the withdrawal and refund rules: Civil Code art. 6.228^10
// and the following articles: 14 days from receipt, extended by 12 months
// when the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
// goods and the standard delivery refunded within 14 days, deferred until
// the goods or a proof of dispatch are back (art. 13, 14); a conformity
// refund within 14 days (Directive 2019/771 art. 16(3)); no late-refund
// sanction found (not confirmed); non-delivery: no number in the law (art.
// 18 "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: Civil Code art. 6.363
// and 6.364 for contracts from 2022-01-01: 2 years, 1-year presumption, a
// shorter period of at least 1 year for second-hand goods; the notice duty
// and the limitation are not confirmed.
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
			Name:                  "Civil Code as amended",
			From:                  d("2022-01-01"),
			Basis:                 "Civil Code art. 6.363, 6.364",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "Civil Code art. 6.364"},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "Civil Code art. 6.350",
			PresumptionBasis:      "Civil Code art. 6.363, 6.364",
			RemedyBasis:           "Civil Code art. 6.363, 6.364",
			Unconfirmed:           []string{"notice", "action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "Civil Code as amended", Basis: "Civil Code art. 6.363, 6.364", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "Civil Code art. 6.364", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "Civil Code art. 6.363, 6.364", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "Civil Code art. 6.363, 6.364", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "Civil Code art. 6.364", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.notice", Value: "not confirmed", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "the trader answers within 14 days of a complaint, which must precede out-of-court resolution (no deemed acceptance)", Basis: "VTAĮ art. 21", Confidence: P, Note: "not modelled"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "Civil Code art. 6.228^10", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "Civil Code art. 6.228^10 ff.", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
