package calendar

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"
)

// table is the immutable, precomputed part of a Calendar, shared by every
// Calendar derived from it with WithClosures.
//
// Layout (about 4.5 bytes a day; 211 KiB retained for 1970–2099 with the
// holidays, the zone and the location): the only per-day
// array is cum, the business seconds before each day as a uint32 (the
// whole range holds at most 4.11e9 seconds, below 2^32). Working days are
// a bitset with a count per 64-day word (popcount gives the prefix), and
// day starts and interval bounds are not stored: a day with no clock
// change within the zone's largest offset of it is "regular", its
// instants are local midnight minus the zone's one offset plus the clock
// of the week's intervals; the few other days ("odd": clock changes and
// part-day holidays, flagged in a second bitset with a count per word,
// about 660 in Europe/Paris) have their start and their working
// intervals' instants computed once from the zone's transitions at build
// (about 15 KiB). Holidays in the table years are a sorted
// list. Building walks the days once with arithmetic only; the zone's
// offsets are looked up once per transition.
type table struct {
	spec   Spec // without closures; never handed out without a deep copy
	market string
	region string
	bases  []string
	loc    *time.Location
	week   [7][]Interval
	src    holidaySource

	z      zone
	first  int64  // day number of table day 0 (days since 0001-01-01)
	n      int    // days in the table
	shift  int    // first - unixEpochDays: table day = unix day - shift
	wd0    int    // weekday of table day 0
	invAvg uint64 // 2^32 / the average business seconds a day over the table
	total  int64  // business nanoseconds in the table: cum[n]·10⁹
	lo     int64  // unix second at which day 0 begins
	hi     int64  // unix second at which day n begins

	wsecs  [7]int64    // business seconds of a regular working weekday
	span   [7]weekSpan // the weekday's one interval, for branch-free arithmetic
	same   weekSpan    // every worked weekday's one interval, when they share it (multi otherwise)
	cum    []uint32    // n+1: business seconds before day i
	work   []uint64    // bit i: day i is a working day
	wcb    []int32     // working days before word k of work
	odd    []uint64    // bit i (0 ≤ i ≤ n): day i is not regular
	ocb    []int32     // odd days before word k of odd
	ostart []int64     // by odd day, in order: the unix second it begins
	oidx   []int32     // by odd day: its working intervals are obd[oidx[r]:oidx[r+1]]
	obd    []int64     // the odd days' working intervals as unix seconds (start, end), cut by part-day holidays, empty ones left out
	hd     []tday      // holidays of the table years, by day
	kinds  []hkind     // distinct (name, basis, from) of hd
}

// weekSpan is a weekday's working interval in nanoseconds after local
// midnight, [s, e): s == e when the weekday is not worked; multi when the
// weekday has several intervals (then s and e are unused and the
// intervals are walked).
type weekSpan struct {
	s, e  int64
	from  int64 // s in seconds
	multi bool
}

// hkind is what holidays of the table share: name, basis, part-day start.
type hkind struct {
	name        string
	basis       string
	from        Clock
	unconfirmed bool
}

// tday is a holiday in the table: its table day and an index into kinds
// (4 bytes; the table has about 1,600).
type tday struct {
	day  uint16
	kind uint16
}

// findHoliday returns the index in hd of the holiday on table day i.
func (t *table) findHoliday(i int) (int, bool) {
	return slices.BinarySearchFunc(t.hd, uint16(i), func(h tday, d uint16) int { return int(h.day) - int(d) })
}

func bit(s []uint64, i int) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }
func setBit(s []uint64, i int)   { s[i>>6] |= 1 << (uint(i) & 63) }

func (t *table) wallMid(i int) int64          { return (t.first + int64(i) - unixEpochDays) * 86400 }
func (t *table) weekdayOf(i int) time.Weekday { return time.Weekday(uint(i+t.wd0) % 7) }
func (t *table) working(i int) bool           { return bit(t.work, i) }

// wc returns the working days before table day i (0 ≤ i ≤ n).
func (t *table) wc(i int) int32 {
	k := i >> 6
	return t.wcb[k] + int32(bits.OnesCount64(t.work[k]&(1<<(uint(i)&63)-1)))
}

