package calendar

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
)

// partDayIS is Iceland, Monday–Friday 09:00–17:00, where 24 December
// 2026 (a Thursday) is a holiday from 13:00; 25 December is a whole-day
// holiday.
func partDayIS(t *testing.T) Calendar {
	t.Helper()
	return mustNew(t, Spec{Market: "IS", Week: week("09:00-17:00", time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)})
}

func TestPartDayHoliday(t *testing.T) {
	c := partDayIS(t)
	rvk := c.Location()
	ts := func(d, h int) time.Time { return time.Date(2026, time.December, d, h, 0, 0, 0, rvk) }
	eve := MustDate(2026, time.December, 24)

	h, ok := c.HolidayOn(eve)
	if diff := cmp.Diff(Holiday{Date: eve, Name: "Aðfangadagur jóla", Basis: "Lög nr. 88/1971 um 40 stunda vinnuviku 6. gr.", From: 13 * 3600}, h); !ok || diff != "" {
		t.Errorf("HolidayOn(24 Dec) (-want +got):\n%s", diff)
	}
	add := []struct {
		name string
		from time.Time
		d    time.Duration
		want time.Time
	}{
		{"stops at 13:00, an end is that end", ts(24, 10), 3 * time.Hour, ts(24, 13)},
		{"resumes on Monday 28th after Christmas and the weekend", ts(24, 10), 4 * time.Hour, ts(28, 10)},
		{"from the afternoon of the 24th", ts(24, 15), time.Hour, ts(28, 10)},
		{"from the 23rd", ts(23, 16), 2 * time.Hour, ts(24, 10)},
	}
	for _, tt := range add {
		t.Run("AddBusiness/"+tt.name, func(t *testing.T) {
			got, err := c.AddBusiness(tt.from, tt.d)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want.Format(time.RFC3339), got.Format(time.RFC3339)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if want := refAdd(c, tt.from, tt.d); !want.Equal(got) {
				t.Errorf("reference %s, fast %s", want, got)
			}
		})
	}
	if got, _ := c.Between(ts(24, 0), ts(25, 0)); got != 4*time.Hour {
		t.Errorf("Between over 24 Dec = %v, want 4h", got)
	}
	if got, want := refBetween(c, ts(23, 0), ts(29, 0)), 8*time.Hour+4*time.Hour+8*time.Hour; got != want {
		t.Errorf("reference Between 23–28 Dec = %v, want %v", got, want)
	}
	if got, _ := c.Between(ts(23, 0), ts(29, 0)); got != 20*time.Hour {
		t.Errorf("Between 23–28 Dec = %v, want 20h", got)
	}
	if !c.IsWorkingDay(eve) || c.IsRestDay(eve) {
		t.Errorf("24 Dec: working %v, rest %v; want a working day that is no rest day", c.IsWorkingDay(eve), c.IsRestDay(eve))
	}
	if c.IsWorkingDay(eve.AddDays(1)) {
		t.Error("25 Dec is a whole-day holiday")
	}
	if n, _ := c.WorkingDays(eve.AddDays(-1), eve.AddDays(4)); n != 3 {
		t.Errorf("WorkingDays 23–28 Dec = %d, want 3 (23, 24, 28)", n)
	}
	if !c.InWorkingTime(ts(24, 12)) || c.InWorkingTime(ts(24, 14)) {
		t.Error("InWorkingTime: 12:00 is worked, 14:00 is not on 24 Dec")
	}
	// A period whose last day is the part-day holiday does not roll.
	p, err := c.Period(MustDate(2026, time.December, 10), 14, Days, true)
	if err != nil {
		t.Fatal(err)
	}
	if p.LastDay != eve || p.Rolled() {
		t.Errorf("Period last day %s (rolled %v), want %s unrolled", p.LastDay, p.Rolled(), eve)
	}
	if got, _ := c.AddWorkingDays(ts(23, 10), 1); !got.Equal(ts(24, 10)) {
		t.Errorf("AddWorkingDays(23 Dec, 1) = %s, want 24 Dec 10:00", got)
	}
	var found bool
	for _, h := range c.Holidays(2026) {
		found = found || (h.Date == eve && h.From == 13*3600)
	}
	if !found {
		t.Error("Holidays(2026) lacks the part-day 24 Dec")
	}
}

// TestPartDayOnDSTDay puts a part-day holiday on the day clocks go
// forward in Paris and checks every fast path against the reference.
func TestPartDayOnDSTDay(t *testing.T) {
	dst := MustDate(2026, time.March, 29)
	for _, from := range []Clock{3600, 2*3600 + 1800, 3 * 3600, 12 * 3600} {
		c := mustNew(t, Spec{Market: "FR", Week: week("00:00-24:00", allDays...),
			AddHolidays: []Holiday{{Date: dst, Name: "demi-journée", From: from}}})
		start := at("2026-03-28T20:00:00+01:00")
		step := 1
		if testing.Short() || raceEnabled {
			step = 7
		}
		for h := 0; h < 40; h += step {
			t0 := start.Add(time.Duration(h) * time.Hour)
			for _, d := range []time.Duration{time.Hour, 5 * time.Hour, 30 * time.Hour} {
				got, err := c.AddBusiness(t0, d)
				if err != nil {
					t.Fatal(err)
				}
				if want := refAdd(c, t0, d); !got.Equal(want) {
					t.Fatalf("from %s: AddBusiness(%s, %v) = %s, reference %s", from, t0, d, got, want)
				}
				t1 := t0.Add(d)
				if got, want := mustBetween(t, c, t0, t1), refBetween(c, t0, t1); got != want {
					t.Fatalf("from %s: Between(%s, %s) = %v, reference %v", from, t0, t1, got, want)
				}
			}
		}
	}
}

