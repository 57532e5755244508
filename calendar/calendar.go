package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// FirstYear and LastYear bound the precomputed tables behind business-time
// arithmetic (AddBusiness, Between, AddWorkingDays, WorkingDays). Instants
// outside these years are rejected with ErrOutOfRange. Date queries
// (IsWorkingDay, Holiday, Period, ...) work for any year from 1 to 9999.
const (
	FirstYear = 1970
	LastYear  = 2099
)

// Errors returned by Calendar methods. Callers can test for them with
// errors.Is; the returned errors add details.
var (
	ErrZeroTime      = errors.New("calendar: zero time")
	ErrOutOfRange    = fmt.Errorf("calendar: outside the years %d to %d covered by business-time tables", FirstYear, LastYear)
	ErrNoCalendar    = errors.New("calendar: zero Calendar (use New or ForMarket)")
	ErrUnknownMarket = errors.New("unknown market")
	ErrNegative      = errors.New("calendar: negative duration")
)

// Holiday is a public holiday: its date and its name in the market's
// language.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
}

// Closure is a range of days, both ends included, on which nobody works
// even if the schedule says otherwise: a seller's registered vacation, a
// warehouse inventory. The zero Closure is invalid.
type Closure struct {
	From   Date   `json:"from"`
	To     Date   `json:"to"`
	Reason string `json:"reason,omitempty"`
}

