package calendar

import (
	"math/rand/v2"
	"testing"
	"time"
)

// fastPathCalendars returns, for each market and zone, calendars that
// take each of the fast paths of before and at: one interval shared by
// every worked weekday (t.same), one interval differing by weekday
// (t.span), several intervals (the walk), whole days (where a clock
// change makes the day 23 or 25 hours of business time), and a part-day
// holiday (an odd day without a clock change).
func fastPathCalendars(t *testing.T, market, loc string) map[string]Calendar {
	t.Helper()
	weekdays := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	out := map[string]Calendar{}
	add := func(name string, w *Week, extra ...Holiday) {
		out[name] = mustNew(t, Spec{Market: market, Location: loc, Week: w, AddHolidays: extra})
	}
	add("same 09-18", week("09:00-18:00", weekdays...))
	add("same 00-24 every day", week("00:00-24:00", allDays...))
	add("span by weekday", &Week{
		Mon: []Interval{MustInterval("08:30-17:00")},
		Tue: []Interval{MustInterval("00:00-03:30")},
		Sat: []Interval{MustInterval("01:00-04:00")},
		Sun: []Interval{MustInterval("02:00-24:00")},
	})
	add("several a day", &Week{
		Mon: []Interval{MustInterval("00:00-02:30"), MustInterval("09:00-12:00"), MustInterval("14:00-24:00")},
		Wed: []Interval{MustInterval("01:59-03:01")},
		Sun: []Interval{MustInterval("00:00-01:00"), MustInterval("02:00-03:00"), MustInterval("23:00-24:00")},
	})
	add("part-day holidays", week("08:00-20:00", weekdays...),
		Holiday{Date: MustDate(2026, time.March, 27), Name: "afternoon off", From: mustClock(12, 0, 0)},
		Holiday{Date: MustDate(2026, time.October, 23), Name: "evening off", From: mustClock(17, 30, 0)},
		Holiday{Date: MustDate(2027, time.December, 24), Name: "Christmas Eve afternoon", From: mustClock(13, 0, 0)})
	return out
}

// mustClock is NewClock for literals in tests.
func mustClock(h, m, s int) Clock {
	c, err := NewClock(h, m, s)
	if err != nil {
		panic(err)
	}
	return c
}

// transitions returns the instants, in 2025–2027, at which loc's clocks
// change (none in Atlantic/Reykjavik).
func transitions(loc *time.Location) []time.Time {
	var out []time.Time
	u := time.Date(2025, 1, 1, 0, 0, 0, 0, loc)
	end := time.Date(2028, 1, 1, 0, 0, 0, 0, loc)
	for {
		_, next := u.ZoneBounds()
		if next.IsZero() || !next.Before(end) {
			return out
		}
		out = append(out, next)
		u = next
	}
}

