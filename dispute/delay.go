package dispute

import "github.com/aftersales/aftersales/calendar"

// Clock names how a Delay is counted. It is calendar.DelayClock: one clock
// type for every rule package.
type Clock = calendar.DelayClock

// Deprecated clock names, kept for source compatibility. Their JSON names
// are the calendar clocks' ("elapsed", "business", "working-days"); the
// schema-1 name "calendar" still decodes.
const (
	// CalendarClock counts elapsed time.
	//
	// Deprecated: use calendar.Elapsed.
	CalendarClock = calendar.Elapsed
	// BusinessClock counts hours of business time.
	//
	// Deprecated: use calendar.Business.
	BusinessClock = calendar.Business
	// WorkingDaysClock steps whole working days.
	//
	// Deprecated: use calendar.WorkingDays.
	WorkingDaysClock = calendar.WorkingDays
)

// Delay is a length of time after an instant on a named clock. It is
// calendar.Delay; Calendar.From(t, d) computes the instant. The zero Delay
// is "no delay"; a Delay is a small comparable value, safe for concurrent
// use.
type Delay = calendar.Delay

// Hours returns a delay of n hours on clock.
//
// Deprecated: use calendar.HoursOn.
func Hours(n int, clock Clock) Delay { return calendar.HoursOn(n, clock) }

// Days returns a delay of n days on clock.
//
// Deprecated: use calendar.DaysOn.
func Days(n int, clock Clock) Delay { return calendar.DaysOn(n, clock) }
