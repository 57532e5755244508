package warranty

import (
	"slices"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// joinList joins names for a step text.
func joinList(names []string) string { return strings.Join(names, ", ") }

// addUnconf records an unconfirmed point the answer used, once.
func (a *assessor) addUnconf(name string) {
	if !slices.Contains(a.unconf, name) {
		a.unconf = append(a.unconf, name)
	}
}

// unconfirmed records regime field name when g marks it unconfirmed.
func (a *assessor) unconfirmed(g Regime, name string) {
	if g.unconfirmed(name) {
		a.addUnconf("conformity." + name)
	}
}

// periodMonths returns the regime's period for this case: the lifespan
// for a lifespan regime, the long-lasting period for long-lasting goods,
// shortened by a valid agreement for second-hand goods. A product fact the
// regime needs and the case lacks, or an agreement the regime forbids, is
// an error naming the case field.
func (a *assessor) periodMonths(g Regime) (int, error) {
	c := a.c
	months := g.Months
	if g.Window == Lifespan {
		if c.LifespanMonths == 0 {
			return 0, strictjson.Errorf("lifespan_months", "missing: the %s rules set no fixed period and judge conformity against the goods' expected lifespan (%s)", g.Name, g.Basis)
		}
		months = c.LifespanMonths
	}
	if g.LongLastingMonths > 0 {
		if c.LongLasting == nil {
			return 0, strictjson.Errorf("long_lasting", "missing: under the %s rules goods meant to last considerably longer than usual have %d months instead of %d (%s); say true or false", g.Name, g.LongLastingMonths, g.Months, g.Basis)
		}
		if *c.LongLasting {
			months = g.LongLastingMonths
			a.unconfirmed(g, "long_lasting_months")
			a.step("conformity.long_lasting", g.Basis, "The goods are meant to last considerably longer than usual: the period is %d months.",
				[]any{months}, explain.F("long_lasting", true))
		} else {
			a.step("conformity.long_lasting", g.Basis, "The goods are not meant to last considerably longer than usual: the period is %d months.",
				[]any{months}, explain.F("long_lasting", false))
		}
	}
	if g.Window != Lifespan {
		a.unconfirmed(g, "months")
	}
	if c.AgreedMonths == 0 {
		return months, nil
	}
	switch {
	case g.Window == Lifespan:
		return 0, strictjson.Errorf("agreed_months", "the %s rules have no fixed period to shorten (%s)", g.Name, g.Basis)
	case c.Condition == Refurbished && g.RefurbishedFullPeriod:
		return 0, strictjson.Errorf("agreed_months", "refurbished goods stated as such keep the full %d months under the %s rules (%s)", months, g.Name, g.Basis)
	}
	switch g.Used.Allowed {
	case Allowed:
		if c.AgreedMonths < g.Used.FloorMonths {
			return 0, strictjson.Errorf("agreed_months", "%d months is below the floor of %d months for second-hand goods under the %s rules (%s)", c.AgreedMonths, g.Used.FloorMonths, g.Name, g.Used.Basis)
		}
		if c.AgreedMonths >= months {
			a.step("conformity.used", g.Used.Basis, "The %d months agreed for second-hand goods are not shorter than the %d-month period: no effect.",
				[]any{c.AgreedMonths, months}, explain.F("agreed_months", c.AgreedMonths))
			return months, nil
		}
		a.unconfirmed(g, "used")
		a.step("conformity.used", g.Used.Basis, "For second-hand goods the parties agreed on %d months instead of %d (at least %d may be agreed).",
			[]any{c.AgreedMonths, months, g.Used.FloorMonths}, explain.F("agreed_months", c.AgreedMonths))
		return c.AgreedMonths, nil
	case AllowanceUnconfirmed:
		a.addUnconf("conformity.used")
		a.step("conformity.used", "Directive 2019/771 art. 10(6)", "Whether a shorter period may be agreed for second-hand goods under the %s rules is not confirmed: the full %d months are kept, not the %d agreed.",
			[]any{g.Name, months, c.AgreedMonths}, explain.F("agreed_months", c.AgreedMonths))
		return months, nil
	}
	basis := g.Used.Basis
	if basis == "" {
		basis = g.Basis
	}
	return 0, strictjson.Errorf("agreed_months", "the %s rules do not allow a shorter period for second-hand goods (%s)", g.Name, basis)
}

// noticeDuty computes the notice duty's status; it reports whether a
// strict duty was missed (the remedies are lost).
func (a *assessor) noticeDuty(g Regime) bool {
	n := g.Notice
	if n.Kind == "" || n.Kind == NoNotice {
		return false
	}
	c := a.c
	known := c.discovered()
	notified := c.Notified
	if notified.After(a.asOf) {
		notified = calendar.Date{}
	}
	st := &NoticeStatus{Kind: n.Kind, Notified: notified}
	a.notice = st
	if n.Kind == NoticeUnconfirmed {
		st.Timely = "unknown"
		a.addUnconf("conformity.notice")
		a.step("conformity.notice", "Directive 2019/771 art. 12", "Whether the buyer must notify the defect within a set time under the %s rules is not confirmed (the directive allows a duty of at least 2 months from discovery).",
			[]any{g.Name}, explain.F("discovered", known))
		return false
	}
	a.unconfirmed(g, "notice")
	st.Months = n.Months
	st.By = a.months(known, n.Months, "discovered")
	switch {
	case !notified.IsZero() && !notified.After(st.By):
		st.Timely = "yes"
		a.step("conformity.notice", n.Basis, "The defect discovered on %s was notified on %s, within %d months (by %s).",
			[]any{known, notified, n.Months, st.By}, explain.F("discovered", known), explain.F("notified", notified))
	case notified.IsZero() && !a.asOf.After(st.By):
		st.Timely = "yes"
		a.step("conformity.notice", n.Basis, "The defect discovered on %s must be notified to the seller by %s (%d months).",
			[]any{known, st.By, n.Months}, explain.F("discovered", known))
	case n.Kind == StrictNotice:
		st.Timely = "no"
		a.step("conformity.notice", n.Basis, "The defect discovered on %s had to be notified by %s (%d months) and was not: the remedies are lost.",
			[]any{known, st.By, n.Months}, explain.F("discovered", known), explain.F("notified", notified))
		return true
	case n.Kind == DamagesNotice:
		st.Timely = "no"
		a.step("conformity.notice", n.Basis, "The defect discovered on %s was not notified by %s (%d months): the buyer keeps the remedies but answers for the damage the delay caused.",
			[]any{known, st.By, n.Months}, explain.F("discovered", known), explain.F("notified", notified))
	default:
		st.Timely = "unknown"
		a.step("conformity.notice", n.Basis, "The defect discovered on %s was not notified by %s (%d months, always in time): whether a later notice came within a reasonable time is for a court.",
			[]any{known, st.By, n.Months}, explain.F("discovered", known), explain.F("notified", notified))
	}
	return false
}

// nationalLimitation computes the limitation models other than the French
// one.
func (a *assessor) nationalLimitation(g Regime, end calendar.Date) (Limitation, error) {
	c, al := a.c, g.ActionLimit
	lim := Limitation{}
	if y := a.r.Conformity.LongStopYears; y > 0 {
		lim.LongStop = a.months(c.Delivered, 12*y, "delivered")
	}
	a.limBasis = al.Basis
	switch al.Kind {
	case ActionUnconfirmed:
		lim.From = c.discovered()
		a.addUnconf("conformity.action")
		a.step("limitation", "", "How long the buyer has to bring the action under the %s rules is not confirmed: no limitation date is given.",
			[]any{g.Name})
		return lim, a.err
	case WithPeriod:
		lim.From, lim.Until = c.Delivered, end
		a.step("limitation", al.Basis, "The claim is time-barred with the end of the period, after %s.", []any{end}, explain.F("delivered", c.Delivered))
	case MonthsFromDelivery:
		lim.From, lim.Until = c.Delivered, a.months(c.Delivered, al.Months, "delivered")
		a.step("limitation", al.Basis, "The action must be brought within %d months of delivery on %s: by %s.",
			[]any{al.Months, c.Delivered, lim.Until}, explain.F("delivered", c.Delivered))
	case MonthsAfterPeriod:
		lim.From, lim.Until = a.days(end, 1, "delivered"), a.months(end, al.Months, "delivered")
		a.step("limitation", al.Basis, "The action must be brought within %d months after the period ended on %s: by %s.",
			[]any{al.Months, end, lim.Until}, explain.F("period_end", end))
	case MonthsFromNotice:
		n := c.Notified
		if n.IsZero() || n.After(a.asOf) {
			lim.From = calendar.Date{}
			a.step("limitation", al.Basis, "The action is time-barred %d months after the buyer's notice of the defect; no notice is given yet, so the limitation has not started.",
				[]any{al.Months})
			a.unconfirmed(g, "action")
			return lim, a.err
		}
		lim.From, lim.Until = n, a.months(n, al.Months, "notified")
		a.step("limitation", al.Basis, "The action is time-barred %d months after the notice of %s: by %s.",
			[]any{al.Months, n, lim.Until}, explain.F("notified", n))
	case MonthsFromAppearance:
		lim.From, lim.Until = c.Appeared, a.months(c.Appeared, al.Months, "appeared")
		a.step("limitation", al.Basis, "The action must be brought within %d months of the defect's appearance on %s: by %s.",
			[]any{al.Months, c.Appeared, lim.Until}, explain.F("appeared", c.Appeared))
	}
	if a.err != nil {
		return lim, a.err
	}
	if m := al.AfterAppearanceMonths; m > 0 && !c.Appeared.After(end) {
		if floor := a.months(c.Appeared, m, "appeared"); floor.After(lim.Until) {
			lim.Until = floor
			a.step("limitation.appearance", al.Basis, "The defect appeared on %s, within the period: the limitation does not end before %d months later, %s.",
				[]any{c.Appeared, m, floor}, explain.F("appeared", c.Appeared))
		}
	}
	if m := al.AfterReturnMonths; m > 0 {
		back := calendar.Date{}
		for _, rp := range c.Repairs {
			if !rp.Returned.IsZero() && !rp.Returned.After(a.asOf) && rp.Returned.After(back) {
				back = rp.Returned
			}
		}
		if x := c.Replacement; x != nil && !x.Delivered.After(a.asOf) && x.Delivered.After(back) {
			back = x.Delivered
		}
		if !back.IsZero() {
			if floor := a.months(back, m, "repairs"); floor.After(lim.Until) {
				lim.Until = floor
				a.step("limitation.return", al.Basis, "The repaired or replacement goods came back on %s: the limitation does not end before %d months later, %s.",
					[]any{back, m, floor}, explain.F("returned", back))
			}
		}
	}
	if !lim.LongStop.IsZero() && lim.Until.After(lim.LongStop) {
		lim.Until = lim.LongStop
	}
	a.unconfirmed(g, "action")
	lim.Barred = a.asOf.After(lim.Until)
	return lim, a.err
}

// mandatory computes the mandatory guarantee by price band, if any.
func (a *assessor) mandatory() (*Status, error) {
	m, c := a.r.Mandatory, a.c
	if m.IsZero() || !c.ListedDurable {
		return nil, nil
	}
	if c.Contract.Before(m.From) {
		a.step("mandatory.none", m.Basis, "The mandatory guarantee applies to contracts from %s: not to this one.", []any{m.From}, explain.F("contract", c.Contract))
		return nil, nil
	}
	switch c.Condition {
	case Used:
		a.step("mandatory.none", m.Basis, "The mandatory guarantee covers new goods only.", nil, explain.F("condition", c.Condition))
		return nil, nil
	case Refurbished:
		a.addUnconf("mandatory")
		a.step("mandatory.none", m.Basis, "Whether the mandatory guarantee reaches refurbished goods is not confirmed: it is not applied.", nil, explain.F("condition", c.Condition))
		return nil, nil
	}
	if c.Price == nil {
		return nil, strictjson.Errorf("price", "missing: the mandatory guarantee on listed durable goods depends on the price (%s)", m.Basis)
	}
	if cur := m.Bands[0].MinPrice.Currency(); c.Price.Currency() != cur {
		return nil, strictjson.Errorf("price.currency", "%s, but the mandatory guarantee's bands are in %s (no conversion is made)", c.Price.Currency().Code(), cur.Code())
	}
	band := -1
	for i, b := range m.Bands {
		if x, _ := b.MinPrice.Cmp(*c.Price); x <= 0 {
			band = i
		}
	}
	if band < 0 {
		a.step("mandatory.none", m.Basis, "A price of %s is below the first band (%s): no mandatory guarantee.",
			[]any{*c.Price, m.Bands[0].MinPrice}, explain.F("price", *c.Price))
		return nil, nil
	}
	months := m.Bands[band].Months
	until := a.months(c.Delivered, months, "delivered")
	st := &Status{From: c.Delivered, Until: until, Months: months}
	st.Applies = !c.Appeared.After(until)
	if st.Applies {
		a.step("mandatory.applies", m.Basis, "New listed durable goods at %s: a mandatory guarantee of %d months, until %s, covers the defect that appeared on %s.",
			[]any{*c.Price, months, until, c.Appeared}, explain.F("price", *c.Price))
	} else {
		a.step("mandatory.applies", m.Basis, "New listed durable goods at %s: the mandatory guarantee of %d months ended on %s, before the defect appeared on %s.",
			[]any{*c.Price, months, until, c.Appeared}, explain.F("price", *c.Price))
	}
	return st, nil
}
