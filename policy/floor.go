package policy

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
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
	// zeroIsNone: a 0 in the statute means "no number" (no rule, a
	// reasonable time): nothing to compare.
	zeroIsNone bool
}

// cite returns french for the French statute and the statute's own
// citation, or what when it has none, for another market.
func cite(st law.Statute, french string, own ...string) string {
	if st.Market == "FR" {
		return french
	}
	for _, o := range own {
		if o != "" {
			return o
		}
	}
	return st.Name + " statute"
}

func floorRules(st law.Statute) []floorRule {
	var out []floorRule
	add := func(clause, basis string, higher bool, note string, get func(p Policy) any) {
		out = append(out, floorRule{clause: clause, basis: basis, get: get, higherProtects: higher, note: note})
	}
	wb := st.Refund.Withdrawal.Basis
	add("refund.withdrawal.days", cite(st, "C. consom. L221-18", wb), true, "length of the withdrawal period", func(p Policy) any { return p.Refund.Withdrawal.Days })
	add("refund.withdrawal.not_informed_months", cite(st, "C. consom. L221-20", wb), true, "extension when the buyer was not told of the right", func(p Policy) any { return p.Refund.Withdrawal.NotInformedMonths })
	add("refund.withdrawal.informed_late_days", cite(st, "C. consom. L221-20", wb), true, "period after a late information", func(p Policy) any { return p.Refund.Withdrawal.InformedLateDays })
	add("refund.withdrawal.professionals", cite(st, "C. consom. L221-18 (consumers only)", wb), true, "withdrawal right of professional buyers", func(p Policy) any { return p.Refund.Withdrawal.Professionals })
	type comp struct {
		name, basis, deadline, scale string
		get                          func(p Policy) refund.Components
	}
	sr := st.Refund
	for _, c := range []comp{
		{"on_withdrawal", cite(st, "C. consom. L221-24", sr.OnWithdrawal.Basis), cite(st, "C. consom. L221-24", sr.OnWithdrawal.DeadlineBasis), cite(st, "C. consom. L242-4", sr.OnWithdrawal.LateBasis, sr.OnWithdrawal.DeadlineBasis), func(p Policy) refund.Components { return p.Refund.OnWithdrawal }},
		{"on_conformity", cite(st, "C. consom. L217-11, L217-16", sr.OnConformity.Basis), cite(st, "C. consom. L217-17 (unconfirmed)", sr.OnConformity.DeadlineBasis), "", func(p Policy) refund.Components { return p.Refund.OnConformity }},
		{"on_non_delivery", cite(st, "C. consom. L216-6", sr.OnNonDelivery.Basis), cite(st, "C. consom. L216-7", sr.OnNonDelivery.DeadlineBasis), cite(st, "C. consom. L241-4", sr.OnNonDelivery.LateBasis, sr.OnNonDelivery.DeadlineBasis), func(p Policy) refund.Components { return p.Refund.OnNonDelivery }},
	} {
		if st.Market != "FR" && c.get(Policy{Refund: st.Refund}).IsZero() {
			// The statute sets no such refund rule (no number of days):
			// nothing to compare with.
			continue
		}
		c := c
		pre := "refund." + c.name + "."
		add(pre+"parts", c.basis, true, "price of the goods refunded", func(p Policy) any { return c.get(p).Parts })
		add(pre+"delivery", c.basis, true, "standard delivery refunded", func(p Policy) any { return c.get(p).Delivery })
		add(pre+"delivery_surcharge", c.basis, true, "surcharge for a dearer delivery mode refunded", func(p Policy) any { return c.get(p).DeliverySurcharge })
		add(pre+"return_shipping", cite(st, "C. consom. L221-23 / L217-11", c.basis), true, "return shipping refunded", func(p Policy) any { return c.get(p).ReturnShipping })
		add(pre+"deduction", cite(st, "C. consom. L221-23", c.basis), false, "deduction for depreciation allowed", func(p Policy) any { return c.get(p).Deduction })
		add(pre+"deadline_days", c.deadline, false, "refund deadline in days", func(p Policy) any { return c.get(p).DeadlineDays })
		add(pre+"defer_until_return", c.deadline, false, "refund deferred until the goods or a proof of shipment are back", func(p Policy) any { return c.get(p).DeferUntilReturn })
		add(pre+"partial_delivery", c.basis+" (partial returns: unconfirmed)", true, "delivery refunded on a partial return (none < pro_rata < full)", func(p Policy) any { return splitRank(c.get(p).PartialDelivery) })
		if c.scale != "" {
			add(pre+"late_surcharge", c.scale, true, "surcharge owed when the refund is late", func(p Policy) any { return scaleRank(c.get(p).LateSurcharge) })
			add(pre+"late_professionals", c.scale+" (consumers only)", true, "late surcharge owed to professional buyers too", func(p Policy) any { return c.get(p).LateProfessionals })
		}
		add(pre+"deadline_from", c.deadline, false, "what the refund deadline counts from (informed < return)", func(p Policy) any { return fromRank(c.get(p).DeadlineFrom) })
		add(pre+"deadline_roll", c.deadline, false, "refund deadline moved off rest days", func(p Policy) any { return c.get(p).DeadlineRoll })
		add(pre+"coupon_minimum", cite(st, "C. consom. L221-24", sr.OnWithdrawal.Basis)+" (payments received)", false, "a coupon revoked when a partial return takes the order below its minimum", func(p Policy) any { return couponRank(c.get(p).CouponMinimum) })
		add(pre+"free_shipping_charge", c.basis, false, "a free delivery charged when a partial return takes the order below the threshold", func(p Policy) any { return c.get(p).FreeShippingCharge })
		add(pre+"private_sellers", c.basis+" (professional sellers only)", true, "the rule applied to private sellers too", func(p Policy) any { return c.get(p).PrivateSellers })
	}
	out = append(out, warrantyFloorRules(st)...)
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

// fromRank orders DeadlineFrom: counting from the request is earlier, so
// more protective, than counting from the goods' return.
func fromRank(s string) rank {
	if s == "return" {
		return rank{1, s}
	}
	if s == "" {
		return rank{0, "informed"}
	}
	return rank{0, s}
}

// couponRank orders CouponMinimum: keeping the coupon protects more.
func couponRank(s string) rank {
	if s == "revoke" {
		return rank{1, s}
	}
	if s == "" {
		return rank{0, "keep"}
	}
	return rank{0, s}
}

func scaleRank(s refund.Scale) rank {
	switch s {
	case refund.ScaleNone, "":
		return rank{0, string(s)}
	case refund.ScaleDouble:
		// The whole sum again: at least as much as any band of L242-4
		// below its cap.
		return rank{2, string(s)}
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
// section is "no guarantee" and compares below the floor. FloorFor compares
// with any market's statute.
func Floor(p Policy) FloorReport {
	st, _ := law.For("FR")
	rep := floor(p, st)
	if p.Calendar.Market != "" && p.Calendar.Market != "FR" {
		rep.Basis.Steps = append(rep.Basis.Steps, explain.Step{Rule: "floor.market", Basis: "Rome I art. 6", Facts: []explain.Fact{explain.F("market", p.Calendar.Market)},
			Text: "the floor compared is French law; market %s has its own statutes", Args: []any{p.Calendar.Market}})
	}
	rep.Market = p.Calendar.Market
	return rep
}

// FloorFor compares p with the statute of market (law.For), clause by
// clause, citing that market's articles: the legal-floor check of a
// market the policy serves, or may serve. Clauses the statute does not
// fix with a number (a refund "without undue delay", repairs "within a
// reasonable time", a limitation of another model) are not compared. An
// unknown market is an error at "market".
func FloorFor(p Policy, market string) (FloorReport, error) {
	st, err := law.For(market)
	if err != nil {
		return FloorReport{}, field.At("market", err)
	}
	rep := floor(p, st)
	rep.Market = market
	return rep, nil
}

// FloorMarkets runs FloorFor for every market p serves, in its order.
func FloorMarkets(p Policy) ([]FloorReport, error) {
	var out []FloorReport
	for _, m := range p.markets() {
		r, err := FloorFor(p, m.Code)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// floor compares p with statute st.
func floor(p Policy, st law.Statute) FloorReport {
	lawp := Policy{Schema: SchemaVersion, Name: "law:" + st.Market, Calendar: st.Calendar,
		SLA: st.SLA, Refund: st.Refund, Warranty: st.Warranty, Dispute: st.Dispute, Conduct: st.Conduct}
	rep := FloorReport{Policy: p.Name, Market: st.Market, BelowFloor: []FloorClause{}, AboveFloor: []FloorClause{}}
	var steps []explain.Step
	// In another market than the one whose law the policy restates, a
	// rule equal to that law is no clause of the platform: the market's
	// own statute replaces it (see MarketEngine), so it is not compared.
	var basep *Policy
	if b := p.baseOf(); b != "" && b != st.Market {
		if bs, err := law.For(b); err == nil {
			basep = &Policy{Refund: bs.Refund, Warranty: bs.Warranty}
		}
	}
	restated := 0
	for _, r := range floorRules(st) {
		pv, ps := asInt(r.get(p))
		lv, ls := asInt(r.get(lawp))
		if basep != nil {
			if bv, _ := asInt(r.get(*basep)); bv == pv {
				restated++
				continue
			}
		}
		if pv == lv || (r.zeroIsNone && lv == 0) {
			continue
		}
		c := FloorClause{Clause: r.clause, Basis: r.basis, Policy: ps, Law: ls, Note: r.note}
		above := (pv > lv) == r.higherProtects
		if r.zeroIsNone && pv == 0 {
			above = false // no number where the law sets one
		}
		if above {
			rep.AboveFloor = append(rep.AboveFloor, c)
			steps = append(steps, explain.Step{Rule: "floor.above", Basis: r.basis, Facts: []explain.Fact{explain.F("clause", r.clause), explain.F("policy", ps), explain.F("law", ls)},
				Text: "%s: the policy (%s) is more generous than the law (%s)", Args: []any{r.clause, ps, ls}})
		} else {
			rep.BelowFloor = append(rep.BelowFloor, c)
			steps = append(steps, explain.Step{Rule: "floor.below", Basis: r.basis, Facts: []explain.Fact{explain.F("clause", r.clause), explain.F("policy", ps), explain.F("law", ls)},
				Text: "%s: the policy (%s) protects the buyer less than the law (%s)", Args: []any{r.clause, ps, ls}})
		}
	}
	if restated > 0 {
		steps = append(steps, explain.Step{Rule: "floor.restated", Basis: "Rome I art. 6", Facts: []explain.Fact{explain.F("market", st.Market), explain.F("base", p.baseOf())},
			Text: "%d rules restate the law of %s: for a buyer in %s that market's statute applies instead, so they are not compared", Args: []any{restated, p.baseOf(), st.Market}})
	}
	rep.Basis = explain.Of(steps...)
	return rep
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
func warrantyFloorRules(st law.Statute) []floorRule {
	var out []floorRule
	add := func(clause, basis string, higher bool, note string, get func(p Policy) any) {
		out = append(out, floorRule{clause: clause, basis: basis, get: get, higherProtects: higher, note: note})
	}
	g := currentRegime(Policy{Warranty: st.Warranty})
	pb := g.PresumptionBasis
	rb := g.RemedyBasis
	fr := st.Market == "FR"
	if !fr && g.Window != warranty.Appearance {
		// An action or lifespan period is not comparable, month for month,
		// with a period for the defect to appear: the guarantee's months
		// are compared only between regimes of the same kind.
		add = func(clause, basis string, higher bool, note string, get func(p Policy) any) {
			if strings.HasSuffix(clause, "].months") {
				return
			}
			out = append(out, floorRule{clause: clause, basis: basis, get: get, higherProtects: higher, note: note})
		}
	}
	add("warranty.conformity.regimes[last].months", cite(st, "C. consom. L217-3", g.Basis), true, "conformity period from delivery", func(p Policy) any { return currentRegime(p).Months })
	add("warranty.conformity.regimes[last].presumption_new_months", cite(st, "C. consom. L217-7", pb, g.Basis), true, "presumption for new goods", func(p Policy) any { return currentRegime(p).PresumptionNewMonths })
	add("warranty.conformity.regimes[last].presumption_used_months", cite(st, "C. consom. L217-7", pb, g.Basis), true, "presumption for second-hand goods", func(p Policy) any { return currentRegime(p).PresumptionUsedMonths })
	add("warranty.conformity.regimes[last].repair_extension_months", cite(st, "C. consom. L217-13", g.Basis), true, "extension after a repair", func(p Policy) any { return currentRegime(p).RepairExtensionMonths })
	add("warranty.conformity.regimes[last].renew_on_imposed_replacement", cite(st, "C. consom. L217-13", rb, g.Basis), true, "new period after an imposed replacement", func(p Policy) any { return currentRegime(p).RenewOnImposedReplacement })
	add("warranty.conformity.regimes[last].suspend_while_immobilised", cite(st, "C. consom. D211-2 annex", g.Basis), true, "period suspended while the goods are immobilised", func(p Policy) any { return currentRegime(p).SuspendWhileImmobilised })
	if fr {
		// Limitation models and hidden defects: French law's numbers.
		// Other markets limit the action by other models (compared in
		// the answers, not here) and the library holds no hidden-defect
		// guarantee for them.
		add("warranty.conformity.limitation_years", "C. civ. 2224", true, "limitation of the court action", func(p Policy) any { return p.Warranty.Conformity.LimitationYears })
		add("warranty.conformity.long_stop_years", "C. civ. 2232", true, "long stop of the court action", func(p Policy) any { return p.Warranty.Conformity.LongStopYears })
		add("warranty.hidden_defect.months", "C. civ. 1648", true, "hidden-defect action period from discovery", func(p Policy) any { return p.Warranty.HiddenDefect.Months })
		add("warranty.hidden_defect.long_stop_years", "C. civ. 2232", true, "hidden-defect long stop", func(p Policy) any { return p.Warranty.HiddenDefect.LongStopYears })
	}
	n := len(out)
	add("warranty.remedies.conformity_days", cite(st, "C. consom. L217-10", rb, g.Basis), false, "time to repair or replace", func(p Policy) any { return p.Warranty.Remedies.ConformityDays })
	add("warranty.remedies.refund_days", cite(st, "C. consom. L217-17 (unconfirmed)", rb, g.Basis), false, "time to refund after reduction or rescission", func(p Policy) any { return p.Warranty.Remedies.RefundDays })
	add("warranty.remedies.answer_days", cite(st, "-", st.Warranty.Remedies.AnswerBasis), false, "time to answer a complaint before it is deemed accepted", func(p Policy) any { return p.Warranty.Remedies.AnswerDays })
	for i := n; i < len(out); i++ {
		out[i].zeroIsNone = true
	}
	// A statute value the research could not confirm is compared all the
	// same, and the citation says it is unconfirmed.
	for i := range out {
		for _, u := range g.Unconfirmed {
			if strings.HasSuffix(out[i].clause, "[last]."+u) {
				out[i].basis += " (unconfirmed)"
			}
		}
	}
	return out
}
