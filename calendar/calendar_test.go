package calendar

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/fr"
)

var paris = mustLoc("Europe/Paris")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func mustNew(t testing.TB, s Spec) Calendar {
	t.Helper()
	c, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func week(iv string, days ...time.Weekday) *Week {
	w := Weekdays(MustInterval(iv), days...)
	return &w
}

var allDays = []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}

func TestHolidays(t *testing.T) {
	tests := []struct {
		name   string
		market string
		region string
		year   int
		want   map[string]string // date -> name, a subset that must be there
		absent []string
	}{
		{"FR 2026 movable feasts (C. trav. L3133-1)", "FR", "", 2026, map[string]string{
			"2026-04-06": "Lundi de Pâques", "2026-05-14": "Ascension", "2026-05-25": "Lundi de Pentecôte",
			"2026-07-14": "Fête nationale", "2026-11-11": "Armistice 1918", "2026-12-25": "Noël",
		}, []string{"2026-04-03", "2026-12-26"}},
		{"FR 2025 movable feasts", "FR", "", 2025, map[string]string{
			"2025-04-21": "Lundi de Pâques", "2025-05-29": "Ascension", "2025-06-09": "Lundi de Pentecôte",
		}, nil},
		{"Alsace-Moselle adds Good Friday and 26 December (C. trav. L3134-13)", "FR", "alsace-moselle", 2026, map[string]string{
			"2026-04-03": "Vendredi saint", "2026-12-26": "Saint-Étienne", "2026-05-25": "Lundi de Pentecôte",
		}, nil},
		{"Alsace-Moselle 2027 Good Friday", "FR", "alsace-moselle", 2027, map[string]string{"2027-03-26": "Vendredi saint"}, nil},
		{"Réunion abolition day (C. trav. L3422-2)", "FR", "reunion", 2026, map[string]string{"2026-12-20": "Abolition de l'esclavage"}, nil},
		{"Martinique abolition day", "FR", "martinique", 2026, map[string]string{"2026-05-22": "Abolition de l'esclavage"}, []string{"2026-05-27"}},
		{"Guadeloupe abolition day", "FR", "guadeloupe", 2026, map[string]string{"2026-05-27": "Abolition de l'esclavage"}, nil},
		{"Mayotte abolition day", "FR", "mayotte", 2026, map[string]string{"2026-04-27": "Abolition de l'esclavage"}, nil},
		{"Guyane abolition day", "FR", "guyane", 2026, map[string]string{"2026-06-10": "Abolition de l'esclavage"}, nil},
		{"Saint-Barthélemy abolition day", "FR", "saint-barthelemy", 2026, map[string]string{"2026-10-09": "Abolition de l'esclavage"}, nil},
		{"Poland", "PL", "", 2026, map[string]string{"2026-05-03": "Święto Narodowe Trzeciego Maja", "2026-11-11": "Narodowe Święto Niepodległości"}, nil},
		{"Germany", "DE", "", 2026, map[string]string{"2026-10-03": "Tag der Deutschen Einheit"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ForMarket(tt.market, tt.region)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, h := range c.Holidays(tt.year) {
				got[h.Date.String()] = h.Name
			}
			sub := map[string]string{}
			for d := range tt.want {
				sub[d] = got[d]
			}
			if diff := cmp.Diff(tt.want, sub); diff != "" {
				t.Errorf("holidays (-want +got):\n%s\nall: %v", diff, got)
			}
			for _, d := range tt.absent {
				if n, ok := got[d]; ok {
					t.Errorf("%s is a holiday (%s), want none", d, n)
				}
			}
		})
	}
}

func TestEveryMarketBuilds(t *testing.T) {
	for _, m := range Markets() {
		c, err := ForMarket(m, "")
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		if n := len(c.Holidays(2026)); n < 5 {
			t.Errorf("%s: %d holidays in 2026, want at least 5", m, n)
		}
		if c.Location() == time.UTC {
			t.Errorf("%s: location is UTC", m)
		}
	}
	for _, r := range Regions("FR") {
		if _, err := ForMarket("FR", r); err != nil {
			t.Errorf("FR/%s: %v", r, err)
		}
	}
}

