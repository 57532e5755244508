package calendar

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

const unixEpochDays = 719162 // days from 0001-01-01 to 1970-01-01

// table is the immutable, precomputed part of a Calendar, shared by every
// Calendar derived from it with WithClosures.
type table struct {
	spec   Spec // without closures
	market string
	region string
	bases  []string
	loc    *time.Location
	week   [7][]Interval
	rules  []rule
	added  []Holiday
	remove []Date
	names  []string

	first int64 // day number of table day 0 (days since 0001-01-01)
	n     int   // days in the table

	start  []int64  // n+1: unix second at which day i begins
	hol    []uint16 // n: 1 + index into holName, 0 when not a holiday
	names2 []string
	ivIdx  []int32 // n+1: intervals of day i are ivS/ivE[ivIdx[i]:ivIdx[i+1]]
	ivS    []int64 // unix seconds
	ivE    []int64
	cum    []int64 // n+1: business seconds before day i
	wc     []int32 // n+1: working days before day i
}

// offsetAt returns the UTC offset in seconds in force at unix second u.
func offsetAt(loc *time.Location, u int64) int64 {
	_, off := time.Unix(u, 0).In(loc).Zone()
	return int64(off)
}

// wallInstant maps a local wall-clock reading w (seconds since 0001-01-01
// 00:00 local, as if local were UTC, shifted to the Unix epoch) to a unix
// second: the first occurrence of an ambiguous reading, the end of the gap
// for a reading skipped by a clock change.
func wallInstant(loc *time.Location, w int64) int64 {
	o1 := offsetAt(loc, w-86400)
	o2 := offsetAt(loc, w+86400)
	best, found := int64(0), false
	for _, o := range [...]int64{o1, o2, offsetAt(loc, w)} {
		u := w - o
		if offsetAt(loc, u) == o && (!found || u < best) {
			best, found = u, true
		}
	}
	if found {
		return best
	}
	// In a gap: the reading never happens; the transition instant is the
	// end of the zone in force just before it.
	hi := max(o1, o2)
	_, end := time.Unix(w-hi, 0).In(loc).ZoneBounds()
	if end.IsZero() {
		return w - hi
	}
	return end.Unix()
}

func wallOf(days int64, sec Clock) int64 {
	return (days-unixEpochDays)*86400 + int64(sec)
}

// holidayRule reports whether the recurring rules make d a holiday.
func (t *table) ruleHoliday(d Date) (string, bool) {
	y := d.Year()
	for _, r := range t.rules {
		if slices.Contains(t.names, r.name) {
			continue
		}
		for _, yy := range [...]int{y, y - 1, y + 1} {
			if yy < 1 || yy > 9999 {
				continue
			}
			a, o := r.dates(yy)
			if a == d || o == d {
				return r.name, true
			}
		}
	}
	return "", false
}

// holidaySlow decides from the rules and adjustments, without tables.
func (t *table) holidaySlow(d Date) (string, bool) {
	if _, ok := slices.BinarySearchFunc(t.remove, d, func(a, b Date) int { return a.Compare(b) }); ok {
		return "", false
	}
	if i, ok := slices.BinarySearchFunc(t.added, d, func(h Holiday, b Date) int { return h.Date.Compare(b) }); ok {
		return t.added[i].Name, true
	}
	return t.ruleHoliday(d)
}

func (t *table) holiday(d Date) (string, bool) {
	i := d.days() - t.first
	if i >= 0 && i < int64(t.n) {
		h := t.hol[i]
		if h == 0 {
			return "", false
		}
		return t.names2[h-1], true
	}
	return t.holidaySlow(d)
}

// dayStart returns the unix second at which the day numbered days begins.
func (t *table) dayStart(days int64) int64 {
	i := days - t.first
	if i >= 0 && i <= int64(t.n) {
		return t.start[i]
	}
	return wallInstant(t.loc, wallOf(days, 0))
}