// dayStartAt returns the unix second at which table day i (0 ≤ i ≤ n)
// begins.
func (t *table) dayStartAt(i int) int64 {
	if bit(t.odd, i) {
		return t.ostart[t.oddOrd(i)]
	}
	w := t.wallMid(i)
	return w - t.z.offset(w)
}

// oddOrd returns the number of odd days before table day i.
func (t *table) oddOrd(i int) int {
	k := i >> 6
	return int(t.ocb[k]) + bits.OnesCount64(t.odd[k]&(1<<(uint(i)&63)-1))
}

// oddBounds returns the working intervals of odd table day i, as pairs
// of unix seconds (start, end).
func (t *table) oddBounds(i int) []int64 {
	r := t.oddOrd(i)
	return t.obd[t.oidx[r]:t.oidx[r+1]]
}

// dayStart returns the unix second at which the day numbered days begins.
func (t *table) dayStart(days int64) int64 {
	if i := days - t.first; i >= 0 && i <= int64(t.n) {
		return t.dayStartAt(int(i))
	}
	return wallInstant(t.loc, wallOf(days, 0))
}

// cutOn returns the part-day start of a holiday on table day i, or 0.
func (t *table) cutOn(i int) Clock {
	k, ok := t.findHoliday(i)
	if !ok {
		return 0
	}
	return t.kinds[t.hd[k].kind].from
}

// bounds returns the instants of interval iv on odd table day i, cut at
// the part-day holiday start cut (0: none).
func (t *table) bounds(i int, iv Interval, cut Clock) (int64, int64) {
	w := t.wallMid(i)
	var a, b int64
	if iv.Start == 0 {
		a = t.dayStartAt(i)
	} else {
		a = t.z.wallInst(w + int64(iv.Start))
	}
	if iv.End == EndOfDay {
		b = t.dayStartAt(i + 1)
	} else {
		b = t.z.wallInst(w + int64(iv.End))
	}
	if cut > 0 {
		b = min(b, t.z.wallInst(w+int64(cut)))
	}
	return a, b
}

