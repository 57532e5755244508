package holidays

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickar/cal/v2"
)

// day reports the holiday of a set on y-m-d (the first, by From), or false.
func holidayOn(t *testing.T, s Set, y int, m time.Month, d int) (Holiday, bool) {
	t.Helper()
	hs, err := s.Year(y)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		if h.Month == m && h.Day == d {
			return h, true
		}
	}
	return Holiday{}, false
}

func TestLaw(t *testing.T) {
	type c struct {
		name           string
		market, region string
		date           string // YYYY-MM-DD
		want           string // NameEN, "" = no holiday
		from           int
	}
	tests := []c{
		{"AT Easter Monday 2024", "AT", "", "2024-04-01", "Easter Monday", 0},
		{"AT Easter Monday 2025", "AT", "", "2025-04-21", "Easter Monday", 0},
		{"AT Corpus Christi 2025", "AT", "", "2025-06-19", "Corpus Christi", 0},
		{"BE Ascension 2024", "BE", "", "2024-05-09", "Ascension Day", 0},
		{"BE Ascension 2025", "BE", "", "2025-05-29", "Ascension Day", 0},
		{"BG Orthodox Good Friday 2024", "BG", "", "2024-05-03", "Good Friday", 0},
		{"BG Orthodox Good Friday 2025", "BG", "", "2025-04-18", "Good Friday", 0},
		{"BG substitute for Christmas Eve on Saturday 2022", "BG", "", "2022-12-27", "Christmas Eve (substitute day)", 0},
		{"BG Labour Day substitute after Easter Monday 2021", "BG", "", "2021-05-04", "Labour Day (substitute day)", 0},
		{"BG no substitute rule before 2017", "BG", "", "2016-12-28", "", 0},
		{"BG substitute for Christmas Day on Sunday 2022", "BG", "", "2022-12-28", "Christmas Day (substitute day)", 0},
		{"CY Clean Monday 2024", "CY", "", "2024-03-18", "Clean Monday", 0},
		{"CY Clean Monday 2025", "CY", "", "2025-03-03", "Clean Monday", 0},
		{"CZ no Statehood Day 1999", "CZ", "", "1999-09-28", "", 0},
		{"CZ Good Friday not before 2016", "CZ", "", "2015-04-03", "", 0},
		{"CZ Good Friday from 2016", "CZ", "", "2016-03-25", "Good Friday", 0},
		{"DE Good Friday 2024", "DE", "", "2024-03-29", "Good Friday", 0},
		{"DE Good Friday 2025", "DE", "", "2025-04-18", "Good Friday", 0},
		{"DE Buß- und Bettag national until 1994", "DE", "", "1994-11-16", "Day of Repentance and Prayer", 0},
		{"DE Buß- und Bettag not national from 1995", "DE", "", "1995-11-22", "", 0},
		{"DE-SN Buß- und Bettag 1995", "DE", "DE-SN", "1995-11-22", "Day of Repentance and Prayer", 0},
		{"DE-SN Buß- und Bettag 2024", "DE", "de-sn", "2024-11-20", "Day of Repentance and Prayer", 0},
		{"DE Reformation Day 2017 one-off nationwide", "DE", "", "2017-10-31", "Reformation Day (500th anniversary)", 0},
		{"DE-BY no Reformation Day 2016", "DE", "DE-BY", "2016-10-31", "", 0},
		{"DE-HH no Reformation Day 2016", "DE", "DE-HH", "2016-10-31", "", 0},
		{"DE-HH Reformation Day from 2018", "DE", "DE-HH", "2018-10-31", "Reformation Day", 0},
		{"DE-BE no Women's Day 2018", "DE", "DE-BE", "2018-03-08", "", 0},
		{"DE-BE Women's Day from 2019", "DE", "DE-BE", "2019-03-08", "International Women's Day", 0},
		{"DE-BE Liberation Day 2020 one-off", "DE", "DE-BE", "2020-05-08", "Liberation Day (75th anniversary)", 0},
		{"DE-BE no Liberation Day 2021", "DE", "DE-BE", "2021-05-07", "", 0},
		{"DE-MV Women's Day from 2023", "DE", "DE-MV", "2023-03-08", "International Women's Day", 0},
		{"DE-MV no Women's Day 2022", "DE", "DE-MV", "2022-03-08", "", 0},
		{"DE-TH Children's Day from 2019", "DE", "DE-TH", "2019-09-20", "World Children's Day", 0},
		{"DE-TH no Children's Day 2018", "DE", "DE-TH", "2018-09-20", "", 0},
		{"DE-BY Corpus Christi 2025", "DE", "DE-BY", "2025-06-19", "Corpus Christi", 0},
		{"DE-BY Assumption is municipal", "DE", "DE-BY", "2025-08-15", "", 0},
		{"DK General Prayer Day 2023", "DK", "", "2023-05-05", "General Prayer Day", 0},
		{"DK General Prayer Day abolished 2024", "DK", "", "2024-04-26", "", 0},
		{"DK Maundy Thursday 2025", "DK", "", "2025-04-17", "Maundy Thursday", 0},
		{"EE no Christmas Eve 2004", "EE", "", "2004-12-24", "", 0},
		{"EE Christmas Eve from 2005", "EE", "", "2005-12-24", "Christmas Eve", 0},
		{"EE Good Friday 2025", "EE", "", "2025-04-18", "Good Friday", 0},
		{"ES Good Friday 2024", "ES", "", "2024-03-29", "Good Friday", 0},
		{"ES Good Friday 2025", "ES", "", "2025-04-18", "Good Friday", 0},
		{"ES no Maundy Thursday nationally", "ES", "", "2025-04-17", "", 0},
		{"ES-CN Maundy Thursday 2025", "ES", "ES-CN", "2025-04-17", "Maundy Thursday", 0},
		{"ES-CT Easter Monday 2025", "ES", "catalunya", "2025-04-21", "Easter Monday", 0},
		{"FI Midsummer Eve 2024", "FI", "", "2024-06-21", "Midsummer Eve", 0},
		{"FI Midsummer Eve 2025", "FI", "", "2025-06-20", "Midsummer Eve", 0},
		{"FI-01 Åland Autonomy Day", "FI", "aland", "2025-06-09", "Åland Autonomy Day", 0},
		{"FI no Autonomy Day nationally", "FI", "", "2025-06-09", "", 0},
		{"FR Whit Monday 2024", "FR", "", "2024-05-20", "Whit Monday", 0},
		{"FR Ascension 2025", "FR", "", "2025-05-29", "Ascension Day", 0},
		{"FR no Good Friday nationally", "FR", "", "2025-04-18", "", 0},
		{"FR-57 Good Friday 2025 (alias)", "FR", "alsace-moselle", "2025-04-18", "Good Friday", 0},
		{"FR-MF abolition of slavery 27 May 2016", "FR", "saint-martin", "2016-05-27", "Abolition of Slavery Day", 0},
		{"FR-MF abolition of slavery 28 May from 2018", "FR", "saint-martin", "2024-05-28", "Abolition of Slavery Day", 0},
		{"FR-MF no 27 May 2024", "FR", "saint-martin", "2024-05-27", "", 0},
		{"FR-974 abolition of slavery", "FR", "reunion", "2025-12-20", "Abolition of Slavery Day", 0},
		{"GR Clean Monday 2024", "GR", "", "2024-03-18", "Clean Monday", 0},
		{"GR Whit Monday 2025", "GR", "", "2025-06-09", "Whit Monday", 0},
		{"HR Statehood Day 30 May 2001", "HR", "", "2001-05-30", "Statehood Day", 0},
		{"HR no 25 June 2001", "HR", "", "2001-06-25", "", 0},
		{"HR Statehood Day 25 June until 2019", "HR", "", "2019-06-25", "Statehood Day", 0},
		{"HR 25 June no holiday from 2020", "HR", "", "2020-06-25", "", 0},
		{"HR Remembrance Day from 2020", "HR", "", "2020-11-18", "Remembrance Day", 0},
		{"HR Corpus Christi 2025", "HR", "", "2025-06-19", "Corpus Christi", 0},
		{"HU no Good Friday 2016", "HU", "", "2016-03-25", "", 0},
		{"HU Good Friday from 2017", "HU", "", "2017-04-14", "Good Friday", 0},
		{"HU Whit Monday 2025", "HU", "", "2025-06-09", "Whit Monday", 0},
		{"IE no St Brigid's Day 2022", "IE", "", "2022-02-07", "", 0},
		{"IE St Brigid's Day 2023", "IE", "", "2023-02-06", "St Brigid's Day", 0},
		{"IE St Brigid's Day 1 Feb on a Friday", "IE", "", "2030-02-01", "St Brigid's Day", 0},
		{"IE Easter Monday 2025", "IE", "", "2025-04-21", "Easter Monday", 0},
		{"IS Christmas Eve from 13:00", "IS", "", "2024-12-24", "Christmas Eve (from 13:00)", 13 * 3600},
		{"IS New Year's Eve from 13:00", "IS", "", "2025-12-31", "New Year's Eve (from 13:00)", 13 * 3600},
		{"IS First Day of Summer 2024", "IS", "", "2024-04-25", "First Day of Summer", 0},
		{"IS Maundy Thursday 2025", "IS", "", "2025-04-17", "Maundy Thursday", 0},
		{"IT 2011 unification one-off", "IT", "", "2011-03-17", "150th Anniversary of the Unification of Italy", 0},
		{"IT no 17 March 2012", "IT", "", "2012-03-17", "", 0},
		{"IT no St Francis before 2026", "IT", "", "2025-10-04", "", 0},
		{"IT St Francis 2027", "IT", "", "2027-10-04", "St Francis of Assisi Day", 0},
		{"IT Easter Monday 2025", "IT", "", "2025-04-21", "Easter Monday", 0},
		{"LI Corpus Christi 2024", "LI", "", "2024-05-30", "Corpus Christi", 0},
		{"LI Nativity of Mary", "LI", "", "2025-09-08", "Nativity of Mary", 0},
		{"LT no All Souls' Day 2019", "LT", "", "2019-11-02", "", 0},
		{"LT All Souls' Day from 2020", "LT", "", "2020-11-02", "All Souls' Day", 0},
		{"LT no Christmas Eve 2009", "LT", "", "2009-12-24", "", 0},
		{"LT Christmas Eve 2010 one-off", "LT", "", "2010-12-24", "Christmas Eve (2010)", 0},
		{"LT Christmas Eve from 2011", "LT", "", "2012-12-24", "Christmas Eve", 0},
		{"LT Easter Monday 2024", "LT", "", "2024-04-01", "Easter Monday", 0},
		{"LU National Day in June", "LU", "", "2025-06-23", "National Day", 0},
		{"LU no Europe Day 2018", "LU", "", "2018-05-09", "", 0},
		{"LU Europe Day from 2019", "LU", "", "2019-05-09", "Europe Day", 0},
		{"LV 2023 ice hockey one-off", "LV", "", "2023-05-29", "Ice hockey bronze medal day", 0},
		{"LV Proclamation Day substitute", "LV", "", "2023-11-20", "Proclamation Day (substitute day)", 0},
		{"LV Song Festival closing day substitute 2023", "LV", "", "2023-07-10", "Song and Dance Festival closing day (substitute day)", 0},
		{"LV no Proclamation Day substitute 2006", "LV", "", "2006-11-20", "", 0},
		{"LV Proclamation Day substitute 2007", "LV", "", "2007-11-19", "Proclamation Day (substitute day)", 0},
		{"LV no Christmas Eve 2006", "LV", "", "2006-12-25", "Christmas Day", 0},
		{"LV Good Friday 2025", "LV", "", "2025-04-18", "Good Friday", 0},
		{"MT Good Friday 2024", "MT", "", "2024-03-29", "Good Friday", 0},
		{"NL King's Day moves to Saturday", "NL", "", "2025-04-26", "King's Day", 0},
		{"NL no King's Day on its Sunday", "NL", "", "2025-04-27", "", 0},
		{"NL Queen's Day 2006 on Saturday", "NL", "", "2006-04-29", "Queen's Day", 0},
		{"NL Queen's Day 2013", "NL", "", "2013-04-30", "Queen's Day", 0},
		{"NL no Queen's Day 2014", "NL", "", "2014-04-30", "", 0},
		{"NL bridge day 2018 (decree)", "NL", "", "2018-05-11", "Day equated with a public holiday (bridge day)", 0},
		{"NO Maundy Thursday 2024", "NO", "", "2024-03-28", "Maundy Thursday", 0},
		{"PL no Christmas Eve 2024", "PL", "", "2024-12-24", "", 0},
		{"PL Christmas Eve from 2025", "PL", "", "2025-12-24", "Christmas Eve", 0},
		{"PL 2018 centenary one-off", "PL", "", "2018-11-12", "Independence Day centenary", 0},
		{"PL Corpus Christi 2025", "PL", "", "2025-06-19", "Corpus Christi", 0},
		{"PT Corpus Christi suspended 2014", "PT", "", "2014-06-19", "", 0},
		{"PT Corpus Christi restored 2016", "PT", "", "2016-05-26", "Corpus Christi", 0},
		{"PT Corpus Christi 2012", "PT", "", "2012-06-07", "Corpus Christi", 0},
		{"PT-20 Azores Day (Whit Monday) 2025", "PT", "azores", "2025-06-09", "Azores Day (Whit Monday)", 0},
		{"PT-30 Madeira Boxing Day", "PT", "PT-30", "2025-12-26", "Boxing Day (Madeira)", 0},
		{"PT no Boxing Day nationally", "PT", "", "2025-12-26", "", 0},
		{"RO no Good Friday 2017", "RO", "", "2017-04-14", "", 0},
		{"RO Orthodox Good Friday from 2018", "RO", "", "2018-04-06", "Orthodox Good Friday", 0},
		{"RO no Assumption Day 2008", "RO", "", "2008-08-15", "", 0},
		{"RO Assumption Day from 2009", "RO", "", "2011-08-15", "Assumption Day", 0},
		{"RO Orthodox Whit Monday 2025", "RO", "", "2025-06-09", "Orthodox Whit Monday", 0},
		{"SE Whit Monday until 2004", "SE", "", "2004-05-31", "Whit Monday", 0},
		{"SE no Whit Monday 2005", "SE", "", "2005-05-16", "", 0},
		{"SE National Day from 2005", "SE", "", "2005-06-06", "National Day", 0},
		{"SE Midsummer Day 2025", "SE", "", "2025-06-21", "Midsummer Day", 0},
		{"SE Midsummer Eve 2025 (time limits)", "SE", "", "2025-06-20", "Midsummer Eve", 0},
		{"IE 2022 one-off", "IE", "", "2022-03-18", "Extra public holiday (2022)", 0},
		{"SI 2 January abolished 2013", "SI", "", "2013-01-02", "", 0},
		{"SI 2 January restored 2017", "SI", "", "2017-01-02", "New Year's Day (second day)", 0},
		{"SI Easter Monday 2025", "SI", "", "2025-04-21", "Easter Monday", 0},
		{"SK Constitution Day 2023", "SK", "", "2023-09-01", "Constitution Day", 0},
		{"SK no day of rest 1 September 2024", "SK", "", "2024-09-01", "", 0},
		{"SK 8 May 2025", "SK", "", "2025-05-08", "Day of Victory over Fascism", 0},
		{"SK no day of rest 8 May 2026", "SK", "", "2026-05-08", "", 0},
		{"SK Good Friday 2025", "SK", "", "2025-04-18", "Good Friday", 0},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := For(tc.market, tc.region)
			if err != nil {
				t.Fatal(err)
			}
			d, err := time.Parse("2006-01-02", tc.date)
			if err != nil {
				t.Fatal(err)
			}
			h, ok := holidayOn(t, s, d.Year(), d.Month(), d.Day())
			got := ""
			if ok {
				got = h.NameEN
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("holiday on %s (-want +got):\n%s", tc.date, diff)
			}
			if ok && h.From != tc.from {
				t.Errorf("From = %d, want %d", h.From, tc.from)
			}
		})
		covered[tc.market] = true
	}
	for _, m := range Markets() {
		if !covered[m.Code] {
			t.Errorf("market %s has no named test", m.Code)
		}
	}
}

