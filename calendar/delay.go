package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// DelayClock names how a Delay is counted (docs/design.md, decision 3). The zero
// DelayClock is "no clock", valid only on the zero Delay.
type DelayClock string

// The clocks a Delay can run on. Their JSON names are the constants'
// values; decoding also accepts the names of policy schema 1
// ("business-hours", "calendar-hours", "calendar") and normalises them.
const (
	// Elapsed counts real time: hours are elapsed hours (a daylight-saving
	// change does not stretch them) and days are calendar days keeping the
	// wall-clock time in the calendar's location (09:00 + 5 days is 09:00,
	// whatever happened to the clocks; a wall time skipped by a DST change
	// becomes the first instant after the gap).
	Elapsed DelayClock = "elapsed"
	// Business counts hours of business time (Calendar.AddBusiness): only
	// time inside working intervals of working days counts. Days are not
	// allowed on this clock.
	Business DelayClock = "business"
	// WorkingDays steps whole working days keeping the wall-clock time
	// (Calendar.AddWorkingDays). Hours are not allowed on this clock.
	WorkingDays DelayClock = "working-days"
)

// Bounds of a Delay, enforced by Validate: about 114 years of hours and
// 274 years of days, far beyond any legal or contractual delay, small
// enough that no arithmetic on them overflows.
const (
	MaxDelayHours = 1_000_000
	MaxDelayDays  = 100_000
)

