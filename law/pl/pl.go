// Package pl is the consumer statute of Poland as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Consumer Rights Act (u.p.k.) art. 27
//     and art. 32: 14 days from receipt, extended by 12 months when the
//     buyer was not informed (Directive 2011/83/EU art. 9, 10); the goods
//     and the standard delivery refunded within 14 days, deferred until the
//     goods or a proof of dispatch are back (art. 13, 14); a conformity
//     refund within 14 days (Directive 2019/771 art. 16(3)); no late-refund
//     sanction found (not confirmed); non-delivery: no number in the law
//     (art. 18 "without undue delay"), no rule. The 30-day period for
//     unsolicited visits and excursions is not modelled.
//   - legal guarantee of conformity (Warranty): the Consumer Rights Act
//     (u.p.k.) ch. 5a for contracts from 2023-01-01: 2 years and a 2-year
//     presumption (art. 43c(1)), no notice duty, and the trader answers a
//     complaint within 14 days or it is deemed accepted (art. 7a); the
//     used-goods shortening and the limitation are not confirmed.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Currency: PLN. Contracts before 2023-01-01 (Civil Code rękojmia) have no
// regime here.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package pl

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
	Withdrawal = "u.p.k. art. 27"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "u.p.k. art. 32"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "u.p.k. art. 43a to 43g"
)

// Calendar returns the market calendar (Poland, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "PL"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Ustawa o prawach konsumenta (u.p.k.) art. 7a, 27 to 38, 43a to 43g",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Poland: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "PL",
		Name:        "Poland",
		Language:    "pl",
		Currency:    "PLN",
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

// Refund returns the withdrawal and refund rules: Consumer Rights Act
// (u.p.k.) art. 27 and art. 32: 14 days from receipt, extended by 12 months
// when the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
// goods and the standard delivery refunded within 14 days, deferred until
// the goods or a proof of dispatch are back (art. 13, 14); a conformity
// refund within 14 days (Directive 2019/771 art. 16(3)); no late-refund
// sanction found (not confirmed); non-delivery: no number in the law (art.
// 18 "without undue delay"), no rule. The 30-day period for unsolicited
// visits and excursions is not modelled.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the Consumer Rights
// Act (u.p.k.) ch. 5a for contracts from 2023-01-01: 2 years and a 2-year
// presumption (art. 43c(1)), no notice duty, and the trader answers a
// complaint within 14 days or it is deemed accepted (art. 7a); the
// used-goods shortening and the limitation are not confirmed.
func Warranty() warranty.Rules {
	return warranty.Rules{
		Conformity: warranty.Conformity{Regimes: Regimes(), Combine: warranty.Cumulative},
		Remedies:   warranty.Remedies{ConformityDays: 0, RefundDays: 14, AnswerDays: 14, AnswerBasis: "u.p.k. art. 7a"},
	}
}

// Regimes returns the conformity regimes by contract date, oldest first,
// ending with the regime of Directive (EU) 2024/1799 for contracts from
// 2026-07-31.
func Regimes() []warranty.Regime {
	d := calendar.MustParseDate
	g := []warranty.Regime{
		{
			Name:                  "u.p.k. ch. 5a",
			From:                  d("2023-01-01"),
			Basis:                 "u.p.k. art. 43a to 43g",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  24,
			PresumptionUsedMonths: 24,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.NoNotice, Basis: "u.p.k. ch. 5a"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "u.p.k. art. 43a",
			PresumptionBasis:      "u.p.k. art. 43c(1)",
			RemedyBasis:           "u.p.k. art. 43d, 43e",
			Unconfirmed:           []string{"used", "action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "u.p.k. ch. 5a", Basis: "u.p.k. art. 43a to 43g", Confidence: C, From: d("2023-01-01")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "u.p.k. art. 43c(1)", Confidence: P, From: d("2023-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2023-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "u.p.k. art. 43c(1)", Confidence: P, From: d("2023-01-01")},
		{Key: "conformity.presumption_used", Value: "24 months", Basis: "u.p.k. art. 43c(1)", Confidence: P, From: d("2023-01-01")},
		{Key: "conformity.used_shortening", Value: "not confirmed (the full period is kept)", Basis: "Directive (EU) 2019/771 art. 10(6)", Confidence: U, From: d("2023-01-01")},
		{Key: "conformity.notice", Value: "none (the former rękojmia notice rules no longer apply to consumers)", Basis: "u.p.k. ch. 5a", Confidence: P, From: d("2023-01-01")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, From: d("2023-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2023-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "14 days, or the complaint is deemed accepted", Basis: "u.p.k. art. 7a", Confidence: P, From: d("2023-01-01")},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "u.p.k. art. 27", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "u.p.k. art. 32", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