func buildTable(s Spec, r resolved) (*table, error) {
	s.Closures = nil
	t := &table{
		spec:   s,
		market: r.m.Code,
		loc:    r.loc,
		week:   r.week,
		src:    r.src,
		bases:  r.bases,
	}
	if r.reg != nil {
		t.region = r.reg.Code
	}
	t.spec.Market = r.m.Code
	t.first = daysFromCivil(FirstYear, time.January, 1)
	t.n = int(daysFromCivil(LastYear+1, time.January, 1) - t.first)
	t.shift = int(t.first - unixEpochDays)
	t.wd0 = int(dateFromDays(t.first).Weekday())
	n := t.n
	t.z = newZone(t.loc, t.wallMid(0)-4*86400, t.wallMid(n)+5*86400)
	for d := range t.week {
		for _, iv := range t.week[d] {
			t.wsecs[d] += int64(iv.End - iv.Start)
		}
		switch ivs := t.week[d]; len(ivs) {
		case 0:
		case 1:
			t.span[d] = weekSpan{s: int64(ivs[0].Start) * nsPerSec, e: int64(ivs[0].End) * nsPerSec, from: int64(ivs[0].Start)}
		default:
			t.span[d].multi = true
		}
	}
	// same: the one interval every worked weekday shares, if they do.
	found, ok := false, true
	for _, sp := range t.span {
		switch {
		case sp.multi:
			ok = false
		case sp.s == sp.e: // not worked
		case !found:
			t.same, found = sp, true
		case sp != t.same:
			ok = false
		}
	}
	if !ok || !found {
		t.same = weekSpan{multi: true}
	}

	// Holidays, year by year, from the source.
	if n >= 1<<16 {
		return nil, fmt.Errorf("calendar: table of %d days too long", n)
	}
	var buf []hday
	kinds := map[hkind]uint16{}
	for y := FirstYear; y <= LastYear; y++ {
		var err error
		buf, err = t.src.appendYear(buf[:0], y)
		if err != nil {
			return nil, err
		}
		for _, h := range buf {
			k := hkind{name: h.name, basis: h.basis, from: h.from, unconfirmed: h.unconfirmed}
			id, ok := kinds[k]
			if !ok {
				if len(t.kinds) >= 1<<16 {
					return nil, fmt.Errorf("calendar: more than %d distinct holidays", 1<<16)
				}
				id = uint16(len(t.kinds))
				kinds[k] = id
				t.kinds = append(t.kinds, k)
			}
			t.hd = append(t.hd, tday{day: uint16(h.date.days() - t.first), kind: id})
		}
	}
	t.hd = slices.Clip(t.hd)

	words := n>>6 + 1
	t.work = make([]uint64, words)
	t.odd = make([]uint64, words)
	t.wcb = make([]int32, words+1)
	t.cum = make([]uint32, n+1)
	// A day is regular when no transition lies within M+1 seconds of it,
	// M the largest absolute offset of the zone (at most 14 h): then all
	// its instants are in one zone period and no instant of another period
	// reads as a time of that day.
	var m int64
	for _, o := range t.z.off {
		m = max(m, int64(o), -int64(o))
	}
	m++
	// Odd days around each transition: day i is odd when a transition
	// lies in [wall(i) - m, wall(i) + 86400 + m].
	for _, tr := range t.z.at {
		d0 := int(floorDiv(tr-86400-m, 86400)) + int(unixEpochDays-t.first)
		d1 := int(floorDiv(tr+m, 86400)) + int(unixEpochDays-t.first)
		for i := max(d0, 0); i <= min(d1, n); i++ {
			setBit(t.odd, i)
		}
	}
	// Part-day holidays on worked weekdays are odd too.
	for _, h := range t.hd {
		if t.kinds[h.kind].from > 0 && len(t.week[t.weekdayOf(int(h.day))]) > 0 {
			setBit(t.odd, int(h.day))
		}
	}
	t.odds()
	// Fill the prefix sums: runs of ordinary days arithmetically, the
	// special days (holidays, odd days) one by one.
	hp := 0
	var acc int64
	wd := t.weekdayOf(0)
	for i := 0; i < n; {
		stop := n
		if hp < len(t.hd) {
			stop = int(t.hd[hp].day)
		}
		stop = nextBit(t.odd, i, stop)
		for ; i < stop; i++ {
			sec := t.wsecs[wd]
			acc += sec
			t.cum[i+1] = uint32(acc)
			if sec > 0 {
				setBit(t.work, i)
			}
			if wd++; wd == 7 {
				wd = 0
			}
		}
		if i == n {
			break
		}
		whole := false
		if hp < len(t.hd) && int(t.hd[hp].day) == i {
			whole = t.kinds[t.hd[hp].kind].from == 0
			hp++
		}
		if len(t.week[wd]) > 0 && !whole {
			setBit(t.work, i)
			if !bit(t.odd, i) {
				acc += t.wsecs[wd]
			} else {
				b := t.oddBounds(i)
				for k := 0; k < len(b); k += 2 {
					acc += b[k+1] - b[k]
				}
			}
		}
		t.cum[i+1] = uint32(acc)
		i++
		if wd++; wd == 7 {
			wd = 0
		}
	}
	for w := range t.work {
		t.wcb[w+1] = t.wcb[w] + int32(bits.OnesCount64(t.work[w]))
	}
	t.lo, t.hi = t.dayStartAt(0), t.dayStartAt(n)
	t.invAvg = (1 << 32) / uint64(max(1, t.cum[n]/uint32(n)))
	t.total = int64(t.cum[n]) * nsPerSec
	return t, nil
}

// odds fills the odd days' tables from the odd bitset, the zone and the
// holidays: the instants each begins, then its working intervals (not
// worked: none), computed once from the zone's transitions.
func (t *table) odds() {
	n := t.n
	t.ocb = make([]int32, len(t.odd)+1)
	for w := range t.odd {
		t.ocb[w+1] = t.ocb[w] + int32(bits.OnesCount64(t.odd[w]))
	}
	nodd := int(t.ocb[len(t.odd)])
	t.ostart = make([]int64, 0, nodd)
	for i := nextBit(t.odd, 0, n+1); i <= n; i = nextBit(t.odd, i+1, n+1) {
		t.ostart = append(t.ostart, t.z.wallInst(t.wallMid(i)))
	}
	// With every start known, bounds reads day ends from ostart.
	t.oidx = make([]int32, 1, nodd+1)
	for i := nextBit(t.odd, 0, n+1); i <= n; i = nextBit(t.odd, i+1, n+1) {
		if i < n {
			var cut Clock
			whole := false
			if k, ok := t.findHoliday(i); ok {
				cut = t.kinds[t.hd[k].kind].from
				whole = cut == 0
			}
			if !whole {
				for _, iv := range t.week[t.weekdayOf(i)] {
					if a, b := t.bounds(i, iv, cut); b > a {
						t.obd = append(t.obd, a, b)
					}
				}
			}
		}
		t.oidx = append(t.oidx, int32(len(t.obd)))
	}
	t.obd = slices.Clip(t.obd)
}

