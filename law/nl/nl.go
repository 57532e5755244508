// Package nl is the consumer statute of Netherlands as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): BW 6:230o and 6:230r: 14 days from
//     receipt, extended by 12 months when the buyer was not informed
//     (Directive 2011/83/EU art. 9, 10); the goods and the standard
//     delivery refunded within 14 days, deferred until the goods or a proof
//     of dispatch are back (art. 13, 14); a conformity refund within 14
//     days (Directive 2019/771 art. 16(3)); no late-refund sanction found
//     (not confirmed); non-delivery: no number in the law (art. 18 "without
//     undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): BW 7:17 ff. for contracts
//     from 2022-04-27 (from 2022-01-01 per another source: the contracts in
//     between follow a transitional regime whose date and presumption are
//     unconfirmed): no fixed period, conformity judged against the goods'
//     expected lifespan (the case gives lifespan_months), 1-year
//     presumption (7:18a), notice within a reasonable time, 2 months always
//     in time (7:23(1)), claims time-barred 2 years after the notice
//     (7:23(2)).
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Periods follow the Algemene termijnenwet: statutory periods of up to 3
// months ending on a Saturday, Sunday or listed holiday move to the next
// working day and contain at least two working days.
//
// Contracts before 2022-01-01 have no regime here. A lifespan window has
// nothing to shorten: an agreed period for second-hand goods is refused.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package nl

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
	Withdrawal = "BW 6:230o"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "BW 6:230r"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "BW 7:17 ff."
)

// Calendar returns the market calendar (Netherlands, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "NL"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Burgerlijk Wetboek (BW) 6:230o to 6:230s, 7:17 to 7:25",
		"Algemene termijnenwet",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
	}
}

// Statute returns the consumer statute of Netherlands: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "NL",
		Name:        "Netherlands",
		Language:    "nl",
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
	return statute.PeriodRule{Kind: statute.ATW, Basis: "Algemene termijnenwet art. 1, 2", Confidence: statute.Confirmed, Note: "periods up to 3 months; at least two working days; not for EU regulations"}
}

// Refund returns the withdrawal and refund rules: BW 6:230o and 6:230r: 14
// days from receipt, extended by 12 months when the buyer was not informed
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

// Warranty returns the legal guarantee of conformity: BW 7:17 ff. for
// contracts from 2022-04-27 (from 2022-01-01 per another source: the
// contracts in between follow a transitional regime whose date and
// presumption are unconfirmed): no fixed period, conformity judged against
// the goods' expected lifespan (the case gives lifespan_months), 1-year
// presumption (7:18a), notice within a reasonable time, 2 months always in
// time (7:23(1)), claims time-barred 2 years after the notice (7:23(2)).
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
			Name:                  "BW 7:17 ff. (transitional)",
			From:                  d("2022-01-01"),
			Basis:                 "BW 7:17 ff.",
			Window:                warranty.Lifespan,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Notice:                warranty.Notice{Kind: warranty.ReasonableNotice, Months: 2, Basis: "BW 7:23(1)"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsFromNotice, Months: 24, Basis: "BW 7:23(2)"},
			ScopeBasis:            "BW 7:5",
			PresumptionBasis:      "BW 7:18a",
			RemedyBasis:           "BW 7:21, 7:22",
			Unconfirmed:           []string{"from", "presumption_new_months", "presumption_used_months", "repair_extension_months"},
		},
		{
			Name:                  "BW 7:17 ff.",
			From:                  d("2022-04-27"),
			Basis:                 "BW 7:17 ff.",
			Window:                warranty.Lifespan,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Notice:                warranty.Notice{Kind: warranty.ReasonableNotice, Months: 2, Basis: "BW 7:23(1)"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsFromNotice, Months: 24, Basis: "BW 7:23(2)"},
			ScopeBasis:            "BW 7:5",
			PresumptionBasis:      "BW 7:18a",
			RemedyBasis:           "BW 7:21, 7:22",
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
		{Key: "conformity.regime", Value: "BW 7:17 ff. (transitional)", Basis: "BW 7:17 ff.", Confidence: U, From: d("2022-01-01"), Until: d("2022-04-26"), Note: "a law firm dates the implementation 2022-01-01, the consumer body 2022-04-27: contracts in between are not confirmed"},
		{Key: "conformity.regime", Value: "BW 7:17 ff.", Basis: "BW 7:17 ff.", Confidence: P, From: d("2022-04-27"), Note: "in force 2022-04-27 per the consumer body"},
		{Key: "conformity.liability", Value: "no fixed period: the goods' expected lifespan", Basis: "BW 7:17 ff.", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "BW 7:18a", Confidence: U, From: d("2022-01-01"), Until: d("2022-04-26"), Note: "not confirmed for these contracts"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "BW 7:18a", Confidence: C, From: d("2022-04-27"), Note: "6 months for live animals"},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "BW 7:18a", Confidence: U, From: d("2022-01-01"), Until: d("2022-04-26")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "BW 7:18a", Confidence: P, From: d("2022-04-27")},
		{Key: "conformity.used_shortening", Value: "n/a (no fixed period to shorten)", Basis: "BW 7:17 ff.", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.notice", Value: "within a reasonable time; 2 months always in time", Basis: "BW 7:23(1)", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "24 months from the buyer's notice", Basis: "BW 7:23(2)", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "BW 6:230o", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "BW 6:230r", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Atw: last day on a Saturday, Sunday or listed holiday moves to the next working day", Basis: "Algemene termijnenwet art. 1, 2", Confidence: C, Note: "periods up to 3 months; at least two working days; not for EU regulations"},
	}
}
