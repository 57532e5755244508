package calendar

import (
	"time"
)

// This file holds a slow, obviously-correct reference implementation of
// business-time arithmetic. It walks day by day, decides each day from the
// holiday rules (never from the precomputed tables) and reads intervals
// with a brute-force wall-clock search. The fast paths are checked against
// it on random inputs.

// refWall returns the smallest instant whose local wall-clock reading on
// day d is at least sec seconds after midnight: the reading itself when it
// exists (its first occurrence when it exists twice), the end of the gap
// when clocks skip it.
func refWall(loc *time.Location, d Date, sec Clock) time.Time {
	y, m, dd := d.Parts()
	if sec == EndOfDay {
		return refWall(loc, d.AddDays(1), 0)
	}
	target := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Add(time.Duration(sec) * time.Second)
	wallOf := func(u time.Time) time.Time {
		l := u.In(loc)
		return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
	}
	// Away from clock changes, time.Date is exact.
	_, o1 := target.Add(-36 * time.Hour).In(loc).Zone()
	_, o2 := target.Add(36 * time.Hour).In(loc).Zone()
	if o1 == o2 {
		return time.Date(y, m, dd, int(sec)/3600, int(sec)/60%60, int(sec)%60, 0, loc)
	}
	// Near a clock change, search: start well before (no zone is 15 h
	// ahead of its previous offset) and step forward, coarsely, then second
	// by second.
	u := target.Add(-15 * time.Hour)
	for wallOf(u.Add(15 * time.Minute)).Before(target) {
		u = u.Add(15 * time.Minute)
	}
	for wallOf(u).Before(target) {
		u = u.Add(time.Second)
	}
	return u
}

type refIv struct{ s, e time.Time }

func refIntervals(c Calendar, d Date) []refIv {
	if !refWorking(c, d) {
		return nil
	}
	var out []refIv
	h, hol, _ := c.t.holidaySlow(d)
	for _, iv := range merged(c.t.week[d.Weekday()]) {
		s, e := refWall(c.t.loc, d, iv.Start), refWall(c.t.loc, d, iv.End)
		if hol && h.from > 0 {
			if cut := refWall(c.t.loc, d, h.from); cut.Before(e) {
				e = cut
			}
		}
		if e.After(s) {
			out = append(out, refIv{s, e})
		}
	}
	return out
}

func refWorking(c Calendar, d Date) bool {
	if len(c.t.week[d.Weekday()]) == 0 {
		return false
	}
	if h, hol, _ := c.t.holidaySlow(d); hol && h.from == 0 {
		return false
	}
	for _, cl := range c.Closures() {
		if !d.Before(cl.From) && !d.After(cl.To) {
			return false
		}
	}
	return true
}

func refAdd(c Calendar, t time.Time, d time.Duration) time.Time {
	if d == 0 {
		return t
	}
	for day := DateOf(t.In(c.t.loc)).AddDays(-1); ; day = day.AddDays(1) {
		for _, iv := range refIntervals(c, day) {
			if !iv.e.After(t) {
				continue
			}
			from := iv.s
			if t.After(from) {
				from = t
			}
			avail := iv.e.Sub(from)
			if d <= avail {
				return from.Add(d)
			}
			d -= avail
		}
	}
}

func refBetween(c Calendar, a, b time.Time) time.Duration {
	if b.Before(a) {
		return -refBetween(c, b, a)
	}
	var sum time.Duration
	for day := DateOf(a.In(c.t.loc)).AddDays(-1); !day.After(DateOf(b.In(c.t.loc)).AddDays(1)); day = day.AddDays(1) {
		for _, iv := range refIntervals(c, day) {
			s, e := iv.s, iv.e
			if s.Before(a) {
				s = a
			}
			if e.After(b) {
				e = b
			}
			if e.After(s) {
				sum += e.Sub(s)
			}
		}
	}
	return sum
}

func refAddWorkingDays(c Calendar, t time.Time, n int) time.Time {
	if n == 0 {
		return t
	}
	lt := t.In(c.t.loc)
	day := DateOf(lt)
	offDay := !refWorking(c, day)
	for n > 0 {
		day = day.AddDays(1)
		if refWorking(c, day) {
			n--
		}
	}
	if offDay {
		return refWall(c.t.loc, day.AddDays(1), 0)
	}
	h, m, s := lt.Clock()
	return refWall(c.t.loc, day, Clock(h*3600+m*60+s)).Add(time.Duration(lt.Nanosecond()))
}
