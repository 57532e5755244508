package refund

import (
	"errors"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// deadline returns the last day to refund on time and whether the seller
// may still defer it (C. consom. L221-24 as read here: due = max(informed + N days,
// min(goods back, proof of shipment)) when deferral is allowed; with
// DeadlineFrom "return", due = min(goods back, proof of dispatch) + N days,
// L217-17), rolled off rest days when the rules say so.
func deadline(cal calendar.Calendar, comp Components, c *Case, steps []explain.Step, ar *argArena) (calendar.Date, bool, []explain.Step, error) {
	base := c.Informed.AddDays(comp.DeadlineDays)
	if base.IsZero() {
		return base, false, steps, caseError("informed", "%s + %d days is past the calendar's last day, 9999-12-31", c.Informed, comp.DeadlineDays)
	}
	ev := c.GoodsBack
	if ev.IsZero() || (!c.ShippedBack.IsZero() && c.ShippedBack.Before(ev)) {
		ev = c.ShippedBack
	}
	due, deferred := base, false
	switch {
	case comp.DeadlineFrom == "return":
		if ev.IsZero() {
			return base, true, append(steps, explain.Step{Rule: "refund.deadline.return", Basis: comp.DeadlineBasis,
				Text: "The refund is due within %d days of the seller getting the goods back or a proof of their dispatch; neither has happened yet.", Args: ar.list(comp.DeadlineDays)}), nil
		}
		if due = ev.AddDays(comp.DeadlineDays); due.IsZero() {
			return due, false, steps, caseError("goods_back", "%s + %d days is past the calendar's last day, 9999-12-31", ev, comp.DeadlineDays)
		}
		steps = append(steps, explain.Step{Rule: "refund.deadline.return", Basis: comp.DeadlineBasis,
			Text: "The seller got the goods back or a proof of their dispatch on %s: the refund is due within %d days, by %s.", Args: ar.list(ar.date(ev), comp.DeadlineDays, ar.date(due))})
	default:
		steps = append(steps, explain.Step{Rule: "refund.deadline", Basis: comp.DeadlineBasis,
			Text: "The seller learned of the request on %s: the refund is due within %d days, by %s.", Args: ar.list(ar.date(c.Informed), comp.DeadlineDays, ar.date(base))})
		if !comp.DeferUntilReturn {
			break
		}
		if c.SellerCollects {
			steps = append(steps, explain.Step{Rule: "refund.deferral.collect", Basis: "C. consom. L221-24",
				Text: "The seller offered to collect the goods: it may not defer the refund until they come back."})
			break
		}
		if ev.IsZero() {
			return base, true, append(steps, explain.Step{Rule: "refund.deferral", Basis: comp.DeadlineBasis,
				Text: "Neither the goods nor a proof of shipment have reached the seller: it may defer the refund until one does."}), nil
		}
		if ev.After(base) {
			due = ev
		}
		steps = append(steps, explain.Step{Rule: "refund.deferral", Basis: comp.DeadlineBasis,
			Text: "The seller may defer the refund until it has the goods back or a proof of shipment, whichever comes first (%s): the refund is due by %s.", Args: ar.list(ar.date(ev), ar.date(due))})
	}
	if comp.DeadlineRoll && cal.IsRestDay(due) {
		next, err := cal.NextWorkingDay(due)
		if err != nil {
			return due, false, steps, caseError("informed", "%v", err)
		}
		steps = append(steps, explain.Step{Rule: "refund.deadline.roll", Basis: comp.DeadlineBasis,
			Text: "%s is not a working day: the policy moves the deadline to %s.", Args: ar.list(ar.date(due), ar.date(next))})
		due = next
	}
	return due, deferred, steps, nil
}

// kindName is a Localizer naming a component for people.
type kindName Kind

func (r Rules) finish(cal calendar.Calendar, c *Case, comp Components, f coreFlags, s sums, o *orderCalc, rates []Rate, ar *argArena) (Quote, error) {
	cur := c.Currency
	q := Quote{Reason: c.Reason, Eligible: f.eligible, Currency: cur, Paid: s.paid}
	// All steps share one array; each component's basis is a full slice
	// expression over its own steps, so nothing can append into another's.
	steps := ar.steps
	one := func(k Kind, a money.Amount, from int) {
		n := len(steps)
		q.Components = append(q.Components, Component{Kind: k, Amount: a, Basis: explain.Basis{Steps: steps[from:n:n]}})
	}
	q.Components = ar.comps

	private := c.Seller == PrivateSeller
	if private {
		if comp.PrivateSellers {
			steps = append(steps, explain.Step{Rule: "refund.seller.private", Basis: comp.Basis,
				Facts: ar.fact(explain.F("seller", c.Seller)),
				Text:  "The seller is a private person: consumer law does not bind him, but the platform's commitment applies these rules to his sales."})
		} else {
			steps = append(steps, explain.Step{Rule: "refund.seller.private", Basis: "C. consom. article liminaire (professionnel, consommateur)",
				Facts: ar.fact(explain.F("seller", c.Seller)),
				Text:  "The seller is a private person: he owes no statutory withdrawal, refund deadline or late surcharge, and the policy does not extend them to private sellers."})
		}
	}
	// Who may withdraw, and is the window still open.
	if c.Reason == Withdrawal {
		if !f.eligible && private && !comp.PrivateSellers {
			// said above
		} else if !f.eligible {
			steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: "C. consom. L221-3",
				Facts: ar.fact(explain.F("buyer", c.Buyer)),
				Text:  "A professional buyer has no right of withdrawal under this policy."})
		} else if c.Buyer == Professional {
			steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: r.Withdrawal.Basis,
				Facts: ar.fact(explain.F("buyer", c.Buyer)),
				Text:  "The policy extends the right of withdrawal to professional buyers."})
		}
		// The window cannot have closed before day Days after receipt
		// (rolling only moves it later): skip the calendar otherwise.
		if !c.WithdrawalSent.IsZero() {
			sent := sentDay(cal, c.WithdrawalSent)
			if sent.After(c.Informed) {
				return Quote{}, caseError("withdrawal_sent", "%s (%s in the calendar's time zone) is after informed %s", c.WithdrawalSent.Format(time.RFC3339), sent, c.Informed)
			}
			if !c.Delivered.IsZero() && r.Withdrawal.Days > 0 && sent.Sub(c.Delivered) > r.Withdrawal.Days && !c.NotInformed {
				p, err := cal.Period(c.Delivered, r.Withdrawal.Days, calendar.Days, true)
				if err == nil && sent.After(p.LastDay) {
					q.WithdrawalLate = true
					steps = append(steps, explain.Step{Rule: "withdrawal.sent_late", Basis: "C. consom. L221-21; CRD art. 11(2), 11a",
						Facts: ar.fact(fact("sent", c.WithdrawalSent.Format(time.RFC3339)), explain.F("last_day", p.LastDay)),
						Text:  "The withdrawal was sent on %s (in the market's time zone), after the window closed at the end of %s.", Args: ar.list(ar.date(sent), ar.date(p.LastDay))})
				}
			}
			if !q.WithdrawalLate {
				steps = append(steps, explain.Step{Rule: "withdrawal.sent", Basis: "C. consom. L221-21; CRD art. 11(2), 11a",
					Facts: ar.fact(fact("sent", c.WithdrawalSent.Format(time.RFC3339))),
					Text:  "The withdrawal was sent on %s (in the market's time zone), before the window closed: sending in time is enough.", Args: ar.list(ar.date(sent))})
			}
		} else if r.Withdrawal.Days > 0 && c.Informed.Sub(c.Delivered) > r.Withdrawal.Days {
			p, err := cal.Period(c.Delivered, r.Withdrawal.Days, calendar.Days, true)
			if err == nil && c.Informed.After(p.LastDay) && !c.NotInformed {
				q.WithdrawalLate = true
				steps = append(steps, explain.Step{Rule: "withdrawal.late_notice", Basis: "C. consom. L221-21, L221-22",
					Facts: ar.fact(fact("informed", c.Informed.String()), explain.F("last_day", p.LastDay)),
					Text:  "The seller learned of the withdrawal on %s, after the window closed on %s: the buyer must prove he sent it in time.", Args: ar.list(ar.date(c.Informed), ar.date(p.LastDay))})
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
					Facts: ar.fact(explain.F("line", l.ID), explain.F("exclusion", l.Exclusion)),
					Text:  "Line %s is not refunded: no right of withdrawal for " + what + ".", Args: ar.list(l.ID)})
			}
		}
	}
	steps = append(steps, explain.Step{Rule: "refund.parts", Basis: comp.Basis,
		Text: "Price of the goods refunded: %s.", Args: ar.list(ar.amt(s.parts))})
	one(KindParts, s.parts, from)

	// Delivery and surcharge.
	deliveryStep := func(k Kind, on bool, paid, got money.Amount) explain.Step {
		st := explain.Step{Rule: "refund.delivery", Basis: comp.Basis}
		if k == KindDeliverySurcharge {
			st.Rule = "refund.delivery_surcharge"
		}
		switch {
		case paid.IsZero():
			st.Text, st.Args = "Nothing was paid for %s.", ar.list(kindArg(k))
		case !on && k == KindDeliverySurcharge:
			st.Text = "The extra cost of the dearer delivery mode chosen by the buyer is not refunded."
		case !on:
			st.Text, st.Args = "For this reason, %s is not refunded.", ar.list(kindArg(k))
		case !s.any:
			st.Text, st.Args = "No goods are refunded: %s is not refunded.", ar.list(kindArg(k))
		case len(c.Shipments) > 0:
			st.Text, st.Args = "The order came in %d shipments: %s is refunded shipment by shipment (a shipment returned whole refunds its own in full, otherwise the policy's split), %s.", ar.list(len(c.Shipments), kindArg(k), ar.amt(got))
		case s.whole:
			st.Text, st.Args = "The whole order is refunded: %s is refunded in full, %s.", ar.list(kindArg(k), ar.amt(got))
		case comp.PartialDelivery == SplitFull:
			st.Text, st.Args = "Part of the order is refunded; the policy refunds %s in full, %s.", ar.list(kindArg(k), ar.amt(got))
		case comp.PartialDelivery == SplitProRata:
			st.Text, st.Args = "Part of the order is refunded: %s is refunded pro rata to the value of the goods (%s of %s), %s.", ar.list(kindArg(k), ar.amt(s.parts), ar.amt(s.goods), ar.amt(got))
		default:
			st.Text, st.Args = "Part of the order is refunded: the policy refunds none of %s.", ar.list(kindArg(k))
		}
		return st
	}
	from = len(steps)
	steps = append(steps, deliveryStep(KindDelivery, comp.Delivery && f.eligible, c.Delivery, s.delivery))
	if s.belowThreshold && !comp.FreeShippingCharge {
		steps = append(steps, explain.Step{Rule: "refund.free_shipping", Basis: "C. consom. L221-24; CRD art. 13(1)",
			Text: "The delivery was free from %s; the goods kept fall below it, but the buyer is not charged for a delivery he did not pay for.", Args: ar.list(ar.amt(c.FreeShipping.Threshold))})
	}
	one(KindDelivery, s.delivery, from)
	from = len(steps)
	steps = append(steps, deliveryStep(KindDeliverySurcharge, comp.DeliverySurcharge && f.eligible, c.DeliverySurcharge, s.surcharge))
	one(KindDeliverySurcharge, s.surcharge, from)

	// Return shipping.
	rs := explain.Step{Rule: "refund.return_shipping", Basis: comp.Basis}
	switch {
	case f.sellerReturn && !c.ReturnShipping.IsZero():
		rs.Basis = "C. consom. L221-23"
		if c.SellerCollects {
			rs.Text, rs.Args = "The seller offered to collect the goods: the return cost the buyer paid, %s, is refunded.", ar.list(ar.amt(s.returnShipping))
		} else {
			rs.Text, rs.Args = "The seller did not tell the buyer that he bears the return cost: the seller bears it, %s is refunded.", ar.list(ar.amt(s.returnShipping))
		}
	case c.ReturnShipping.IsZero():
		rs.Text = "The buyer paid no return shipping."
	case s.returnShipping.IsZero():
		rs.Basis = "C. consom. L221-23"
		if c.Reason != Withdrawal {
			rs.Basis = comp.Basis
		}
		rs.Text, rs.Args = "The return shipping, %s, is borne by the buyer.", ar.list(ar.amt(c.ReturnShipping))
	default:
		rs.Text, rs.Args = "The return shipping paid by the buyer is refunded, %s.", ar.list(ar.amt(s.returnShipping))
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
		ds.Facts = ar.fact(fact("reason", c.DeductionReason))
		ds.Text, ds.Args = "Depreciation from handling beyond what trying the goods needs is deducted (%s): %s.", ar.list(c.DeductionReason, ar.amt(c.Deduction))
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
	due, deferred, steps, err := deadline(cal, comp, c, steps, ar)
	if err != nil {
		return Quote{}, err
	}
	q.Due, q.Deferred = due, deferred
	var base money.Amount
	if ar.sums.ok {
		base = ar.minor(ar.sums.base)
	} else {
		base = s.base(ar)
	}
	late := ar.zero
	tab := rateTable{rates: rates, refuse: comp.UnknownRate == "refuse"}
	if tab.rates == nil { // the deprecated Rules.Quote: no engine
		e := &engine{rates: LegalInterestRates()}
		if !r.InterestRates.IsZero() {
			_ = WithInterestRates(r.InterestRates.Rates()...)(e)
		}
		tab.rates = e.rates
	}
	// noLate says why no surcharge applies to a late refund, "" when one
	// does.
	noLate := 0
	switch {
	case comp.LateSurcharge == ScaleNone:
		noLate = noLateScale
	case private && !comp.PrivateSellers:
		noLate = noLatePrivate
	case c.Buyer == Professional && !comp.LateProfessionals:
		noLate = noLateProfessional
	}
	from = len(steps)
	switch {
	case !f.eligible:
		steps = append(steps, explain.Step{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "No refund is owed: no late surcharge."})
	case len(c.Instalments) > 0:
		var lsteps []explain.Step
		late, lsteps, err = q.instalments(c, comp, due, deferred, base, s.parts, noLate, tab, ar)
		if err != nil {
			return Quote{}, err
		}
		steps = append(steps, lsteps...)
	case c.Refunded.IsZero():
		steps = append(steps, explain.Step{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "The refund has not been paid yet: no late surcharge is computed."})
	case deferred:
		steps = append(steps, explain.Step{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "The refund could still be deferred when it was paid: it is not late."})
	case !c.Refunded.After(due):
		steps = append(steps, explain.Step{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "Refunded on %s, on time.", Args: ar.list(ar.date(c.Refunded))})
	case comp.LateSurcharge == ScaleNone:
		q.DaysLate = c.Refunded.Sub(due)
		steps = append(steps, explain.Step{Rule: "refund.late", Basis: comp.DeadlineBasis,
			Text: "Refunded %d days late; the policy applies no late-refund surcharge for this reason.", Args: ar.list(q.DaysLate)})
	case noLate != 0:
		q.DaysLate = c.Refunded.Sub(due)
		steps = append(steps, explain.Step{Rule: "refund.late.none", Basis: lateBasis(comp),
			Text: noLateText[noLate][0], Args: ar.list(q.DaysLate)})
	default:
		q.DaysLate = c.Refunded.Sub(due)
		var stale bool
		late, q.Band, steps, stale, err = surcharge(comp.LateSurcharge, c.Buyer, due, c.Refunded, base, s.parts, tab, ar, steps)
		q.RateUnknown = stale
		if err != nil {
			return Quote{}, err
		}
		if comp.LateBasis != "" {
			for i := from; i < len(steps); i++ {
				steps[i].Basis = comp.LateBasis
			}
		}
	}
	one(KindLateSurcharge, late, from)

	if !s.earlier.IsZero() {
		avail, _ := s.paid.Sub(c.RefundedBefore)
		from = len(steps)
		steps = append(steps, explain.Step{Rule: "refund.earlier", Basis: comp.Basis,
			Facts: ar.fact(explain.F("refunded_before", c.RefundedBefore), explain.F("paid", s.paid)),
			Text:  "Earlier refunds of %s leave at most %s to refund on an order that cost %s.", Args: ar.list(ar.amt(c.RefundedBefore), ar.amt(avail), ar.amt(s.paid))})
		one(KindEarlierRefunds, s.earlier, from)
	}
	if !s.clawback.IsZero() && s.clawback.Currency() == cur {
		from = len(steps)
		steps = append(steps, explain.Step{Rule: "refund.coupon_clawback", Basis: comp.CouponBasis,
			Text: "The goods kept no longer reach a coupon's minimum order: the policy takes back its share on them, %s.", Args: ar.list(ar.amt(s.clawback))})
		one(KindCouponClawback, s.clawback, from)
	}
	if !s.shipClaw.IsZero() && s.shipClaw.Currency() == cur {
		from = len(steps)
		steps = append(steps, explain.Step{Rule: "refund.free_shipping_clawback", Basis: comp.FreeShippingBasis,
			Text: "The goods kept no longer reach the free-delivery threshold of %s: the policy charges the delivery, %s.", Args: ar.list(ar.amt(c.FreeShipping.Threshold), ar.amt(s.shipClaw))})
		one(KindFreeShippingClawback, s.shipClaw, from)
	}
	total := addAmounts(ar, base, late)
	q.Total = total
	if c.Reason == Withdrawal && f.eligible {
		q.ReturnCosts = "buyer"
		if f.sellerReturn || comp.ReturnShipping {
			q.ReturnCosts = "seller"
		}
		if !c.SellerCollects {
			from := c.Informed
			if !c.WithdrawalSent.IsZero() {
				from = sentDay(cal, c.WithdrawalSent)
			}
			q.ReturnBy = from.AddDays(14)
			text := "The buyer sends the goods back within 14 days of communicating the withdrawal, by %s, at his own cost."
			if q.ReturnCosts == "seller" {
				text = "The buyer sends the goods back within 14 days of communicating the withdrawal, by %s; the seller bears the return cost."
			}
			steps = append(steps, explain.Step{Rule: "withdrawal.return_by", Basis: "C. consom. L221-23",
				Text: text, Args: ar.list(ar.date(q.ReturnBy))})
		} else {
			steps = append(steps, explain.Step{Rule: "withdrawal.return_by", Basis: "C. consom. L221-23",
				Text: "The seller offered to collect the goods: the buyer has no return deadline and no return cost."})
		}
	}
	if o != nil {
		if err := q.split(c, comp, r.Settlement, o, s, late, ar); err != nil {
			return Quote{}, err
		}
	} else if !r.Settlement.IsZero() && f.eligible {
		q.Settlement = settle(r.Settlement, c, total, s.parts, s.goods, ar)
	}
	steps = append(steps, explain.Step{Rule: "refund.total", Basis: comp.Basis, Text: "Total refund: %s.", Args: ar.list(ar.amt(total))})
	q.Basis = explain.Basis{Steps: steps[:len(steps):len(steps)]}
	q.Components = q.Components[:len(q.Components):len(q.Components)]
	return q, nil
}

