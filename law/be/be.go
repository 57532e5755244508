// Package be is the consumer statute of Belgium as data, in the rule
// packages' types, each rule with the article it comes from and its
// confidence in the project's research (LEGAL-EU.md):
//
//   - withdrawal and refunds (Refund): Code de droit économique (CDE) art.
//     VI.47 and art. VI.50: 14 days from receipt, extended by 12 months
//     when the buyer was not informed (Directive 2011/83/EU art. 9, 10);
//     the goods and the standard delivery refunded within 14 days, deferred
//     until the goods or a proof of dispatch are back (art. 13, 14); a
//     conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
//     late-refund sanction found (not confirmed); non-delivery: no number
//     in the law (art. 18 "without undue delay"), no rule.
//   - legal guarantee of conformity (Warranty): C. civ. art. 1649bis ff. as
//     rewritten by the law of 20 March 2022 for contracts from 2022-06-01:
//     2 years, 2-year presumption (second-hand goods: not confirmed, read
//     as 2 years), a shorter period of at least 1 year for second-hand
//     goods, notice within 2 months of discovery or the remedies are lost;
//     the limitation (1 year from discovery, not before the end of the 2
//     years) is not confirmed and not computed. Earlier contracts: the 2004
//     law, 2 years with a 6-month presumption.
//   - reply deadlines (SLA), disputes (Dispute) and seller conduct
//     (Conduct): the zero Rules, no statutory rule modelled; no
//     hidden-defect guarantee, commercial warranty or listing duty is
//     modelled.
//
// Language: "fr". Belgium has three official languages; French is chosen
// because the texts are cited in their French versions (C. civ., CDE) and
// the library explains in French and English only, so a Dutch default would
// fall back to English.
//
// Every point the research tags [U] is a row of confidence unconfirmed in
// Rules and a name in the regime's Unconfirmed (or a path in
// Statute.Unconfirmed): an answer that uses it lists it. Every function
// returns a fresh value that shares no memory with any other call.
package be

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
	Withdrawal = "CDE art. VI.47"
	// WithdrawalRefund is what a withdrawal refunds and by when.
	WithdrawalRefund = "CDE art. VI.50"
	// Conformity is the legal guarantee of conformity in force.
	Conformity = "C. civ. art. 1649bis to 1649undecies"
)

// Calendar returns the market calendar (Belgium, national holidays).
func Calendar() calendar.Spec { return calendar.Spec{Market: "BE"} }

// Sources returns the texts the statute is taken from.
func Sources() []string {
	return []string{
		"Code civil art. 1649bis to 1649undecies (loi du 20 mars 2022; former text: loi du 1er septembre 2004)",
		"Code de droit économique art. VI.47 to VI.53",
		"Directive 2011/83/EU; Directive (EU) 2019/771; Directive (EU) 2024/1799",
		"Regulation (EEC, Euratom) 1182/71",
	}
}

// Statute returns the consumer statute of Belgium: every section, the
// table of its rules and its period rule. Reply deadlines (SLA), disputes
// and seller conduct are the zero Rules: the statute sets none.
func Statute() statute.Statute {
	return statute.Statute{
		Market:      "BE",
		Name:        "Belgium",
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

// Refund returns the withdrawal and refund rules: Code de droit économique
// (CDE) art. VI.47 and art. VI.50: 14 days from receipt, extended by 12
// months when the buyer was not informed (Directive 2011/83/EU art. 9, 10);
// the goods and the standard delivery refunded within 14 days, deferred
// until the goods or a proof of dispatch are back (art. 13, 14); a
// conformity refund within 14 days (Directive 2019/771 art. 16(3)); no
// late-refund sanction found (not confirmed); non-delivery: no number in
// the law (art. 18 "without undue delay"), no rule.
func Refund() refund.Rules {
	r := eu.Refund(Withdrawal, WithdrawalRefund, Periods())
	return r
}

// Warranty returns the legal guarantee of conformity: C. civ. art. 1649bis
// ff. as rewritten by the law of 20 March 2022 for contracts from
// 2022-06-01: 2 years, 2-year presumption (second-hand goods: not
// confirmed, read as 2 years), a shorter period of at least 1 year for
// second-hand goods, notice within 2 months of discovery or the remedies
// are lost; the limitation (1 year from discovery, not before the end of
// the 2 years) is not confirmed and not computed. Earlier contracts: the
// 2004 law, 2 years with a 6-month presumption.
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
			Name:                  "loi du 1er septembre 2004",
			Basis:                 "C. civ. former art. 1649bis to 1649octies",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  6,
			PresumptionUsedMonths: 6,
			Used:                  warranty.Shortening{Allowed: warranty.AllowanceUnconfirmed},
			Notice:                warranty.Notice{Kind: warranty.NoticeUnconfirmed},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "C. civ. former art. 1649bis",
			PresumptionBasis:      "C. civ. former art. 1649bis to 1649octies",
			RemedyBasis:           "C. civ. former art. 1649quinquies",
			Unconfirmed:           []string{"used", "notice", "action", "repair_extension_months"},
		},
		{
			Name:                  "loi du 20 mars 2022",
			From:                  d("2022-06-01"),
			Basis:                 "C. civ. art. 1649bis to 1649undecies",
			Window:                warranty.Appearance,
			Months:                24,
			PresumptionNewMonths:  24,
			PresumptionUsedMonths: 24,
			Used:                  warranty.Shortening{Allowed: warranty.Allowed, FloorMonths: 12, Basis: "C. civ. art. 1649quater"},
			Notice:                warranty.Notice{Kind: warranty.StrictNotice, Months: 2, Basis: "C. civ. art. 1649quater"},
			ActionLimit:           warranty.ActionLimit{Kind: warranty.ActionUnconfirmed},
			ScopeBasis:            "C. civ. art. 1649bis",
			PresumptionBasis:      "C. civ. art. 1649quater",
			RemedyBasis:           "C. civ. art. 1649quinquies",
			Unconfirmed:           []string{"presumption_used_months", "action", "repair_extension_months"},
		},
	}
	return append(g, eu.RepairDirective(g[len(g)-1]))
}

