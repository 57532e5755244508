package calendar

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// Clock is a wall-clock time of day in seconds since midnight, from 0
// (00:00) to 86400 (24:00, the end of the day). The zero Clock is 00:00.
type Clock int32

// EndOfDay is the Clock 24:00.
const EndOfDay Clock = 86400

// NewClock returns the Clock h:m:s. 24:00:00 is valid; anything past it,
// or a negative part, is an error.
func NewClock(h, m, s int) (Clock, error) {
	if h < 0 || m < 0 || m > 59 || s < 0 || s > 59 || h > 24 || (h == 24 && (m != 0 || s != 0)) {
		return 0, fmt.Errorf("time %02d:%02d:%02d: want 00:00 to 24:00", h, m, s)
	}
	return Clock(h*3600 + m*60 + s), nil
}

// ParseClock parses "HH:MM" or "HH:MM:SS"; "24:00" is the end of the day.
func ParseClock(s string) (Clock, error) {
	var h, m, sec int
	bad := fmt.Errorf("time %q: want HH:MM or HH:MM:SS", s)
	if len(s) != 5 && len(s) != 8 {
		return 0, bad
	}
	two := func(b string) (int, bool) {
		if b[0] < '0' || b[0] > '9' || b[1] < '0' || b[1] > '9' {
			return 0, false
		}
		return int(b[0]-'0')*10 + int(b[1]-'0'), true
	}
	var ok bool
	if h, ok = two(s[0:2]); !ok || s[2] != ':' {
		return 0, bad
	}
	if m, ok = two(s[3:5]); !ok {
		return 0, bad
	}
	if len(s) == 8 {
		if sec, ok = two(s[6:8]); !ok || s[5] != ':' {
			return 0, bad
		}
	}
	return NewClock(h, m, sec)
}