func buildTable(s Spec, r resolved) *table {
	s.Closures = nil
	t := &table{
		spec:   s,
		market: r.m.code,
		loc:    r.loc,
		week:   r.week,
		rules:  r.rules,
		added:  r.added,
		remove: r.remove,
		names:  r.names,
		bases:  r.bases,
	}
	if r.reg != nil {
		t.region = r.reg.name
	}
	t.spec.Market = r.m.code
	t.first = daysFromCivil(FirstYear, time.January, 1)
	t.n = int(daysFromCivil(LastYear+1, time.January, 1) - t.first)
	n := t.n

	t.start = make([]int64, n+1)
	for i := 0; i <= n; i++ {
		t.start[i] = wallInstant(t.loc, wallOf(t.first+int64(i), 0))
	}

	// Holidays: recurring rules year by year, then the adjustments.
	t.hol = make([]uint16, n)
	nameIdx := map[string]uint16{}
	mark := func(d Date, name string) {
		i := d.days() - t.first
		if d.IsZero() || i < 0 || i >= int64(n) || t.hol[i] != 0 {
			return
		}
		id, ok := nameIdx[name]
		if !ok {
			t.names2 = append(t.names2, name)
			id = uint16(len(t.names2))
			nameIdx[name] = id
		}
		t.hol[i] = id
	}
	for _, h := range t.added {
		mark(h.Date, h.Name)
	}
	for y := FirstYear - 1; y <= LastYear+1; y++ {
		for _, ru := range t.rules {
			if slices.Contains(t.names, ru.name) {
				continue
			}
			a, o := ru.dates(y)
			mark(a, ru.name)
			mark(o, ru.name)
		}
	}
	for _, d := range t.remove {
		if i := d.days() - t.first; i >= 0 && i < int64(n) {
			t.hol[i] = 0
		}
	}

	t.ivIdx = make([]int32, n+1)
	t.cum = make([]int64, n+1)
	t.wc = make([]int32, n+1)
	for i := 0; i < n; i++ {
		days := t.first + int64(i)
		ivs := t.week[Date{n: int32(days + 1)}.Weekday()]
		working := len(ivs) > 0 && t.hol[i] == 0
		var secs int64
		if working {
			for _, iv := range ivs {
				a := wallInstant(t.loc, wallOf(days, iv.Start))
				if iv.Start == 0 {
					a = t.start[i]
				}
				b := t.start[i+1]
				if iv.End != EndOfDay {
					b = wallInstant(t.loc, wallOf(days, iv.End))
				}
				if b <= a {
					continue
				}
				t.ivS = append(t.ivS, a)
				t.ivE = append(t.ivE, b)
				secs += b - a
			}
		}
		t.ivIdx[i+1] = int32(len(t.ivS))
		t.cum[i+1] = t.cum[i] + secs
		t.wc[i+1] = t.wc[i]
		if working {
			t.wc[i+1]++
		}
	}
	return t
}

// overlay holds a calendar's closures, merged, and the business seconds and
// working days each removes from the table's counts.
type overlay struct {
	given  []Closure
	merged []Closure
	secLo  []int64 // removed business seconds [secLo, secHi) in table counts
	secHi  []int64
	cntLo  []int32 // removed working-day ordinals [cntLo, cntHi)
	cntHi  []int32
}

func (t *table) overlay(cl []Closure) *overlay {
	ov := &overlay{given: slices.Clone(cl)}
	sorted := slices.Clone(cl)
	slices.SortFunc(sorted, func(a, b Closure) int { return a.From.Compare(b.From) })
	for _, c := range sorted {
		if k := len(ov.merged); k > 0 && !c.From.After(ov.merged[k-1].To.AddDays(1)) {
			last := &ov.merged[k-1]
			if c.To.After(last.To) {
				last.To = c.To
			}
			if c.Reason != "" && !strings.Contains(last.Reason, c.Reason) {
				if last.Reason != "" {
					last.Reason += "; "
				}
				last.Reason += c.Reason
			}
			continue
		}
		ov.merged = append(ov.merged, c)
	}
	clip := func(days int64) int {
		i := days - t.first
		return int(min(max(i, 0), int64(t.n)))
	}
	for _, c := range ov.merged {
		a, b := clip(c.From.days()), clip(c.To.days()+1)
		ov.secLo = append(ov.secLo, t.cum[a])
		ov.secHi = append(ov.secHi, t.cum[b])
		ov.cntLo = append(ov.cntLo, t.wc[a])
		ov.cntHi = append(ov.cntHi, t.wc[b])
	}
	return ov
}