// holidayAt returns the holiday on d: from the table in the table years,
// from the source otherwise.
func (t *table) holidayAt(d Date) (hday, bool, error) {
	i := d.days() - t.first
	if i >= 0 && i < int64(t.n) {
		k, ok := t.findHoliday(int(i))
		if !ok {
			return hday{}, false, nil
		}
		h := t.kinds[t.hd[k].kind]
		return hday{date: d, name: h.name, basis: h.basis, from: h.from, unconfirmed: h.unconfirmed}, true, nil
	}
	return t.holidaySlow(d)
}

// holidaySlow decides from the source, without tables.
func (t *table) holidaySlow(d Date) (hday, bool, error) {
	var buf [24]hday
	list, err := t.src.appendYear(buf[:0], d.Year())
	if err != nil {
		return hday{}, false, err
	}
	for _, h := range list {
		if h.date == d {
			return h, true, nil
		}
	}
	return hday{}, false, nil
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
		if k := len(ov.merged); k > 0 && c.From.days() <= ov.merged[k-1].To.days()+1 {
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
		ov.secLo = append(ov.secLo, int64(t.cum[a]))
		ov.secHi = append(ov.secHi, int64(t.cum[b]))
		ov.cntLo = append(ov.cntLo, t.wc(a))
		ov.cntHi = append(ov.cntHi, t.wc(b))
	}
	return ov
}

