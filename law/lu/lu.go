// Package lu is the consumer statute of Luxembourg as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Code de la consommation L.222-9 and
//     L.222-10: 14 days from receipt, extended by 12 months when the buyer
//     was not informed (Directive 2011/83/EU art. 9, 10); the goods and the
//     standard delivery refunded within 14 days, deferred until the goods
//     or a proof of dispatch are back (art. 13, 14); a conformity refund
//     within 14 days (Directive 2019/771 art. 16(3)); no late-refund
//     sanction found (not confirmed); non-delivery: no number in the law
//     (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): Code de la consommation
//     L.212-1 ff. (start date not confirmed, 2022-01-01 assumed): 2 years,
//     12-month presumption, a shorter period of at least 1 year for
//     second-hand goods (not for cars under a year old); the notice duty is
//     not confirmed; the action's 2-year period is interrupted by
//     negotiations, which a case cannot show: no limitation date is
//     computed.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Language: "fr" (the language of the legislation; Luxembourgish and German
// are also official).
//
// The limitation is a confirmed rule the library cannot compute
// (interruption by negotiations): its ActionLimit is "unconfirmed", so an
// answer gives no limitation date and lists conformity.action, while the
// Rules row keeps confidence confirmed.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package lu

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
	Withdrawal = "C. consom. L.222-9"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "C. consom. L.222-10"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "C. consom. L.212-1 ff."
)

// Calendar returns the market calendar (Luxembourg, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "LU"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Code de la consommation (Luxembourg) L.212-1 ff., L.222-9 ff.",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Luxembourg: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "LU",
		Name:        "Luxembourg",
		Language:    "fr",
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

// Refund returns the withdrawal and refund rules: Code de la consommation
// L.222-9 and L.222-10: 14 days from receipt, extended by 12 months when
// the buyer was not informed (Directive 2011/83/EU art. 9, 10); the goods
// and the standard delivery refunded within 14 days, deferred until the
// goods or a proof of dispatch are back (art. 13, 14); a conformity refund
// within 14 days (Directive 2019/771 art. 16(3)); no late-refund sanction
// found (not confirmed); non-delivery: no number in the law (art. 18
// "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: Code de la
// consommation L.212-1 ff. (start date not confirmed, 2022-01-01 assumed):
// 2 years, 12-month presumption, a shorter period of at least 1 year for
// second-hand goods (not for cars under a year old); the notice duty is not
// confirmed; the action's 2-year period is interrupted by negotiations,
// which a case cannot show: no limitation date is computed.
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
			Name:                  "C. consom. L.212-1 ff.",
			From:                  d("2022-01-01"),
			Basis:                 "C. consom. L.212-1 ff.",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "C. consom. L.212-1 ff."},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "C. consom. L.212-1",
			PresumptionBasis:      "C. consom. L.212-1 ff.",
			RemedyBasis:           "C. consom. L.212-1 ff.",
			Unconfirmed:           []string{"from", "notice", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "C. consom. L.212-1 ff.", Basis: "C. consom. L.212-1 ff.", Confidence: U, From: d("2022-01-01"), Note: "the start date of the 2019/771 rules is not confirmed; 2022-01-01 assumed"},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "C. consom. L.212-1 ff.", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "C. consom. L.212-1 ff.", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "C. consom. L.212-1 ff.", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "C. consom. L.212-1 ff.", Confidence: P, From: d("2022-01-01"), Note: "not for cars less than a year old"},
		{Key: "conformity.notice", Value: "not confirmed", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "2 years, interrupted by negotiations; a new year from the trader's registered letter ending them (not computed)", Basis: "—", Confidence: C, From: d("2022-01-01"), Note: "the interruption cannot be computed from a case: no limitation date is given and the answer lists conformity.action"},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "C. consom. L.222-9", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "C. consom. L.222-10", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