func (ov *overlay) closureOn(d Date) (Closure, bool) {
	for _, c := range ov.given {
		if !d.Before(c.From) && !d.After(c.To) {
			return c, true
		}
	}
	return Closure{}, false
}

// dayIndex returns the table day holding unix second u.
func (t *table) dayIndex(u int64) (int, bool) {
	if u < t.start[0] || u >= t.start[t.n] {
		return 0, false
	}
	i := int((u - t.start[0]) / 86400)
	if i >= t.n {
		i = t.n - 1
	}
	for i > 0 && u < t.start[i] {
		i--
	}
	for i < t.n-1 && u >= t.start[i+1] {
		i++
	}
	return i, true
}

const nsPerSec = int64(time.Second)

// before returns the business nanoseconds in the table before instant
// (u, ns), ignoring closures.
func (t *table) before(u int64, ns int64) (int64, bool) {
	i, ok := t.dayIndex(u)
	if !ok {
		return 0, false
	}
	acc := t.cum[i] * nsPerSec
	for j := t.ivIdx[i]; j < t.ivIdx[i+1]; j++ {
		if u >= t.ivE[j] {
			acc += (t.ivE[j] - t.ivS[j]) * nsPerSec
			continue
		}
		if u >= t.ivS[j] {
			acc += (u-t.ivS[j])*nsPerSec + ns
		}
		break
	}
	return acc, true
}

// at returns the earliest instant, as unix seconds and nanoseconds, before
// which the table holds x business nanoseconds (x > 0).
func (t *table) at(x int64) (int64, int64, bool) {
	total := t.cum[t.n] * nsPerSec
	if x > total {
		return 0, 0, false
	}
	// Smallest k with cum[k+1]*1e9 >= x.
	lo, hi := 0, t.n-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.cum[mid+1]*nsPerSec >= x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	rem := x - t.cum[lo]*nsPerSec
	for j := t.ivIdx[lo]; j < t.ivIdx[lo+1]; j++ {
		l := (t.ivE[j] - t.ivS[j]) * nsPerSec
		if rem <= l {
			return t.ivS[j] + rem/nsPerSec, rem % nsPerSec, true
		}
		rem -= l
	}
	return 0, 0, false // unreachable with consistent tables
}

func (ov *overlay) removedSecs(x int64) int64 {
	var r int64
	if ov == nil {
		return 0
	}
	for i := range ov.secLo {
		lo, hi := ov.secLo[i]*nsPerSec, ov.secHi[i]*nsPerSec
		if x <= lo {
			break
		}
		r += min(x, hi) - lo
	}
	return r
}

// AddBusiness returns the earliest instant at which d of business time has
// elapsed after t: time inside working intervals of working days only. A
// deadline that lands on the end of a working interval is that end (Friday
// 18:00, not Monday 09:00). d = 0 returns t. The result is in c's location.
func (c Calendar) AddBusiness(t time.Time, d time.Duration) (time.Time, error) {
	if err := c.check(t); err != nil {
		return time.Time{}, err
	}
	if d < 0 {
		return time.Time{}, ErrNegative
	}
	if d == 0 {
		return t.In(c.t.loc), nil
	}
	x, ok := c.t.before(t.Unix(), int64(t.Nanosecond()))
	if !ok {
		return time.Time{}, ErrOutOfRange
	}
	ov := c.ov
	y := x - ov.removedSecs(x) + int64(d)
	if ov != nil {
		x = y
		for i := range ov.secLo {
			if ov.secLo[i]*nsPerSec < x {
				x += (ov.secHi[i] - ov.secLo[i]) * nsPerSec
			} else {
				break
			}
		}
	} else {
		x = y
	}
	s, ns, ok := c.t.at(x)
	if !ok {
		return time.Time{}, ErrOutOfRange
	}
	return time.Unix(s, ns).In(c.t.loc), nil
}