// base is the sum of the components before any late surcharge: the sums
// due.
func (s sums) base(ar *argArena) money.Amount {
	cur := s.parts.Currency()
	var t int64
	ok := true
	for _, a := range [...]money.Amount{s.parts, s.delivery, s.surcharge, s.returnShipping, s.deduction, s.earlier, s.clawback, s.shipClaw} {
		if a.Currency().IsZero() {
			continue
		}
		v, ok1 := minorOf(a)
		var ok2 bool
		t, ok2 = add64(t, v)
		ok = ok && ok1 && ok2
	}
	if ok {
		if ar != nil && ar.cur == cur {
			return ar.minor(t)
		}
		return money.FromMinor(t, cur)
	}
	b, _ := money.Sum(cur, s.parts, s.delivery, s.surcharge, s.returnShipping, s.deduction, s.earlier)
	return b
}

// addAmounts returns a + b (both in ar's currency), in int64 minor units
// when they fit.
func addAmounts(ar *argArena, a, b money.Amount) money.Amount {
	x, ok1 := minorOf(a)
	y, ok2 := minorOf(b)
	if t, ok3 := add64(x, y); ok1 && ok2 && ok3 && a.Currency() == ar.cur && b.Currency() == ar.cur {
		return ar.minor(t)
	}
	t, _ := a.Add(b)
	return t
}

