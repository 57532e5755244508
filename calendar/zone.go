package calendar

import (
	"math"
	"slices"
	"time"
)

const unixEpochDays = 719162 // days from 0001-01-01 to 1970-01-01

// zone holds a location's UTC offsets over the instants [lo, hi): the
// transitions, read once from the time package with ZoneBounds (two calls
// a year in Europe, instead of one lookup per day), and a coarse index
// that finds the transition in force at an instant in O(1).
//
// Go's own lookups are correct but slow, and much slower after 2037 where
// the zoneinfo data ends and each lookup evaluates the zone's TZ rule;
// zone pays that cost once per transition.
type zone struct {
	base int64   // origin of the index (lo)
	end  int64   // hi
	at   []int64 // transition instants, increasing, in [lo, hi)
	off  []int32 // len(at)+1 offsets: off[k] is in force in [at[k-1], at[k])
	// bucket[b] describes the instants base + [b<<hintShift, (b+1)<<hintShift):
	// the offset in force, and when exactly one transition falls inside,
	// its instant and the offset after it.
	bucket []zbucket
}

type zbucket struct {
	at     int64 // the bucket's one transition; maxInt64 if none; -1 if several
	before int32 // offset in force at the bucket's start
	after  int32 // offset after at
}

// hintShift sets the bucket: 2^23 s, about 97 days, so a bucket of a zone
// changing twice a year holds at most one transition.
const hintShift = 23

func newZone(loc *time.Location, lo, hi int64) zone {
	z := zone{base: lo, end: hi}
	_, o := time.Unix(lo, 0).In(loc).Zone()
	z.off = append(z.off, int32(o))
	for u := lo; u < hi; {
		cur := z.off[len(z.off)-1]
		_, end := time.Unix(u, 0).In(loc).ZoneBounds()
		var next int64
		switch {
		case end.IsZero():
			// The last zone period never ends.
			next = hi
		case end.Unix() > u:
			next = end.Unix()
		default:
			// Past the zoneinfo data, Go's bounds can stall at a year's
			// end: probe a day ahead and bisect any change in between.
			p := u + 86400
			if int32(offsetAt(loc, p)) == cur {
				u = p
				continue
			}
			a, b := u, p
			for b-a > 1 {
				if m := a + (b-a)/2; int32(offsetAt(loc, m)) == cur {
					a = m
				} else {
					b = m
				}
			}
			next = b
		}
		if next >= hi {
			break
		}
		u = next
		if o2 := int32(offsetAt(loc, u)); o2 != cur {
			z.at = append(z.at, u)
			z.off = append(z.off, o2)
		}
	}
	z.bucket = make([]zbucket, int((hi-lo)>>hintShift)+1)
	k := 0
	for b := range z.bucket {
		s, e := lo+int64(b)<<hintShift, lo+int64(b+1)<<hintShift
		for k < len(z.at) && z.at[k] < s {
			k++
		}
		zb := zbucket{at: math.MaxInt64, before: z.off[k], after: z.off[k]}
		switch {
		case k+1 < len(z.at) && z.at[k+1] < e:
			zb.at = -1
		case k < len(z.at) && z.at[k] < e:
			zb.at, zb.after = z.at[k], z.off[k+1]
		}
		z.bucket[b] = zb
	}
	return z
}

// index returns the number of transitions at or before u: off[index(u)]
// is the offset in force at u.
func (z *zone) index(u int64) int {
	k, _ := slices.BinarySearch(z.at, u+1)
	return k
}

// offset returns the UTC offset in seconds in force at u: one bucket
// lookup (inlined), a binary search only in a bucket with several
// transitions or outside [lo, hi).
func (z *zone) offset(u int64) int64 {
	if b := uint64(u-z.base) >> hintShift; b < uint64(len(z.bucket)) {
		if zb := &z.bucket[b]; zb.at >= 0 {
			if u < zb.at {
				return int64(zb.before)
			}
			return int64(zb.after)
		}
	}
	return z.offsetSlow(u)
}

func (z *zone) offsetSlow(u int64) int64 { return int64(z.off[z.index(u)]) }

// wallInst maps a local wall-clock reading w (seconds, as if local time
// were UTC) to a unix second: the first occurrence of an ambiguous
// reading, the end of the gap for a reading skipped by a clock change.
func (z *zone) wallInst(w int64) int64 {
	o1 := z.offset(w - 86400)
	o2 := z.offset(w + 86400)
	best, found := int64(0), false
	for _, o := range [...]int64{o1, o2, z.offset(w)} {
		u := w - o
		if z.offset(u) == o && (!found || u < best) {
			best, found = u, true
		}
	}
	if found {
		return best
	}
	// In a gap: the reading never happens; the day goes on at the
	// transition that skipped it.
	hi := max(o1, o2)
	if k := z.index(w - hi); k < len(z.at) {
		return z.at[k]
	}
	return w - hi
}

// offsetAt returns the UTC offset in seconds in force at unix second u,
// from the time package (for instants outside the tables).
func offsetAt(loc *time.Location, u int64) int64 {
	_, off := time.Unix(u, 0).In(loc).Zone()
	return int64(off)
}

// wallInstant is zone.wallInst for any instant, from the time package.
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
	// In a gap: the transition that skipped the reading, found by
	// bisection (ZoneBounds can stall past the zoneinfo data).
	a, b := w-2*86400, w+86400
	if offsetAt(loc, a) == o2 {
		return w - max(o1, o2)
	}
	for b-a > 1 {
		if m := a + (b-a)/2; offsetAt(loc, m) == o2 {
			b = m
		} else {
			a = m
		}
	}
	return b
}

// wallOf returns the wall-clock reading of sec on the day numbered days
// (since 0001-01-01), in seconds from the Unix epoch as if local were UTC.
func wallOf(days int64, sec Clock) int64 {
	return (days-unixEpochDays)*86400 + int64(sec)
}