func mustBetween(t *testing.T, c Calendar, a, b time.Time) time.Duration {
	t.Helper()
	d, err := c.Between(a, b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestHolidayJSON(t *testing.T) {
	tests := []struct {
		name string
		h    Holiday
		want string
	}{
		{"whole day", Holiday{Date: MustParseDate("2026-07-14"), Name: "Fête nationale"}, `{"date":"2026-07-14","name":"Fête nationale"}`},
		{"part-day with basis", Holiday{Date: MustParseDate("2026-12-24"), Name: "Aðfangadagur", Basis: "x", From: 13 * 3600}, `{"date":"2026-12-24","name":"Aðfangadagur","basis":"x","from":"13:00"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.h)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			var back Holiday
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.h, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
	var s Spec
	err := strictjson.Decode([]byte(`{"market":"IS","add_holidays":[{"date":"2026-06-16","name":"x","from":"25:00"}]}`), &s)
	if err == nil || !strings.HasPrefix(err.Error(), "add_holidays[0].from") {
		t.Errorf("from 25:00: %v", err)
	}
}

// TestGallopAgainstBisection checks the interpolating, galloping search
// of at against a plain bisection (hint -1) for random targets and every
// valid hint distance, on schedules with very different averages.
func TestGallopAgainstBisection(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, spec := range []Spec{
		{Market: "FR"},
		{Market: "FR", Week: week("09:00-09:01", time.Wednesday)},
		{Market: "DE", Week: week("00:00-24:00", allDays...)},
	} {
		c := mustNew(t, spec)
		total := int64(c.t.cum[c.t.n]) * nsPerSec
		for i := 0; i < 2000; i++ {
			x := 1 + r.Int64N(total)
			s0, n0, ok0 := c.t.at(x, -1, 0)
			// Any day whose prefix is below x is a valid hint.
			xs := uint32((x + nsPerSec - 1) / nsPerSec)
			k, _ := slices.BinarySearch(c.t.cum, xs)
			hint := r.IntN(max(k, 1))
			if r.IntN(4) == 0 {
				hint = max(k-1, 0)
			}
			// Any guess is valid: near the answer, or anywhere.
			guess := k + r.IntN(25) - 12
			if r.IntN(3) == 0 {
				guess = r.IntN(2*c.t.n) - c.t.n/2
			}
			s1, n1, ok1 := c.t.at(x, hint, guess)
			if s0 != s1 || n0 != n1 || ok0 != ok1 {
				t.Fatalf("%+v: at(%d, hint %d, guess %d) = %d.%d %v, bisection %d.%d %v", spec.Week, x, hint, guess, s1, n1, ok1, s0, n0, ok0)
			}
		}
	}
}

// TestAgainstReferenceAllYears checks the fast paths against the slow
// reference over the whole table range, in zones whose clocks change at
// midnight (America/Havana, America/Santiago) or by half an hour
// (Australia/Lord_Howe), and after 2037, where the zone data ends in rules.
func TestAgainstReferenceAllYears(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	per := 150
	if testing.Short() || raceEnabled {
		per = 30
	}
	for _, loc := range []string{"Europe/Paris", "America/Havana", "America/Santiago", "Australia/Lord_Howe", "Europe/Lisbon"} {
		c := mustNew(t, Spec{Market: "FR", Location: loc, Week: &Week{
			Mon: []Interval{MustInterval("00:00-01:30"), MustInterval("09:00-24:00")},
			Tue: []Interval{MustInterval("00:00-24:00")},
			Sat: []Interval{MustInterval("00:30-02:30")},
			Sun: []Interval{MustInterval("23:00-24:00")},
		}, AddHolidays: []Holiday{{Date: MustDate(2050, time.March, 29), Name: "x", From: 3600}}})
		l := c.Location()
		lo := time.Date(FirstYear, 1, 3, 0, 0, 0, 0, l).Unix()
		hi := time.Date(2099, 12, 1, 0, 0, 0, 0, l).Unix()
		for i := 0; i < per; i++ {
			t0 := time.Unix(lo+r.Int64N(hi-lo), 0).In(l)
			d := time.Duration(r.Int64N(int64(100 * time.Hour)))
			got, err := c.AddBusiness(t0, d)
			if err != nil {
				t.Fatal(err)
			}
			if want := refAdd(c, t0, d); !got.Equal(want) {
				t.Fatalf("%s: AddBusiness(%s, %v) = %s, reference %s", loc, t0, d, got, want)
			}
			t1 := t0.Add(time.Duration(r.Int64N(int64(20 * 24 * time.Hour))))
			if g, w := mustBetween(t, c, t0, t1), refBetween(c, t0, t1); g != w {
				t.Fatalf("%s: Between(%s, %s) = %v, reference %v", loc, t0, t1, g, w)
			}
			n := r.IntN(6)
			gw, err := c.AddWorkingDays(t0, n)
			if err != nil {
				t.Fatal(err)
			}
			if ww := refAddWorkingDays(c, t0, n); !gw.Equal(ww) {
				t.Fatalf("%s: AddWorkingDays(%s, %d) = %s, reference %s", loc, t0, n, gw, ww)
			}
			day := c.DateOf(t0)
			st, _ := c.Start(day)
			if want := refWall(l, day, 0); !st.Equal(want) {
				t.Fatalf("%s: Start(%s) = %s, reference %s", loc, day, st, want)
			}
		}
	}
}
