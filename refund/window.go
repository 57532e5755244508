package refund

import (
	"errors"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Receipt is what a withdrawal window is computed from: when the parcels
// of an order were received, who bought, whether the buyer was told of the
// right, and any L221-28 exclusion of the goods.
//
// Its JSON form is its fields with the tags below; UnmarshalJSON decodes
// strictly (unknown or duplicate fields, wrong types, invalid UTF-8 are
// errors) and then validates (Validate), so that json.Unmarshal returns a
// *field.Error naming the field. The zero Receipt is invalid (no receipt
// date). A Receipt is a value; Engine.Window does not keep it.
type Receipt struct {
	// Delivered lists the days the buyer (or a third party he designated,
	// not the carrier) received each parcel of the order, in any order:
	// 1 to MaxParcels dates, YYYY-MM-DD.
	Delivered []calendar.Date `json:"delivered"`
	// Regular marks a contract for regular delivery of goods over a
	// period: the window runs from the first parcel instead of the last.
	Regular bool `json:"regular,omitempty"`
	// Buyer is "consumer" (the default; "" counts as one) or
	// "professional".
	Buyer Buyer `json:"buyer,omitempty"`
	// NotInformed says the buyer was not told of the right of withdrawal
	// before the contract (L221-5 7°).
	NotInformed bool `json:"not_informed,omitempty"`
	// InformedOn is the day the buyer was told of the right after the
	// contract; it implies NotInformed. The zero Date (omitted) means
	// never.
	InformedOn calendar.Date `json:"informed_on,omitzero"`
	// Exclusions lists the L221-28 exclusions that apply to the goods: at
	// most MaxExclusions known names.
	Exclusions []Exclusion `json:"exclusions,omitempty"`
}

// Bounds of a Receipt, enforced by Receipt.Validate.
const (
	MaxParcels    = 1000 // receipt dates in Receipt.Delivered
	MaxExclusions = 20   // entries in Receipt.Exclusions
)

// receiptFields is Receipt without methods, for strict decoding.
type receiptFields Receipt

// UnmarshalJSON decodes a receipt strictly and validates it.
func (rc *Receipt) UnmarshalJSON(b []byte) error {
	var v receiptFields
	if err := strictjson.Decode(b, &v); err != nil {
		return err
	}
	if err := Receipt(v).Validate(); err != nil {
		return err
	}
	if len(v.Exclusions) == 0 {
		v.Exclusions = nil // "exclusions":[] is none: one value, so the JSON round-trips
	}
	*rc = Receipt(v)
	return nil
}

// Validate reports the first problem in rc with its field path: no
// receipt date ("delivered", matching ErrNoReceipt), a zero date
// ("delivered[1]"), more than MaxParcels dates, an unknown buyer, an
// unknown exclusion ("exclusions[0]") or more than MaxExclusions.
func (rc Receipt) Validate() error {
	if len(rc.Delivered) == 0 {
		return strictjson.At("delivered", ErrNoReceipt)
	}
	if len(rc.Delivered) > MaxParcels {
		return strictjson.Errorf("delivered", "%d dates is too many (at most %d)", len(rc.Delivered), MaxParcels)
	}
	for i, d := range rc.Delivered {
		if d.IsZero() {
			return strictjson.At(strictjson.Index("delivered", i), ErrNoReceipt)
		}
	}
	if _, err := ParseBuyer(string(rc.Buyer)); err != nil {
		return strictjson.At("buyer", err)
	}
	if len(rc.Exclusions) > MaxExclusions {
		return strictjson.Errorf("exclusions", "%d exclusions is too many (at most %d)", len(rc.Exclusions), MaxExclusions)
	}
	for i, e := range rc.Exclusions {
		if _, err := ParseExclusion(string(e)); err != nil {
			return strictjson.At(strictjson.Index("exclusions", i), err)
		}
	}
	return nil
}

// Window is the withdrawal window of an order.
//
// Its JSON form is its fields with the tags below, in declaration order:
// dates YYYY-MM-DD, Closes RFC 3339 in the calendar's offset, Basis the
// common explain.Basis object. A Window is a value, safe for concurrent
// use; it shares no memory with the Engine that computed it. Closes
// depends on the calendar's location: it is midnight local time at the
// end of LastDay (a clock change that day makes the day 23 or 25 hours
// long, never moves the date).
type Window struct {
	// Applies reports whether the buyer has a right of withdrawal at all:
	// false for a professional buyer when the policy does not extend the
	// right, and for excluded goods. The dates are computed either way.
	Applies bool `json:"applies"`
	// Buyer is the buyer kind the window was computed for ("consumer" or
	// "professional").
	Buyer Buyer `json:"buyer"`
	// From is the day of receipt the period is counted from (not counted
	// itself).
	From calendar.Date `json:"counted_from"`
	// Normal is the last day of the normal period.
	Normal calendar.Date `json:"normal_last_day"`
	// Extended reports that the period was extended because the buyer was
	// not informed of the right.
	Extended bool `json:"extended"`
	// LastDay is the last day on which the buyer may withdraw, never
	// before From.
	LastDay calendar.Date `json:"last_day"`
	// Closes is the instant the window closes: midnight local time at the
	// end of LastDay, in the calendar's location.
	Closes time.Time `json:"closes"`
	// Excluded lists the exclusions that remove the right ([] when none).
	Excluded []Exclusion `json:"excluded"`
	// Basis explains each step.
	Basis explain.Basis `json:"basis"`
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

// Window computes the withdrawal window for rc on calendar c.
//
// Deprecated: build an Engine once with New(r, c) and call Engine.Window,
// which validates the rules once and documents the errors.
func (r Rules) Window(c calendar.Calendar, rc Receipt) (Window, error) {
	if err := r.Validate(); err != nil {
		return Window{}, err
	}
	return window(&r, c, rc)
}

// window computes the withdrawal window for rc with valid rules r.
func window(r *Rules, c calendar.Calendar, rc Receipt) (Window, error) {
	wr := r.Withdrawal
	if wr.IsZero() {
		return Window{}, noRule("withdrawal: the rules give no right of withdrawal")
	}
	if err := rc.Validate(); err != nil {
		return Window{}, err
	}
	buyer, _ := ParseBuyer(string(rc.Buyer))
	from := rc.Delivered[0]
	for _, d := range rc.Delivered {
		if (rc.Regular && d.Before(from)) || (!rc.Regular && d.After(from)) {
			from = d
		}
	}
	w := Window{From: from, Applies: true, Buyer: buyer, Excluded: []Exclusion{}}
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
	for _, e := range rc.Exclusions {
		para, what, _ := exclusionInfo(e)
		w.Applies = false
		w.Excluded = append(w.Excluded, e)
		steps = append(steps, explain.Step{Rule: "withdrawal.excluded", Basis: "C. consom. L221-28 " + para,
			Facts: []explain.Fact{explain.F("exclusion", e)},
			Text:  "No right of withdrawal: " + what + "."})
	}
	p, err := period(c, "delivered", from, wr.Days, calendar.Days)
	if err != nil {
		return Window{}, err
	}
	w.Normal, w.LastDay, w.Closes = p.LastDay, p.LastDay, p.Closes
	steps = append(steps, periodStep(p, wr.Basis, wr.PeriodBasis))
	if rc.NotInformed || !rc.InformedOn.IsZero() {
		ext, err := period(c, "delivered", p.LastDay, wr.NotInformedMonths, calendar.Months)
		if err != nil {
			return Window{}, err
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
			cure, err := period(c, "informed_on", rc.InformedOn, wr.InformedLateDays, calendar.Days)
			if err != nil {
				return Window{}, err
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

// period is c.Period(from, n, unit, roll) whose errors name the field
// path, refusing a period whose closing instant leaves years 1 to 9999
// (it could not be written in RFC 3339).
func period(c calendar.Calendar, path string, from calendar.Date, n int, unit calendar.Unit) (calendar.Period, error) {
	p, err := c.Period(from, n, unit, true)
	if err != nil {
		return calendar.Period{}, strictjson.At(path, err)
	}
	if y := p.Closes.Year(); y > 9999 || y < 1 {
		return calendar.Period{}, strictjson.Errorf(path, "the period ends after the calendar's last day, 9999-12-31")
	}
	return p, nil
}

// periodStep explains a rolled legal period; dayCount cites the rule of
// the last day (C. consom. L221-19 when empty).
func periodStep(p calendar.Period, basis, dayCount string) explain.Step {
	if dayCount == "" {
		dayCount = "L221-19"
	}
	facts := []explain.Fact{explain.F("received", p.Event), explain.F("days", p.N), explain.F("nominal_last_day", p.Nominal)}
	if !p.Rolled() {
		return explain.Step{Rule: "withdrawal.period", Basis: basis + ", " + dayCount, Facts: facts,
			Text: "Received on %s (not counted): the %d-day period ends on %s.", Args: []any{p.Event, p.N, p.LastDay}}
	}
	facts = append(facts, explain.F("last_day", p.LastDay))
	return explain.Step{Rule: "withdrawal.period", Basis: basis + ", " + dayCount, Facts: facts,
		Text: "Received on %s (not counted): day %d is %s, a rest day, so the period ends on the next working day, %s.", Args: []any{p.Event, p.N, p.Nominal, p.LastDay}}
}

// weekday is a Localizer for a date's day of the week.
type weekday calendar.Date
