package refund

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
)

// deadline returns the last day to refund on time and whether the seller
// may still defer it (C. consom. L221-24 as read here: due = max(informed + N days,
// min(goods back, proof of shipment)) when deferral is allowed).
func deadline(comp Components, c *Case, steps []explain.Step) (calendar.Date, bool, []explain.Step, error) {
	base := c.Informed.AddDays(comp.DeadlineDays)
	if base.IsZero() {
		return base, false, steps, caseError("informed", "%s + %d days is past the calendar's last day, 9999-12-31", c.Informed, comp.DeadlineDays)
	}
	steps = append(steps, explain.Step{Rule: "refund.deadline", Basis: comp.DeadlineBasis,
		Text: "The seller learned of the request on %s: the refund is due within %d days, by %s.", Args: []any{c.Informed, comp.DeadlineDays, base}})
	if !comp.DeferUntilReturn {
		return base, false, steps, nil
	}
	ev := c.GoodsBack
	if ev.IsZero() || (!c.ShippedBack.IsZero() && c.ShippedBack.Before(ev)) {
		ev = c.ShippedBack
	}
	if ev.IsZero() {
		return base, true, append(steps, explain.Step{Rule: "refund.deferral", Basis: comp.DeadlineBasis,
			Text: "Neither the goods nor a proof of shipment have reached the seller: it may defer the refund until one does."}), nil
	}
	due := base
	if ev.After(base) {
		due = ev
	}
	return due, false, append(steps, explain.Step{Rule: "refund.deferral", Basis: comp.DeadlineBasis,
		Text: "The seller may defer the refund until it has the goods back or a proof of shipment, whichever comes first (%s): the refund is due by %s.", Args: []any{ev, due}}), nil
}

// kindName is a Localizer naming a component for people.
type kindName Kind

