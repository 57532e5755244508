// Package holidays is the public-holiday law of the EU/EEA markets that
// aftersales supports, as data: every holiday with its name in the market's
// official language and in English, the statute and article it rests on, and
// the first and last year it is in force, so that a question about 2019 is
// answered with 2019's law.
//
// A Set (from For) is the holidays of one market, or of one region of it
// (a German Land, a Spanish autonomous community, Portugal's Azores or
// Madeira, Alsace-Moselle or a French overseas territory): Set.Year lists
// the national and regional holidays of a year, sorted.
//
// Part-day holidays (Iceland's 24 and 31 December from 13:00) carry the
// second of the day at which they begin in Holiday.From. Business time stops
// at that hour; a legal period whose last day is a part-day holiday does not
// roll to the next day, because the day is not a whole day of rest (the
// library's interpretation: Regulation 1182/71 art. 3(4) speaks of public
// holidays as whole days).
//
// Municipal holidays (a town's patron saint, Augsburg's Friedensfest,
// Assumption in Bavaria's mostly Catholic municipalities) are not modelled;
// users add them to their calendars.
//
// The package has no mutable state: every table is built by a function that
// returns fresh values, and a Set is immutable and safe for concurrent use.
// Holidays are dates; time zones (Market.Location, Region.Location) only say
// where a day begins, and daylight-saving time does not affect the data.
package holidays

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// FirstYear and LastYear bound the years the data covers. The law history is
// modelled from 1990 (German unification; the holiday laws of the new
// central- and eastern-European members after 1990) and checked day by day
// against an independent dataset for 2000–2040; LastYear 2099 is the end of
// the range in which Orthodox Easter is Julian Easter plus 13 days.
const (
	FirstYear = 1990
	LastYear  = 2099
)

// Holiday is one public holiday on one date. The zero Holiday is not a
// holiday (Year 0). Holiday is a comparable value, safe for concurrent use.
// Daylight-saving time does not affect it: the date is a calendar day of the
// set's location, and From is a wall-clock second of that day (13:00 is
// 13:00 local time whatever the offset).
type Holiday struct {
	Year  int
	Month time.Month
	Day   int
	// Name is the holiday's name in the official language of the market
	// (or of the region that adds it); NameEN is its English name.
	Name   string
	NameEN string
	// Basis is the statute and article the holiday rests on.
	Basis string
	// From is the second after local midnight at which the holiday
	// begins; 0 means the whole day (Iceland's 24 and 31 December begin
	// at 13*3600).
	From int
	// Region is "" for a national holiday, else the ISO 3166-2 code of
	// the region that adds it.
	Region string
	// Unconfirmed is true when the sources could not confirm that the day
	// is a public holiday in law (Cyprus's Orthodox Easter Tuesday and
	// Christmas Eve, Åland's Autonomy Day): it is applied, and flagged.
	Unconfirmed bool
}

// Market is one EU/EEA market. The zero Market is no market. Market is a
// comparable value, safe for concurrent use; Location names the zone whose
// daylight-saving rules decide where a day begins (for package calendar).
type Market struct {
	Code     string // ISO 3166-1 alpha-2: "DE"
	Name     string // in the official language: "Deutschland"
	Language string // BCP 47 tag of the language of holiday names: "de"
	Location string // IANA time zone: "Europe/Berlin"
}

// Region is a part of a market whose public holidays or time zone differ in
// law. The zero Region is no region. A Region is a value; Set.Region and
// Regions return copies, safe for concurrent use. Location, when set,
// replaces the market's zone and its daylight-saving rules.
type Region struct {
	Code    string   // ISO 3166-2: "DE-BY", "ES-CN", "PT-20", "FR-57"
	Name    string   // in the official language
	Aliases []string // lower-case names that also select it: "alsace-moselle"
	// Location is the region's IANA time zone when it differs from the
	// market's (Atlantic/Canary, Atlantic/Azores, …), else "".
	Location string
}

// Errors returned by Regions, For and Set.Year; test with errors.Is. The
// messages of the returned errors list the valid choices.
var (
	ErrUnknownMarket = errors.New("holidays: unknown market")
	ErrUnknownRegion = errors.New("holidays: unknown region")
	ErrYearRange     = errors.New("holidays: year outside the data")
)

// Markets returns the supported markets sorted by code, a fresh slice.
func Markets() []Market {
	t := table()
	out := make([]Market, len(t))
	for i, e := range t {
		out[i] = e.market
	}
	return out
}

func codes() string {
	var b strings.Builder
	for i, e := range table() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(e.market.Code)
	}
	return b.String()
}

func find(market string) (entry, error) {
	c := strings.ToUpper(strings.TrimSpace(market))
	for _, e := range table() {
		if e.market.Code == c {
			return e, nil
		}
	}
	return entry{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownMarket, market, codes())
}