// Validate reports whether c is a usable range.
func (c Closure) Validate() error {
	switch {
	case c.From.IsZero():
		return strictjson.Errorf("from", "missing")
	case c.To.IsZero():
		return strictjson.Errorf("to", "missing")
	case c.To.Before(c.From):
		return strictjson.Errorf("to", "closure ends (%s) before it starts (%s)", c.To, c.From)
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
	m      market
	reg    *region
	loc    *time.Location
	week   [7][]Interval
	rules  []rule
	bases  []string
	added  []Holiday
	remove []Date
	names  []string
}

func (s Spec) resolve() (resolved, error) {
	var r resolved
	code := strings.ToUpper(strings.TrimSpace(s.Market))
	if code == "" {
		return r, strictjson.Errorf("market", "missing (an ISO 3166-1 code such as \"FR\")")
	}
	m, ok := findMarket(code)
	if !ok {
		return r, strictjson.Errorf("market", "%w %q (known: %s)", ErrUnknownMarket, s.Market, strings.Join(Markets(), ", "))
	}
	r.m = m
	locName := m.location
	if m.basis != "" {
		r.bases = append(r.bases, m.basis)
	}
	if s.Region != "" {
		for i := range m.regions {
			if m.regions[i].name == strings.ToLower(s.Region) {
				r.reg = &m.regions[i]
			}
		}
		if r.reg == nil {
			known := Regions(code)
			if len(known) == 0 {
				return r, strictjson.Errorf("region", "market %s has no regions", code)
			}
			return r, strictjson.Errorf("region", "unknown region %q for %s (known: %s)", s.Region, code, strings.Join(known, ", "))
		}
		locName = r.reg.location
		r.bases = append(r.bases, r.reg.basis)
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
	for _, h := range m.holidays() {
		r.rules = append(r.rules, fromCal(h))
	}
	if r.reg != nil {
		r.rules = append(r.rules, r.reg.extra()...)
	}
	for i, n := range s.RemoveHolidayNames {
		found := false
		for _, ru := range r.rules {
			found = found || ru.name == n
		}
		if !found {
			return r, strictjson.Errorf(strictjson.Index("remove_holiday_names", i), "no holiday named %q in this market", n)
		}
	}
	r.names = slices.Clone(s.RemoveHolidayNames)
	for i, h := range s.AddHolidays {
		p := strictjson.Index("add_holidays", i)
		if h.Date.IsZero() {
			return r, strictjson.Errorf(p+".date", "missing")
		}
		if strings.TrimSpace(h.Name) == "" {
			return r, strictjson.Errorf(p+".name", "missing")
		}
	}
	r.added = slices.Clone(s.AddHolidays)
	slices.SortStableFunc(r.added, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
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
	r.remove = slices.Clone(s.RemoveHolidays)
	slices.SortFunc(r.remove, func(a, b Date) int { return a.Compare(b) })
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
// shares its tables when copied. The zero Calendar has no market: every
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
// ForMarket, it precomputes tables: build once and share.
func New(s Spec) (Calendar, error) {
	r, err := s.resolve()
	if err != nil {
		return Calendar{}, err
	}
	t := buildTable(s, r)
	c := Calendar{t: t}
	if len(s.Closures) > 0 {
		c.ov = t.overlay(s.Closures)
	}
	return c, nil
}

// ForMarket returns the default calendar of a market: its national public
// holidays, its time zone and the Monday–Friday 00:00–24:00 schedule.
// region may be empty or one of Regions(market).
//
// Building precomputes the tables for FirstYear to LastYear (about 30 ms
// and 3.5 MB): build a calendar once, at start-up or with the policy, and
// share it; it is immutable and safe for concurrent use. Per-seller
// closures derive cheaply with WithClosures.
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

// Spec returns the spec c was built from, closures included.
func (c Calendar) Spec() Spec {
	if c.t == nil {
		return Spec{}
	}
	s := c.t.spec
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

// Sources returns the legal sources of c's holidays ("C. trav. L3133-1",
// "C. trav. L3134-13" for Alsace-Moselle); empty when the market has none
// recorded.
func (c Calendar) Sources() []string {
	if c.t == nil {
		return nil
	}
	return slices.Clone(c.t.bases)
}

// Closures returns the closures of c as given (not merged), in order.
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
// day). It rebuilds the tables.
func (c Calendar) WithHolidays(h ...Holiday) (Calendar, error) {
	if c.t == nil {
		return Calendar{}, ErrNoCalendar
	}
	s := c.Spec()
	s.AddHolidays = append(slices.Clone(s.AddHolidays), h...)
	return New(s)
}

// WithoutHolidays returns c with the given dates no longer public holidays
// (a worked Pentecost Monday). It rebuilds the tables.
func (c Calendar) WithoutHolidays(d ...Date) (Calendar, error) {
	if c.t == nil {
		return Calendar{}, ErrNoCalendar
	}
	s := c.Spec()
	s.RemoveHolidays = append(slices.Clone(s.RemoveHolidays), d...)
	return New(s)
}

// Holiday returns the name of the public holiday on d, if d is one.
func (c Calendar) Holiday(d Date) (name string, ok bool) {
	if c.t == nil || d.IsZero() {
		return "", false
	}
	return c.t.holiday(d)
}

// Holidays returns the public holidays of a year in date order.
func (c Calendar) Holidays(year int) []Holiday {
	if c.t == nil || year < 1 || year > 9999 {
		return nil
	}
	var out []Holiday
	d := MustDate(year, time.January, 1)
	for ; !d.IsZero() && d.Year() == year; d = d.AddDays(1) {
		if name, ok := c.t.holiday(d); ok {
			out = append(out, Holiday{Date: d, Name: name})
		}
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
// intervals, it is not a public holiday and it lies outside every closure.
func (c Calendar) IsWorkingDay(d Date) bool {
	if c.t == nil || d.IsZero() {
		return false
	}
	if len(c.t.week[d.Weekday()]) == 0 {
		return false
	}
	if _, hol := c.t.holiday(d); hol {
		return false
	}
	return !c.IsClosed(d)
}

// IsRestDay reports whether d is a Saturday, a Sunday or a public holiday
// of c: the days over which a legal period's last day moves (Regulation
// 1182/71 art. 3(4), C. consom. L221-19). Schedules and closures do not
// matter here.
func (c Calendar) IsRestDay(d Date) bool {
	if c.t == nil || d.IsZero() {
		return false
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return true
	}
	_, hol := c.t.holiday(d)
	return hol
}

// NextWorkingDay returns the first working day after d (d excluded).
func (c Calendar) NextWorkingDay(d Date) (Date, error) {
	if c.t == nil {
		return Date{}, ErrNoCalendar
	}
	if d.IsZero() {
		return Date{}, ErrInvalidDate
	}
	for x := d.AddDays(1); !x.IsZero(); x = x.AddDays(1) {
		if cl, ok := c.ClosureOn(x); ok {
			x = cl.To
			continue
		}
		if c.IsWorkingDay(x) {
			return x, nil
		}
		if x.Sub(d) > 800 {
			break
		}
	}
	return Date{}, fmt.Errorf("calendar: no working day after %s", d)
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
// day ("midnight at the end of the day").
func (c Calendar) End(d Date) (time.Time, error) {
	return c.Start(d.AddDays(1))
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
