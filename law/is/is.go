// Package is is the consumer statute of Iceland as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): the Consumer Contracts Act 16/2016
//     and the same act: 14 days from receipt, extended by 12 months when
//     the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
//     goods and the standard delivery refunded within 14 days, deferred
//     until the goods or a proof of dispatch are back (art. 13, 14); a
//     conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
//     late-refund sanction found (not confirmed); non-delivery: no number
//     in the law (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): the Consumer Sales Act
//     48/2003 (Directive 2019/771 is not in force in Iceland): 2 years, 5
//     years for goods meant to last considerably longer (the case says
//     long_lasting), 6-month presumption, no shorter period for second-hand
//     goods, notice as soon as possible and never less than 2 months; the
//     limitation was not researched.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Language: "is"; currency: ISK. Package is (a legal Go package name).
// Directive (EU) 2024/1799 amends a directive Iceland has not taken over:
// its regime from 2026-07-31 is kept, like every market's, with the
// extension unconfirmed.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package is

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
	Withdrawal = "Lög um neytendasamninga 16/2016"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "Lög um neytendasamninga 16/2016"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "Lög um neytendakaup 48/2003"
)

// Calendar returns the market calendar (Iceland, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "IS"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Lög um neytendakaup 48/2003",
		"Lög um neytendasamninga 16/2016",
		"Directive 2011/83/EU; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Iceland: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "IS",
		Name:        "Iceland",
		Language:    "is",
		Currency:    "ISK",
		Calendar:    Calendar(),
		Sources:     Sources(),
		Periods:     Periods(),
		Rules:       Rules(),
		Unconfirmed: []string{eu.PartialDeliveryPath, eu.LateSurchargePath, "refund.on_conformity.deadline_days"},
		Refund:      Refund(),
		Warranty:    Warranty(),
	}
}

// Periods returns the rule of a period's last day in this market.
func Periods() statute.PeriodRule { return eu.Reg1182() }

// Refund returns the withdrawal and refund rules: the Consumer Contracts
// Act 16/2016 and the same act: 14 days from receipt, extended by 12 months
// when the buyer was not informed (Directive 2011/83/EU art. 9, 10); the
// goods and the standard delivery refunded within 14 days, deferred until
// the goods or a proof of dispatch are back (art. 13, 14); a conformity
// refund within 14 days (Directive 2019/771 art. 16(3)); no late-refund
// sanction found (not confirmed); non-delivery: no number in the law (art.
// 18 "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	// Directive 2019/771 is not in force in Iceland: the 14 days of its
	// art. 16(3) are kept, unconfirmed, under the Icelandic act.
	r.OnConformity.Basis = Conformity
	r.OnConformity.DeadlineBasis = Conformity
	return r
}

// Warranty returns the legal guarantee of conformity: the Consumer Sales
// Act 48/2003 (Directive 2019/771 is not in force in Iceland): 2 years, 5
// years for goods meant to last considerably longer (the case says
// long_lasting), 6-month presumption, no shorter period for second-hand
// goods, notice as soon as possible and never less than 2 months; the
// limitation was not researched.
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
	g := []warranty.Regime{
		{
			Name:                  "Lög um neytendakaup 48/2003",
			Basis:                 "Lög um neytendakaup 48/2003",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  6,
			PresumptionUsedMonths: 6,
			LongLastingMonths:     60,
			Used:                  warranty.Shortening{Allowed: warranty.NotAllowed, Basis: "Lög um neytendakaup 48/2003"},
			Notice:                warranty.Notice{Kind: warranty.ReasonableNotice, Months: 2, Basis: "Lög um neytendakaup 48/2003 art. 27"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "Lög um neytendakaup 48/2003 art. 1",
			PresumptionBasis:      "Lög um neytendakaup 48/2003",
			RemedyBasis:           "Lög um neytendakaup 48/2003",
			Unconfirmed:           []string{"action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "Lög um neytendakaup 48/2003", Basis: "Lög um neytendakaup 48/2003", Confidence: C, Note: "Directive 2019/771 is not in force in Iceland; applies to every contract date the library holds"},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "Lög um neytendakaup 48/2003 art. 27", Confidence: C},
		{Key: "conformity.long_lasting", Value: "60 months for goods meant to last considerably longer", Basis: "Lög um neytendakaup 48/2003 art. 27", Confidence: C},
		{Key: "conformity.presumption_new", Value: "6 months", Basis: "Lög um neytendakaup 48/2003", Confidence: C},
		{Key: "conformity.presumption_used", Value: "6 months", Basis: "Lög um neytendakaup 48/2003", Confidence: P},
		{Key: "conformity.used_shortening", Value: "not allowed", Basis: "Lög um neytendakaup 48/2003", Confidence: C},
		{Key: "conformity.notice", Value: "as soon as possible; never less than 2 months", Basis: "Lög um neytendakaup 48/2003 art. 27", Confidence: C},
		{Key: "conformity.limitation", Value: "not researched", Basis: "—", Confidence: U},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "not researched (no number applied)", Basis: "Lög um neytendakaup 48/2003", Confidence: U},
		{Key: "conformity.refund_deadline", Value: "14 days (Directive 2019/771 art. 16(3), not in force in Iceland)", Basis: "Lög um neytendakaup 48/2003", Confidence: U},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "Lög um neytendasamninga 16/2016", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "Lög um neytendasamninga 16/2016", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
