package refund

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
)

// Receipt is what a withdrawal window is computed from: when the parcels
// of an order were received, who bought, whether the buyer was told of the
// right, and any L221-28 exclusion of the goods.
//
// The zero Receipt is invalid (no receipt date).
type Receipt struct {
	// Delivered lists the days the buyer (or a third party he designated,
	// not the carrier) received each parcel of the order, in any order.
	Delivered []calendar.Date
	// Regular marks a contract for regular delivery of goods over a
	// period: the window runs from the first parcel instead of the last.
	Regular bool
	// Buyer is a consumer (the zero value counts as one) or a
	// professional.
	Buyer Buyer
	// NotInformed says the buyer was not told of the right of withdrawal
	// before the contract (L221-5 7°).
	NotInformed bool
	// InformedOn is the day the buyer was told of the right after the
	// contract; it implies NotInformed. The zero Date means never.
	InformedOn calendar.Date
	// Exclusions lists the L221-28 exclusions that apply to the goods.
	Exclusions []Exclusion
}

// Window is the withdrawal window of an order.
//
// A Window is a value, safe for concurrent use. Closes depends on the
// calendar's location: it is midnight local time at the end of LastDay.
type Window struct {
	// Applies reports whether the buyer has a right of withdrawal at all:
	// false for a professional buyer when the policy does not extend the
	// right, and for excluded goods. The dates are computed either way.
	Applies bool
	// From is the day of receipt the period is counted from (not counted
	// itself).
	From calendar.Date
	// Normal is the last day of the normal period.
	Normal calendar.Date
	// Extended reports that the period was extended because the buyer was
	// not informed of the right.
	Extended bool
	// LastDay is the last day on which the buyer may withdraw.
	LastDay calendar.Date
	// Closes is the instant the window closes: midnight local time at the
	// end of LastDay.
	Closes time.Time
	// Excluded lists the exclusions that remove the right.
	Excluded []Exclusion
	// Basis explains each step.
	Basis explain.Basis
}

// OpenOn reports whether the buyer may withdraw on day d: the right applies
// and d is not after the last day.
func (w Window) OpenOn(d calendar.Date) bool {
	return w.Applies && !d.IsZero() && !d.After(w.LastDay)
}

// OpenAt reports whether the buyer may withdraw at instant t: the right
// applies and t is before Closes.
func (w Window) OpenAt(t time.Time) bool {
	return w.Applies && !t.IsZero() && t.Before(w.Closes)
}

// ErrNoReceipt is returned by Window for a receipt without a delivery date.
var ErrNoReceipt = errors.New("no receipt date")