// Regions returns the regions of a market, sorted by code (nil when the
// market has none): fresh slices. The error wraps ErrUnknownMarket for an
// unknown market.
func Regions(market string) ([]Region, error) {
	e, err := find(market)
	if err != nil {
		return nil, err
	}
	return e.data().regions, nil
}

// For returns the holidays of a market ("DE", case-insensitive) or, when
// region is not "", of one of its regions, named by its ISO 3166-2 code or an
// alias, case-insensitive ("DE-BY", "alsace-moselle"). Errors wrap
// ErrUnknownMarket or ErrUnknownRegion and list the valid choices.
func For(market, region string) (Set, error) {
	e, err := find(market)
	if err != nil {
		return Set{}, err
	}
	d := e.data()
	s := Set{market: e.market}
	r := strings.ToLower(strings.TrimSpace(region))
	if r != "" {
		found := -1
		for i, rg := range d.regions {
			if strings.ToLower(rg.Code) == r {
				found = i
			}
			for _, a := range rg.Aliases {
				if a == r {
					found = i
				}
			}
		}
		if found < 0 {
			names := make([]string, 0, len(d.regions))
			for _, rg := range d.regions {
				n := rg.Code
				if len(rg.Aliases) > 0 {
					n += " (" + strings.Join(rg.Aliases, ", ") + ")"
				}
				names = append(names, n)
			}
			known := strings.Join(names, ", ")
			if known == "" {
				known = "none"
			}
			return Set{}, fmt.Errorf("%w %q for market %s (known: %s)", ErrUnknownRegion, region, e.market.Code, known)
		}
		rg := d.regions[found]
		s.region, s.hasRegion = rg, true
	}
	for _, def := range d.defs {
		if def.Region == "" || (s.hasRegion && def.Region == s.region.Code) {
			s.defs = append(s.defs, def)
		}
	}
	if s.hasRegion && e.regional != nil {
		s.defs = append(s.defs, e.regional(s.region.Code)...)
	}
	seen := map[string]bool{}
	for _, def := range s.defs {
		if !seen[def.Basis] {
			seen[def.Basis] = true
			s.sources = append(s.sources, def.Basis)
		}
	}
	return s, nil
}

// Set is the public holidays of one market or region. The zero Set has no
// market and no holidays (Year returns none). A Set is immutable and safe
// for concurrent use. Daylight-saving time does not affect it: it answers in
// calendar days; Location says which zone's days they are.
type Set struct {
	market    Market
	region    Region
	hasRegion bool
	defs      []Definition // built by For, never written afterwards
	sources   []string
}

// Market returns the set's market.
func (s Set) Market() Market { return s.market }

// Region returns the set's region and true, or false for a national set.
func (s Set) Region() (Region, bool) {
	if !s.hasRegion {
		return Region{}, false
	}
	r := s.region
	r.Aliases = append([]string(nil), r.Aliases...)
	return r, true
}

// Location returns the IANA time zone of the set: the region's when it has
// its own, else the market's.
func (s Set) Location() string {
	if s.hasRegion && s.region.Location != "" {
		return s.region.Location
	}
	return s.market.Location
}

// Sources returns the statutes the set's holidays rest on, in the order of
// first use: a fresh slice.
func (s Set) Sources() []string { return append([]string(nil), s.sources...) }

// Definitions returns the holiday definitions of the set (national, then
// regional), a fresh slice.
func (s Set) Definitions() []Definition { return append([]Definition(nil), s.defs...) }

// Year returns the national and regional holidays of year y, sorted by date
// and then by From. The error wraps ErrYearRange outside FirstYear..LastYear.
func (s Set) Year(y int) ([]Holiday, error) {
	return s.AppendYear(make([]Holiday, 0, 24), y)
}

// AppendYear appends the holidays of year y to dst, sorted by date and From
// among themselves, and returns the extended slice; it does not allocate
// when dst has room.
func (s Set) AppendYear(dst []Holiday, y int) ([]Holiday, error) {
	if y < FirstYear || y > LastYear {
		return dst, fmt.Errorf("%w: %d (the data covers %d to %d)", ErrYearRange, y, FirstYear, LastYear)
	}
	start := len(dst)
	var e, o int // day of year of Easter and Orthodox Easter, 0 until needed
	for i := range s.defs {
		d := &s.defs[i]
		if y < d.First || y > d.Last {
			continue
		}
		dst = d.appendDates(dst, y, &e, &o)
	}
	for i := range s.defs {
		d := &s.defs[i]
		if d.Rule.Substitute && y >= d.First && y <= d.Last {
			dst = d.appendSubstitute(dst, dst[start:], y, &e, &o)
		}
	}
	// insertion sort: a year has a few dozen holidays at most.
	h := dst[start:]
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && less(h[j], h[j-1]); j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
	return dst, nil
}

func less(a, b Holiday) bool {
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	if a.Day != b.Day {
		return a.Day < b.Day
	}
	if a.From != b.From {
		return a.From < b.From
	}
	return a.Region < b.Region
}
