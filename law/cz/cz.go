// Package cz is the consumer statute of Czechia as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Civil Code (OZ) §1829 and §1832: 14
//     days from receipt, extended by 12 months when the buyer was not
//     informed (Directive 2011/83/EU art. 9, 10); the goods and the
//     standard delivery refunded within 14 days, deferred until the goods
//     or a proof of dispatch are back (art. 13, 14); a conformity refund
//     within 14 days (Directive 2019/771 art. 16(3)); no late-refund
//     sanction found (not confirmed); non-delivery: no number in the law
//     (art. 18 "without undue delay"), no rule. The 30-day period for
//     contracts made on excursions or unsolicited visits (§1829a) is not
//     modelled.
//   - legal guarantee of conformity (Warranty): the Civil Code (OZ) as
//     amended for contracts from 2023-01-06: 2 years (§2165), 1-year
//     presumption; the used-goods shortening, the notice duty and the
//     general 3-year limitation are not confirmed. Earlier contracts: 2
//     years, 6-month presumption.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Language: "cs"; currency: CZK.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package cz

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
	Withdrawal = "OZ §1829"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "OZ §1832"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "OZ §§2158 ff., §2165"
)

// Calendar returns the market calendar (Czechia, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "CZ"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Občanský zákoník (OZ), zákon 89/2012 Sb., §§1829 to 1832, 2158 to 2174",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Czechia: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "CZ",
		Name:        "Czechia",
		Language:    "cs",
		Currency:    "CZK",
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

// Refund returns the withdrawal and refund rules: Civil Code (OZ) §1829 and
// §1832: 14 days from receipt, extended by 12 months when the buyer was not
// informed (Directive 2011/83/EU art. 9, 10); the goods and the standard
// delivery refunded within 14 days, deferred until the goods or a proof of
// dispatch are back (art. 13, 14); a conformity refund within 14 days
// (Directive 2019/771 art. 16(3)); no late-refund sanction found (not
// confirmed); non-delivery: no number in the law (art. 18 "without undue
// delay"), no rule. The 30-day period for contracts made on excursions or
// unsolicited visits (§1829a) is not modelled.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: the Civil Code (OZ)
// as amended for contracts from 2023-01-06: 2 years (§2165), 1-year
// presumption; the used-goods shortening, the notice duty and the general
// 3-year limitation are not confirmed. Earlier contracts: 2 years, 6-month
// presumption.
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
			Name:                  "OZ before 2023",
			Basis:                 "OZ former §§2161 ff.",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  6,
			PresumptionUsedMonths: 6,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "OZ former §2158",
			PresumptionBasis:      "OZ former §§2161 ff.",
			RemedyBasis:           "OZ former §§2169 ff.",
			Unconfirmed:           []string{"used", "notice", "action", "repair_extension_months"},
		},
		{
			Name:                  "OZ as amended in 2023",
			From:                  d("2023-01-06"),
			Basis:                 "OZ §§2158 ff., §2165",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  12,
			PresumptionUsedMonths: 12,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed, Basis: "OZ §2165"},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "OZ §2158",
			PresumptionBasis:      "OZ §2161",
			RemedyBasis:           "OZ §§2169 ff.",
			Unconfirmed:           []string{"used", "notice", "action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "OZ before 2023", Basis: "OZ former §§2161 ff.", Confidence: P, Until: d("2023-01-05"), Note: "Directive 1999/44 transposition; only the period and the presumption were researched"},
		{Key: "conformity.regime", Value: "OZ as amended in 2023", Basis: "OZ §§2158 ff., §2165", Confidence: C, From: d("2023-01-06"), Note: "the seller answers only for defects existing at handover"},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "OZ former §§2161 ff.", Confidence: P, Until: d("2023-01-05"), Note: "the seller answered for any defect appearing within 24 months"},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "OZ §2165", Confidence: C, From: d("2023-01-06")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "6 months", Basis: "OZ former §§2161 ff.", Confidence: C, Until: d("2023-01-05")},
		{Key: "conformity.presumption_new", Value: "12 months", Basis: "OZ §2161", Confidence: C, From: d("2023-01-06")},
		{Key: "conformity.presumption_used", Value: "6 months", Basis: "OZ former §§2161 ff.", Confidence: P, Until: d("2023-01-05")},
		{Key: "conformity.presumption_used", Value: "12 months", Basis: "OZ §2161", Confidence: P, From: d("2023-01-06")},
		{Key: "conformity.used_shortening", Value: "not confirmed (the full period is kept)", Basis: "Directive (EU) 2019/771 art. 10(6)", Confidence: U, Until: d("2023-01-05")},
		{Key: "conformity.used_shortening", Value: "at least 1 year (not confirmed; the full period is kept)", Basis: "OZ §2165", Confidence: U, From: d("2023-01-06")},
		{Key: "conformity.notice", Value: "not confirmed", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, Until: d("2023-01-05")},
		{Key: "conformity.notice", Value: "none fixed (not confirmed)", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, From: d("2023-01-06")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, Until: d("2023-01-05")},
		{Key: "conformity.limitation", Value: "general 3-year limitation (not confirmed)", Basis: "—", Confidence: U, From: d("2023-01-06")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "complaint settled within 30 days", Basis: "OZ §2173", Confidence: U, Note: "not modelled"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "OZ §1829", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "OZ §1832", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
