package calendar

import (
	"slices"

	"fmt"

	"github.com/aftersales/aftersales/calendar/holidays"
)

// hday is one public holiday as the tables consume it: a date, a name in
// the market's language, the statute that makes it a holiday (may be
// empty) and, for a part-day holiday, the wall-clock time at which it
// begins (0 for a whole day).
type hday struct {
	date        Date
	name        string
	basis       string
	from        Clock
	unconfirmed bool
}

// holidaySource is the only input of the tables for public holidays: the
// holidays of one year, sorted by date, at most one per date. It is the
// seam for the holiday data: holidaysSource adapts package
// calendar/holidays.
type holidaySource interface {
	appendYear(dst []hday, year int) ([]hday, error)
}

// holidaysSource adapts the verified holiday data of package
// calendar/holidays to holidaySource. It is immutable.
type holidaysSource struct {
	set holidays.Set
}

func (s holidaysSource) appendYear(dst []hday, y int) ([]hday, error) {
	var buf [32]holidays.Holiday
	list, err := s.set.AppendYear(buf[:0], y)
	if err != nil {
		return dst, fmt.Errorf("%w: %w", ErrOutOfRange, err)
	}
	start := len(dst)
	for _, h := range list {
		d, err := NewDate(h.Year, h.Month, h.Day)
		if err != nil {
			return dst[:start], err
		}
		dst = append(dst, hday{date: d, name: h.Name, basis: h.Basis, from: Clock(h.From), unconfirmed: h.Unconfirmed})
	}
	return sortDedup(dst, start), nil
}

// sortDedup sorts dst[start:] by date, stably, and keeps the first
// holiday of each date.
func sortDedup(dst []hday, start int) []hday {
	part := dst[start:]
	if slices.IsSortedFunc(part, func(a, b hday) int { return a.date.Compare(b.date) }) {
		ok := true
		for i := 1; i < len(part) && ok; i++ {
			ok = part[i].date != part[i-1].date
		}
		if ok {
			return dst
		}
	}
	slices.SortStableFunc(part, func(a, b hday) int { return a.date.Compare(b.date) })
	out := dst[:start]
	for _, h := range part {
		if n := len(out); n > start && out[n-1].date == h.date {
			continue
		}
		out = append(out, h)
	}
	return out
}

// adjusted applies a spec's holiday adjustments to a source: holidays
// removed by name or by date, holidays added (which win over the source on
// the same date).
type adjusted struct {
	base   holidaySource
	added  []Holiday // sorted by date
	remove []Date    // sorted
	names  []string
}

func (s adjusted) appendYear(dst []hday, y int) ([]hday, error) {
	if len(s.added) == 0 && len(s.remove) == 0 && len(s.names) == 0 {
		return s.base.appendYear(dst, y)
	}
	start := len(dst)
	for _, h := range s.added {
		if h.Date.Year() == y {
			dst = append(dst, hday{date: h.Date, name: h.Name, basis: h.Basis, from: h.From, unconfirmed: h.Unconfirmed})
		}
	}
	mid := len(dst)
	dst, err := s.base.appendYear(dst, y)
	if err != nil {
		return dst[:start], err
	}
	out := dst[:mid]
	for _, h := range dst[mid:] {
		if slices.Contains(s.names, h.name) {
			continue
		}
		if _, ok := slices.BinarySearchFunc(s.remove, h.date, func(a, b Date) int { return a.Compare(b) }); ok {
			continue
		}
		out = append(out, h)
	}
	return sortDedup(out, start), nil
}
