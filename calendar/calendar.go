package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar/holidays"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// FirstYear and LastYear bound the years the calendar answers for: the
// years the verified holiday data covers (holidays.FirstYear to
// holidays.LastYear). Business-time arithmetic (AddBusiness, Between,
// AddWorkingDays, WorkingDays) runs on tables precomputed for them; date
// questions that depend on public holidays (Holiday, IsWorkingDay, Period,
// NextWorkingDay) answer for them too. Outside them, methods that return
// an error return one wrapping ErrOutOfRange, and the boolean questions
// answer false (no holiday is known, and no day outside the data is a
// working day), never a guess from today's law.
const (
	FirstYear = holidays.FirstYear
	LastYear  = holidays.LastYear
)

// Errors returned by Calendar methods. Callers can test for them with
// errors.Is; the returned errors add details.
var (
	ErrZeroTime = errors.New("calendar: zero time")
	// ErrOutOfRange reports a count or a result outside the documented
	// range: an instant outside the business-time years FirstYear to
	// LastYear, a Date past year 9999, a period longer than MaxDays,
	// MaxMonths or MaxYears.
	ErrOutOfRange    = errors.New("calendar: out of range")
	errTableRange    = fmt.Errorf("%w: instant outside the years %d to %d covered by business-time tables", ErrOutOfRange, FirstYear, LastYear)
	ErrNoCalendar    = errors.New("calendar: zero Calendar (use New or ForMarket)")
	ErrUnknownMarket = errors.New("unknown market")
	ErrNegative      = errors.New("calendar: negative duration")
)

