package platform

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// OrderKind is the kind of an authority order or notice a marketplace must
// act on.
type OrderKind string

// The kinds of orders and notices.
const (
	// SafetyOrder is a market surveillance authority's order to remove,
	// disable access to, or put a warning on an offer of a dangerous
	// product: act within 2 working days of receipt (GPSR art. 22(4),
	// [C]).
	SafetyOrder OrderKind = "order"
	// SafetyNotice is a notice on a product-safety issue received through
	// the DSA art. 16 mechanism: process within 3 working days of receipt
	// (GPSR art. 22, [P]).
	SafetyNotice OrderKind = "notice"
	// DSAOrder is an order to act against illegal content under DSA art. 9:
	// inform the authority of the effect given "without undue delay", with
	// no outer limit in days.
	DSAOrder OrderKind = "dsa-order"
)

// Valid reports whether k is one of the kinds.
func (k OrderKind) Valid() bool { return k == SafetyOrder || k == SafetyNotice || k == DSAOrder }

// workingDays is the outer limit of k in working days (0: none).
func (k OrderKind) workingDays() int {
	switch k {
	case SafetyOrder:
		return 2
	case SafetyNotice:
		return 3
	}
	return 0
}

func (k OrderKind) article() string {
	switch k {
	case SafetyOrder:
		return "GPSR art. 22(4)"
	case SafetyNotice:
		return "GPSR art. 22 (notices)"
	}
	return "DSA art. 9"
}

// OrderState is where an order stands at an instant.
type OrderState string

// The states of an order.
const (
	// Open: not acted on, the outer limit more than the due-soon margin
	// away (or, for a DSA order, no outer limit).
	OrderOpen OrderState = "open"
	// DueSoon: not acted on, at most the due-soon margin left.
	OrderDueSoon OrderState = "due-soon"
	// Late: not acted on and the outer limit has passed.
	OrderLate OrderState = "late"
	// Done: acted on at or before the outer limit.
	OrderDone OrderState = "done"
	// DoneLate: acted on after the outer limit.
	OrderDoneLate OrderState = "done-late"
)

// Order is an authority order or notice as received. The zero Order is
// invalid (no kind, no receipt).
type Order struct {
	// ID identifies the order for people; optional.
	ID string `json:"id,omitempty"`
	// Kind is the kind of order. Required.
	Kind OrderKind `json:"kind"`
	// Received is when the order reached the platform's point of contact.
	// Required.
	Received time.Time `json:"received"`
	// Acted is when the platform gave effect to it; zero while it has
	// not.
	Acted time.Time `json:"acted,omitzero"`
}

// Validate reports the first problem in o with its field path.
func (o Order) Validate() error {
	switch {
	case o.Kind == "":
		return field.Errorf("kind", "missing (want order, notice or dsa-order)")
	case !o.Kind.Valid():
		return field.Errorf("kind", "unknown kind %q (want order, notice or dsa-order)", string(o.Kind))
	case o.Received.IsZero():
		return field.Errorf("received", "missing")
	case !o.Acted.IsZero() && o.Acted.Before(o.Received):
		return field.Errorf("acted", "%s is before received %s", rfc(o.Acted), rfc(o.Received))
	}
	return nil
}

// OrderStatus is an order's outer limit and, when evaluated at an
// instant, where it stands. The zero OrderStatus is empty.
type OrderStatus struct {
	// ID and Kind are the order's.
	ID   string    `json:"id,omitempty"`
	Kind OrderKind `json:"kind"`
	// Received is the receipt instant, in the calendar's location.
	Received time.Time `json:"received"`
	// WorkingDays is the limit in working days (0 for a DSA order: no
	// outer limit).
	WorkingDays int `json:"working_days"`
	// LastDay is the last working day of the limit; Due is its end, the
	// outer limit (zero, omitted, for a DSA order).
	LastDay calendar.Date `json:"last_day,omitzero"`
	Due     time.Time     `json:"due,omitzero"`
	// Skipped lists the days between receipt and LastDay that did not
	// count: Saturdays, Sundays and public holidays, with their names.
	Skipped []calendar.Holiday `json:"skipped"`
	// At is the evaluation instant (zero when the order was not
	// evaluated at one; State and the durations are then empty).
	At    time.Time  `json:"at,omitzero"`
	State OrderState `json:"state,omitempty"`
	// Acted is when the platform acted, when it did by At.
	Acted time.Time `json:"acted,omitzero"`
	// Remaining is the time left to Due (Open, DueSoon); Late the time
	// past it until Acted or At (Late, DoneLate). Elapsed time.
	Remaining calendar.Duration `json:"remaining"`
	Late      calendar.Duration `json:"late"`
	// Unconfirmed lists the facts the limit rests on that are not
	// confirmed by the statute text.
	Unconfirmed []Caveat `json:"unconfirmed"`
	// Basis explains the limit and the state.
	Basis explain.Basis `json:"basis"`
}

