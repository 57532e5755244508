package policy

import (
	"fmt"
	"strconv"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// FloorClause is one clause of a policy compared with the statutory floor
// (French law, package law/fr): its field path, the article that sets the
// floor, the two values and what the difference means for the buyer.
type FloorClause struct {
	Clause string `json:"clause"`
	Basis  string `json:"basis"`
	Policy string `json:"policy"`
	Law    string `json:"law"`
	Note   string `json:"note"`
}

// FloorReport compares a policy with the legal floor. BelowFloor lists
// every clause where the policy protects the buyer less than the law;
// AboveFloor those where it is more generous, which is fine. A policy whose
// BelowFloor is empty is at least as protective as the law on every clause
// the library models. Reply deadlines, escalation ladders and conduct rules
// have no statutory floor and are not compared.
type FloorReport struct {
	Policy     string        `json:"policy"`
	Market     string        `json:"market"`
	BelowFloor []FloorClause `json:"below_floor"`
	AboveFloor []FloorClause `json:"above_floor"`
	Basis      explain.Basis `json:"basis"`
}

// floorRule is one comparison: how to read the clause in a policy, and in
// which direction the buyer is better protected.
type floorRule struct {
	clause, basis string
	get           func(p Policy) any
	// more says whether a is more protective than b (for ints and bools).
	higherProtects bool
	note           string
}

func floorRules() []floorRule {
	var out []floorRule
	add := func(clause, basis string, higher bool, note string, get func(p Policy) any) {
		out = append(out, floorRule{clause: clause, basis: basis, get: get, higherProtects: higher, note: note})
	}
	add("refund.withdrawal.days", "C. consom. L221-18", true, "length of the withdrawal period", func(p Policy) any { return p.Refund.Withdrawal.Days })
	add("refund.withdrawal.not_informed_months", "C. consom. L221-20", true, "extension when the buyer was not told of the right", func(p Policy) any { return p.Refund.Withdrawal.NotInformedMonths })
	add("refund.withdrawal.informed_late_days", "C. consom. L221-20", true, "period after a late information", func(p Policy) any { return p.Refund.Withdrawal.InformedLateDays })
	add("refund.withdrawal.professionals", "C. consom. L221-18 (consumers only)", true, "withdrawal right of professional buyers", func(p Policy) any { return p.Refund.Withdrawal.Professionals })
	type comp struct {
		name, basis, deadline, scale string
		get                          func(p Policy) refund.Components
	}
	for _, c := range []comp{
		{"on_withdrawal", "C. consom. L221-24", "C. consom. L221-24", "C. consom. L242-4", func(p Policy) refund.Components { return p.Refund.OnWithdrawal }},
		{"on_conformity", "C. consom. L217-11, L217-16", "C. consom. L217-17 (unconfirmed)", "", func(p Policy) refund.Components { return p.Refund.OnConformity }},
		{"on_non_delivery", "C. consom. L216-6", "C. consom. L216-7", "C. consom. L241-4", func(p Policy) refund.Components { return p.Refund.OnNonDelivery }},
	} {
		c := c
		pre := "refund." + c.name + "."
		add(pre+"parts", c.basis, true, "price of the goods refunded", func(p Policy) any { return c.get(p).Parts })
		add(pre+"delivery", c.basis, true, "standard delivery refunded", func(p Policy) any { return c.get(p).Delivery })
		add(pre+"delivery_surcharge", c.basis, true, "surcharge for a dearer delivery mode refunded", func(p Policy) any { return c.get(p).DeliverySurcharge })
		add(pre+"return_shipping", "C. consom. L221-23 / L217-11", true, "return shipping refunded", func(p Policy) any { return c.get(p).ReturnShipping })
		add(pre+"deduction", "C. consom. L221-23", false, "deduction for depreciation allowed", func(p Policy) any { return c.get(p).Deduction })
		add(pre+"deadline_days", c.deadline, false, "refund deadline in days", func(p Policy) any { return c.get(p).DeadlineDays })
		add(pre+"defer_until_return", c.deadline, false, "refund deferred until the goods or a proof of shipment are back", func(p Policy) any { return c.get(p).DeferUntilReturn })
		add(pre+"partial_delivery", c.basis+" (partial returns: unconfirmed)", true, "delivery refunded on a partial return (none < pro_rata < full)", func(p Policy) any { return splitRank(c.get(p).PartialDelivery) })
		if c.scale != "" {
			add(pre+"late_surcharge", c.scale, true, "surcharge owed when the refund is late", func(p Policy) any { return scaleRank(c.get(p).LateSurcharge) })
		}
	}
	out = append(out, warrantyFloorRules()...)
	return out
}

// rank is an ordinal value printed by its name.
type rank struct {
	n    int
	name string
}

func splitRank(s refund.Split) rank {
	switch s {
	case refund.SplitNone:
		return rank{0, string(s)}
	case refund.SplitProRata:
		return rank{1, string(s)}
	}
	return rank{2, string(s)}
}

func scaleRank(s refund.Scale) rank {
	if s == refund.ScaleNone {
		return rank{0, string(s)}
	}
	return rank{1, string(s)}
}

func asInt(v any) (int, string) {
	switch x := v.(type) {
	case int:
		return x, strconv.Itoa(x)
	case bool:
		if x {
			return 1, "true"
		}
		return 0, "false"
	case rank:
		return x.n, x.name
	}
	return 0, fmt.Sprint(v)
}

// Floor compares p with the statutory floor of French law (law.For("FR"),
// the values of the french-law preset), clause by clause. A zero warranty
// section is "no guarantee" and compares below the floor.
func Floor(p Policy) FloorReport {
	law := statutePolicy()
	rep := FloorReport{Policy: p.Name, Market: p.Calendar.Market, BelowFloor: []FloorClause{}, AboveFloor: []FloorClause{}}
	var steps []explain.Step
	for _, r := range floorRules() {
		pv, ps := asInt(r.get(p))
		lv, ls := asInt(r.get(law))
		if pv == lv {
			continue
		}
		c := FloorClause{Clause: r.clause, Basis: r.basis, Policy: ps, Law: ls, Note: r.note}
		if (pv > lv) == r.higherProtects {
			rep.AboveFloor = append(rep.AboveFloor, c)
			steps = append(steps, explain.Step{Rule: "floor.above", Basis: r.basis, Facts: []explain.Fact{explain.F("clause", r.clause), explain.F("policy", ps), explain.F("law", ls)},
				Text: "%s: the policy (%s) is more generous than the law (%s)", Args: []any{r.clause, ps, ls}})
		} else {
			rep.BelowFloor = append(rep.BelowFloor, c)
			steps = append(steps, explain.Step{Rule: "floor.below", Basis: r.basis, Facts: []explain.Fact{explain.F("clause", r.clause), explain.F("policy", ps), explain.F("law", ls)},
				Text: "%s: the policy (%s) protects the buyer less than the law (%s)", Args: []any{r.clause, ps, ls}})
		}
	}
	if p.Calendar.Market != "" && p.Calendar.Market != "FR" {
		steps = append(steps, explain.Step{Rule: "floor.market", Basis: "Rome I art. 6", Facts: []explain.Fact{explain.F("market", p.Calendar.Market)},
			Text: "the floor compared is French law; market %s has its own statutes", Args: []any{p.Calendar.Market}})
	}
	rep.Basis = explain.Of(steps...)
	return rep
}

// FloorTranslations returns the French translations of the floor report's
// step texts.
func FloorTranslations() explain.Translations {
	return explain.Translations{"fr": {
		"%s: the policy (%s) is more generous than the law (%s)":           "%s : la politique (%s) est plus favorable que la loi (%s)",
		"%s: the policy (%s) protects the buyer less than the law (%s)":    "%s : la politique (%s) protège moins l'acheteur que la loi (%s)",
		"the floor compared is French law; market %s has its own statutes": "le plancher comparé est le droit français ; le marché %s a ses propres textes",
	}}
}

// statutePolicy is the French statute as a policy: the floor compared
// with.
func statutePolicy() Policy {
	s, err := law.For("FR")
	if err != nil {
		return Policy{}
	}
	return Policy{Schema: SchemaVersion, Name: "french-law", Calendar: s.Calendar,
		SLA: s.SLA, Refund: s.Refund, Warranty: s.Warranty, Dispute: s.Dispute, Conduct: s.Conduct}
}

// currentRegime returns the conformity regime of contracts concluded
// today: the last one.
func currentRegime(p Policy) warranty.Regime {
	rs := p.Warranty.Conformity.Regimes
	if len(rs) == 0 {
		return warranty.Regime{}
	}
	return rs[len(rs)-1]
}

// warrantyFloorRules compares the warranty section: the conformity
// guarantee of current contracts, the limitation of actions, hidden
// defects and the remedy deadlines.
func warrantyFloorRules() []floorRule {
	var out []floorRule
	add := func(clause, basis string, higher bool, note string, get func(p Policy) any) {
		out = append(out, floorRule{clause: clause, basis: basis, get: get, higherProtects: higher, note: note})
	}
	add("warranty.conformity.regimes[last].months", "C. consom. L217-3", true, "conformity period from delivery", func(p Policy) any { return currentRegime(p).Months })
	add("warranty.conformity.regimes[last].presumption_new_months", "C. consom. L217-7", true, "presumption for new goods", func(p Policy) any { return currentRegime(p).PresumptionNewMonths })
	add("warranty.conformity.regimes[last].presumption_used_months", "C. consom. L217-7", true, "presumption for second-hand goods", func(p Policy) any { return currentRegime(p).PresumptionUsedMonths })
	add("warranty.conformity.regimes[last].repair_extension_months", "C. consom. L217-13", true, "extension after a repair", func(p Policy) any { return currentRegime(p).RepairExtensionMonths })
	add("warranty.conformity.regimes[last].renew_on_imposed_replacement", "C. consom. L217-13", true, "new period after an imposed replacement", func(p Policy) any { return currentRegime(p).RenewOnImposedReplacement })
	add("warranty.conformity.regimes[last].suspend_while_immobilised", "C. consom. D211-2 annex", true, "period suspended while the goods are immobilised", func(p Policy) any { return currentRegime(p).SuspendWhileImmobilised })
	add("warranty.conformity.limitation_years", "C. civ. 2224", true, "limitation of the court action", func(p Policy) any { return p.Warranty.Conformity.LimitationYears })
	add("warranty.conformity.long_stop_years", "C. civ. 2232", true, "long stop of the court action", func(p Policy) any { return p.Warranty.Conformity.LongStopYears })
	add("warranty.hidden_defect.months", "C. civ. 1648", true, "hidden-defect action period from discovery", func(p Policy) any { return p.Warranty.HiddenDefect.Months })
	add("warranty.hidden_defect.long_stop_years", "C. civ. 2232", true, "hidden-defect long stop", func(p Policy) any { return p.Warranty.HiddenDefect.LongStopYears })
	add("warranty.remedies.conformity_days", "C. consom. L217-10", false, "time to repair or replace", func(p Policy) any { return p.Warranty.Remedies.ConformityDays })
	add("warranty.remedies.refund_days", "C. consom. L217-17 (unconfirmed)", false, "time to refund after reduction or rescission", func(p Policy) any { return p.Warranty.Remedies.RefundDays })
	return out
}