// Between returns the business time from a to b: the time inside working
// intervals of working days. It is negative when b is before a. For every
// t and d ≥ 0, Between(t, AddBusiness(t, d)) == d.
func (c Calendar) Between(a, b time.Time) (time.Duration, error) {
	if err := c.check(a); err != nil {
		return 0, err
	}
	if b.IsZero() {
		return 0, ErrZeroTime
	}
	x, ok1 := c.t.before(a.Unix(), int64(a.Nanosecond()))
	y, ok2 := c.t.before(b.Unix(), int64(b.Nanosecond()))
	if !ok1 || !ok2 {
		return 0, ErrOutOfRange
	}
	x -= c.ov.removedSecs(x)
	y -= c.ov.removedSecs(y)
	return time.Duration(y - x), nil
}

// InWorkingTime reports whether t lies inside a working interval of a
// working day.
func (c Calendar) InWorkingTime(t time.Time) bool {
	if c.check(t) != nil {
		return false
	}
	u := t.Unix()
	i, ok := c.t.dayIndex(u)
	if !ok {
		return false
	}
	if c.ov != nil && c.IsClosed(Date{n: int32(c.t.first + int64(i) + 1)}) {
		return false
	}
	for j := c.t.ivIdx[i]; j < c.t.ivIdx[i+1]; j++ {
		if u >= c.t.ivS[j] && u < c.t.ivE[j] {
			return true
		}
	}
	return false
}

func (ov *overlay) removedDays(x int32) int32 {
	var r int32
	if ov == nil {
		return 0
	}
	for i := range ov.cntLo {
		lo, hi := ov.cntLo[i], ov.cntHi[i]
		if x <= lo {
			break
		}
		r += min(x, hi) - lo
	}
	return r
}

// AddWorkingDays returns the instant n working days after t at the same
// wall-clock time: the n-th working day after t's date, counted in c's
// location (t's own date does not count, whether worked or not). When that
// wall-clock time does not exist on the target day (clocks go forward) the
// result is the first instant after the gap. n = 0 returns t.
func (c Calendar) AddWorkingDays(t time.Time, n int) (time.Time, error) {
	if err := c.check(t); err != nil {
		return time.Time{}, err
	}
	if n < 0 {
		return time.Time{}, fmt.Errorf("calendar: negative number of working days %d", n)
	}
	t = t.In(c.t.loc)
	if n == 0 {
		return t, nil
	}
	i, ok := c.t.dayIndex(t.Unix())
	if !ok || n > c.t.n {
		return time.Time{}, ErrOutOfRange
	}
	// q: ordinal, among open working days, of the day we want.
	base := c.t.wc[i+1]
	q := base - c.ov.removedDays(base) + int32(n) - 1
	x := q
	if ov := c.ov; ov != nil {
		for k := range ov.cntLo {
			if ov.cntLo[k] <= x {
				x += ov.cntHi[k] - ov.cntLo[k]
			} else {
				break
			}
		}
	}
	if x >= c.t.wc[c.t.n] {
		return time.Time{}, ErrOutOfRange
	}
	// Smallest k with wc[k+1] > x.
	lo, hi := i+1, c.t.n-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if c.t.wc[mid+1] > x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	hh, mm, ss := t.Clock()
	sec := int64(hh*3600 + mm*60 + ss)
	var u int64
	if c.t.start[lo+1]-c.t.start[lo] == 86400 && offsetAt(c.t.loc, c.t.start[lo]) == offsetAt(c.t.loc, c.t.start[lo+1]-1) {
		u = c.t.start[lo] + sec
	} else {
		u = wallInstant(c.t.loc, wallOf(c.t.first+int64(lo), Clock(sec)))
	}
	return time.Unix(u, int64(t.Nanosecond())).In(c.t.loc), nil
}

// WorkingDays returns the number of working days from a to b, both
// included (0 when b is before a).
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
	if i < 0 || j > int64(c.t.n) {
		// Outside the tables: count day by day (dates only, bounded by
		// the 9999 limit of Date).
		n := 0
		for d := a; !d.After(b) && !d.IsZero(); d = d.AddDays(1) {
			if c.IsWorkingDay(d) {
				n++
			}
		}
		return n, nil
	}
	x, y := c.t.wc[i], c.t.wc[j]
	x -= c.ov.removedDays(x)
	y -= c.ov.removedDays(y)
	return int(y - x), nil
}