// Window computes the withdrawal window for rc on calendar c (whose public
// holidays move a last day off a rest day). Errors name the field:
// "delivered", "delivered[1]", "buyer", "exclusions[0]", "informed_on".
func (r Rules) Window(c calendar.Calendar, rc Receipt) (Window, error) {
	wr := r.Withdrawal
	if wr.Days <= 0 {
		return Window{}, fmt.Errorf("withdrawal.days: must be positive")
	}
	if len(rc.Delivered) == 0 {
		return Window{}, fmt.Errorf("delivered: %w", ErrNoReceipt)
	}
	buyer, err := ParseBuyer(string(rc.Buyer))
	if err != nil {
		return Window{}, fmt.Errorf("buyer: %w", err)
	}
	from := rc.Delivered[0]
	for i, d := range rc.Delivered {
		if d.IsZero() {
			return Window{}, fmt.Errorf("delivered[%d]: %w", i, ErrNoReceipt)
		}
		if (rc.Regular && d.Before(from)) || (!rc.Regular && d.After(from)) {
			from = d
		}
	}
	var w Window
	w.From = from
	w.Applies = true
	var steps []explain.Step
	if len(rc.Delivered) > 1 {
		if rc.Regular {
			steps = append(steps, explain.Step{Rule: "withdrawal.start", Basis: "C. consom. L221-18",
				Facts: []explain.Fact{explain.F("parcels", len(rc.Delivered)), explain.F("from", from)},
				Text:  "Regular deliveries: the period runs from the first parcel, received on %s.", Args: []any{from}})
		} else {
			steps = append(steps, explain.Step{Rule: "withdrawal.start", Basis: "C. consom. L221-18",
				Facts: []explain.Fact{explain.F("parcels", len(rc.Delivered)), explain.F("from", from)},
				Text:  "Order delivered in %d parcels: the period runs from the last one, received on %s.", Args: []any{len(rc.Delivered), from}})
		}
	}
	if buyer == Professional && !wr.Professionals {
		w.Applies = false
		steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: "C. consom. L221-3",
			Facts: []explain.Fact{explain.F("buyer", buyer)},
			Text:  "A professional buyer has no right of withdrawal under this policy."})
	} else if buyer == Professional {
		steps = append(steps, explain.Step{Rule: "withdrawal.buyer", Basis: wr.Basis,
			Facts: []explain.Fact{explain.F("buyer", buyer)},
			Text:  "The policy extends the right of withdrawal to professional buyers."})
	}
	for i, e := range rc.Exclusions {
		para, what, ok := exclusionInfo(e)
		if !ok {
			_, err := ParseExclusion(string(e))
			return Window{}, fmt.Errorf("exclusions[%d]: %w", i, err)
		}
		w.Applies = false
		w.Excluded = append(w.Excluded, e)
		steps = append(steps, explain.Step{Rule: "withdrawal.excluded", Basis: "C. consom. L221-28 " + para,
			Facts: []explain.Fact{explain.F("exclusion", e)},
			Text:  "No right of withdrawal: " + what + "."})
	}
	p, err := c.Period(from, wr.Days, calendar.Days, true)
	if err != nil {
		return Window{}, fmt.Errorf("delivered: %w", err)
	}
	w.Normal, w.LastDay, w.Closes = p.LastDay, p.LastDay, p.Closes
	steps = append(steps, periodStep(p, wr.Basis))
	if rc.NotInformed || !rc.InformedOn.IsZero() {
		ext, err := c.Period(p.LastDay, wr.NotInformedMonths, calendar.Months, true)
		if err != nil {
			return Window{}, fmt.Errorf("delivered: %w", err)
		}
		end := ext
		switch {
		case rc.InformedOn.IsZero():
			steps = append(steps, explain.Step{Rule: "withdrawal.not_informed", Basis: "C. consom. L221-20",
				Facts: []explain.Fact{explain.F("normal_last_day", p.LastDay), explain.F("months", wr.NotInformedMonths)},
				Text:  "The buyer was not informed of the right: the period is extended by %d months, to %s.", Args: []any{wr.NotInformedMonths, ext.LastDay}})
		case rc.InformedOn.After(ext.LastDay):
			steps = append(steps, explain.Step{Rule: "withdrawal.not_informed", Basis: "C. consom. L221-20",
				Facts: []explain.Fact{explain.F("informed_on", rc.InformedOn), explain.F("extended_last_day", ext.LastDay)},
				Text:  "The buyer was informed on %s, after the extension ended: the period ended on %s.", Args: []any{rc.InformedOn, ext.LastDay}})
		default:
			cure, err := c.Period(rc.InformedOn, wr.InformedLateDays, calendar.Days, true)
			if err != nil {
				return Window{}, fmt.Errorf("informed_on: %w", err)
			}
			end = cure
			if !cure.LastDay.After(p.LastDay) {
				end = p
			}
			steps = append(steps, explain.Step{Rule: "withdrawal.not_informed", Basis: "C. consom. L221-20",
				Facts: []explain.Fact{explain.F("informed_on", rc.InformedOn), explain.F("days", wr.InformedLateDays), explain.F("informed_last_day", cure.LastDay), explain.F("normal_last_day", p.LastDay)},
				Text:  "The buyer was informed of the right on %s: the period ends %d days after that, or on the normal last day if later: %s.", Args: []any{rc.InformedOn, wr.InformedLateDays, end.LastDay}})
		}
		w.Extended = end.LastDay.After(p.LastDay)
		w.LastDay, w.Closes = end.LastDay, end.Closes
	}
	if w.Applies {
		steps = append(steps, explain.Step{Rule: "withdrawal.window", Basis: wr.Basis,
			Facts: []explain.Fact{explain.F("last_day", w.LastDay)},
			Text:  "The buyer may withdraw until the end of %s (%s).", Args: []any{w.LastDay, weekday(w.LastDay)}})
	}
	w.Basis = explain.Of(steps...)
	return w, nil
}

// periodStep explains a rolled legal period.
func periodStep(p calendar.Period, basis string) explain.Step {
	facts := []explain.Fact{explain.F("received", p.Event), explain.F("days", p.N), explain.F("nominal_last_day", p.Nominal)}
	if !p.Rolled() {
		return explain.Step{Rule: "withdrawal.period", Basis: basis + ", L221-19", Facts: facts,
			Text: "Received on %s (not counted): the %d-day period ends on %s.", Args: []any{p.Event, p.N, p.LastDay}}
	}
	facts = append(facts, explain.F("last_day", p.LastDay))
	return explain.Step{Rule: "withdrawal.period", Basis: basis + ", L221-19", Facts: facts,
		Text: "Received on %s (not counted): day %d is %s, a rest day, so the period ends on the next working day, %s.", Args: []any{p.Event, p.N, p.Nominal, p.LastDay}}
}

// weekday is a Localizer for a date's day of the week.
type weekday calendar.Date
