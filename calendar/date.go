package calendar

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// Date is a day in the proleptic Gregorian calendar without a time or a
// location: a delivery day, the last day of a period. Dates from year 1 to
// year 9999 are representable.
//
// The zero Date is not a valid day; IsZero reports it and constructors never
// return it without an error. Date is a small comparable value (== works)
// and safe for concurrent use. Daylight-saving time does not affect a Date;
// Calendar.Start maps a Date to the instant its day begins in a location.
type Date struct {
	n int32 // days since 0001-01-01, plus one; 0 is the zero Date
}

const (
	minDays = 1
	maxDays = 3652059 // 9999-12-31
)

// ErrInvalidDate is returned for a date that does not exist or lies outside
// years 1 to 9999.
var ErrInvalidDate = errors.New("invalid date")

// daysFromCivil returns the number of days from 0001-01-01 to y-m-d
// (Howard Hinnant's algorithm, shifted to year 1).
func daysFromCivil(y int, m time.Month, d int) int64 {
	yy := int64(y)
	if m <= 2 {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// 719468 is the day number of 1970-01-01 from 0000-03-01; 719162 is
	// the number of days from 0001-01-01 to 1970-01-01.
	return era*146097 + doe - 719468 + 719162
}

func civilFromDays(z int64) (int, time.Month, int) {
	z = z - 719162 + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), time.Month(m), int(d)
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// NewDate returns the date y-m-d. A day that does not exist (2026-02-30) or
// a year outside 1 to 9999 is an error.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d", ErrInvalidDate, y, int(m), d)
	}
	return Date{n: int32(daysFromCivil(y, m, d) + 1)}, nil
}

// MustDate is like NewDate but panics on an invalid date. Use it for
// literals and tests only.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// ParseDate parses a date written YYYY-MM-DD.
func ParseDate(s string) (Date, error) { return parseDate(s) }

// parseDate is ParseDate on a string or on bytes (UnmarshalText): the
// error texts quote s alike, and a valid date allocates nothing.
func parseDate[T string | []byte](s T) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	num := func(b T) (int, bool) {
		n := 0
		for i := 0; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return 0, false
			}
			n = n*10 + int(b[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: no such day", s)
	}
	return dt, nil
}

// MustParseDate is like ParseDate but panics on error. Use it for literals
// and tests only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the date of t in t's own location. Use Calendar.DateOf to
// read an instant in a calendar's location. The zero time gives the zero
// Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	dt, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return dt
}

func dateFromDays(days int64) Date {
	if days+1 < minDays || days+1 > maxDays {
		return Date{}
	}
	return Date{n: int32(days + 1)}
}

func (d Date) days() int64 { return int64(d.n) - 1 }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := civilFromDays(d.days()); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := civilFromDays(d.days()); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := civilFromDays(d.days()); return dd }

// Parts returns the year, month and day of d.
func (d Date) Parts() (year int, month time.Month, day int) { return civilFromDays(d.days()) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 0001-01-01 was a Monday.
	return time.Weekday((d.days() + 1) % 7)
}

// AddDays returns d plus n days (n may be negative). The result is the zero
// Date when it would leave years 1 to 9999, whatever n (no overflow); use
// Add for an error that says so.
func (d Date) AddDays(n int) Date {
	if d.IsZero() || n > maxDays || n < -maxDays {
		return Date{}
	}
	return dateFromDays(d.days() + int64(n))
}

// Limits of n in Add and Calendar.Period: the longest span between two
// Dates in each unit. Larger counts can only leave years 1 to 9999.
const (
	MaxDays   = maxDays - minDays // 3,652,058
	MaxMonths = 9999 * 12
	MaxYears  = 9999
)

// Add returns d plus n days, months or years (n may be negative), with
// the month arithmetic of AddMonths. Unlike AddDays, AddMonths and
// AddYears, which return the zero Date, it reports a result outside years 1
// to 9999 or |n| above MaxDays, MaxMonths or MaxYears as an error wrapping
// ErrOutOfRange (no field path: n is an argument); a zero d is ErrInvalidDate. Use it where the
// count comes from input.
func (d Date) Add(n int, u Unit) (Date, error) {
	if d.IsZero() {
		return Date{}, fmt.Errorf("%w: zero Date", ErrInvalidDate)
	}
	var limit int
	switch u {
	case Days:
		limit = MaxDays
	case Months:
		limit = MaxMonths
	case Years:
		limit = MaxYears
	default:
		return Date{}, strictjson.Errorf("unit", "unknown unit %d", u)
	}
	if n > limit || n < -limit {
		return Date{}, fmt.Errorf("calendar: period of %d %s is beyond ±%d: %w", n, u, limit, ErrOutOfRange)
	}
	var r Date
	switch u {
	case Days:
		r = d.AddDays(n)
	case Months:
		r = d.AddMonths(n)
	default:
		r = d.AddYears(n)
	}
	if r.IsZero() {
		return Date{}, fmt.Errorf("calendar: %s %+d %s leaves the years 0001 to 9999: %w", d, n, u, ErrOutOfRange)
	}
	return r, nil
}

// AddMonths returns the same day of the month n months later (or earlier
// when n is negative) or, when that month is shorter, its last day:
// 2024-01-31 + 1 month = 2024-02-29 and 2024-02-29 + 24 months =
// 2026-02-28. This is the month arithmetic of legal periods (Regulation
// 1182/71 art. 3(2)(c)); unlike time.Time.AddDate it never spills into the
// following month. The result is the zero Date outside years 1 to 9999.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() || n > MaxMonths || n < -MaxMonths {
		return Date{}
	}
	y, m, dd := d.Parts()
	total := y*12 + int(m-1) + n
	ny, nm := total/12, time.Month(total%12+1)
	if total < 0 || ny < 1 || ny > 9999 {
		return Date{}
	}
	if last := daysIn(ny, nm); dd > last {
		dd = last
	}
	return Date{n: int32(daysFromCivil(ny, nm, dd) + 1)}
}

// AddYears returns d.AddMonths(12*n): the zero Date outside years 1 to
// 9999 (n is checked before it is multiplied, so it never overflows).
func (d Date) AddYears(n int) Date {
	if n > MaxYears || n < -MaxYears {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// Sub returns the number of days from e to d (d - e).
func (d Date) Sub(e Date) int { return int(d.n - e.n) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Equal reports whether d and e are the same day. It is the same as d == e
// and lets go-cmp compare structs holding dates.
func (d Date) Equal(e Date) bool { return d.n == e.n }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// String returns d as YYYY-MM-DD, or "0000-00-00" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return "0000-00-00"
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Parts()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText encodes d as YYYY-MM-DD. The zero Date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return nil, errors.New("calendar: cannot marshal the zero Date")
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes a date written YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	dt, err := parseDate(b)
	if err != nil {
		return err
	}
	*d = dt
	return nil
}