// closureOn returns the first closure, as given, containing d.
func (ov *overlay) closureOn(d Date) (Closure, bool) {
	// The merged ranges answer "closed or not" by binary search; only a
	// closed day looks for the closure as given.
	k, _ := slices.BinarySearchFunc(ov.merged, d, func(c Closure, d Date) int { return c.To.Compare(d) })
	if k == len(ov.merged) || d.Before(ov.merged[k].From) {
		return Closure{}, false
	}
	for _, c := range ov.given {
		if !d.Before(c.From) && !d.After(c.To) {
			return c, true
		}
	}
	return Closure{}, false
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// nextBit returns the first set bit of s at or after i, or stop if there
// is none before stop.
func nextBit(s []uint64, i, stop int) int {
	for i < stop {
		w := s[i>>6] >> (uint(i) & 63)
		if w != 0 {
			return min(i+bits.TrailingZeros64(w), stop)
		}
		i = (i | 63) + 1
	}
	return stop
}

// dayIndex returns the table day holding unix second u and the offset in
// force at u.
func (t *table) dayIndex(u int64) (int, int64, bool) {
	if u < t.lo || u >= t.hi {
		return 0, 0, false
	}
	off := t.z.offset(u)
	// u+off ≥ 0 inside the table (its first day is 1970-01-01).
	i := int(uint64(u+off)/86400) - t.shift
	if uint(i) >= uint(t.n) {
		i = min(max(i, 0), t.n-1)
	}
	if bit(t.odd, i) {
		for i > 0 && u < t.dayStartAt(i) {
			i--
		}
		for i < t.n-1 && u >= t.dayStartAt(i+1) {
			i++
		}
	}
	return i, off, true
}

const nsPerSec = int64(time.Second)

// before returns the business nanoseconds in the table before instant
// (u, ns), ignoring closures, and the table day of u. The common case, a
// regular day, is inlined arithmetic; odd days take beforeOdd.
func (t *table) before(u int64, ns int64) (int64, int, bool) {
	// Outside [lo, hi), the day below is outside the table (or odd) and
	// beforeOdd refuses u.
	// zone.offset, inlined by hand (it is over the compiler's budget).
	var off int64
	if b := uint64(u-t.z.base) >> hintShift; b < uint64(len(t.z.bucket)) && t.z.bucket[b].at >= 0 {
		zb := &t.z.bucket[b]
		off = int64(zb.before)
		if u >= zb.at {
			off = int64(zb.after)
		}
	} else {
		off = t.z.offsetSlow(u)
	}
	// u+off ≥ 0 inside the table (its first day is 1970-01-01).
	i := int(uint64(u+off)/86400) - t.shift
	if uint(i) >= uint(t.n) || bit(t.odd, i) {
		return t.beforeOdd(u, ns)
	}
	c0, c1 := t.cum[i], t.cum[i+1]
	acc := int64(c0) * nsPerSec
	if c0 == c1 { // a regular day without business time is not worked
		return acc, i, true
	}
	sp := &t.same
	if sp.multi {
		sp = &t.span[t.weekdayOf(i)]
	}
	if !sp.multi {
		// One interval [s, e): u's local time of day, clamped to it.
		v := (u+off-t.wallMid(i))*nsPerSec + ns
		return acc + min(max(v, sp.s), sp.e) - sp.s, i, true
	}
	s0 := t.wallMid(i) - off
	for _, iv := range t.week[t.weekdayOf(i)] {
		a, b := s0+int64(iv.Start), s0+int64(iv.End)
		if u >= b {
			acc += (b - a) * nsPerSec
			continue
		}
		if u >= a {
			acc += (u-a)*nsPerSec + ns
		}
		break
	}
	return acc, i, true
}

// beforeOdd is before for instants on or next to odd days.
func (t *table) beforeOdd(u int64, ns int64) (int64, int, bool) {
	i, _, ok := t.dayIndex(u)
	if !ok {
		return 0, 0, false
	}
	acc := int64(t.cum[i]) * nsPerSec
	if !t.working(i) {
		return acc, i, true
	}
	if bit(t.odd, i) {
		b := t.oddBounds(i)
		for k := 0; k+1 < len(b); k += 2 {
			if u >= b[k+1] {
				acc += (b[k+1] - b[k]) * nsPerSec
				continue
			}
			if u >= b[k] {
				acc += (u-b[k])*nsPerSec + ns
			}
			break
		}
		return acc, i, true
	}
	// A regular day next to an odd one.
	cut := t.cutOn(i)
	for _, iv := range t.week[t.weekdayOf(i)] {
		a, b := t.bounds(i, iv, cut)
		if b <= a {
			continue
		}
		if u >= b {
			acc += (b - a) * nsPerSec
			continue
		}
		if u >= a {
			acc += (u-a)*nsPerSec + ns
		}
		break
	}
	return acc, i, true
}

// at returns the earliest instant, as unix seconds and nanoseconds, before
// which the table holds x business nanoseconds (x > 0). The search starts
// from table day guess, any estimate of the answer, and does not go below
// table day hint, which must not be after the answer (it falls back to a
// full binary search otherwise).
func (t *table) at(x int64, hint, guess int) (int64, int64, bool) {
	if x <= 0 || x > t.total {
		return 0, 0, false
	}
	// x = sec s + ns; xs = ⌈x⌉ in seconds.
	sec, ns := uint64(x)/uint64(nsPerSec), int64(uint64(x)%uint64(nsPerSec))
	xs := uint32(sec)
	if ns != 0 {
		xs++
	}
	// Search, inlined by hand (a call lengthens the chain from x to the
	// answer): the table day on which the business second numbered xs
	// ends, the smallest k in [0, n) with cum[k+1] >= xs (0 < xs ≤
	// cum[n]). When cum[hint] < xs (hint is then not after the answer) it
	// looks from g, the guess kept between hint and the table's last day:
	// steps forward from g, gallops when a few steps do not reach the
	// answer, gallops back when g is after it. Otherwise it bisects the
	// whole table. (A branch-free count over a window around the guess
	// measured slower: these branches are well predicted, and a
	// prediction breaks the chain of loads.)
	lo, hi := 0, t.n-1
	if hint >= 0 && hint < t.n && t.cum[hint] < xs {
		g := min(max(hint, guess), t.n-1)
		if t.cum[g] < xs {
			// The answer is g or after: step.
			for j, c := range t.cum[g+1 : min(g+1+steps, t.n+1)] {
				if c >= xs {
					lo = g + j
					goto found
				}
			}
			lo = min(g+steps, t.n-1)
			probe, step := lo, 1
			for probe < t.n-1 && t.cum[probe+1] < xs {
				lo = probe + 1
				probe += step
				step *= 2
			}
			hi = min(probe, t.n-1)
		} else {
			// The answer is before g, after hint: gallop back.
			lo, hi = hint, g-1
			for probe, step := g-2, 1; probe >= hint; probe, step = probe-step, step*2 {
				if t.cum[probe+1] < xs {
					lo = probe + 1
					break
				}
				hi = probe
			}
		}
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.cum[mid+1] >= xs {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
found:
	// The business seconds of day lo before the answer, whole: cum[lo] <
	// xs makes cum[lo] ≤ sec.
	r := int64(sec) - int64(t.cum[lo])
	if !bit(t.odd, lo) {
		w := t.wallMid(lo)
		var off int64
		if b := uint64(w-t.z.base) >> hintShift; b < uint64(len(t.z.bucket)) && t.z.bucket[b].at >= 0 {
			zb := &t.z.bucket[b]
			off = int64(zb.before)
			if w >= zb.at {
				off = int64(zb.after)
			}
		} else {
			off = t.z.offsetSlow(w)
		}
		s0 := w - off
		sp := &t.same
		if sp.multi {
			sp = &t.span[t.weekdayOf(lo)]
		}
		if !sp.multi {
			// r + ns is in (0, e-s]: no interval to walk.
			return s0 + sp.from + r, ns, true
		}
		rem := r*nsPerSec + ns
		for _, iv := range t.week[t.weekdayOf(lo)] {
			l := int64(iv.End-iv.Start) * nsPerSec
			if rem <= l {
				return s0 + int64(iv.Start) + rem/nsPerSec, rem % nsPerSec, true
			}
			rem -= l
		}
		return 0, 0, false // unreachable with consistent tables
	}
	rem := r*nsPerSec + ns
	b := t.oddBounds(lo)
	for k := 0; k+1 < len(b); k += 2 {
		if l := (b[k+1] - b[k]) * nsPerSec; rem <= l {
			return b[k] + rem/nsPerSec, rem % nsPerSec, true
		} else {
			rem -= l
		}
	}
	return 0, 0, false // unreachable with consistent tables
}

// Tuning of at's search: AddBusiness sets its guess guessLow days early, and
// up to steps days are stepped through before galloping.
const (
	guessLow = 1
	steps    = 8
)

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
// Instants outside the years FirstYear to LastYear, as t or as the result,
// are ErrOutOfRange.
//
// Cost: a few lookups, then a search that steps from a guess made from d
// and the table's average business day, without waiting for t's business
// time (BenchmarkAddBusiness72h/aftersales: about 20 ns), no allocation.
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
	x, day, ok := c.t.before(t.Unix(), int64(t.Nanosecond()))
	if !ok {
		return time.Time{}, errTableRange
	}
	// x: open business time before t; then the open business time before
	// the answer, which the table's total bounds (no overflow).
	x -= c.ov.removedSecs(x)
	if int64(d) > c.t.total-x {
		return time.Time{}, errTableRange
	}
	x += int64(d)
	if ov := c.ov; ov != nil {
		for i := range ov.secLo {
			if ov.secLo[i]*nsPerSec < x {
				x += (ov.secHi[i] - ov.secLo[i]) * nsPerSec
			} else {
				break
			}
		}
	}
	// The guess, from d and the table's average business seconds a day
	// (a multiplication, d/10⁹ ≤ 2^32 and invAvg ≤ 2^32), does not wait
	// for x: the search's loads start while x is computed.
	guess := day + int(uint64(d)/uint64(nsPerSec)*c.t.invAvg>>32) - guessLow
	s, ns, ok := c.t.at(x, day, guess)
	if !ok {
		return time.Time{}, errTableRange
	}
	return time.Unix(s, ns).In(c.t.loc), nil
}

// Between returns the business time from a to b: the time inside working
// intervals of working days. It is negative when b is before a. For every
// t and d ≥ 0, Between(t, AddBusiness(t, d)) == d. Instants outside the
// years FirstYear to LastYear are ErrOutOfRange.
//
// Cost: two day lookups in the prefix sums, whatever the span
// (BenchmarkBetween1Y/aftersales: about 19 ns), no allocation.
func (c Calendar) Between(a, b time.Time) (time.Duration, error) {
	if err := c.check(a); err != nil {
		return 0, err
	}
	if b.IsZero() {
		return 0, ErrZeroTime
	}
	x, _, ok1 := c.t.before(a.Unix(), int64(a.Nanosecond()))
	y, _, ok2 := c.t.before(b.Unix(), int64(b.Nanosecond()))
	if !ok1 || !ok2 {
		return 0, errTableRange
	}
	x -= c.ov.removedSecs(x)
	y -= c.ov.removedSecs(y)
	return time.Duration(y - x), nil
}

// InWorkingTime reports whether t lies inside a working interval of a
// working day (false outside the table years).
func (c Calendar) InWorkingTime(t time.Time) bool {
	if c.check(t) != nil {
		return false
	}
	u := t.Unix()
	i, _, ok := c.t.dayIndex(u)
	if !ok || !c.t.working(i) {
		return false
	}
	if c.ov != nil && c.IsClosed(Date{n: int32(c.t.first + int64(i) + 1)}) {
		return false
	}
	cut := c.t.cutOn(i)
	for _, iv := range c.t.week[c.t.weekdayOf(i)] {
		if a, b := c.t.bounds(i, iv, cut); u >= a && u < b {
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

// nthWorking returns the table day that is working day number x (from 0).
func (t *table) nthWorking(x int32) int {
	// Largest word k with wcb[k] <= x.
	k, _ := slices.BinarySearch(t.wcb, x+1)
	k--
	w := t.work[k]
	for r := x - t.wcb[k]; r > 0; r-- {
		w &= w - 1
	}
	return k<<6 + bits.TrailingZeros64(w)
}

// AddWorkingDays returns the instant n working days after t: the n-th
// working day after t's date, counted in c's location (t's own date does
// not count, whether worked or not), at t's wall-clock time when t falls on
// a working day. When t falls on a day that is not worked (a weekend, a
// holiday, a closure) the clock starts with the next working day, and the
// result is the end of the n-th working day (00:00 of the day after it):
// a message received on Saturday with two working days to answer may be
// answered until the end of Tuesday. This keeps the function monotone: a
// later t never gives an earlier instant (Friday 23:59 gives the second
// working day at 23:59, Saturday 00:35 the end of that same day). When the
// wall-clock time does not exist on the target day (clocks go forward) the
// result is the first instant after the gap. n = 0 returns t. Instants
// outside the years FirstYear to LastYear are ErrOutOfRange.
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
	i, _, ok := c.t.dayIndex(t.Unix())
	if !ok || n > c.t.n {
		return time.Time{}, errTableRange
	}
	// q: ordinal, among open working days, of the day we want.
	base := c.t.wc(i + 1)
	x := base - c.ov.removedDays(base) + int32(n) - 1
	if ov := c.ov; ov != nil {
		for k := range ov.cntLo {
			if ov.cntLo[k] <= x {
				x += ov.cntHi[k] - ov.cntLo[k]
			} else {
				break
			}
		}
	}
	if x >= c.t.wc(c.t.n) {
		return time.Time{}, errTableRange
	}
	lo := c.t.nthWorking(x)
	hh, mm, ss := t.Clock()
	sec := int64(hh*3600 + mm*60 + ss)
	nsec := int64(t.Nanosecond())
	if !c.IsWorkingDay(DateOf(t)) {
		// Received on a day off: the end of the n-th working day.
		lo, sec, nsec = lo+1, 0, 0
		if lo >= c.t.n {
			return time.Time{}, errTableRange
		}
	}
	w := c.t.wallMid(lo)
	var u int64
	if !bit(c.t.odd, lo) {
		u = w - c.t.z.offset(w) + sec
	} else {
		u = c.t.z.wallInst(w + sec)
	}
	return time.Unix(u, nsec).In(c.t.loc), nil
}
