package holidays

import (
	"fmt"
	"strings"
	"time"
)

// Kind is how a Rule finds its day in a year.
type Kind uint8

// The kinds of rules.
const (
	// Fixed is the same date every year: Month and Day.
	Fixed Kind = iota + 1
	// Easter is Offset days after Western (Gregorian) Easter Sunday.
	Easter
	// Orthodox is Offset days after Orthodox Easter Sunday (Julian
	// computus, converted to the Gregorian calendar).
	Orthodox
	// NthWeekday is the N-th Weekday of Month (N = 1..4, or -1 for the
	// last), then Offset days.
	NthWeekday
	// OnOrAfter is the first Weekday on or after Month/Day, then Offset
	// days (Sweden's Midsummer Eve: the Friday on or after 19 June).
	OnOrAfter
	// Brigid is Ireland's St Brigid's Day: 1 February when it is a
	// Friday, else the first Monday of February.
	Brigid
)

// Rule is a recurring date. The zero Rule is invalid (Kind 0). Rule is a
// comparable value, safe for concurrent use, and deals in calendar days only
// (no time zone, so no daylight-saving time).
type Rule struct {
	Kind    Kind
	Month   time.Month
	Day     int
	Weekday time.Weekday
	N       int
	Offset  int
	// SundayShift moves the holiday itself when it falls on a Sunday:
	// the Dutch King's Day moves to Saturday 26 April (-1).
	SundayShift int
	// Substitute adds, when the date falls on a Saturday or a Sunday, a
	// substitute holiday on the first following weekday that is not
	// already a holiday (or a substitute) of the set; the date itself
	// stays a holiday.
	Substitute bool
}

// FixedDate is the rule for the same date every year.
func FixedDate(m time.Month, d int) Rule { return Rule{Kind: Fixed, Month: m, Day: d} }

// EasterDay is the rule for Offset days after Western Easter Sunday.
func EasterDay(offset int) Rule { return Rule{Kind: Easter, Offset: offset} }

// OrthodoxDay is the rule for Offset days after Orthodox Easter Sunday.
func OrthodoxDay(offset int) Rule { return Rule{Kind: Orthodox, Offset: offset} }

// Nth is the rule for the n-th weekday of month m (n = -1: the last).
func Nth(m time.Month, wd time.Weekday, n int) Rule {
	return Rule{Kind: NthWeekday, Month: m, Weekday: wd, N: n}
}

// FirstOnOrAfter is the rule for the first weekday wd on or after m/d.
func FirstOnOrAfter(m time.Month, d int, wd time.Weekday) Rule {
	return Rule{Kind: OnOrAfter, Month: m, Day: d, Weekday: wd}
}

// Definition is one holiday of the law: its rule and the years it is in
// force. The zero Definition is invalid. Definition is a comparable value,
// safe for concurrent use; Validate says what is wrong with one. From is a
// wall-clock second, unaffected by daylight-saving time.
type Definition struct {
	Name   string // in the official language
	NameEN string
	Basis  string // statute and article
	Region string // "" national, else the ISO 3166-2 code of the region
	Rule   Rule
	From   int // second of the day at which it begins; 0 the whole day
	First  int // first year in force
	Last   int // last year in force
	// Unconfirmed marks a holiday whose legal status the sources could
	// not confirm: it is applied, and every result that uses it says so.
	Unconfirmed bool
}

// DefinitionError is a holiday definition that contradicts itself. The zero
// value names nothing; it is safe for concurrent use once built.
type DefinitionError struct {
	Name    string // the definition's Name (or NameEN)
	Field   string // "First", "Rule.Day", …
	Problem string
}