func (r Rules) finish(cal calendar.Calendar, c *Case, comp Components, f coreFlags, s sums) (Quote, error) {
	cur := c.Currency
	q := Quote{Reason: c.Reason, Eligible: f.eligible, Currency: cur, Paid: s.paid}
	// All steps share one array; each component's basis is a full slice
	// expression over its own steps, so nothing can append into another's.
	steps := make([]explain.Step, 0, 16)
	one := func(k Kind, a money.Amount, from int) {
		n := len(steps)
		q.Components = append(q.Components, Component{Kind: k, Amount: a, Basis: explain.Basis{Steps: steps[from:n:n]}})
	}
	q.Components = make([]Component, 0, 7)

	// Who may withdraw, and is the window still open.
	if c.Reason == Withdrawal {
		if !f.eligible {
			steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: "C. consom. L221-3",
				Facts: []explain.Fact{explain.F("buyer", c.Buyer)},
				Text:  "A professional buyer has no right of withdrawal under this policy."})
		} else if c.Buyer == Professional {
			steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: r.Withdrawal.Basis,
				Facts: []explain.Fact{explain.F("buyer", c.Buyer)},
				Text:  "The policy extends the right of withdrawal to professional buyers."})
		}
		// The window cannot have closed before day Days after receipt
		// (rolling only moves it later): skip the calendar otherwise.
		if r.Withdrawal.Days > 0 && c.Informed.Sub(c.Delivered) > r.Withdrawal.Days {
			p, err := cal.Period(c.Delivered, r.Withdrawal.Days, calendar.Days, true)
			if err == nil && c.Informed.After(p.LastDay) && !c.NotInformed {
				steps = append(steps, explain.Step{Rule: "withdrawal.late_notice", Basis: "C. consom. L221-21, L221-22",
					Facts: []explain.Fact{fact("informed", c.Informed.String()), explain.F("last_day", p.LastDay)},
					Text:  "The seller learned of the withdrawal on %s, after the window closed on %s: the buyer must prove he sent it in time.", Args: []any{c.Informed, p.LastDay}})
			}
		}
	}

	// Parts.
	from := len(steps)
	if f.withdrawal {
		for i := range c.Lines {
			l := &c.Lines[i]
			if l.Exclusion != "" && l.Returned > 0 {
				para, what, _ := exclusionInfo(l.Exclusion)
				steps = append(steps, explain.Step{Rule: "refund.parts.excluded", Basis: "C. consom. L221-28 " + para,
					Facts: []explain.Fact{explain.F("line", l.ID), explain.F("exclusion", l.Exclusion)},
					Text:  "Line %s is not refunded: no right of withdrawal for " + what + ".", Args: []any{l.ID}})
			}
		}
	}
	steps = append(steps, explain.Step{Rule: "refund.parts", Basis: comp.Basis,
		Text: "Price of the goods refunded: %s.", Args: []any{s.parts}})
	one(KindParts, s.parts, from)

	// Delivery and surcharge.
	deliveryStep := func(k Kind, on bool, paid, got money.Amount) explain.Step {
		st := explain.Step{Rule: "refund.delivery", Basis: comp.Basis}
		if k == KindDeliverySurcharge {
			st.Rule = "refund.delivery_surcharge"
		}
		switch {
		case paid.IsZero():
			st.Text, st.Args = "Nothing was paid for %s.", []any{kindName(k)}
		case !on && k == KindDeliverySurcharge:
			st.Text = "The extra cost of the dearer delivery mode chosen by the buyer is not refunded."
		case !on:
			st.Text, st.Args = "For this reason, %s is not refunded.", []any{kindName(k)}
		case !s.any:
			st.Text, st.Args = "No goods are refunded: %s is not refunded.", []any{kindName(k)}
		case s.whole:
			st.Text, st.Args = "The whole order is refunded: %s is refunded in full, %s.", []any{kindName(k), got}
		case comp.PartialDelivery == SplitFull:
			st.Text, st.Args = "Part of the order is refunded; the policy refunds %s in full, %s.", []any{kindName(k), got}
		case comp.PartialDelivery == SplitProRata:
			st.Text, st.Args = "Part of the order is refunded: %s is refunded pro rata to the value of the goods (%s of %s), %s.", []any{kindName(k), s.parts, s.goods, got}
		default:
			st.Text, st.Args = "Part of the order is refunded: the policy refunds none of %s.", []any{kindName(k)}
		}
		return st
	}
	from = len(steps)
	steps = append(steps, deliveryStep(KindDelivery, comp.Delivery && f.eligible, c.Delivery, s.delivery))
	one(KindDelivery, s.delivery, from)
	from = len(steps)
	steps = append(steps, deliveryStep(KindDeliverySurcharge, comp.DeliverySurcharge && f.eligible, c.DeliverySurcharge, s.surcharge))
	one(KindDeliverySurcharge, s.surcharge, from)

	// Return shipping.
	rs := explain.Step{Rule: "refund.return_shipping", Basis: comp.Basis}
	switch {
	case c.ReturnShipping.IsZero():
		rs.Text = "The buyer paid no return shipping."
	case s.returnShipping.IsZero():
		rs.Basis = "C. consom. L221-23"
		if c.Reason != Withdrawal {
			rs.Basis = comp.Basis
		}
		rs.Text, rs.Args = "The return shipping, %s, is borne by the buyer.", []any{c.ReturnShipping}
	default:
		rs.Text, rs.Args = "The return shipping paid by the buyer is refunded, %s.", []any{s.returnShipping}
	}
	from = len(steps)
	steps = append(steps, rs)
	one(KindReturnShipping, s.returnShipping, from)

	// Deduction.
	ds := explain.Step{Rule: "refund.deduction", Basis: "C. consom. L221-23"}
	switch {
	case c.Deduction.IsZero():
		ds.Text = "No depreciation is deducted."
	case f.deduct:
		ds.Facts = []explain.Fact{fact("reason", c.DeductionReason)}
		ds.Text, ds.Args = "Depreciation from handling beyond what trying the goods needs is deducted (%s): %s.", []any{c.DeductionReason, c.Deduction}
	case c.NotInformed && comp.Deduction:
		ds.Text = "The buyer was not informed of the right of withdrawal: no depreciation may be deducted."
	default:
		ds.Basis = comp.Basis
		ds.Text = "No depreciation may be deducted for this reason."
	}
	from = len(steps)
	steps = append(steps, ds)
	one(KindDeduction, s.deduction, from)

	// Deadline and late surcharge.
	due, deferred, steps, err := deadline(comp, c, steps)
	if err != nil {
		return Quote{}, err
	}
	q.Due, q.Deferred = due, deferred
	base := s.base()
	late := s.deduction
	if !late.IsZero() {
		late = money.Zero(cur)
	}
	var lsteps []explain.Step
	switch {
	case !f.eligible:
	case c.Refunded.IsZero():
		lsteps = []explain.Step{{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "The refund has not been paid yet: no late surcharge is computed."}}
	case deferred:
		lsteps = []explain.Step{{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "The refund could still be deferred when it was paid: it is not late."}}
	case !c.Refunded.After(due):
		lsteps = []explain.Step{{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "Refunded on %s, on time.", Args: []any{c.Refunded}}}
	case comp.LateSurcharge == ScaleNone:
		q.DaysLate = c.Refunded.Sub(due)
		lsteps = []explain.Step{{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "Refunded %d days late; the policy applies no late-refund surcharge for this reason.", Args: []any{q.DaysLate}}}
	default:
		q.DaysLate = c.Refunded.Sub(due)
		late, q.Band, lsteps, err = Surcharge(comp.LateSurcharge, c.Buyer, due, c.Refunded, base, s.parts)
		if comp.LateBasis != "" {
			for i := range lsteps {
				lsteps[i].Basis = comp.LateBasis
			}
		}
		if err != nil {
			return Quote{}, err
		}
	}
	from = len(steps)
	steps = append(steps, lsteps...)
	one(KindLateSurcharge, late, from)

	if !s.earlier.IsZero() {
		avail, _ := s.paid.Sub(c.RefundedBefore)
		from = len(steps)
		steps = append(steps, explain.Step{Rule: "refund.earlier", Basis: comp.Basis,
			Facts: []explain.Fact{explain.F("refunded_before", c.RefundedBefore), explain.F("paid", s.paid)},
			Text:  "Earlier refunds of %s leave at most %s to refund on an order that cost %s.", Args: []any{c.RefundedBefore, avail, s.paid}})
		one(KindEarlierRefunds, s.earlier, from)
	}
	total, _ := base.Add(late)
	q.Total = total
	steps = append(steps, explain.Step{Rule: "refund.total", Basis: comp.Basis, Text: "Total refund: %s.", Args: []any{total}})
	q.Basis = explain.Basis{Steps: steps}
	return q, nil
}

// base is the sum of the components before any late surcharge: the sums
// due.
func (s sums) base() money.Amount {
	cur := s.parts.Currency()
	var t int64
	ok := true
	for _, a := range [...]money.Amount{s.parts, s.delivery, s.surcharge, s.returnShipping, s.deduction, s.earlier} {
		v, ok1 := minorOf(a)
		var ok2 bool
		t, ok2 = add64(t, v)
		ok = ok && ok1 && ok2
	}
	if ok {
		return money.FromMinor(t, cur)
	}
	b, _ := money.Sum(cur, s.parts, s.delivery, s.surcharge, s.returnShipping, s.deduction, s.earlier)
	return b
}