// OrderDue returns the outer limit of o counted on cal (the market where
// the action is taken): the end of the N-th working day after the day of
// receipt (see the package documentation), with N = 2 for a SafetyOrder
// and 3 for a SafetyNotice; a DSAOrder has no outer limit. o.Acted is
// ignored; use OrderAt for a state. An order received before its
// regulation applied (GPSR 13 December 2024, DSA 17 February 2024), or
// outside the years of the holiday data, is refused.
func OrderDue(cal calendar.Calendar, o Order) (OrderStatus, error) {
	if cal.IsZero() {
		return OrderStatus{}, calendar.ErrNoCalendar
	}
	if err := o.Validate(); err != nil {
		return OrderStatus{}, err
	}
	recv := o.Received.In(cal.Location())
	day := cal.DateOf(recv)
	st := OrderStatus{ID: o.ID, Kind: o.Kind, Received: recv, WorkingDays: o.Kind.workingDays(), Skipped: []calendar.Holiday{}}
	from, reg := gpsrFrom(), "GPSR"
	if o.Kind == DSAOrder {
		from, reg = dsaFrom(), "DSA"
	}
	if day.Before(from) {
		return OrderStatus{}, field.Errorf("received", "%s is before the %s applied (%s)", day, reg, from)
	}
	b := explain.Of(explain.Step{
		Rule:  "platform.order.received",
		Basis: o.Kind.article(),
		Facts: []explain.Fact{explain.F("kind", string(o.Kind)), explain.F("received", rfc(recv))},
		Text:  textOrderReceived,
		Args:  []any{string(o.Kind), explain.At(recv)},
	})
	if o.Kind == DSAOrder {
		st.Unconfirmed = []Caveat{}
		st.Basis = b.Add(explain.Step{Rule: "platform.order.undue-delay", Basis: "DSA art. 9(1)", Text: textOrderNoLimit})
		return st, nil
	}
	n := st.WorkingDays
	d := day
	for k := 0; k < n; {
		d = d.AddDays(1)
		if y := d.Year(); y < calendar.FirstYear || y > calendar.LastYear {
			return OrderStatus{}, field.Errorf("received", "the limit runs past the years %d to %d of the holiday data: %w", calendar.FirstYear, calendar.LastYear, calendar.ErrOutOfRange)
		}
		if cal.IsRestDay(d) {
			h := calendar.Holiday{Date: d, Name: d.Weekday().String()}
			if x, ok := cal.HolidayOn(d); ok {
				h = calendar.Holiday{Date: d, Name: x.Name, Basis: x.Basis, Unconfirmed: x.Unconfirmed}
			}
			st.Skipped = append(st.Skipped, h)
			continue
		}
		k++
	}
	due, err := cal.End(d)
	if err != nil {
		return OrderStatus{}, field.At("received", err)
	}
	st.LastDay, st.Due = d, due
	steps := []explain.Step{{
		Rule:  "platform.order.limit",
		Basis: o.Kind.article(),
		Facts: []explain.Fact{explain.F("working_days", n)},
		Text:  textOrderLimit,
		Args:  []any{n},
	}, {
		Rule:  "platform.order.counting",
		Basis: "Reg. 1182/71 arts 2, 3(1), 3(2)(b)",
		Facts: []explain.Fact{explain.F("day_of_receipt", day), explain.F("market", cal.Market())},
		Text:  textOrderCounting,
		Args:  []any{day, cal.Market()},
	}}
	for _, h := range st.Skipped {
		steps = append(steps, explain.Step{Rule: "platform.order.skipped", Basis: h.Basis, Facts: []explain.Fact{explain.F("date", h.Date)}, Text: textOrderSkipped, Args: []any{h.Date, calendar.ReasonArg(h)}})
	}
	steps = append(steps, explain.Step{
		Rule:  "platform.order.due",
		Basis: o.Kind.article(),
		Facts: []explain.Fact{explain.F("last_day", d), explain.F("due", rfc(due))},
		Text:  textOrderDue,
		Args:  []any{explain.At(due), d},
	})
	facts := []string{FactReg1182Applies, FactWorkingDays, FactHolidaysOfState}
	if o.Kind == SafetyNotice {
		facts = append(facts, FactGPSRNotice3Days)
	} else {
		facts = append(facts, FactGPSRReporting)
	}
	st.Unconfirmed = caveats(facts...)
	st.Basis = b.Add(steps...).Add(caveatSteps(st.Unconfirmed)...)
	return st, nil
}