// String returns c as HH:MM, or HH:MM:SS when it has seconds.
func (c Clock) String() string {
	h, m, s := int(c)/3600, int(c)/60%60, int(c)%60
	if s != 0 {
		return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%02d:%02d", h, m)
}

// MarshalText encodes c as "HH:MM" (or "HH:MM:SS"); a Clock outside
// 00:00–24:00 is an error.
func (c Clock) MarshalText() ([]byte, error) {
	if c < 0 || c > EndOfDay {
		return nil, fmt.Errorf("time of day %d s: want 00:00 to 24:00", int32(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes "HH:MM" or "HH:MM:SS" ("24:00" is the end of the
// day).
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Interval is a working interval in local wall-clock time, from Start
// (included) to End (excluded). 00:00–24:00 is a whole day. The zero
// Interval is empty and invalid in a Week.
//
// On a daylight-saving day the interval is real elapsed time: 00:00–24:00
// lasts 23 h on the last Sunday of March in Europe/Paris and 25 h on the
// last Sunday of October. A bound that falls in the skipped hour is read as
// the first instant after the gap; a bound in the repeated hour is read at
// its first occurrence.
type Interval struct {
	Start, End Clock
}

// ParseInterval parses "HH:MM-HH:MM" (seconds allowed: "HH:MM:SS").
func ParseInterval(s string) (Interval, error) {
	iv, err := parseInterval(s)
	if err != nil {
		return Interval{}, fmt.Errorf("interval %q: %v", s, err)
	}
	return iv, nil
}

func parseInterval(s string) (Interval, error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return Interval{}, fmt.Errorf("want HH:MM-HH:MM")
	}
	start, err := ParseClock(strings.TrimSpace(a))
	if err != nil {
		return Interval{}, fmt.Errorf("start: %v", err)
	}
	end, err := ParseClock(strings.TrimSpace(b))
	if err != nil {
		return Interval{}, fmt.Errorf("end: %v", err)
	}
	iv := Interval{Start: start, End: end}
	return iv, iv.validate()
}

// MustInterval is like ParseInterval but panics on error; for literals and
// tests.
func MustInterval(s string) Interval {
	iv, err := ParseInterval(s)
	if err != nil {
		panic(err)
	}
	return iv
}

func (iv Interval) validate() error {
	switch {
	case iv.Start < 0 || iv.Start > EndOfDay || iv.End < 0 || iv.End > EndOfDay:
		return fmt.Errorf("bounds must be within 00:00-24:00")
	case iv.End < iv.Start:
		return fmt.Errorf("end before start")
	case iv.End == iv.Start:
		return fmt.Errorf("empty interval")
	}
	return nil
}

// String returns iv as "HH:MM-HH:MM".
func (iv Interval) String() string { return iv.Start.String() + "-" + iv.End.String() }

// MarshalText encodes iv as "HH:MM-HH:MM".
func (iv Interval) MarshalText() ([]byte, error) { return []byte(iv.String()), nil }

// UnmarshalText decodes "HH:MM-HH:MM". Its errors say what is wrong
// without repeating the text, for use under a field path.
func (iv *Interval) UnmarshalText(b []byte) error {
	v, err := parseInterval(string(b))
	if err != nil {
		return err
	}
	*iv = v
	return nil
}

// Week is a weekly working schedule: for each weekday, zero or more working
// intervals in local wall-clock time, in order and not overlapping
// (touching intervals are merged). A weekday with no interval is not
// worked. The zero Week works no day; Calendar specs without a week use
// MondayToFriday.
//
// Week is plain data (it encodes to JSON as {"mon": ["09:00-18:00"], ...});
// Validate checks it and New copies it, so later changes to a Week do not
// affect a built Calendar.
type Week struct {
	Mon []Interval `json:"mon,omitempty"`
	Tue []Interval `json:"tue,omitempty"`
	Wed []Interval `json:"wed,omitempty"`
	Thu []Interval `json:"thu,omitempty"`
	Fri []Interval `json:"fri,omitempty"`
	Sat []Interval `json:"sat,omitempty"`
	Sun []Interval `json:"sun,omitempty"`
}

var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// Day returns the intervals of weekday wd.
func (w Week) Day(wd time.Weekday) []Interval {
	switch wd {
	case time.Monday:
		return w.Mon
	case time.Tuesday:
		return w.Tue
	case time.Wednesday:
		return w.Wed
	case time.Thursday:
		return w.Thu
	case time.Friday:
		return w.Fri
	case time.Saturday:
		return w.Sat
	case time.Sunday:
		return w.Sun
	}
	return nil
}

// MondayToFriday returns the schedule Monday to Friday 00:00–24:00: working
// hours counted over whole working days, as the platform charters mean by
// "heures ouvrées".
func MondayToFriday() Week {
	return Weekdays(Interval{0, EndOfDay}, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)
}

// Weekdays returns a Week working iv on each of the given days.
func Weekdays(iv Interval, days ...time.Weekday) Week {
	var w Week
	for _, d := range days {
		w.set(d, []Interval{iv})
	}
	return w
}

// set replaces the intervals of weekday wd.
func (w *Week) set(wd time.Weekday, ivs []Interval) {
	switch wd {
	case time.Monday:
		w.Mon = ivs
	case time.Tuesday:
		w.Tue = ivs
	case time.Wednesday:
		w.Wed = ivs
	case time.Thursday:
		w.Thu = ivs
	case time.Friday:
		w.Fri = ivs
	case time.Saturday:
		w.Sat = ivs
	case time.Sunday:
		w.Sun = ivs
	}
}

// IsZero reports whether w works no day at all.
func (w Week) IsZero() bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if len(w.Day(d)) > 0 {
			return false
		}
	}
	return true
}

// MaxIntervals is the most working intervals a Week allows on one day.
const MaxIntervals = 48

// Validate reports the first problem in w, naming its path relative to the
// week ("mon[1]: overlaps mon[0]"): bounds outside 00:00–24:00, an end
// before its start, overlapping intervals, more than MaxIntervals a day,
// or no working day at all.
func (w Week) Validate() error {
	for d := time.Sunday; d <= time.Saturday; d++ {
		ivs := w.Day(d)
		if len(ivs) > MaxIntervals {
			return strictjson.Errorf(dayKeys[d], "%d intervals: at most %d a day", len(ivs), MaxIntervals)
		}
		for i, iv := range ivs {
			path := strictjson.Index(dayKeys[d], i)
			if err := iv.validate(); err != nil {
				return strictjson.At(path, err)
			}
			if i > 0 && iv.Start < ivs[i-1].End {
				return strictjson.Errorf(path, "%s overlaps or precedes %s", iv, strictjson.Index(dayKeys[d], i-1))
			}
		}
	}
	if w.IsZero() {
		return fmt.Errorf("no working day: at least one weekday needs an interval")
	}
	return nil
}

// merged returns the day's intervals with touching ones joined.
func merged(ivs []Interval) []Interval {
	var out []Interval
	for _, iv := range ivs {
		if n := len(out); n > 0 && out[n-1].End == iv.Start {
			out[n-1].End = iv.End
			continue
		}
		out = append(out, iv)
	}
	return out
}

// UnmarshalJSON decodes a week strictly: keys are mon to sun, values lists
// of "HH:MM-HH:MM" strings. Unknown keys and bad intervals are errors
// naming their path.
func (w *Week) UnmarshalJSON(b []byte) error {
	type plain Week
	var p plain
	if err := strictjson.Decode(b, &p); err != nil {
		return err
	}
	*w = Week(p)
	return nil
}

var _ json.Unmarshaler = (*Week)(nil)
