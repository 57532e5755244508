// Package hu is the consumer statute of Hungary as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Gov. Decree 45/2014 §20 and §23: 14
//     days from receipt, extended by 12 months when the buyer was not
//     informed (Directive 2011/83/EU art. 9, 10); the goods and the
//     standard delivery refunded within 14 days, deferred until the goods
//     or a proof of dispatch are back (art. 13, 14); a conformity refund
//     within 14 days (Directive 2019/771 art. 16(3)); no late-refund
//     sanction found (not confirmed); non-delivery: no number in the law
//     (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): the Civil Code (Ptk.) and
//     Gov. Decree 373/2021 for contracts from 2022-01-01: the consumer's
//     claims are time-barred 2 years from performance (modelled as an
//     action window with the limitation equal to the period), 1-year
//     presumption (not confirmed), a shorter period of at least 1 year for
//     second-hand goods, a notice within 2 months is timely and a later one
//     only costs damages; plus the mandatory guarantee (jótállás) of Gov.
//     Decree 151/2003 on listed new durable goods by price: 1 year from HUF
//     10,000, 2 years from HUF 100,001, 3 years from HUF 250,001, for
//     contracts from 2021-01-01.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Window: "action" with a limitation "with_period", because the Ptk. bars
// the claims 2 years after performance rather than bounding the defect's
// appearance; currency: HUF.
//
// Whether the mandatory guarantee reaches refurbished goods is not
// confirmed: the warranty package does not apply it to them and says so.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package hu

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/eu"
	"github.com/aftersales/aftersales/law/statute"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// Article citations used by the statute's rules.
const (
	// Withdrawal is the withdrawal period: 14 days from receipt.
	Withdrawal = "Gov. Decree 45/2014 §20"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "Gov. Decree 45/2014 §23"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "Ptk. 6:159 ff.; Gov. Decree 373/2021"
)

// Calendar returns the market calendar (Hungary, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "HU"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Polgári Törvénykönyv (Ptk.) 6:158 to 6:167",
		"Gov. Decree 373/2021",
		"Gov. Decree 151/2003 (mandatory guarantee)",
		"Gov. Decree 45/2014",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Hungary: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "HU",
		Name:        "Hungary",
		Language:    "hu",
		Currency:    "HUF",
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

// Refund returns the withdrawal and refund rules: Gov. Decree 45/2014 §20
// and §23: 14 days from receipt, extended by 12 months when the buyer was
// not informed (Directive 2011/83/EU art. 9, 10); the goods and the
// standard delivery refunded within 14 days, deferred until the goods or a
// proof of dispatch are back (art. 13, 14); a conformity refund within 14
// days (Directive 2019/771 art. 16(3)); no late-refund sanction found (not
// confirmed); non-delivery: no number in the law (art. 18 "without undue
// delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the Civil Code (Ptk.)
// and Gov. Decree 373/2021 for contracts from 2022-01-01: the consumer's
// claims are time-barred 2 years from performance (modelled as an action
// window with the limitation equal to the period), 1-year presumption (not
// confirmed), a shorter period of at least 1 year for second-hand goods, a
// notice within 2 months is timely and a later one only costs damages; plus
// the mandatory guarantee (jótállás) of Gov. Decree 151/2003 on listed new
// durable goods by price: 1 year from HUF 10,000, 2 years from HUF 100,001,
// 3 years from HUF 250,001, for contracts from 2021-01-01.
func Warranty() warranty.Rules {
	d := calendar.MustParseDate
	return warranty.Rules{
		Conformity: warranty.Conformity{Regimes: Regimes(), Combine: warranty.Cumulative},
		Remedies:   warranty.Remedies{ConformityDays: 0, RefundDays: 14},
		Mandatory: warranty.Mandatory{
			Basis: "Gov. Decree 151/2003",
			From:  d("2021-01-01"),
			Bands: []warranty.Band{
				{MinPrice: money.MustParse("10000", money.MustCurrency("HUF")), Months: 12},
				{MinPrice: money.MustParse("100001", money.MustCurrency("HUF")), Months: 24},
				{MinPrice: money.MustParse("250001", money.MustCurrency("HUF")), Months: 36},
			},
		},
	}
}

// Regimes returns the conformity regimes by contract date, oldest first,
// ending with the regime of Directive (EU) 2024/1799 for contracts from
// 2026-07-31.
func Regimes() []warranty.Regime {
	d := calendar.MustParseDate
	g := []warranty.Regime{
		{
			Name:                  "Ptk. + Gov. Decree 373/2021",
			From:                  d("2022-01-01"),
			Basis:                 "Ptk. 6:159 ff.; Gov. Decree 373/2021",
			Window:                warranty.Action,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "Ptk. 6:163"},
			Notice:                warranty.Notice{Kind: warranty.DamagesNotice, Months: 2, Basis: "Ptk. 6:162"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.WithPeriod, Basis: "Ptk. 6:163"},
			ScopeBasis:            "Ptk. 6:158; Gov. Decree 373/2021",
			PresumptionBasis:      "Ptk. 6:158",
			RemedyBasis:           "Ptk. 6:159",
			Unconfirmed:           []string{"from", "presumption_new_months", "presumption_used_months", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "Ptk. + Gov. Decree 373/2021", Basis: "Ptk. 6:159 ff.; Gov. Decree 373/2021", Confidence: U, From: d("2022-01-01"), Note: "the decree's start date 2022-01-01 is assumed"},
		{Key: "conformity.liability", Value: "24 months (claims time-barred, from performance)", Basis: "Ptk. 6:163", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "Ptk. 6:158", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "Ptk. 6:158", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "Ptk. 6:163", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.notice", Value: "2 months deemed timely; a later notice only costs damages", Basis: "Ptk. 6:162", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "with the period", Basis: "Ptk. 6:163", Confidence: P, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, From: d("2022-01-01"), Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "1 year from HUF 10,000; 2 years from HUF 100,001; 3 years from HUF 250,001 (listed new durable goods)", Basis: "Gov. Decree 151/2003", Confidence: C, From: d("2021-01-01"), Note: "refurbished goods not confirmed"},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "Gov. Decree 45/2014 §20", Confidence: P},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "Gov. Decree 45/2014 §23", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