func TestAddBusiness(t *testing.T) {
	fr := MustForMarket("FR", "")
	nineToSix := mustNew(t, Spec{Market: "FR", Week: week("09:00-18:00", time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)})
	seven := mustNew(t, Spec{Market: "FR", Week: week("00:00-24:00", allDays...)})
	split := mustNew(t, Spec{Market: "FR", Week: &Week{Mon: []Interval{MustInterval("09:00-12:00"), MustInterval("14:00-18:00")}}})
	tests := []struct {
		name string
		c    Calendar
		from string
		d    time.Duration
		want string
	}{
		{"24h skips Bastille Day", fr, "2026-07-13T10:00:00+02:00", 24 * time.Hour, "2026-07-15T10:00:00+02:00"},
		{"72h from Friday skips the weekend", fr, "2026-11-20T15:00:00+01:00", 72 * time.Hour, "2026-11-25T15:00:00+01:00"},
		{"from Saturday starts Monday", fr, "2026-11-21T15:00:00+01:00", 24 * time.Hour, "2026-11-24T00:00:00+01:00"},
		{"lands at end of day, not next start", nineToSix, "2026-11-20T09:00:00+01:00", 9 * time.Hour, "2026-11-20T18:00:00+01:00"},
		{"after hours rolls to next morning", nineToSix, "2026-11-19T19:00:00+01:00", time.Hour, "2026-11-20T10:00:00+01:00"},
		{"72 business hours on 9-18 is 8 days", nineToSix, "2026-11-16T09:00:00+01:00", 72 * time.Hour, "2026-11-25T18:00:00+01:00"},
		{"lunch break skipped", split, "2026-11-16T11:00:00+01:00", 2 * time.Hour, "2026-11-16T15:00:00+01:00"},
		{"zero duration is identity", fr, "2026-11-21T15:00:00+01:00", 0, "2026-11-21T15:00:00+01:00"},
		{"sub-second kept", fr, "2026-11-20T15:00:00.25+01:00", 1500 * time.Millisecond, "2026-11-20T15:00:01.75+01:00"},
		{"spring forward day is 23h (seven-day week)", seven, "2026-03-28T12:00:00+01:00", 24 * time.Hour, "2026-03-29T13:00:00+02:00"},
		{"fall back day is 25h (seven-day week)", seven, "2026-10-24T12:00:00+02:00", 24 * time.Hour, "2026-10-25T11:00:00+01:00"},
		{"across the whole spring-forward Sunday", seven, "2026-03-29T00:00:00+01:00", 23 * time.Hour, "2026-03-30T00:00:00+02:00"},
		{"across the whole fall-back Sunday", seven, "2026-10-25T00:00:00+02:00", 25 * time.Hour, "2026-10-26T00:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.AddBusiness(at(tt.from), tt.d)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Format(time.RFC3339Nano)); diff != "" {
				t.Errorf("AddBusiness(%s, %v) (-want +got):\n%s", tt.from, tt.d, diff)
			}
			if back, _ := tt.c.Between(at(tt.from), got); back != tt.d {
				t.Errorf("Between(from, result) = %v, want %v", back, tt.d)
			}
		})
	}
}

