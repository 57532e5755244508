package dispute

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Clock names how a Delay is counted.
type Clock string

// The clocks a Delay can run on.
const (
	// CalendarClock counts elapsed time: hours are real hours (a day
	// with a daylight-saving change does not stretch them) and days are
	// calendar days keeping the wall-clock time in the calendar's
	// location (09:00 + 5 days is 09:00, whatever happened to the
	// clocks).
	CalendarClock Clock = "calendar"
	// BusinessClock counts hours of business time on the policy calendar
	// (calendar.Calendar.AddBusiness): only time inside working intervals
	// of working days counts. Days are not allowed on this clock.
	BusinessClock Clock = "business"
	// WorkingDaysClock steps whole working days of the policy calendar
	// keeping the wall-clock time (calendar.Calendar.AddWorkingDays).
	// Hours are not allowed on this clock.
	WorkingDaysClock Clock = "working-days"
)

// Delay is a length of time after an instant on a named clock: Hours or
// Days (at most one of them non-zero). The zero Delay (no clock) is "no
// delay": the instant itself. Negative values are invalid.
//
// A Delay is a small comparable value, safe for concurrent use.
type Delay struct {
	// Hours is the delay in hours (calendar or business clock).
	Hours int `json:"hours,omitempty"`
	// Days is the delay in days (calendar or working-days clock).
	Days int `json:"days,omitempty"`
	// Clock is how the delay is counted; required when Hours or Days is
	// set.
	Clock Clock `json:"clock,omitempty"`
}

// Hours returns a delay of n hours on clock.
func Hours(n int, clock Clock) Delay { return Delay{Hours: n, Clock: clock} }

// Days returns a delay of n days on clock.
func Days(n int, clock Clock) Delay { return Delay{Days: n, Clock: clock} }

// IsZero reports whether d is no delay.
func (d Delay) IsZero() bool { return d.Hours == 0 && d.Days == 0 }

// String returns d for people: "24 calendar hours", "5 calendar days",
// "72 business hours", "2 working days", "no delay".
func (d Delay) String() string {
	switch {
	case d.IsZero():
		return "no delay"
	case d.Clock == WorkingDaysClock:
		return fmt.Sprintf("%d working days", d.Days)
	case d.Hours != 0:
		return fmt.Sprintf("%d %s hours", d.Hours, d.Clock)
	}
	return fmt.Sprintf("%d %s days", d.Days, d.Clock)
}

// Validate reports the first problem in d with its field path.
func (d Delay) Validate() error {
	switch {
	case d.Hours < 0:
		return strictjson.Errorf("hours", "must not be negative")
	case d.Days < 0:
		return strictjson.Errorf("days", "must not be negative")
	case d.Hours != 0 && d.Days != 0:
		return strictjson.Errorf("days", "give hours or days, not both")
	case d.Hours > 1_000_000:
		return strictjson.Errorf("hours", "too large (at most 1000000)")
	case d.Days > 100_000:
		return strictjson.Errorf("days", "too large (at most 100000)")
	}
	switch d.Clock {
	case "":
		if !d.IsZero() {
			return strictjson.Errorf("clock", "missing (want calendar, business or working-days)")
		}
	case CalendarClock:
	case BusinessClock:
		if d.Days != 0 {
			return strictjson.Errorf("days", "the business clock counts hours; use the working-days clock for days")
		}
	case WorkingDaysClock:
		if d.Hours != 0 {
			return strictjson.Errorf("hours", "the working-days clock counts days; use the business clock for hours")
		}
	default:
		return strictjson.Errorf("clock", "unknown clock %q (want calendar, business or working-days)", string(d.Clock))
	}
	return nil
}

// nominal returns d in hours for ordering delays on one clock (a
// working day or a calendar day counts 24).
func (d Delay) nominal() int { return d.Hours + 24*d.Days }

// From returns the instant d after t on cal, in cal's location. The zero
// Delay returns t.
func (d Delay) From(cal calendar.Calendar, t time.Time) (time.Time, error) {
	if t.IsZero() {
		return time.Time{}, calendar.ErrZeroTime
	}
	loc := cal.Location()
	if loc == nil {
		loc = time.UTC
	}
	if d.IsZero() {
		return t.In(loc), nil
	}
	switch d.Clock {
	case CalendarClock:
		if d.Hours != 0 {
			return t.Add(time.Duration(d.Hours) * time.Hour).In(loc), nil
		}
		lt := t.In(loc)
		day := calendar.DateOf(lt).AddDays(d.Days)
		if day.IsZero() {
			return time.Time{}, calendar.ErrOutOfRange
		}
		y, m, dd := day.Parts()
		return time.Date(y, m, dd, lt.Hour(), lt.Minute(), lt.Second(), lt.Nanosecond(), loc), nil
	case BusinessClock:
		return cal.AddBusiness(t, time.Duration(d.Hours)*time.Hour)
	case WorkingDaysClock:
		return cal.AddWorkingDays(t, d.Days)
	}
	return time.Time{}, fmt.Errorf("dispute: unknown clock %q", string(d.Clock))
}