func TestMarketsAndRegions(t *testing.T) {
	ms := Markets()
	if len(ms) != 30 {
		t.Errorf("%d markets, want 30 (EU 27 + IS, LI, NO)", len(ms))
	}
	if !slices.IsSortedFunc(ms, func(a, b Market) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("markets not sorted")
	}
	for _, m := range ms {
		if _, err := time.LoadLocation(m.Location); err != nil {
			t.Errorf("%s: %v", m.Code, err)
		}
		rs, err := Regions(m.Code)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.IsSortedFunc(rs, func(a, b Region) int { return strings.Compare(a.Code, b.Code) }) {
			t.Errorf("%s: regions not sorted", m.Code)
		}
		for _, r := range rs {
			if !strings.HasPrefix(r.Code, m.Code+"-") {
				t.Errorf("%s: region code %s", m.Code, r.Code)
			}
			if r.Location != "" {
				if _, err := time.LoadLocation(r.Location); err != nil {
					t.Errorf("%s: %v", r.Code, err)
				}
			}
			for _, a := range r.Aliases {
				if a != strings.ToLower(a) {
					t.Errorf("%s: alias %q not lower-case", r.Code, a)
				}
			}
		}
	}
	want := map[string]int{"DE": 16, "ES": 19, "FI": 1, "FR": 10, "PT": 2}
	for m, n := range want {
		rs, _ := Regions(m)
		if len(rs) != n {
			t.Errorf("%s: %d regions, want %d", m, len(rs), n)
		}
	}
	// France keeps the names that select its regions today.
	for _, a := range []string{"alsace-moselle", "guadeloupe", "guyane", "martinique", "mayotte", "reunion", "saint-barthelemy", "saint-martin"} {
		if _, err := For("fr", a); err != nil {
			t.Errorf("alias %s: %v", a, err)
		}
	}
	locs := map[[2]string]string{
		{"ES", "ES-CN"}: "Atlantic/Canary", {"PT", "PT-20"}: "Atlantic/Azores", {"PT", "PT-30"}: "Atlantic/Madeira",
		{"FR", "reunion"}: "Indian/Reunion", {"DE", "DE-BY"}: "Europe/Berlin", {"FR", ""}: "Europe/Paris",
	}
	for k, want := range locs {
		s, err := For(k[0], k[1])
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Location(); got != want {
			t.Errorf("%v: Location %s, want %s", k, got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	_, err := For("XX", "")
	if !errors.Is(err, ErrUnknownMarket) || !strings.Contains(err.Error(), "AT, BE") {
		t.Errorf("unknown market: %v", err)
	}
	_, err = Regions("XX")
	if !errors.Is(err, ErrUnknownMarket) {
		t.Errorf("Regions unknown market: %v", err)
	}
	_, err = For("FR", "bretagne")
	if !errors.Is(err, ErrUnknownRegion) || !strings.Contains(err.Error(), "alsace-moselle") {
		t.Errorf("unknown region: %v", err)
	}
	_, err = For("AT", "AT-9")
	if !errors.Is(err, ErrUnknownRegion) || !strings.Contains(err.Error(), "none") {
		t.Errorf("region of a market without regions: %v", err)
	}
	s, _ := For("DE", "")
	for _, y := range []int{FirstYear - 1, LastYear + 1} {
		if _, err := s.Year(y); !errors.Is(err, ErrYearRange) {
			t.Errorf("Year(%d): %v", y, err)
		}
	}
	if _, err := (Set{}).Year(2024); err != nil {
		t.Errorf("zero Set: %v", err)
	}
}

func TestValidate(t *testing.T) {
	ok := def("Neujahr", "New Year's Day", "FTG §1", fd(jan, 1))
	tests := []struct {
		name  string
		d     Definition
		field string
	}{
		{"valid", ok, ""},
		{"empty name", func() Definition { d := ok; d.Name = ""; return d }(), "Name"},
		{"empty English name", func() Definition { d := ok; d.NameEN = " "; return d }(), "NameEN"},
		{"empty basis", func() Definition { d := ok; d.Basis = ""; return d }(), "Basis"},
		{"end before start", ok.years(2020, 2019), "Last"},
		{"first year outside the data", ok.since(1900), "First"},
		{"last year outside the data", ok.until(2100), "Last"},
		{"30 February", def("x", "x", "b", fd(feb, 30)), "Rule.Day"},
		{"29 February in a common year", def("x", "x", "b", fd(feb, 29)).years(2024, 2025), "Rule.Day"},
		{"29 February in a leap year only", def("x", "x", "b", fd(feb, 29)).years(2024, 2024), ""},
		{"31 April", def("x", "x", "b", fd(apr, 31)), "Rule.Day"},
		{"month 13", def("x", "x", "b", fd(13, 1)), "Rule.Month"},
		{"From negative", ok.from(-1), "From"},
		{"From a whole day", ok.from(86400), "From"},
		{"fifth Monday", def("x", "x", "b", Nth(may, time.Monday, 5)), "Rule.N"},
		{"weekday 7", def("x", "x", "b", Nth(may, 7, 1)), "Rule.Weekday"},
		{"Easter offset leaves the year", def("x", "x", "b", EasterDay(300)), "Rule.Offset"},
		{"no kind", def("x", "x", "b", Rule{}), "Rule.Kind"},
		{"substitute leaves the year", def("x", "x", "b", fd(dec, 30)).substitute(), "Rule"},
		{"shift too far", def("x", "x", "b", Rule{Kind: Fixed, Month: apr, Day: 27, SundayShift: 3}), "Rule.SundayShift"},
		{"bad region", ok.in("Bavaria"), "Region"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.d.Validate()
			var de *DefinitionError
			switch {
			case tc.field == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.field != "" && !errors.As(err, &de):
				t.Errorf("error %v, want a *DefinitionError on %s", err, tc.field)
			case tc.field != "" && de.Field != tc.field:
				t.Errorf("field %s, want %s (%v)", de.Field, tc.field, err)
			}
		})
	}
}

// TestDataValid validates every definition of every market and checks that
// regional definitions name a region of their market.
func TestDataValid(t *testing.T) {
	for _, e := range table() {
		d := e.data()
		if e.regional != nil {
			d.defs = append(d.defs, e.regional("")...)
		}
		codes := map[string]bool{}
		for _, r := range d.regions {
			codes[r.Code] = true
		}
		for _, def := range d.defs {
			if err := def.Validate(); err != nil {
				t.Errorf("%s: %v", e.market.Code, err)
			}
			if def.Region != "" && !codes[def.Region] {
				t.Errorf("%s: %q names unknown region %s", e.market.Code, def.Name, def.Region)
			}
		}
	}
}

// TestEasterReference checks the computus against rickar/cal for every year
// of the data, and the weekday rules against cal.WeekdayN.
func TestEasterReference(t *testing.T) {
	west := &cal.Holiday{Func: cal.CalcEasterOffset}
	east := &cal.Holiday{Func: cal.CalcEasterOffset, Julian: true}
	for y := FirstYear; y <= LastYear; y++ {
		for _, c := range []struct {
			h   *cal.Holiday
			got int
		}{{west, easter(y)}, {east, orthodox(y)}} {
			want, _ := c.h.Calc(y)
			if c.got != want.YearDay() {
				t.Errorf("%d: day %d, rickar %s", y, c.got, want.Format("2006-01-02"))
			}
		}
		for _, m := range []time.Month{jan, feb, may, aug, oct, dec} {
			for wd := time.Sunday; wd <= time.Saturday; wd++ {
				for _, n := range []int{1, 2, 4, -1} {
					got, _ := Nth(m, wd, n).dayOfYear(y, new(int), new(int))
					if want := cal.WeekdayN(y, m, wd, n); got != want.YearDay() {
						t.Errorf("%d %s %s %d: %d, want %s", y, m, wd, n, got, want.Format("2006-01-02"))
					}
				}
			}
		}
		for n := 1; n <= 366; n += 17 {
			want := time.Date(y, 1, n, 0, 0, 0, 0, time.UTC)
			if got := weekday(y, n); got != int(want.Weekday()) {
				t.Fatalf("weekday(%d, %d) = %d, want %s", y, n, got, want.Weekday())
			}
			if m, d := fromYday(y, want.YearDay()); m != want.Month() || d != want.Day() {
				t.Fatalf("fromYday(%d, %d) = %s %d, want %s", y, n, m, d, want.Format("Jan 2"))
			}
		}
	}
}

// checkYear asserts the invariants of one year of a set.
func checkYear(t *testing.T, s Set, y int) {
	t.Helper()
	hs, err := s.Year(y)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hs {
		if h.Year != y || h.Month < jan || h.Month > dec || h.Day < 1 || h.Day > daysIn(y, h.Month) {
			t.Fatalf("%s %d: invalid date %+v", s.Market().Code, y, h)
		}
		if h.Name == "" || h.NameEN == "" || h.Basis == "" || h.From < 0 || h.From > 86399 {
			t.Fatalf("%s %d: incomplete %+v", s.Market().Code, y, h)
		}
		if i > 0 && less(h, hs[i-1]) {
			t.Fatalf("%s %d: not sorted at %d", s.Market().Code, y, i)
		}
	}
	if r, ok := s.Region(); ok {
		nat, _ := For(s.Market().Code, "")
		ns, _ := nat.Year(y)
		for _, n := range ns {
			if !slices.Contains(hs, n) {
				t.Fatalf("%s %d: national %+v missing from region", r.Code, y, n)
			}
		}
		for _, h := range hs {
			if h.Region != "" && h.Region != r.Code {
				t.Fatalf("%s: holiday of another region %+v", r.Code, h)
			}
		}
	}
}

func allSets(t testing.TB) []Set {
	var out []Set
	for _, m := range Markets() {
		s, err := For(m.Code, "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
		rs, _ := Regions(m.Code)
		for _, r := range rs {
			s, err := For(m.Code, r.Code)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
	}
	return out
}

// TestProperties: every year of every set is sorted, valid, inside the
// year, and a region's year contains the national year.
func TestProperties(t *testing.T) {
	step := 1
	if testing.Short() || raceEnabled {
		step = 7
	}
	for _, s := range allSets(t) {
		for y := FirstYear; y <= LastYear; y += step {
			checkYear(t, s, y)
		}
	}
}

func FuzzYear(f *testing.F) {
	f.Add(0, 2024)
	f.Add(40, 1990)
	f.Add(100, 2099)
	sets := allSets(f)
	f.Fuzz(func(t *testing.T, i, y int) {
		s := sets[(i%len(sets)+len(sets))%len(sets)]
		if y < FirstYear || y > LastYear {
			if _, err := s.Year(y); !errors.Is(err, ErrYearRange) {
				t.Fatalf("Year(%d): %v", y, err)
			}
			return
		}
		checkYear(t, s, y)
	})
}

func TestRandomYears(t *testing.T) {
	sets := allSets(t)
	r := rand.New(rand.NewPCG(1, 2))
	n := 2000
	if testing.Short() || raceEnabled {
		n = 200
	}
	for range n {
		checkYear(t, sets[r.IntN(len(sets))], FirstYear+r.IntN(LastYear-FirstYear+1))
	}
}

func TestAppendYearAllocs(t *testing.T) {
	s, _ := For("DE", "DE-BY")
	buf := make([]Holiday, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		var err error
		buf, err = s.AppendYear(buf[:0], 2026)
		if err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendYear allocates %.0f times, want 0", allocs)
	}
	// Appending keeps what dst held.
	pre := []Holiday{{Year: 1}}
	got, _ := s.AppendYear(pre, 2026)
	want, _ := s.Year(2026)
	if diff := cmp.Diff(append([]Holiday{{Year: 1}}, want...), got); diff != "" {
		t.Error(diff)
	}
}

// TestImmutable: accessors return copies.
func TestImmutable(t *testing.T) {
	s, _ := For("FR", "alsace-moselle")
	r, _ := s.Region()
	r.Aliases[0] = "x"
	src := s.Sources()
	src[0] = "x"
	defs := s.Definitions()
	defs[0].Name = "x"
	r2, _ := s.Region()
	if r2.Aliases[0] != "alsace-moselle" || s.Sources()[0] == "x" || s.Definitions()[0].Name == "x" {
		t.Error("Set shares memory with its caller")
	}
	ms := Markets()
	ms[0].Code = "x"
	if Markets()[0].Code != "AT" {
		t.Error("Markets shares memory")
	}
}

func TestConcurrent(t *testing.T) {
	s, _ := For("ES", "ES-CN")
	want, _ := s.Year(2030)
	done := make(chan error)
	for g := range 8 {
		go func() {
			var err error
			for range 100 {
				got, _ := s.Year(2030)
				if !cmp.Equal(want, got) {
					err = fmt.Errorf("goroutine %d: different result", g)
				}
			}
			done <- err
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func BenchmarkYear(b *testing.B) {
	s, _ := For("DE", "DE-BY")
	buf := make([]Holiday, 0, 64)
	for b.Loop() {
		buf, _ = s.AppendYear(buf[:0], 2026)
	}
}

func BenchmarkYearAlloc(b *testing.B) {
	s, _ := For("ES", "ES-CT")
	for b.Loop() {
		_, _ = s.Year(2026)
	}
}

func BenchmarkFor(b *testing.B) {
	for b.Loop() {
		_, _ = For("DE", "DE-BY")
	}
}

func BenchmarkYearES(b *testing.B) {
	s, _ := For("ES", "ES-CN")
	buf := make([]Holiday, 0, 64)
	for b.Loop() {
		buf, _ = s.AppendYear(buf[:0], 2026)
	}
}

func BenchmarkForES(b *testing.B) {
	for b.Loop() {
		_, _ = For("ES", "ES-CN")
	}
}
