// Package es is the consumer statute of Spain as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): TRLGDCU art. 102 and 104 (14 natural
//     days) and art. 107: 14 days from receipt, extended by 12 months when
//     the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
//     goods and the standard delivery refunded within 14 days, deferred
//     until the goods or a proof of dispatch are back (art. 13, 14); a
//     conformity refund within 14 days (Directive 2019/771 art. 16(3)); a
//     late withdrawal refund is owed double; non-delivery: no number in the
//     law (art. 18 "without undue delay"), no rule. A late refund is owed
//     double (art. 76); damages beyond it are not computed. The 30-day
//     period for unsolicited visits and excursions is not modelled.
//   - legal guarantee of conformity (Warranty): the TRLGDCU as rewritten by
//     RDL 7/2021 for contracts from 2022-01-01: 3 years (art. 120), 2-year
//     presumption (art. 121), a shorter period of at least 1 year for
//     second-hand goods, action within 5 years of the defect's appearance;
//     the notice duty is not confirmed.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// The presumption for second-hand goods is not confirmed: the 2 years of
// art. 121 are applied (the directive's art. 11 draws no distinction and
// art. 121 states none) and the answer lists
// conformity.presumption_used_months.
//
// Periods: Código civil art. 5.2 counts natural days; whether a last day on
// a holiday moves is split in case law (unconfirmed); the library moves it
// as Reg. 1182/71 does.
//
// Contracts before 2022-01-01 have no regime here.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package es

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
	Withdrawal = "TRLGDCU art. 102, 104"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "TRLGDCU art. 107"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "TRLGDCU art. 114 ff., 120"
	// LateRefund is the sanction of a late withdrawal refund.
	LateRefund = "TRLGDCU art. 76"
)

// Calendar returns the market calendar (Spain, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "ES"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Real Decreto Legislativo 1/2007 (TRLGDCU) art. 76, 102 to 108, 114 to 124, as amended by RDL 7/2021",
		"Código civil art. 5.2",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Spain: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "ES",
		Name:        "Spain",
		Language:    "es",
		Currency:    "EUR",
		Calendar:    Calendar(),
		Sources:     Sources(),
		Periods:     Periods(),
		Rules:       Rules(),
		Unconfirmed: []string{eu.PartialDeliveryPath},
		Refund:      Refund(),
		Warranty:    Warranty(),
	}
}

// Periods returns the rule of a period's last day in this market.
func Periods() statute.PeriodRule {
	return statute.PeriodRule{Kind: statute.CivilES, Basis: "Código civil art. 5.2", Confidence: statute.Unconfirmed, Note: "roll-over of a last day on a holiday split in case law; moved as under Reg. 1182/71"}
}

// Refund returns the withdrawal and refund rules: TRLGDCU art. 102 and 104
// (14 natural days) and art. 107: 14 days from receipt, extended by 12
// months when the buyer was not informed (Directive 2011/83/EU art. 9, 10);
// the goods and the standard delivery refunded within 14 days, deferred
// until the goods or a proof of dispatch are back (art. 13, 14); a
// conformity refund within 14 days (Directive 2019/771 art. 16(3)); a late
// withdrawal refund is owed double; non-delivery: no number in the law
// (art. 18 "without undue delay"), no rule. A late refund is owed double
// (art. 76); damages beyond it are not computed. The 30-day period for
// unsolicited visits and excursions is not modelled.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	r.OnWithdrawal.LateSurcharge = refund.ScaleDouble
	r.OnWithdrawal.LateBasis = LateRefund
	return r
}

// Warranty returns the legal guarantee of conformity: the TRLGDCU as
// rewritten by RDL 7/2021 for contracts from 2022-01-01: 3 years (art.
// 120), 2-year presumption (art. 121), a shorter period of at least 1 year
// for second-hand goods, action within 5 years of the defect's appearance;
// the notice duty is not confirmed.
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
			Name:                  "RDL 7/2021",
			From:                  d("2022-01-01"),
			Basis:                 "TRLGDCU art. 114 ff., 120",
			Window:                warranty.Appearance,
			Months:                36,
			PresumptionNewMonths:  24,
			PresumptionUsedMonths: 24,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "TRLGDCU art. 120"},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.MonthsFromAppearance, Months: 60, Basis: "TRLGDCU art. 124"},
			ScopeBasis:            "TRLGDCU art. 114",
			PresumptionBasis:      "TRLGDCU art. 121",
			RemedyBasis:           "TRLGDCU art. 117 to 119 ter",
			Unconfirmed:           []string{"presumption_used_months", "notice"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "RDL 7/2021", Basis: "TRLGDCU art. 114 ff., 120", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.liability", Value: "36 months (defect appearing, from delivery)", Basis: "TRLGDCU art. 120", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, From: d("2022-01-01"), Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "TRLGDCU art. 121", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.presumption_used", Value: "24 months", Basis: "TRLGDCU art. 121", Confidence: U, From: d("2022-01-01"), Note: "not confirmed: the 2 years of art. 121 are used (the directive draws no distinction)"},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "TRLGDCU art. 120", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.notice", Value: "not confirmed (the former 2-month, damages-only duty of art. 123.5 is not mentioned after 2022)", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, From: d("2022-01-01")},
		{Key: "conformity.limitation", Value: "60 months from the defect's appearance", Basis: "TRLGDCU art. 124", Confidence: C, From: d("2022-01-01")},
		{Key: "conformity.repair_extension", Value: "the repaired defect is covered 1 more year (not modelled)", Basis: "TRLGDCU art. 120", Confidence: P, From: d("2022-01-01"), Until: d("2026-07-30")},
		eu.RepairRule(true),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "TRLGDCU art. 102, 104", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "TRLGDCU art. 107", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "double the sum due (plus damages)", Basis: "TRLGDCU art. 76", Confidence: P},
		{Key: "periods", Value: "natural days; last day on a rest day moved (not confirmed)", Basis: "Código civil art. 5.2", Confidence: U, Note: "roll-over of a last day on a holiday split in case law; moved as under Reg. 1182/71"},
	}
}