// Why no surcharge applies to a late refund.
const (
	noLateScale = 1 + iota
	noLatePrivate
	noLateProfessional
)

// noLateText are the texts for a late refund without surcharge: paid in
// one go, and one instalment.
var noLateText = [...][2]string{
	noLateScale: {"Refunded %d days late; the policy applies no late-refund surcharge for this reason.",
		"%s refunded %d days late; the policy applies no late-refund surcharge for this reason."},
	noLatePrivate: {"Refunded %d days late; a private seller owes no statutory late-refund surcharge.",
		"%s refunded %d days late; a private seller owes no statutory late-refund surcharge."},
	noLateProfessional: {"Refunded %d days late; the late-refund surcharge protects consumers and the policy does not extend it to professional buyers.",
		"%s refunded %d days late; the late-refund surcharge protects consumers and the policy does not extend it to professional buyers."},
}

// lateBasis is the citation of the late surcharge's rule.
func lateBasis(comp Components) string {
	switch {
	case comp.LateBasis != "":
		return comp.LateBasis
	case comp.LateSurcharge == ScaleL2424 || comp.LateSurcharge == ScaleL2414:
		return "C. consom. " + string(comp.LateSurcharge)
	}
	return comp.DeadlineBasis
}

// instalments fills q.Instalments, q.Outstanding, q.DaysLate and q.Band
// for a refund paid in parts, and returns the late surcharge: each part
// paid late is increased on the band its own delay reached, with the
// price of the goods (the cap of L242-4) shared between the parts pro rata
// to their amounts.
func (q *Quote) instalments(c *Case, comp Components, due calendar.Date, deferred bool, base, price money.Amount, noLate int, tab rateTable, ar *argArena) (money.Amount, []explain.Step, error) {
	cur := c.Currency
	n := len(c.Instalments)
	amts := make([]int64, n)
	var paid int64
	for i := range c.Instalments {
		amts[i], _ = minorOf(c.Instalments[i].Amount)
		paid += amts[i]
	}
	bm, _ := minorOf(base)
	if paid > bm {
		return money.Amount{}, nil, caseError("instalments", "they add up to %s, above the sums due %s (the surcharge is owed on top, in the outstanding amount)", money.FromMinor(paid, cur), base)
	}
	pm, _ := minorOf(price)
	shares := make([]int64, n)
	alloc64(pm, amts, shares)
	var late int64
	steps := make([]explain.Step, 0, n+1)
	q.Instalments = make([]InstalmentPart, n)
	for i, x := range c.Instalments {
		part := InstalmentPart{Date: x.Date, Amount: x.Amount, Surcharge: money.Zero(cur)}
		var st []explain.Step
		switch {
		case deferred:
			st = []explain.Step{{Rule: "refund.instalment", Basis: comp.DeadlineBasis,
				Text: "%s refunded on %s, when the refund could still be deferred: not late.", Args: ar.list(ar.amt(x.Amount), ar.date(x.Date))}}
		case !x.Date.After(due):
			st = []explain.Step{{Rule: "refund.instalment", Basis: comp.DeadlineBasis,
				Text: "%s refunded on %s, on time.", Args: ar.list(ar.amt(x.Amount), ar.date(x.Date))}}
		case noLate != 0:
			part.DaysLate = x.Date.Sub(due)
			st = []explain.Step{{Rule: "refund.instalment", Basis: lateBasis(comp),
				Text: noLateText[noLate][1], Args: ar.list(ar.amt(x.Amount), part.DaysLate)}}
		default:
			part.DaysLate = x.Date.Sub(due)
			amt, band, bs, stale, err := surcharge(comp.LateSurcharge, c.Buyer, due, x.Date, x.Amount, money.FromMinor(shares[i], cur), tab, ar, nil)
			if err != nil {
				var fe *field.Error
				if errors.As(err, &fe) {
					return money.Amount{}, nil, caseError(strictjson.Index("instalments", i)+".date", "%v", fe.Err)
				}
				return money.Amount{}, nil, err
			}
			q.RateUnknown = q.RateUnknown || stale
			if comp.LateBasis != "" {
				for k := range bs {
					bs[k].Basis = comp.LateBasis
				}
			}
			part.Surcharge, part.Band = amt, band
			v, _ := minorOf(amt)
			late += v
			st = append([]explain.Step{{Rule: "refund.instalment", Basis: lateBasis(comp),
				Text: "%s refunded %d days late, on %s: surcharge %s on this part.", Args: ar.list(ar.amt(x.Amount), part.DaysLate, ar.date(x.Date), ar.amt(amt))}}, bs...)
		}
		if part.DaysLate > q.DaysLate {
			q.DaysLate, q.Band = part.DaysLate, part.Band
		}
		part.Basis = explain.Basis{Steps: st}
		steps = append(steps, st[0])
		q.Instalments[i] = part
	}
	lateA := money.FromMinor(late, cur)
	q.Outstanding = money.FromMinor(bm+late-paid, cur)
	steps = append(steps, explain.Step{Rule: "refund.instalments", Basis: comp.DeadlineBasis,
		Text: "Refunded in %d parts, %s so far; surcharges %s; outstanding %s.", Args: ar.list(n, money.FromMinor(paid, cur), ar.amt(lateA), ar.amt(q.Outstanding))})
	return lateA, steps, nil
}