// Rules returns the statute as a table (statute.Keys order).
func Rules() []statute.Rule {
	d := calendar.MustParseDate
	C, P, U := statute.Confirmed, statute.Partial, statute.Unconfirmed
	return []statute.Rule{
		{Key: "conformity.regime", Value: "loi du 1er septembre 2004", Basis: "C. civ. former art. 1649bis to 1649octies", Confidence: P, Until: d("2022-05-31"), Note: "Directive 1999/44 transposition; only the period and the presumption were researched"},
		{Key: "conformity.regime", Value: "loi du 20 mars 2022", Basis: "C. civ. art. 1649bis to 1649undecies", Confidence: C, From: d("2022-06-01")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "C. civ. former art. 1649bis to 1649octies", Confidence: P, Until: d("2022-05-31")},
		{Key: "conformity.liability", Value: "24 months (defect appearing, from delivery)", Basis: "C. civ. art. 1649bis to 1649undecies", Confidence: C, From: d("2022-06-01")},
		{Key: "conformity.long_lasting", Value: "none", Basis: "—", Confidence: P, Note: "no such rule found"},
		{Key: "conformity.presumption_new", Value: "6 months", Basis: "C. civ. former art. 1649bis to 1649octies", Confidence: C, Until: d("2022-05-31")},
		{Key: "conformity.presumption_new", Value: "24 months", Basis: "C. civ. art. 1649quater", Confidence: C, From: d("2022-06-01")},
		{Key: "conformity.presumption_used", Value: "6 months", Basis: "C. civ. former art. 1649bis to 1649octies", Confidence: P, Until: d("2022-05-31")},
		{Key: "conformity.presumption_used", Value: "24 months", Basis: "C. civ. art. 1649quater", Confidence: U, From: d("2022-06-01"), Note: "not confirmed: the presumption for new goods is used (the directive draws no distinction)"},
		{Key: "conformity.used_shortening", Value: "not confirmed (the full period is kept)", Basis: "Directive (EU) 2019/771 art. 10(6)", Confidence: U, Until: d("2022-05-31")},
		{Key: "conformity.used_shortening", Value: "allowed, at least 12 months, by agreement", Basis: "C. civ. art. 1649quater", Confidence: C, From: d("2022-06-01")},
		{Key: "conformity.notice", Value: "not confirmed", Basis: "Directive (EU) 2019/771 art. 12", Confidence: U, Until: d("2022-05-31")},
		{Key: "conformity.notice", Value: "2 months from discovery, or the remedies are lost", Basis: "C. civ. art. 1649quater", Confidence: C, From: d("2022-06-01")},
		{Key: "conformity.limitation", Value: "not confirmed", Basis: "—", Confidence: U, Until: d("2022-05-31")},
		{Key: "conformity.limitation", Value: "1 year from discovery, not before the end of the 2 years", Basis: "—", Confidence: U, From: d("2022-06-01")},
		{Key: "conformity.repair_extension", Value: "none found", Basis: "—", Confidence: U, Until: d("2026-07-30"), Note: "not researched; none applied"},
		eu.RepairRule(false),
		{Key: "conformity.remedy_deadline", Value: "within a reasonable time", Basis: "Directive (EU) 2019/771 art. 14(1)", Confidence: P, Note: "no number in the national text found"},
		{Key: "conformity.refund_deadline", Value: "14 days", Basis: "Directive (EU) 2019/771 art. 16(3)", Confidence: P},
		{Key: "complaint.answer", Value: "none", Basis: "—", Confidence: P, Note: "no statutory answer deadline found"},
		{Key: "guarantee.mandatory", Value: "none", Basis: "—", Confidence: P},
		{Key: "withdrawal.period", Value: "14 days from receipt", Basis: "CDE art. VI.47", Confidence: C},
		{Key: "withdrawal.not_informed", Value: "+12 months; 14 days from a late information", Basis: "Directive 2011/83/EU art. 10", Confidence: P, Note: "the directive's rule; national article not checked"},
		{Key: "withdrawal.refund_deadline", Value: "14 days, deferred until the goods or a proof of dispatch are back", Basis: "CDE art. VI.50", Confidence: P},
		{Key: "withdrawal.late_refund", Value: "none specific found", Basis: "—", Confidence: U},
		{Key: "periods", Value: "Reg. 1182/71: last day on a rest day moves to the next working day", Basis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)", Confidence: P, Note: "national holidays of the market calendar"},
	}
}
