package calendar

import (
	"fmt"
	"time"
)

// Unit is the unit of a legal period.
type Unit uint8

// Units of legal periods. The zero Unit is invalid.
const (
	Days Unit = iota + 1
	Months
	Years
)

// String returns "days", "months" or "years".
func (u Unit) String() string {
	switch u {
	case Days:
		return "days"
	case Months:
		return "months"
	case Years:
		return "years"
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// Period is the end of a legal period counted from an event, per
// Regulation (EEC, Euratom) 1182/71 (docs/design.md, decision 4): the event's day
// is not counted; a period of days ends at the end of its last day; a
// period of months or years ends on the same day of the month, or on the
// month's last day when that day does not exist; with rolling, a last day on
// a Saturday, Sunday or public holiday moves to the next day that is none
// of these.
//
// Period is a plain value, safe to copy and share. Closes is midnight at the
// end of LastDay in the calendar's location, so it is 23 or 25 hours after
// the start of the day when clocks change that day.
type Period struct {
	Event   Date      // the triggering event's day (not counted)
	N       int       // length
	Unit    Unit      // days, months or years
	Nominal Date      // the last day before rolling
	LastDay Date      // the last day the period includes
	Closes  time.Time // the instant the period ends: the start of the day after LastDay
	// Skipped lists the rest days the last day moved over, in order, with
	// a reason ("Saturday", "Sunday" or the holiday's name).
	Skipped []Holiday
}

// Rolled reports whether the last day moved off a rest day.
func (p Period) Rolled() bool { return p.LastDay != p.Nominal }

// Period counts n days, months or years after event. When roll is true a
// last day on a Saturday, Sunday or whole-day public holiday of c moves to
// the next day that is none of these (IsRestDay); closures, part-day
// holidays and the working schedule never move it.
//
// n ranges from 0 to MaxDays, MaxMonths or MaxYears; a longer n, or a last
// day (or its closing instant, the start of the next day) past 9999-12-31,
// is an error wrapping ErrOutOfRange, never a date before the event.
func (c Calendar) Period(event Date, n int, unit Unit, roll bool) (Period, error) {
	if c.t == nil {
		return Period{}, ErrNoCalendar
	}
	if event.IsZero() {
		return Period{}, fmt.Errorf("calendar: period: %w: missing event date", ErrInvalidDate)
	}
	if n < 0 {
		return Period{}, fmt.Errorf("calendar: negative period length %d", n)
	}
	last, err := event.Add(n, unit)
	if err != nil {
		return Period{}, err
	}
	p := Period{Event: event, N: n, Unit: unit, Nominal: last, LastDay: last}
	for roll {
		if y := p.LastDay.Year(); y < FirstYear || y > LastYear {
			return Period{}, fmt.Errorf("calendar: period: the last day %s lies outside the years %d to %d of the holiday data, so whether it rolls is unknown: %w", p.LastDay, FirstYear, LastYear, ErrOutOfRange)
		}
		if !c.IsRestDay(p.LastDay) {
			break
		}
		skip := Holiday{Date: p.LastDay, Name: p.LastDay.Weekday().String()}
		if wd := p.LastDay.Weekday(); wd != time.Saturday && wd != time.Sunday {
			if h, ok := c.HolidayOn(p.LastDay); ok {
				skip = Holiday{Date: p.LastDay, Name: h.Name, Basis: h.Basis, Unconfirmed: h.Unconfirmed}
			}
		} else if h, ok := c.HolidayOn(p.LastDay); ok {
			skip.Name = h.Name // a holiday on a weekend: named, but the weekend alone rolls it
		}
		p.Skipped = append(p.Skipped, skip)
		next := p.LastDay.AddDays(1)
		if next.IsZero() {
			return Period{}, fmt.Errorf("calendar: period: rolls past 9999-12-31: %w", ErrOutOfRange)
		}
		p.LastDay = next
	}
	closes, err := c.End(p.LastDay)
	if err != nil {
		return Period{}, err
	}
	p.Closes = closes
	return p, nil
}