// Holiday is a public holiday: its date, its name in the market's language,
// the statute that makes it a holiday when known, and for a part-day
// holiday the wall-clock time at which it begins.
//
// A part-day holiday (From > 0; Iceland's 24 and 31 December from 13:00)
// stops business time at From on that day, but the day stays a working day
// for working-day counts and is not a rest day for legal periods: Regulation
// 1182/71 art. 3(4) speaks of public holidays as whole days, and this
// library reads a day that is worked until From as a working day, so a
// period whose last day is a part-day holiday does not roll.
//
// The zero Holiday is invalid (no date, no name).
type Holiday struct {
	Date  Date   `json:"date"`
	Name  string `json:"name"`
	Basis string `json:"basis,omitempty"`
	// From is the wall-clock time the holiday begins, from 00:00:01 to
	// 23:59:59; zero for a whole-day holiday.
	From Clock `json:"from,omitempty"`
	// Unconfirmed is true when the sources could not confirm that the day
	// is a public holiday in law (see calendar/holidays): it counts as a
	// holiday, and every answer that relies on it can say so.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// Validate reports the first problem in h, naming its field.
func (h Holiday) Validate() error {
	switch {
	case h.Date.IsZero():
		return strictjson.Errorf("date", "missing")
	case strings.TrimSpace(h.Name) == "":
		return strictjson.Errorf("name", "missing")
	case len(h.Name) > maxText:
		return strictjson.Errorf("name", "longer than %d bytes", maxText)
	case len(h.Basis) > maxText:
		return strictjson.Errorf("basis", "longer than %d bytes", maxText)
	case h.From < 0 || h.From >= EndOfDay:
		return strictjson.Errorf("from", "%d s: want a time inside the day, 00:00:01 to 23:59:59 (00:00 for a whole day)", int32(h.From))
	}
	return nil
}

// Closure is a range of days, both ends included, on which nobody works
// even if the schedule says otherwise: a seller's registered vacation, a
// warehouse inventory. The zero Closure is invalid.
type Closure struct {
	From   Date   `json:"from"`
	To     Date   `json:"to"`
	Reason string `json:"reason,omitempty"`
}

// Validate reports whether c is a usable range: both days set, To not
// before From, a reason of at most 200 bytes.
func (c Closure) Validate() error {
	switch {
	case c.From.IsZero():
		return strictjson.Errorf("from", "missing")
	case c.To.IsZero():
		return strictjson.Errorf("to", "missing")
	case c.To.Before(c.From):
		return strictjson.Errorf("to", "closure ends (%s) before it starts (%s)", c.To, c.From)
	case len(c.Reason) > maxText:
		return strictjson.Errorf("reason", "longer than %d bytes", maxText)
	}
	return nil
}

// Spec describes a calendar as data: a market, an optional region, a
// location, a weekly schedule, holiday adjustments and closures. Encode it
// in policies as JSON. The zero Spec is invalid (it has no market).
//
// Defaults: Location is the market's (or region's) time zone; Week is
// MondayToFriday.
type Spec struct {
	Market             string    `json:"market"`
	Region             string    `json:"region,omitempty"`
	Location           string    `json:"location,omitempty"`
	Week               *Week     `json:"week,omitempty"`
	AddHolidays        []Holiday `json:"add_holidays,omitempty"`
	RemoveHolidays     []Date    `json:"remove_holidays,omitempty"`
	RemoveHolidayNames []string  `json:"remove_holiday_names,omitempty"`
	Closures           []Closure `json:"closures,omitempty"`
}

// Validate reports the first problem in s with its field path
// ("week.mon[0]: end before start", "market: unknown market \"XX\"").
func (s Spec) Validate() error {
	_, err := s.resolve()
	return err
}

type resolved struct {
	m     holidays.Market
	reg   *holidays.Region
	loc   *time.Location
	week  [7][]Interval
	src   holidaySource
	bases []string
}

func (s Spec) resolve() (resolved, error) {
	var r resolved
	code := strings.ToUpper(strings.TrimSpace(s.Market))
	if code == "" {
		return r, strictjson.Errorf("market", "missing (an ISO 3166-1 code such as \"FR\")")
	}
	set, err := holidays.For(code, s.Region)
	switch {
	case errors.Is(err, holidays.ErrUnknownMarket):
		return r, strictjson.Errorf("market", "%w %q (known: %s)", ErrUnknownMarket, s.Market, strings.Join(Markets(), ", "))
	case errors.Is(err, holidays.ErrUnknownRegion):
		known := Regions(code)
		if len(known) == 0 {
			return r, strictjson.Errorf("region", "market %s has no regions", code)
		}
		return r, strictjson.Errorf("region", "unknown region %q for %s (known: %s)", s.Region, code, strings.Join(known, ", "))
	case err != nil:
		return r, strictjson.At("region", err)
	}
	r.m = set.Market()
	if reg, ok := set.Region(); ok {
		r.reg = &reg
	}
	locName := set.Location()
	r.bases = set.Sources()
	if len(s.AddHolidays) > maxList || len(s.RemoveHolidays) > maxList || len(s.RemoveHolidayNames) > maxList || len(s.Closures) > maxList {
		return r, strictjson.Errorf(firstLong(s), "more than %d entries", maxList)
	}
	if s.Location != "" {
		locName = s.Location
	}
	loc, err := time.LoadLocation(locName)
	if err != nil {
		return r, strictjson.Errorf("location", "unknown time zone %q", locName)
	}
	r.loc = loc
	week := MondayToFriday()
	if s.Week != nil {
		if err := s.Week.Validate(); err != nil {
			return r, strictjson.At("week", err)
		}
		week = *s.Week
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		r.week[d] = merged(week.Day(d))
	}
	defs := set.Definitions()
	for i, n := range s.RemoveHolidayNames {
		found := false
		for _, d := range defs {
			found = found || d.Name == n || d.NameEN == n
		}
		if !found {
			return r, strictjson.Errorf(strictjson.Index("remove_holiday_names", i), "no holiday named %q in this market", n)
		}
	}
	names := slices.Clone(s.RemoveHolidayNames)
	for i, h := range s.AddHolidays {
		if err := h.Validate(); err != nil {
			return r, strictjson.At(strictjson.Index("add_holidays", i), err)
		}
	}
	added := slices.Clone(s.AddHolidays)
	slices.SortStableFunc(added, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	for i, d := range s.RemoveHolidays {
		if d.IsZero() {
			return r, strictjson.Errorf(strictjson.Index("remove_holidays", i), "missing date")
		}
		for _, h := range s.AddHolidays {
			if h.Date == d {
				return r, strictjson.Errorf(strictjson.Index("remove_holidays", i), "%s is also in add_holidays", d)
			}
		}
	}
	remove := slices.Clone(s.RemoveHolidays)
	slices.SortFunc(remove, func(a, b Date) int { return a.Compare(b) })
	r.src = adjusted{base: holidaysSource{set: set}, added: added, remove: remove, names: names}
	for i, c := range s.Closures {
		if err := c.Validate(); err != nil {
			return r, strictjson.At(strictjson.Index("closures", i), err)
		}
	}
	return r, nil
}

// Calendar is a built market calendar: a location, a weekly schedule,
// public holidays and closures, with precomputed tables that make business
// arithmetic cost a few lookups.
//
// A Calendar is immutable and safe for concurrent use; derive new ones with
// WithClosures, WithHolidays and WithoutHolidays. It is a small value that
// shares its tables when copied; nothing given to it or returned by it
// shares memory with its internals. The zero Calendar has no market: every
// method returns ErrNoCalendar (or false / the zero value).
//
// Daylight-saving time: days and hours are read in the calendar's location
// and business time is real elapsed time inside working intervals, so a
// 00:00–24:00 interval holds 23 hours on the day clocks go forward and 25
// on the day they go back. No result falls in a skipped hour.
type Calendar struct {
	t  *table
	ov *overlay
}

// New builds a calendar from a spec. Errors name the spec field. Like
// ForMarket, it precomputes tables (about 0.4 ms and 211 KiB:
// BenchmarkForMarket): build once and share.
func New(s Spec) (Calendar, error) {
	r, err := s.resolve()
	if err != nil {
		return Calendar{}, err
	}
	s = s.clone()
	t, err := buildTable(s, r)
	if err != nil {
		return Calendar{}, err
	}
	c := Calendar{t: t}
	if len(s.Closures) > 0 {
		c.ov = t.overlay(s.Closures)
	}
	return c, nil
}

// clone returns a deep copy of s: no slice or pointer shared.
func (s Spec) clone() Spec {
	if s.Week != nil {
		w := *s.Week
		for d := time.Sunday; d <= time.Saturday; d++ {
			w.set(d, slices.Clone(w.Day(d)))
		}
		s.Week = &w
	}
	s.AddHolidays = slices.Clone(s.AddHolidays)
	s.RemoveHolidays = slices.Clone(s.RemoveHolidays)
	s.RemoveHolidayNames = slices.Clone(s.RemoveHolidayNames)
	s.Closures = slices.Clone(s.Closures)
	return s
}

// ForMarket returns the default calendar of a market: its national public
// holidays, its time zone and the Monday–Friday 00:00–24:00 schedule.
// region may be empty or one of Regions(market).
//
// Building precomputes the tables for FirstYear to LastYear: about
// 0.4 ms and 211 KiB retained (BenchmarkForMarket, on 2 cores), so a
// policy serving all 29 markets builds them in about 13 ms
// (BenchmarkForAllMarkets). Build a calendar once, at start-up or with the
// policy, and share it; it is immutable and safe for concurrent use.
// Per-seller closures derive cheaply with WithClosures.
func ForMarket(market, region string) (Calendar, error) {
	return New(Spec{Market: market, Region: region})
}

// MustForMarket is like ForMarket but panics on error; for literals and
// tests.
func MustForMarket(market, region string) Calendar {
	c, err := ForMarket(market, region)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Calendar.
func (c Calendar) IsZero() bool { return c.t == nil }

// Spec returns a copy of the spec c was built from, closures included.
func (c Calendar) Spec() Spec {
	if c.t == nil {
		return Spec{}
	}
	s := c.t.spec.clone()
	if c.ov != nil {
		s.Closures = slices.Clone(c.ov.given)
	}
	return s
}

// Market returns the ISO code of c's market ("FR").
func (c Calendar) Market() string {
	if c.t == nil {
		return ""
	}
	return c.t.market
}

// Region returns c's region, or "".
func (c Calendar) Region() string {
	if c.t == nil {
		return ""
	}
	return c.t.region
}

// Location returns the time zone in which c reads days and hours.
func (c Calendar) Location() *time.Location {
	if c.t == nil {
		return time.UTC
	}
	return c.t.loc
}

// Sources returns a copy of the legal sources of c's holidays
// ("C. trav. L3133-1", "C. trav. L3134-13" for Alsace-Moselle); empty when
// the market has none recorded.
func (c Calendar) Sources() []string {
	if c.t == nil {
		return nil
	}
	return slices.Clone(c.t.bases)
}

// Closures returns a copy of the closures of c as given (not merged), in
// order.
func (c Calendar) Closures() []Closure {
	if c.ov == nil {
		return nil
	}
	return slices.Clone(c.ov.given)
}

// WithClosures returns c with more closures. It shares c's tables, so it
// is cheap enough to call per seller or per conversation.
func (c Calendar) WithClosures(cl ...Closure) (Calendar, error) {
	if c.t == nil {
		return Calendar{}, ErrNoCalendar
	}
	n := len(cl)
	if c.ov != nil {
		n += len(c.ov.given)
	}
	if n > maxList {
		return Calendar{}, strictjson.Errorf("closures", "more than %d entries", maxList)
	}
	for i, x := range cl {
		if err := x.Validate(); err != nil {
			return Calendar{}, strictjson.At(strictjson.Index("closures", i), err)
		}
	}
	if len(cl) == 0 {
		return c, nil
	}
	all := slices.Clone(cl)
	if c.ov != nil {
		all = append(slices.Clone(c.ov.given), cl...)
	}
	return Calendar{t: c.t, ov: c.t.overlay(all)}, nil
}

// WithHolidays returns c with extra public holidays (a company closing
// day, or a part-day holiday with From set). It rebuilds the tables.
// Errors name the holiday ("add_holidays[2].from: ...") by its index among
// the calendar's added holidays.
func (c Calendar) WithHolidays(h ...Holiday) (Calendar, error) {
	if c.t == nil {
		return Calendar{}, ErrNoCalendar
	}
	s := c.Spec()
	s.AddHolidays = append(s.AddHolidays, h...)
	return New(s)
}

// WithoutHolidays returns c with the given dates no longer public holidays
// (a worked Pentecost Monday). It rebuilds the tables.
func (c Calendar) WithoutHolidays(d ...Date) (Calendar, error) {
	if c.t == nil {
		return Calendar{}, ErrNoCalendar
	}
	s := c.Spec()
	s.RemoveHolidays = append(s.RemoveHolidays, d...)
	return New(s)
}

// Holiday returns the name of the public holiday on d, if d is one (a
// part-day holiday included; HolidayOn gives its start).
func (c Calendar) Holiday(d Date) (name string, ok bool) {
	h, ok := c.HolidayOn(d)
	return h.Name, ok
}

// HolidayOn returns the public holiday on d, with its basis and, for a
// part-day holiday, its start.
func (c Calendar) HolidayOn(d Date) (Holiday, bool) {
	if c.t == nil || d.IsZero() {
		return Holiday{}, false
	}
	h, ok, err := c.t.holidayAt(d)
	if !ok || err != nil {
		return Holiday{}, false
	}
	return Holiday{Date: d, Name: h.name, Basis: h.basis, From: h.from, Unconfirmed: h.unconfirmed}, true
}

// Holidays returns the public holidays of a year (1 to 9999) in date
// order, with their basis and part-day start; nil for other years.
func (c Calendar) Holidays(year int) []Holiday {
	if c.t == nil || year < 1 || year > 9999 {
		return nil
	}
	list, err := c.t.src.appendYear(nil, year)
	if err != nil {
		return nil
	}
	out := make([]Holiday, 0, len(list))
	for _, h := range list {
		out = append(out, Holiday{Date: h.date, Name: h.name, Basis: h.basis, From: h.from, Unconfirmed: h.unconfirmed})
	}
	return out
}

// IsClosed reports whether d lies in one of c's closures.
func (c Calendar) IsClosed(d Date) bool {
	if c.ov == nil {
		return false
	}
	_, ok := c.ov.closureOn(d)
	return ok
}

// ClosureOn returns the closure (as given) containing d, if any.
func (c Calendar) ClosureOn(d Date) (Closure, bool) {
	if c.ov == nil {
		return Closure{}, false
	}
	return c.ov.closureOn(d)
}

// IsWorkingDay reports whether d is worked: its weekday has working
// intervals, it is not a whole-day public holiday and it lies outside
// every closure. A part-day holiday is a working day.
func (c Calendar) IsWorkingDay(d Date) bool {
	if c.t == nil || d.IsZero() {
		return false
	}
	if i := d.days() - c.t.first; i >= 0 && i < int64(c.t.n) {
		return c.t.working(int(i)) && !c.IsClosed(d)
	}
	// Outside the years of the holiday data no day is known to be a
	// working day: false, never a guess from today's law.
	return false
}

// IsRestDay reports whether d is a Saturday, a Sunday or a whole-day
// public holiday of c: the days over which a legal period's last day moves
// (Regulation 1182/71 art. 3(4), C. consom. L221-19). Schedules, closures
// and part-day holidays do not matter here.
func (c Calendar) IsRestDay(d Date) bool {
	if c.t == nil || d.IsZero() {
		return false
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return true
	}
	h, hol, err := c.t.holidayAt(d)
	return err == nil && hol && h.from == 0
}

// NextWorkingDay returns the first working day after d (d excluded). It
// jumps over closures whole, so its work does not grow with their length.
func (c Calendar) NextWorkingDay(d Date) (Date, error) {
	if c.t == nil {
		return Date{}, ErrNoCalendar
	}
	if d.IsZero() {
		return Date{}, ErrInvalidDate
	}
	steps := 0
	for x := d.AddDays(1); !x.IsZero() && x.Year() <= LastYear; x = x.AddDays(1) {
		if c.ov != nil {
			k, _ := slices.BinarySearchFunc(c.ov.merged, x, func(cl Closure, d Date) int { return cl.To.Compare(d) })
			if k < len(c.ov.merged) && !x.Before(c.ov.merged[k].From) {
				x = c.ov.merged[k].To
				continue
			}
		}
		if c.IsWorkingDay(x) {
			return x, nil
		}
		if steps++; steps > 800 {
			break
		}
	}
	return Date{}, fmt.Errorf("calendar: no working day after %s: %w", d, ErrOutOfRange)
}

// WorkingDays returns the number of working days from a to b, both
// included (0 when b is before a). Inside the table years it costs a few
// lookups; outside them, a computation per year (bounded for any range of
// Dates).
func (c Calendar) WorkingDays(a, b Date) (int, error) {
	if c.t == nil {
		return 0, ErrNoCalendar
	}
	if a.IsZero() || b.IsZero() {
		return 0, ErrInvalidDate
	}
	if b.Before(a) {
		return 0, nil
	}
	i, j := a.days()-c.t.first, b.days()-c.t.first+1
	if i >= 0 && j <= int64(c.t.n) {
		x, y := c.t.wc(int(i)), c.t.wc(int(j))
		x -= c.ov.removedDays(x)
		y -= c.ov.removedDays(y)
		return int(y - x), nil
	}
	n, err := c.t.workingDaysSlow(a, b)
	if err != nil {
		return 0, err
	}
	if c.ov != nil {
		for _, cl := range c.ov.merged {
			lo, hi := maxDate(a, cl.From), minDate(b, cl.To)
			if hi.Before(lo) {
				continue
			}
			m, err := c.t.workingDaysSlow(lo, hi)
			if err != nil {
				return 0, err
			}
			n -= m
		}
	}
	return n, nil
}

func maxDate(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

func minDate(a, b Date) Date {
	if a.Before(b) {
		return a
	}
	return b
}

// workingDaysSlow counts working days from a to b without closures: the
// table for the table years, and for other years the worked weekdays
// counted arithmetically minus the whole-day holidays on them, one year at
// a time.
func (t *table) workingDaysSlow(a, b Date) (int, error) {
	n := 0
	var buf []hday
	for lo := a; !lo.After(b); {
		y := lo.Year()
		hi := minDate(b, MustDate(y, time.December, 31))
		i, j := lo.days()-t.first, hi.days()-t.first+1
		if i >= 0 && j <= int64(t.n) {
			n += int(t.wc(int(j)) - t.wc(int(i)))
		} else {
			n += t.worked(lo, hi)
			var err error
			buf, err = t.src.appendYear(buf[:0], y)
			if err != nil {
				return 0, err
			}
			for _, h := range buf {
				if h.from == 0 && !h.date.Before(lo) && !h.date.After(hi) && len(t.week[h.date.Weekday()]) > 0 {
					n--
				}
			}
		}
		if y == 9999 {
			break
		}
		lo = MustDate(y+1, time.January, 1)
	}
	return n, nil
}

// worked counts the days from a to b whose weekday has working intervals.
func (t *table) worked(a, b Date) int {
	total := int(b.days()-a.days()) + 1
	weeks, rest := total/7, total%7
	per := 0
	for d := range t.week {
		if len(t.week[d]) > 0 {
			per++
		}
	}
	n := weeks * per
	wd := a.Weekday()
	for k := 0; k < rest; k++ {
		if len(t.week[(int(wd)+k)%7]) > 0 {
			n++
		}
	}
	return n
}

// DateOf returns the date of instant t in c's location.
func (c Calendar) DateOf(t time.Time) Date {
	if c.t == nil {
		return Date{}
	}
	return DateOf(t.In(c.t.loc))
}

// Start returns the instant d begins in c's location: local midnight, or
// the first instant of the day when midnight is skipped by a clock change.
func (c Calendar) Start(d Date) (time.Time, error) {
	if c.t == nil {
		return time.Time{}, ErrNoCalendar
	}
	if d.IsZero() {
		return time.Time{}, ErrInvalidDate
	}
	return time.Unix(c.t.dayStart(d.days()), 0).In(c.t.loc), nil
}

// End returns the instant d ends in c's location: the start of the next
// day ("midnight at the end of the day"). The end of 9999-12-31 is out of
// range (it is in year 10000).
func (c Calendar) End(d Date) (time.Time, error) {
	if c.t == nil {
		return time.Time{}, ErrNoCalendar
	}
	next := d.AddDays(1)
	if d.IsZero() {
		return time.Time{}, ErrInvalidDate
	}
	if next.IsZero() {
		return time.Time{}, fmt.Errorf("calendar: end of %s: %w", d, ErrOutOfRange)
	}
	return c.Start(next)
}

func (c Calendar) check(t time.Time) error {
	if c.t == nil {
		return ErrNoCalendar
	}
	if t.IsZero() {
		return ErrZeroTime
	}
	return nil
}

// Bounds of a Spec's lists and texts, enforced by Validate.
const (
	maxList = 10000 // entries in add_holidays, remove_holidays, remove_holiday_names, closures
	maxText = 200   // bytes in a holiday name or basis
)

func firstLong(s Spec) string {
	switch {
	case len(s.AddHolidays) > maxList:
		return "add_holidays"
	case len(s.RemoveHolidays) > maxList:
		return "remove_holidays"
	case len(s.RemoveHolidayNames) > maxList:
		return "remove_holiday_names"
	}
	return "closures"
}