// ParseDelayClock parses a clock name: elapsed, business or working-days,
// or a schema-1 alias (business-hours, calendar-hours, calendar).
func ParseDelayClock(s string) (DelayClock, error) {
	switch s {
	case "elapsed", "calendar", "calendar-hours":
		return Elapsed, nil
	case "business", "business-hours":
		return Business, nil
	case "working-days":
		return WorkingDays, nil
	}
	return "", fmt.Errorf("unknown clock %q (want elapsed, business or working-days)", s)
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDelayClock.
func (c *DelayClock) UnmarshalText(b []byte) error {
	x, err := ParseDelayClock(string(b))
	if err != nil {
		return err
	}
	*c = x
	return nil
}

// MarshalText implements encoding.TextMarshaler; the zero clock and
// unknown clocks are errors.
func (c DelayClock) MarshalText() ([]byte, error) {
	if _, err := ParseDelayClock(string(c)); err != nil || c != canonicalClock(c) {
		return nil, fmt.Errorf("calendar: invalid clock %q", string(c))
	}
	return []byte(c), nil
}

func canonicalClock(c DelayClock) DelayClock {
	x, err := ParseDelayClock(string(c))
	if err != nil {
		return c
	}
	return x
}

// Delay is a length of time after an instant on a named clock: Hours or
// Days, at most one of them non-zero. Every rule package uses it: reply
// targets, escalation levels, update intervals.
//
// The zero Delay is "no delay": From returns the instant itself. A Delay is
// a small comparable value, safe for concurrent use. Daylight-saving time:
// Elapsed hours are real hours; Elapsed and WorkingDays days keep the
// wall-clock time; Business hours are real time inside working intervals.
//
// Its JSON form is {"hours":72,"clock":"business"} or
// {"days":2,"clock":"working-days"}; {} is the zero Delay.
type Delay struct {
	// Hours is the delay in hours (Elapsed or Business clock).
	Hours int `json:"hours,omitempty"`
	// Days is the delay in days (Elapsed or WorkingDays clock).
	Days int `json:"days,omitempty"`
	// Clock is how the delay is counted; required when Hours or Days is
	// set.
	Clock DelayClock `json:"clock,omitempty"`
}

// HoursOn returns a delay of n hours on clock.
func HoursOn(n int, clock DelayClock) Delay { return Delay{Hours: n, Clock: clock} }

// DaysOn returns a delay of n days on clock.
func DaysOn(n int, clock DelayClock) Delay { return Delay{Days: n, Clock: clock} }

// IsZero reports whether d is no delay.
func (d Delay) IsZero() bool { return d.Hours == 0 && d.Days == 0 }

// String returns d for people and logs: "72 business hours", "2 working
// days", "24 hours", "5 days", "no delay".
func (d Delay) String() string {
	switch {
	case d.IsZero():
		return "no delay"
	case d.Clock == WorkingDays:
		return strconv.Itoa(d.Days) + " working days"
	case d.Clock == Business:
		return strconv.Itoa(d.Hours) + " business hours"
	case d.Hours != 0:
		return strconv.Itoa(d.Hours) + " hours"
	}
	return strconv.Itoa(d.Days) + " days"
}

// Message returns d as a message of the catalog, for explanations: it
// renders as String in English and in the reader's language through a
// catalog (explain.Msg).
func (d Delay) Message() explain.Msg {
	switch {
	case d.IsZero():
		return explain.Msg{Key: "no delay"}
	case d.Clock == WorkingDays:
		return explain.Msg{Key: "%d working days", Args: []any{d.Days}}
	case d.Clock == Business:
		return explain.Msg{Key: "%d business hours", Args: []any{d.Hours}}
	case d.Hours != 0:
		return explain.Msg{Key: "%d hours", Args: []any{d.Hours}}
	}
	return explain.Msg{Key: "%d days", Args: []any{d.Days}}
}

// Validate reports the first problem in d as a *field.Error naming
// "hours", "days" or "clock".
func (d Delay) Validate() error {
	switch {
	case d.Hours < 0:
		return field.Errorf("hours", "must not be negative")
	case d.Days < 0:
		return field.Errorf("days", "must not be negative")
	case d.Hours != 0 && d.Days != 0:
		return field.Errorf("days", "give hours or days, not both")
	case d.Hours > MaxDelayHours:
		return field.Errorf("hours", "too large (at most %d)", MaxDelayHours)
	case d.Days > MaxDelayDays:
		return field.Errorf("days", "too large (at most %d)", MaxDelayDays)
	}
	switch canonicalClock(d.Clock) {
	case "":
		if !d.IsZero() {
			return field.Errorf("clock", "missing (want elapsed, business or working-days)")
		}
	case Elapsed:
	case Business:
		if d.Days != 0 {
			return field.Errorf("days", "the business clock counts hours; use the working-days clock for days")
		}
	case WorkingDays:
		if d.Hours != 0 {
			return field.Errorf("hours", "the working-days clock counts days; use the business clock for hours")
		}
	default:
		return field.Errorf("clock", "unknown clock %q (want elapsed, business or working-days)", string(d.Clock))
	}
	return nil
}

// Nominal returns d in hours for ordering delays on one clock: a working
// day or a calendar day counts 24.
func (d Delay) Nominal() int { return d.Hours + 24*d.Days }

// ErrInvalidDelay is returned (wrapped in a *field.Error) by From for a
// Delay that does not Validate.
var ErrInvalidDelay = errors.New("calendar: invalid delay")

// From returns the instant d after t on c, in c's location. The zero Delay
// returns t in c's location. It returns ErrZeroTime for the zero t,
// ErrNoCalendar for the zero Calendar, an error wrapping ErrInvalidDelay
// for an invalid d, and ErrOutOfRange where the result leaves the years the
// calendar covers.
func (c Calendar) From(t time.Time, d Delay) (time.Time, error) {
	if err := c.check(t); err != nil {
		return time.Time{}, err
	}
	if err := d.Validate(); err != nil {
		return time.Time{}, fmt.Errorf("%w: %w", ErrInvalidDelay, err)
	}
	loc := c.Location()
	if d.IsZero() {
		return t.In(loc), nil
	}
	switch canonicalClock(d.Clock) {
	case Elapsed:
		if d.Hours != 0 {
			u := t.Add(time.Duration(d.Hours) * time.Hour).In(loc)
			if u.Year() > LastYear {
				return time.Time{}, ErrOutOfRange
			}
			return u, nil
		}
		lt := t.In(loc)
		day := DateOf(lt).AddDays(d.Days)
		if day.IsZero() || day.Year() > LastYear {
			return time.Time{}, ErrOutOfRange
		}
		y, m, dd := day.Parts()
		return time.Date(y, m, dd, lt.Hour(), lt.Minute(), lt.Second(), lt.Nanosecond(), loc), nil
	case Business:
		return c.AddBusiness(t, time.Duration(d.Hours)*time.Hour)
	default: // WorkingDays
		return c.AddWorkingDays(t, d.Days)
	}
}