// Error returns "holidays: definition NAME: FIELD: PROBLEM".
func (e *DefinitionError) Error() string {
	return fmt.Sprintf("holidays: definition %q: %s: %s", e.Name, e.Field, e.Problem)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Validate reports the first contradiction in d as a *DefinitionError:
// an empty name or basis, years outside FirstYear..LastYear or a last year
// before the first, From outside 0..86399, an impossible rule (30 February,
// 29 February in a year that is not leap, a fifth weekday, an Easter offset
// that leaves the year).
func (d Definition) Validate() error {
	bad := func(f, p string, a ...any) error {
		n := d.Name
		if n == "" {
			n = d.NameEN
		}
		return &DefinitionError{Name: n, Field: f, Problem: fmt.Sprintf(p, a...)}
	}
	switch {
	case strings.TrimSpace(d.Name) == "":
		return bad("Name", "empty")
	case strings.TrimSpace(d.NameEN) == "":
		return bad("NameEN", "empty")
	case strings.TrimSpace(d.Basis) == "":
		return bad("Basis", "empty")
	case d.First < FirstYear || d.First > LastYear:
		return bad("First", "year %d outside %d..%d", d.First, FirstYear, LastYear)
	case d.Last < FirstYear || d.Last > LastYear:
		return bad("Last", "year %d outside %d..%d", d.Last, FirstYear, LastYear)
	case d.Last < d.First:
		return bad("Last", "year %d before the first year %d", d.Last, d.First)
	case d.From < 0 || d.From > 86399:
		return bad("From", "%d is not a second of the day (0..86399)", d.From)
	}
	if d.Region != "" && (len(d.Region) < 4 || d.Region[2] != '-') {
		return bad("Region", "%q is not an ISO 3166-2 code", d.Region)
	}
	r := d.Rule
	month := func() error {
		if r.Month < time.January || r.Month > time.December {
			return bad("Rule.Month", "%d is not a month", int(r.Month))
		}
		return nil
	}
	date := func() error {
		if err := month(); err != nil {
			return err
		}
		for y := d.First; y <= d.Last; y++ {
			if r.Day < 1 || r.Day > daysIn(y, r.Month) {
				return bad("Rule.Day", "%s %d does not exist in %d", r.Month, r.Day, y)
			}
		}
		return nil
	}
	weekday := func() error {
		if r.Weekday < time.Sunday || r.Weekday > time.Saturday {
			return bad("Rule.Weekday", "%d is not a weekday", int(r.Weekday))
		}
		return nil
	}
	switch r.Kind {
	case Fixed:
		if err := date(); err != nil {
			return err
		}
	case Easter, Orthodox:
		if r.Offset < -70 || r.Offset > 70 {
			return bad("Rule.Offset", "%d days from Easter may leave the year (allowed -70..70)", r.Offset)
		}
	case NthWeekday:
		if err := month(); err != nil {
			return err
		}
		if err := weekday(); err != nil {
			return err
		}
		if r.N == 0 || r.N < -1 || r.N > 4 {
			return bad("Rule.N", "%d: the n-th weekday must be 1..4 or -1 (the last)", r.N)
		}
	case OnOrAfter:
		if err := date(); err != nil {
			return err
		}
		if err := weekday(); err != nil {
			return err
		}
	case Brigid:
	default:
		return bad("Rule.Kind", "unknown kind %d", int(r.Kind))
	}
	if r.Kind != Easter && r.Kind != Orthodox && (r.Offset < -7 || r.Offset > 7) {
		return bad("Rule.Offset", "%d days may leave the year (allowed -7..7)", r.Offset)
	}
	if r.SundayShift < -2 || r.SundayShift > 2 {
		return bad("Rule.SundayShift", "%d: a shift must stay within 2 days", r.SundayShift)
	}
	// A shifted or substitute day must stay inside the year.
	for y := d.First; y <= d.Last; y++ {
		n, ok := r.dayOfYear(y, new(int), new(int))
		if !ok {
			return bad("Rule", "no date in %d", y)
		}
		last := 365
		if isLeap(y) {
			last = 366
		}
		room := 0
		if r.Substitute {
			room = 5 // a substitute may pass over a few holidays
		}
		if n < 1 || n+room > last {
			return bad("Rule", "the day or its substitute leaves the year %d", y)
		}
	}
	return nil
}

// dayOfYear returns the 1-based day of year y on which the rule falls
// (after SundayShift). e and o cache Easter's and Orthodox Easter's day of
// year across the rules of one year (0 = not yet computed).
func (r Rule) dayOfYear(y int, e, o *int) (int, bool) {
	var n int
	switch r.Kind {
	case Fixed:
		n = yday(y, r.Month, r.Day)
	case Easter:
		if *e == 0 {
			*e = easter(y)
		}
		n = *e
	case Orthodox:
		if *o == 0 {
			*o = orthodox(y)
		}
		n = *o
	case NthWeekday:
		if r.N > 0 {
			first := yday(y, r.Month, 1)
			n = first + (int(r.Weekday)-weekday(y, first)+7)%7 + 7*(r.N-1)
		} else {
			last := yday(y, r.Month, daysIn(y, r.Month))
			n = last - (weekday(y, last)-int(r.Weekday)+7)%7
		}
	case OnOrAfter:
		s := yday(y, r.Month, r.Day)
		n = s + (int(r.Weekday)-weekday(y, s)+7)%7
	case Brigid:
		n = 32
		if weekday(y, n) != int(time.Friday) {
			n += (int(time.Monday) - weekday(y, n) + 7) % 7
		}
	default:
		return 0, false
	}
	n += r.Offset
	if r.SundayShift != 0 && weekday(y, n) == int(time.Sunday) {
		n += r.SundayShift
	}
	return n, true
}

func (d *Definition) appendDates(dst []Holiday, y int, e, o *int) []Holiday {
	n, ok := d.Rule.dayOfYear(y, e, o)
	if !ok {
		return dst
	}
	return d.appendDay(dst, y, n, d.NameEN)
}

// appendSubstitute appends d's substitute day in year y when d falls on a
// weekend: the first following weekday that is not among the holidays in
// year (the holidays of y appended so far).
func (d *Definition) appendSubstitute(dst []Holiday, year []Holiday, y int, e, o *int) []Holiday {
	n, ok := d.Rule.dayOfYear(y, e, o)
	if !ok {
		return dst
	}
	if wd := weekday(y, n); wd != int(time.Saturday) && wd != int(time.Sunday) {
		return dst
	}
	last := 365
	if isLeap(y) {
		last = 366
	}
	for n++; n <= last; n++ {
		if wd := weekday(y, n); wd == int(time.Saturday) || wd == int(time.Sunday) {
			continue
		}
		m, day := fromYday(y, n)
		taken := false
		for _, h := range year {
			if h.Month == m && h.Day == day && h.From == 0 {
				taken = true
				break
			}
		}
		if !taken {
			return d.appendDay(dst, y, n, d.NameEN+" (substitute day)")
		}
	}
	return dst
}

func (d *Definition) appendDay(dst []Holiday, y, n int, en string) []Holiday {
	m, day := fromYday(y, n)
	return append(dst, Holiday{Year: y, Month: m, Day: day, Name: d.Name, NameEN: en, Basis: d.Basis, From: d.From, Region: d.Region, Unconfirmed: d.Unconfirmed})
}

var cumDays = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// yday is the 1-based day of year of y-m-d.
func yday(y int, m time.Month, d int) int {
	n := cumDays[m] + d
	if m > time.February && isLeap(y) {
		n++
	}
	return n
}

func fromYday(y, n int) (time.Month, int) {
	m := time.January
	for m < time.December && n > yday(y, m+1, 0) {
		m++
	}
	return m, n - yday(y, m, 0)
}

// weekday returns the weekday (0 = Sunday) of day n of year y.
func weekday(y, n int) int {
	p := y - 1
	// 1 January of year 1 (proleptic Gregorian) was a Monday.
	days := p*365 + p/4 - p/100 + p/400 + n - 1
	return (days + 1) % 7
}

// easter returns the day of year of Western Easter Sunday (anonymous
// Gregorian algorithm).
func easter(y int) int {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return yday(y, time.Month(month), day)
}

// orthodox returns the day of year of Orthodox Easter Sunday: Meeus's Julian
// algorithm plus 13 days (valid 1900–2099).
func orthodox(y int) int {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return yday(y, time.Month(month), day) + 13
}