// MaxDueSoon bounds the due-soon margin of OrderAt (a year).
const MaxDueSoon = 366 * 24 * time.Hour

// OrderAt returns OrderDue's result with o's state at instant at: Done or
// DoneLate when o.Acted is set and not after at; otherwise Open, DueSoon
// (at most dueSoon left to the outer limit) or Late. An instant before
// receipt, a negative margin or one above MaxDueSoon is refused.
func OrderAt(cal calendar.Calendar, o Order, at time.Time, dueSoon time.Duration) (OrderStatus, error) {
	st, err := OrderDue(cal, o)
	if err != nil {
		return OrderStatus{}, err
	}
	switch {
	case at.IsZero():
		return OrderStatus{}, field.Errorf("at", "missing")
	case at.Before(o.Received):
		return OrderStatus{}, field.Errorf("at", "%s is before received %s", rfc(at), rfc(o.Received))
	case dueSoon < 0 || dueSoon > MaxDueSoon:
		return OrderStatus{}, field.Errorf("due_soon", "%v is outside 0 to %v", dueSoon, MaxDueSoon)
	}
	loc := cal.Location()
	st.At = at.In(loc)
	var step explain.Step
	acted := !o.Acted.IsZero() && !o.Acted.After(at)
	switch {
	case acted && (st.Due.IsZero() || !o.Acted.After(st.Due)):
		st.State, st.Acted = OrderDone, o.Acted.In(loc)
		step = explain.Step{Rule: "platform.order.done", Text: textOrderDone, Args: []any{explain.At(st.Acted)}}
	case acted:
		st.State, st.Acted = OrderDoneLate, o.Acted.In(loc)
		st.Late = calendar.Duration(o.Acted.Sub(st.Due))
		step = explain.Step{Rule: "platform.order.done-late", Text: textOrderDoneLate, Args: []any{explain.At(st.Acted), st.Late}}
	case st.Due.IsZero():
		st.State = OrderOpen
		step = explain.Step{Rule: "platform.order.open", Text: textOrderOpenNoLimit}
	case at.After(st.Due):
		st.State = OrderLate
		st.Late = calendar.Duration(at.Sub(st.Due))
		step = explain.Step{Rule: "platform.order.late", Text: textOrderLate, Args: []any{st.Late}}
	default:
		st.Remaining = calendar.Duration(st.Due.Sub(at))
		st.State = OrderOpen
		step = explain.Step{Rule: "platform.order.open", Text: textOrderOpen, Args: []any{st.Remaining}}
		if st.Due.Sub(at) <= dueSoon {
			st.State = OrderDueSoon
			step = explain.Step{Rule: "platform.order.due-soon", Text: textOrderDueSoon, Args: []any{st.Remaining}}
		}
	}
	step.Basis = o.Kind.article()
	step.Facts = []explain.Fact{explain.F("at", rfc(st.At)), explain.F("state", string(st.State))}
	st.Basis = st.Basis.Add(step)
	return st, nil
}

// String returns "kind due <instant>" for people.
func (s OrderStatus) String() string {
	if s.Due.IsZero() {
		return fmt.Sprintf("%s received %s: without undue delay", s.Kind, rfc(s.Received))
	}
	return fmt.Sprintf("%s received %s: due %s", s.Kind, rfc(s.Received), rfc(s.Due))
}