// TestFastPathsAgainstReference compares AddBusiness and Between, on
// every fast path, with the slow day-by-day reference, on random instants
// clustered around each clock change and each holiday of 2025–2027 and
// spread over those years, with random nanoseconds, in four zones: two
// with the central European changes, one with the western European ones,
// one without changes.
func TestFastPathsAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 400))
	per := 150
	if testing.Short() || raceEnabled {
		per = 25
	}
	checked, near := 0, 0
	for _, z := range []struct{ market, loc string }{
		{"FR", "Europe/Paris"}, {"PL", "Europe/Warsaw"}, {"PT", "Europe/Lisbon"}, {"IS", "Atlantic/Reykjavik"},
	} {
		loc := mustLoc(z.loc)
		for name, c := range fastPathCalendars(t, z.market, z.loc) {
			// Instants of interest: clock changes, the holidays' starts
			// and ends, the part-day holidays' cuts.
			var marks []time.Time
			marks = append(marks, transitions(loc)...)
			for y := 2025; y <= 2027; y++ {
				for _, h := range c.Holidays(y) {
					s, _ := c.Start(h.Date)
					marks = append(marks, s, s.Add(36*time.Hour))
				}
			}
			if z.loc != "Atlantic/Reykjavik" && len(transitions(loc)) != 6 {
				t.Fatalf("%s: %d clock changes in 2025–2027, want 6", z.loc, len(transitions(loc)))
			}
			for j := 0; j < per; j++ {
				var t0 time.Time
				if j%3 != 0 && len(marks) > 0 {
					m := marks[r.IntN(len(marks))]
					t0 = m.Add(time.Duration(r.Int64N(int64(96*time.Hour))) - 48*time.Hour)
					near++
				} else {
					t0 = randomInstant(r, loc)
				}
				t0 = t0.Add(time.Duration(r.Int64N(int64(time.Second)))).In(loc)
				var d time.Duration
				switch r.IntN(3) {
				case 0:
					d = time.Duration(r.Int64N(int64(6 * time.Hour)))
				case 1:
					d = 72 * time.Hour
				default:
					d = time.Duration(r.Int64N(int64(400 * time.Hour)))
				}
				got, err := c.AddBusiness(t0, d)
				if err != nil {
					t.Fatal(err)
				}
				if want := refAdd(c, t0, d); !got.Equal(want) {
					t.Fatalf("%s %s: AddBusiness(%s, %v) = %s, reference %s", z.loc, name, t0.Format(time.RFC3339Nano), d, got, want)
				}
				if back := mustBetween(t, c, t0, got); back != d {
					t.Fatalf("%s %s: Between(%s, AddBusiness(…, %v)) = %v", z.loc, name, t0.Format(time.RFC3339Nano), d, back)
				}
				t1 := t0.Add(time.Duration(r.Int64N(int64(30*24*time.Hour))) - 10*24*time.Hour)
				if r.IntN(8) == 0 {
					t1 = t0.Add(8760 * time.Hour) // the benchmark's span
				}
				if g, w := mustBetween(t, c, t0, t1), refBetween(c, t0, t1); g != w {
					t.Fatalf("%s %s: Between(%s, %s) = %v, reference %v", z.loc, name, t0.Format(time.RFC3339Nano), t1.Format(time.RFC3339Nano), g, w)
				}
				checked++
			}
		}
	}
	if near < checked/2 {
		t.Fatalf("%d of %d instants near a clock change or a holiday, want at least half", near, checked)
	}
}

// TestFastPathsDoNotAllocate checks AddBusiness and Between allocate
// nothing on each fast path: regular days, clock-change days, part-day
// holidays, with and without closures.
func TestFastPathsDoNotAllocate(t *testing.T) {
	for _, z := range []struct{ market, loc string }{{"FR", "Europe/Paris"}, {"IS", "Atlantic/Reykjavik"}} {
		for name, c := range fastPathCalendars(t, z.market, z.loc) {
			vac, err := c.WithClosures(Closure{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14")})
			if err != nil {
				t.Fatal(err)
			}
			loc := mustLoc(z.loc)
			for _, t0 := range []time.Time{
				time.Date(2026, time.March, 29, 1, 30, 0, 5, loc),   // clock change day (Paris)
				time.Date(2026, time.October, 25, 2, 30, 0, 0, loc), // repeated hour (Paris)
				time.Date(2026, time.March, 27, 11, 0, 0, 0, loc),   // part-day holiday
				time.Date(2026, time.July, 31, 10, 0, 0, 0, loc),    // before the closure
				time.Date(2027, time.May, 12, 16, 45, 0, 0, loc),
			} {
				for cname, cal := range map[string]Calendar{"": c, " with closures": vac} {
					if n := testing.AllocsPerRun(50, func() { _, _ = cal.AddBusiness(t0, 72*time.Hour) }); n != 0 {
						t.Errorf("%s %s%s: AddBusiness(%s): %v allocs, want 0", z.loc, name, cname, t0, n)
					}
					if n := testing.AllocsPerRun(50, func() { _, _ = cal.Between(t0, t0.Add(8760*time.Hour)) }); n != 0 {
						t.Errorf("%s %s%s: Between(%s, +1y): %v allocs, want 0", z.loc, name, cname, t0, n)
					}
				}
			}
		}
	}
}

func TestDateUnmarshalTextAllocations(t *testing.T) {
	b := []byte("2026-02-28")
	var d Date
	if n := testing.AllocsPerRun(100, func() {
		if err := d.UnmarshalText(b); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("UnmarshalText(%q): %v allocs, want 0", b, n)
	}
	if d != MustDate(2026, time.February, 28) {
		t.Errorf("UnmarshalText(%q) = %s", b, d)
	}
	for _, bad := range []string{"2026-02-29", "2026-2-28", "2026-02-2x", "+026-02-28", "0000-01-01"} {
		var e Date
		got, want := e.UnmarshalText([]byte(bad)), func() error { _, err := ParseDate(bad); return err }()
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("UnmarshalText(%q) = %v, ParseDate says %v", bad, got, want)
		}
	}
}