func TestDSTBetween(t *testing.T) {
	seven := mustNew(t, Spec{Market: "FR", Week: week("00:00-24:00", allDays...)})
	night := mustNew(t, Spec{Market: "FR", Week: week("01:00-04:00", allDays...)})
	tests := []struct {
		name string
		c    Calendar
		a, b string
		want time.Duration
	}{
		{"last Sunday of March is 23h", seven, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 23 * time.Hour},
		{"last Sunday of October is 25h", seven, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", 25 * time.Hour},
		{"a normal week is 168h", seven, "2026-11-02T00:00:00+01:00", "2026-11-09T00:00:00+01:00", 168 * time.Hour},
		{"DST week in March is 167h", seven, "2026-03-23T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 167 * time.Hour},
		{"01:00-04:00 loses the skipped hour", night, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 2 * time.Hour},
		{"01:00-04:00 gains the repeated hour", night, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", 4 * time.Hour},
		{"reversed is negative", seven, "2026-03-30T00:00:00+02:00", "2026-03-29T00:00:00+01:00", -23 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.Between(at(tt.a), at(tt.b))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Between (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAddWorkingDays(t *testing.T) {
	fr := MustForMarket("FR", "")
	seven := mustNew(t, Spec{Market: "FR", Week: week("00:00-24:00", allDays...)})
	tests := []struct {
		name string
		c    Calendar
		from string
		n    int
		want string
	}{
		{"Friday + 1 is Monday", fr, "2026-11-20T15:00:00+01:00", 1, "2026-11-23T15:00:00+01:00"},
		{"Friday + 3 is Wednesday", fr, "2026-11-20T15:00:00+01:00", 3, "2026-11-25T15:00:00+01:00"},
		{"skips Bastille Day", fr, "2026-07-13T10:00:00+02:00", 1, "2026-07-15T10:00:00+02:00"},
		{"Saturday + 1 is the end of Monday", fr, "2026-11-21T08:00:00+01:00", 1, "2026-11-24T00:00:00+01:00"},
		{"Friday 23:59 + 2 is Wednesday 23:59 over Bastille Day", fr, "2026-07-10T23:59:00+02:00", 2, "2026-07-15T23:59:00+02:00"},
		{"Saturday 00:35 + 2 is the end of Wednesday over Bastille Day", fr, "2026-07-11T00:35:00+02:00", 2, "2026-07-16T00:00:00+02:00"},
		{"Monday 00:00 + 2 is Thursday 00:00 over Bastille Day", fr, "2026-07-13T00:00:00+02:00", 2, "2026-07-16T00:00:00+02:00"},
		{"holiday counts as a day off", fr, "2026-07-14T09:00:00+02:00", 1, "2026-07-16T00:00:00+02:00"},
		{"keeps wall clock over DST", fr, "2026-03-27T10:00:00+01:00", 1, "2026-03-30T10:00:00+02:00"},
		{"skipped hour moves to after the gap", seven, "2026-03-28T02:30:00+01:00", 1, "2026-03-29T03:00:00+02:00"},
		{"repeated hour takes first occurrence", seven, "2026-10-24T02:30:00+02:00", 1, "2026-10-25T02:30:00+02:00"},
		{"zero is identity", fr, "2026-11-21T08:00:00+01:00", 0, "2026-11-21T08:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.AddWorkingDays(at(tt.from), tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Format(time.RFC3339)); diff != "" {
				t.Errorf("AddWorkingDays (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPeriod(t *testing.T) {
	fr := MustForMarket("FR", "")
	als := MustForMarket("FR", "alsace-moselle")
	tests := []struct {
		name    string
		c       Calendar
		event   string
		n       int
		unit    Unit
		roll    bool
		last    string
		closes  string
		skipped int
	}{
		{"14 days onto Pentecost Monday rolls to Tuesday (L221-19)", fr, "2025-05-26", 14, Days, true, "2025-06-10", "2025-06-11T00:00:00+02:00", 1},
		{"14 days onto Saturday rolls to Monday", fr, "2025-05-31", 14, Days, true, "2025-06-16", "2025-06-17T00:00:00+02:00", 2},
		{"received Saturday 2026-02-14", fr, "2026-02-14", 14, Days, true, "2026-03-02", "2026-03-03T00:00:00+01:00", 2},
		{"no roll keeps the Saturday", fr, "2025-05-31", 14, Days, false, "2025-06-14", "2025-06-15T00:00:00+02:00", 0},
		{"29 Feb + 2 years is 28 Feb (Reg. 1182/71 art. 3(2)(c))", fr, "2024-02-29", 2, Years, false, "2026-02-28", "2026-03-01T00:00:00+01:00", 0},
		{"31 Jan + 1 month is 29 Feb in a leap year", fr, "2024-01-31", 1, Months, false, "2024-02-29", "2024-03-01T00:00:00+01:00", 0},
		{"12 months", fr, "2026-03-02", 12, Months, false, "2027-03-02", "2027-03-03T00:00:00+01:00", 0},
		{"closes at the end of a 25h day", fr, "2026-10-11", 14, Days, false, "2026-10-25", "2026-10-26T00:00:00+01:00", 0},
		{"Alsace: 26 Dec is a holiday, roll over the weekend too", als, "2025-12-12", 14, Days, true, "2025-12-29", "2025-12-30T00:00:00+01:00", 3},
		{"Alsace: Good Friday rolls over Easter Monday", als, "2026-03-20", 14, Days, true, "2026-04-07", "2026-04-08T00:00:00+02:00", 4},
		{"zero days", fr, "2026-03-02", 0, Days, false, "2026-03-02", "2026-03-03T00:00:00+01:00", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.c.Period(MustParseDate(tt.event), tt.n, tt.unit, tt.roll)
			if err != nil {
				t.Fatal(err)
			}
			got := []any{p.LastDay.String(), p.Closes.Format(time.RFC3339), len(p.Skipped)}
			want := []any{tt.last, tt.closes, tt.skipped}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Period (-want +got):\n%s\n%+v", diff, p)
			}
		})
	}
}

func TestDerivedCalendars(t *testing.T) {
	base := MustForMarket("FR", "")
	pentecost := MustParseDate("2026-05-25")
	worked, err := base.WithoutHolidays(pentecost)
	if err != nil {
		t.Fatal(err)
	}
	if base.IsWorkingDay(pentecost) || !worked.IsWorkingDay(pentecost) {
		t.Errorf("worked Pentecost: base %v derived %v", base.IsWorkingDay(pentecost), worked.IsWorkingDay(pentecost))
	}
	byName := mustNew(t, Spec{Market: "FR", RemoveHolidayNames: []string{"Lundi de Pentecôte"}})
	if !byName.IsWorkingDay(pentecost) || !byName.IsWorkingDay(MustParseDate("2027-05-17")) {
		t.Error("remove_holiday_names did not free Pentecost Monday in every year")
	}
	extra, err := base.WithHolidays(Holiday{Date: MustParseDate("2026-11-23"), Name: "Inventaire"})
	if err != nil {
		t.Fatal(err)
	}
	if name, ok := extra.Holiday(MustParseDate("2026-11-23")); !ok || name != "Inventaire" {
		t.Errorf("added holiday = %q, %v", name, ok)
	}
	vac, err := base.WithClosures(Closure{From: MustParseDate("2026-11-23"), To: MustParseDate("2026-11-27"), Reason: "vacation"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := vac.AddBusiness(at("2026-11-20T15:00:00+01:00"), 24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	// Friday 15:00: 9 h left on Friday, closed Monday to Friday, then 15 h
	// on Monday 30 November.
	if diff := cmp.Diff("2026-11-30T15:00:00+01:00", got.Format(time.RFC3339)); diff != "" {
		t.Errorf("with vacation (-want +got):\n%s", diff)
	}
	if n, _ := vac.WorkingDays(MustParseDate("2026-11-23"), MustParseDate("2026-11-30")); n != 1 {
		t.Errorf("WorkingDays over a closure = %d, want 1", n)
	}
	if base.IsClosed(MustParseDate("2026-11-24")) || !vac.IsClosed(MustParseDate("2026-11-24")) {
		t.Error("closure leaked into the base calendar or is missing from the derived one")
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		spec Spec
		want string
	}{
		{"unknown market", Spec{Market: "XX"}, "market: unknown market"},
		{"missing market", Spec{}, "market: missing"},
		{"unknown region", Spec{Market: "FR", Region: "bretagne"}, "region: unknown region"},
		{"bad location", Spec{Market: "FR", Location: "Mars/Olympus"}, "location: unknown time zone"},
		{"inverted interval", Spec{Market: "FR", Week: &Week{Mon: []Interval{{Start: 64800, End: 32400}}}}, "week.mon[0]: end before start"},
		{"overlap", Spec{Market: "FR", Week: &Week{Tue: []Interval{MustInterval("09:00-12:00"), MustInterval("11:00-13:00")}}}, "week.tue[1]:"},
		{"no working day", Spec{Market: "FR", Week: &Week{}}, "week: no working day"},
		{"closure inverted", Spec{Market: "FR", Closures: []Closure{{From: MustParseDate("2026-01-05"), To: MustParseDate("2026-01-01")}}}, "closures[0].to: closure ends"},
		{"remove unknown name", Spec{Market: "FR", RemoveHolidayNames: []string{"Mardi gras"}}, "remove_holiday_names[0]:"},
		{"add and remove same date", Spec{Market: "FR", AddHolidays: []Holiday{{Date: MustParseDate("2026-01-02"), Name: "x"}}, RemoveHolidays: []Date{MustParseDate("2026-01-02")}}, "remove_holidays[0]:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.spec)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("New error = %v, want prefix %q", err, tt.want)
			}
		})
	}
	c := MustForMarket("FR", "")
	if _, err := c.AddBusiness(time.Time{}, time.Hour); !errors.Is(err, ErrZeroTime) {
		t.Errorf("zero time: %v", err)
	}
	if _, err := c.AddBusiness(at("2026-01-01T00:00:00Z"), -time.Hour); !errors.Is(err, ErrNegative) {
		t.Errorf("negative: %v", err)
	}
	if _, err := c.AddBusiness(at("2150-01-01T00:00:00Z"), time.Hour); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("out of range: %v", err)
	}
	if _, err := c.AddBusiness(at("2099-12-30T00:00:00Z"), 1000*time.Hour); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("result out of range: %v", err)
	}
	var zero Calendar
	if _, err := zero.AddBusiness(at("2026-01-01T00:00:00Z"), time.Hour); !errors.Is(err, ErrNoCalendar) {
		t.Errorf("zero calendar: %v", err)
	}
	if _, err := zero.Period(MustParseDate("2026-01-01"), 1, Days, true); !errors.Is(err, ErrNoCalendar) {
		t.Errorf("zero calendar period: %v", err)
	}
}

// randomSpec returns a random calendar spec: random intervals, holidays
// removed and added, closures.
func randomSpec(r *rand.Rand) Spec {
	var w Week
	days := [7]*[]Interval{&w.Sun, &w.Mon, &w.Tue, &w.Wed, &w.Thu, &w.Fri, &w.Sat}
	for _, d := range days {
		if r.IntN(4) == 0 {
			continue
		}
		var ivs []Interval
		at := Clock(0)
		for at < EndOfDay && r.IntN(3) != 0 {
			s := at + Clock(r.IntN(int(EndOfDay-at)))
			e := s + 1 + Clock(r.IntN(int(EndOfDay-s)))
			if e > EndOfDay {
				e = EndOfDay
			}
			if h := s / 3600 * 3600; r.IntN(3) == 0 && h >= at {
				s = h
			}
			if e > s {
				ivs = append(ivs, Interval{s, e})
			}
			at = e + 1
		}
		*d = ivs
	}
	if w.IsZero() {
		w = MondayToFriday()
	}
	s := Spec{Market: "FR", Week: &w}
	if r.IntN(2) == 0 {
		s.Region = "alsace-moselle"
	}
	for i := r.IntN(3); i > 0; i-- {
		from := MustDate(2025+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		s.Closures = append(s.Closures, Closure{From: from, To: from.AddDays(r.IntN(20))})
	}
	if r.IntN(3) == 0 {
		s.RemoveHolidayNames = []string{"Lundi de Pentecôte"}
	}
	// Part-day holidays, some on DST days.
	for i := r.IntN(12); i > 0; i-- {
		d := MustDate(2025+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		if r.IntN(4) == 0 {
			d = MustDate(2026, time.March, 29)
		}
		if slices.ContainsFunc(s.AddHolidays, func(h Holiday) bool { return h.Date == d }) {
			continue
		}
		s.AddHolidays = append(s.AddHolidays, Holiday{Date: d, Name: "demi-journée", From: Clock(1 + r.IntN(int(EndOfDay)-1))})
	}
	return s
}

func randomInstant(r *rand.Rand, loc *time.Location) time.Time {
	lo := time.Date(2025, 1, 1, 0, 0, 0, 0, loc).Unix()
	hi := time.Date(2028, 1, 1, 0, 0, 0, 0, loc).Unix()
	return time.Unix(lo+r.Int64N(hi-lo), 0).In(loc)
}

// TestAgainstReference checks the table-driven fast paths against the slow
// reference on random calendars and instants, DST days included.
func TestAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cals, per := 20, 60
	if testing.Short() || raceEnabled {
		cals, per = 5, 20
	}
	for i := 0; i < cals; i++ {
		spec := randomSpec(r)
		c := mustNew(t, spec)
		for j := 0; j < per; j++ {
			t0 := randomInstant(r, c.Location())
			if r.IntN(4) == 0 { // near a DST change
				t0 = at("2026-03-28T20:00:00+01:00").Add(time.Duration(r.IntN(30*3600)) * time.Second)
			}
			d := time.Duration(r.Int64N(int64(200 * time.Hour)))
			got, err := c.AddBusiness(t0, d)
			if err != nil {
				t.Fatal(err)
			}
			if want := refAdd(c, t0, d); !got.Equal(want) {
				t.Fatalf("spec %+v\nAddBusiness(%s, %v) = %s, reference %s", spec, t0, d, got, want)
			}
			t1 := t0.Add(time.Duration(r.Int64N(int64(40 * 24 * time.Hour))))
			gb, err := c.Between(t0, t1)
			if err != nil {
				t.Fatal(err)
			}
			if wb := refBetween(c, t0, t1); gb != wb {
				t.Fatalf("spec %+v\nBetween(%s, %s) = %v, reference %v", spec, t0, t1, gb, wb)
			}
			n := r.IntN(15)
			gw, err := c.AddWorkingDays(t0, n)
			if err != nil {
				t.Fatal(err)
			}
			if ww := refAddWorkingDays(c, t0, n); !gw.Equal(ww) {
				t.Fatalf("spec %+v\nAddWorkingDays(%s, %d) = %s, reference %s", spec, t0, n, gw, ww)
			}
			a, b := c.DateOf(t0), c.DateOf(t1)
			gn, _ := c.WorkingDays(a, b)
			wn := 0
			for d := a; !d.After(b); d = d.AddDays(1) {
				if refWorking(c, d) {
					wn++
				}
			}
			if gn != wn {
				t.Fatalf("WorkingDays(%s, %s) = %d, reference %d", a, b, gn, wn)
			}
			if got, want := c.IsWorkingDay(a), refWorking(c, a); got != want {
				t.Fatalf("IsWorkingDay(%s) = %v, reference %v", a, got, want)
			}
		}
	}
}

// TestProperties checks Between(t, AddBusiness(t, d)) == d, monotonicity
// and that results lie in working time.
func TestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 20000
	if testing.Short() || raceEnabled {
		n = 2000
	}
	cals := []Calendar{MustForMarket("FR", "")}
	for i := 0; i < 4; i++ {
		cals = append(cals, mustNew(t, randomSpec(r)))
	}
	for i := 0; i < n; i++ {
		c := cals[i%len(cals)]
		t0 := randomInstant(r, c.Location()).Add(time.Duration(r.Int64N(int64(time.Second))))
		d1 := time.Duration(r.Int64N(int64(500 * time.Hour)))
		d2 := d1 + time.Duration(r.Int64N(int64(50*time.Hour)))
		a1, err1 := c.AddBusiness(t0, d1)
		a2, err2 := c.AddBusiness(t0, d2)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if back, _ := c.Between(t0, a1); back != d1 {
			t.Fatalf("Between(t, Add(t, %v)) = %v (t=%s)", d1, back, t0)
		}
		if a2.Before(a1) {
			t.Fatalf("not monotonic in d: Add(%v)=%s > Add(%v)=%s", d1, a1, d2, a2)
		}
		t1 := t0.Add(time.Duration(r.Int64N(int64(72 * time.Hour))))
		b1, _ := c.AddBusiness(t1, d1)
		if b1.Before(a1) {
			t.Fatalf("not monotonic in t: Add(%s)=%s > Add(%s)=%s", t0, a1, t1, b1)
		}
		if d1 > 0 && !c.InWorkingTime(a1.Add(-time.Nanosecond)) {
			t.Fatalf("result %s not at or inside working time (t=%s d=%v)", a1, t0, d1)
		}
		if a1.Location() != c.Location() {
			t.Fatalf("result not in the calendar's location")
		}
	}
}

func rickarFR() *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	c.AddHoliday(fr.Holidays...)
	c.SetWorkHours(9*time.Hour, 18*time.Hour)
	c.Cacheable = true
	return c
}

// TestDifferentialRickar compares with rickar/cal where the two agree by
// design: one interval per day, whole seconds, French holidays.
func TestDifferentialRickar(t *testing.T) {
	ours := mustNew(t, Spec{Market: "FR", Week: week("09:00-18:00", time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)})
	theirs := rickarFR()
	r := rand.New(rand.NewPCG(5, 6))
	n := 100000
	if testing.Short() || raceEnabled {
		n = 5000
	}
	for i := 0; i < n; i++ {
		t0 := randomInstant(r, paris)
		d := time.Duration(r.Int64N(200*3600)) * time.Second
		got, err := ours.AddBusiness(t0, d)
		if err != nil {
			t.Fatal(err)
		}
		if want := theirs.AddWorkHours(t0, d); !got.Equal(want) {
			t.Fatalf("AddBusiness(%s, %v) = %s, rickar %s", t0, d, got, want)
		}
		t1 := t0.Add(time.Duration(r.Int64N(30*24*3600)) * time.Second)
		gb, _ := ours.Between(t0, t1)
		if wb := theirs.WorkHoursInRange(t0, t1); gb != wb {
			t.Fatalf("Between(%s, %s) = %v, rickar %v", t0, t1, gb, wb)
		}
		day := ours.DateOf(t0)
		if got, want := ours.IsWorkingDay(day), theirs.IsWorkday(t0); got != want {
			t.Fatalf("IsWorkingDay(%s) = %v, rickar %v", day, got, want)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	c := MustForMarket("FR", "alsace-moselle")
	c, _ = c.WithClosures(Closure{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14")})
	want, _ := c.AddBusiness(at("2026-07-31T10:00:00+02:00"), 72*time.Hour)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				got, err := c.AddBusiness(at("2026-07-31T10:00:00+02:00"), 72*time.Hour)
				if err != nil || !got.Equal(want) {
					t.Errorf("goroutine %d: %s %v", g, got, err)
					return
				}
				_, _ = c.Between(at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"))
				_ = c.IsWorkingDay(MustParseDate("2026-12-26"))
				_, _ = c.Holiday(MustParseDate("2026-04-03"))
				_, _ = c.Period(MustParseDate("2026-02-14"), 14, Days, true)
				_, _ = c.AddWorkingDays(at("2026-07-31T10:00:00+02:00"), 5)
				_ = c.Holidays(2030)
			}
		}(g)
	}
	wg.Wait()
}

func TestAllocations(t *testing.T) {
	c := MustForMarket("FR", "")
	vac, _ := c.WithClosures(Closure{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14")})
	t0 := at("2026-07-31T10:00:00+02:00")
	t1 := at("2027-07-31T10:00:00+02:00")
	d := MustParseDate("2026-05-25")
	for name, f := range map[string]func(){
		"AddBusiness":              func() { _, _ = c.AddBusiness(t0, 72*time.Hour) },
		"AddBusiness/closures":     func() { _, _ = vac.AddBusiness(t0, 72*time.Hour) },
		"Between":                  func() { _, _ = c.Between(t0, t1) },
		"Between/closures":         func() { _, _ = vac.Between(t0, t1) },
		"AddWorkingDays":           func() { _, _ = vac.AddWorkingDays(t0, 10) },
		"IsWorkingDay":             func() { _ = vac.IsWorkingDay(d) },
		"Holiday":                  func() { _, _ = c.Holiday(d) },
		"WorkingDays":              func() { _, _ = vac.WorkingDays(d, d.AddDays(100)) },
		"InWorkingTime":            func() { _ = vac.InWorkingTime(t0) },
		"Period without skips":     func() { _, _ = c.Period(MustParseDate("2026-03-02"), 14, Days, true) },
		"DateOf":                   func() { _ = c.DateOf(t0) },
		"IsRestDay":                func() { _ = c.IsRestDay(d) },
		"Date.AddMonths":           func() { _ = d.AddMonths(25) },
		"ParseDate":                func() { _, _ = ParseDate("2026-05-25") },
		"AddBusiness/out of range": func() { _, _ = c.AddBusiness(at("2150-01-01T00:00:00Z"), time.Hour) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}

func FuzzBusiness(f *testing.F) {
	f.Add(int64(1784000000), int64(72*3600), uint8(0), uint16(9*60), uint16(18*60))
	f.Add(int64(1774745000), int64(3600), uint8(1), uint16(0), uint16(1440))
	f.Add(int64(-1), int64(-5), uint8(255), uint16(2000), uint16(3))
	base := MustForMarket("FR", "")
	f.Fuzz(func(t *testing.T, unix, secs int64, days uint8, start, end uint16) {
		c := base
		if days != 0 {
			var w Week
			iv := Interval{Clock(start) * 60, Clock(end) * 60}
			for d := time.Sunday; d <= time.Saturday; d++ {
				if days&(1<<d) != 0 {
					w.set(d, []Interval{iv})
				}
			}
			var err error
			c, err = New(Spec{Market: "FR", Week: &w})
			if err != nil {
				return // invalid schedules are rejected, not panicked on
			}
		}
		t0 := time.Unix(unix%(1<<34), 0)
		d := time.Duration(secs%(1<<22)) * time.Second
		got, err := c.AddBusiness(t0, d)
		if err != nil {
			return
		}
		back, err := c.Between(t0, got)
		if err != nil {
			t.Fatalf("Between after a successful AddBusiness: %v", err)
		}
		if back != d {
			t.Fatalf("Between(t, Add(t, %v)) = %v", d, back)
		}
		if got.Before(t0) {
			t.Fatalf("AddBusiness went backwards")
		}
	})
}

// TestAddWorkingDaysMonotone checks that a later instant never gives an
// earlier result, on random calendars (closures and weekends included), at
// steps of 35 minutes across day boundaries and days off.
func TestAddWorkingDaysMonotone(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	cals, steps := 10, 2000
	if testing.Short() || raceEnabled {
		cals, steps = 4, 600
	}
	for i := 0; i < cals; i++ {
		c := mustNew(t, randomSpec(r))
		t0 := randomInstant(r, c.Location())
		for n := 1; n <= 3; n++ {
			prev, err := c.AddWorkingDays(t0, n)
			if err != nil {
				t.Fatal(err)
			}
			for s := 1; s < steps; s++ {
				ts := t0.Add(time.Duration(s) * 35 * time.Minute)
				got, err := c.AddWorkingDays(ts, n)
				if err != nil {
					t.Fatal(err)
				}
				if got.Before(prev) {
					t.Fatalf("AddWorkingDays(%s, %d) = %s is before the answer for an earlier instant, %s", ts, n, got, prev)
				}
				prev = got
			}
		}
	}
}
