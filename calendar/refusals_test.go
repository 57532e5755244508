package calendar

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// This file holds what the package refuses: counts and results outside
// the documented ranges, bad specs, unbounded work, shared memory.

func TestRefusesOverflow(t *testing.T) {
	c := MustForMarket("FR", "")
	ev := MustParseDate("2026-02-14")
	tests := []struct {
		name  string
		event Date
		n     int
		unit  Unit
		count string
	}{
		{"max int years", ev, math.MaxInt64, Years, "9223372036854775807"},
		{"max int months", ev, math.MaxInt64, Months, "9223372036854775807"},
		{"max int days", ev, math.MaxInt64, Days, "9223372036854775807"},
		{"years past 9999", ev, MaxYears, Years, strconv.Itoa(MaxYears)},
		{"months past 9999", ev, MaxMonths, Months, strconv.Itoa(MaxMonths)},
		{"days past 9999", ev, MaxDays, Days, strconv.Itoa(MaxDays)},
		{"one year too many", ev, 9999 - 2026 + 1, Years, "7974"},
		{"negative", ev, -1, Days, "-1"},
		{"min int", ev, math.MinInt64, Years, "-9223372036854775808"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.Period(tt.event, tt.n, tt.unit, true)
			if err == nil {
				t.Fatalf("Period = %s, want an error", p.LastDay)
			}
			// A count is an argument, not a field of the caller's input:
			// the error carries no field path, so that a caller's path
			// (refund's "delivered") is not extended with "n".
			if path, ok := field.PathOf(err); ok {
				t.Errorf("error %q names the path %q, want none", err, path)
			}
			if !strings.Contains(err.Error(), tt.count) {
				t.Errorf("error %q does not quote the count %s", err, tt.count)
			}
			if tt.n >= 0 && !errors.Is(err, ErrOutOfRange) {
				t.Errorf("error %q is not ErrOutOfRange", err)
			}
		})
	}
	// The last representable day has no closing instant in year 9999.
	if _, err := c.Period(MustParseDate("9999-12-30"), 1, Days, false); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("period ending 9999-12-31: %v, want ErrOutOfRange (closes in year 10000)", err)
	}
	if p, err := c.Period(MustParseDate("9998-12-30"), 1, Years, false); err != nil || p.Closes.Year() > 9999 {
		t.Errorf("period ending 9999-12-30: %v %v", p.Closes, err)
	}

	d := MustParseDate("2026-01-31")
	for name, got := range map[string]Date{
		"AddDays(MaxInt)":    d.AddDays(math.MaxInt),
		"AddDays(MinInt)":    d.AddDays(math.MinInt),
		"AddMonths(MaxInt)":  d.AddMonths(math.MaxInt),
		"AddMonths(MinInt)":  d.AddMonths(math.MinInt),
		"AddYears(MaxInt)":   d.AddYears(math.MaxInt),
		"AddYears(MinInt)":   d.AddYears(math.MinInt),
		"AddYears(2^62)":     d.AddYears(1 << 62),
		"AddYears(8000)":     d.AddYears(8000),
		"AddDays(-800,000)":  d.AddDays(-800000),
		"AddMonths(-24,313)": d.AddMonths(-24313),
	} {
		if !got.IsZero() {
			t.Errorf("%s = %s, want the zero Date", name, got)
		}
	}
	for _, u := range []Unit{Days, Months, Years} {
		if _, err := d.Add(math.MaxInt, u); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("Add(MaxInt, %s) = %v, want ErrOutOfRange", u, err)
		}
	}
	if got, err := d.Add(-2025, Years); err != nil || got != MustParseDate("0001-01-31") {
		t.Errorf("Add(-2025 years) = %s, %v", got, err)
	}
	if _, err := d.Add(1, Unit(9)); err == nil {
		t.Error("Add with an unknown unit succeeded")
	}
}

func TestRefusesOutOfTables(t *testing.T) {
	c := MustForMarket("FR", "")
	for name, f := range map[string]func() error{
		"AddBusiness before 1990": func() error { _, err := c.AddBusiness(at("1989-12-31T12:00:00Z"), time.Hour); return err },
		"AddBusiness after 2099":  func() error { _, err := c.AddBusiness(at("2100-01-01T12:00:00Z"), time.Hour); return err },
		"AddBusiness overflow":    func() error { _, err := c.AddBusiness(at("2026-01-01T12:00:00Z"), math.MaxInt64); return err },
		"Between into 2100":       func() error { _, err := c.Between(at("2026-01-01T12:00:00Z"), at("2100-06-01T00:00:00Z")); return err },
		"AddWorkingDays huge":     func() error { _, err := c.AddWorkingDays(at("2026-01-01T12:00:00Z"), math.MaxInt); return err },
		"AddWorkingDays past":     func() error { _, err := c.AddWorkingDays(at("2099-12-01T12:00:00Z"), 40); return err },
	} {
		if err := f(); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%s: %v, want ErrOutOfRange", name, err)
		}
	}
	// Outside the years of the holiday data nothing is guessed: no
	// holiday is known, no day is a working day, and a rolled period or a
	// next working day is an error.
	if name, ok := c.Holiday(MustParseDate("2150-07-14")); ok {
		t.Errorf("14 July 2150 is a holiday (%q) without data for 2150", name)
	}
	if c.IsWorkingDay(MustParseDate("1950-12-26")) {
		t.Error("26 December 1950 is a working day without data for 1950")
	}
	if _, err := c.Period(MustParseDate("2099-12-20"), 14, Days, true); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("rolled period ending in 2100: %v, want ErrOutOfRange", err)
	}
	if p, err := c.Period(MustParseDate("2099-12-20"), 14, Days, false); err != nil || p.LastDay != MustParseDate("2100-01-03") {
		t.Errorf("unrolled period ending in 2100 = %v, %v (needs no holiday data)", p.LastDay, err)
	}
	if _, err := c.NextWorkingDay(MustParseDate("2099-12-31")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("NextWorkingDay after 2099: %v, want ErrOutOfRange", err)
	}
}

func TestRefusesBadSpec(t *testing.T) {
	d := MustParseDate("2026-06-01")
	many := make([]Interval, MaxIntervals+1)
	for i := range many {
		many[i] = Interval{Clock(i * 60), Clock(i*60 + 30)}
	}
	tests := []struct {
		name string
		spec Spec
		want string
	}{
		{"from at 24:00", Spec{Market: "FR", AddHolidays: []Holiday{{Date: d, Name: "x"}, {Date: d.AddDays(1), Name: "y", From: EndOfDay}}}, "add_holidays[1].from:"},
		{"negative from", Spec{Market: "FR", AddHolidays: []Holiday{{Date: d, Name: "x", From: -1}}}, "add_holidays[0].from:"},
		{"no name", Spec{Market: "FR", AddHolidays: []Holiday{{Date: d}}}, "add_holidays[0].name: missing"},
		{"no date", Spec{Market: "FR", AddHolidays: []Holiday{{Name: "x"}}}, "add_holidays[0].date: missing"},
		{"long name", Spec{Market: "FR", AddHolidays: []Holiday{{Date: d, Name: strings.Repeat("x", 201)}}}, "add_holidays[0].name:"},
		{"end before start", Spec{Market: "FR", Week: &Week{Mon: []Interval{{Start: 64800, End: 32400}}}}, "week.mon[0]: end before start"},
		{"past 24:00", Spec{Market: "FR", Week: &Week{Wed: []Interval{{Start: 0, End: EndOfDay + 1}}}}, "week.wed[0]:"},
		{"too many intervals", Spec{Market: "FR", Week: &Week{Fri: many}}, "week.fri:"},
		{"too many closures", Spec{Market: "FR", Closures: make([]Closure, maxList+1)}, "closures:"},
		{"closure missing end", Spec{Market: "FR", Closures: []Closure{{From: d}}}, "closures[0].to: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.spec.Validate()
			var fe *field.Error
			if err == nil || !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Validate = %v, want a *field.Error starting %q", err, tt.want)
			}
		})
	}
	c := MustForMarket("FR", "")
	if _, err := c.WithHolidays(Holiday{Date: d, Name: "x", From: 90000}); err == nil || !strings.HasPrefix(err.Error(), "add_holidays[0].from:") {
		t.Errorf("WithHolidays with From past the day: %v", err)
	}
	if _, err := ParseClock("24:01"); err == nil {
		t.Error("24:01 accepted")
	}
	if _, err := ParseInterval("09:00-24:30"); err == nil {
		t.Error("09:00-24:30 accepted")
	}
}

// TestRefusesUnboundedWork runs questions whose naive answer walks
// millennia day by day; they must answer (quickly: the test would time
// out otherwise) and consistently.
func TestRefusesUnboundedWork(t *testing.T) {
	base := MustForMarket("FR", "")
	first, last := MustParseDate("0001-01-01"), MustParseDate("9999-12-31")
	all, err := base.WithClosures(Closure{From: first, To: last, Reason: "forever"})
	if err != nil {
		t.Fatal(err)
	}
	if all.IsWorkingDay(MustParseDate("2026-06-01")) {
		t.Error("working day inside an all-time closure")
	}
	if _, err := all.NextWorkingDay(MustParseDate("2026-06-01")); err == nil {
		t.Error("NextWorkingDay found a day inside an all-time closure")
	}
	if _, err := all.WorkingDays(first, last); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkingDays over all of 0001–9999: %v, want ErrOutOfRange (no holiday data)", err)
	}
	if n, err := all.WorkingDays(MustDate(FirstYear, 1, 1), MustDate(LastYear, 12, 31)); err != nil || n != 0 {
		t.Errorf("WorkingDays over an all-time closure = %d, %v", n, err)
	}
	long, _ := base.WithClosures(Closure{From: MustParseDate("2000-01-01"), To: MustParseDate("7000-01-01")})
	if _, err := long.NextWorkingDay(MustParseDate("1999-12-31")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("NextWorkingDay after a closure past the data: %v, want ErrOutOfRange", err)
	}
	mid, _ := base.WithClosures(Closure{From: MustParseDate("1990-01-01"), To: MustParseDate("2098-06-30")})
	want, _ := base.NextWorkingDay(MustParseDate("2098-06-30"))
	if got, err := mid.NextWorkingDay(MustParseDate("1989-12-31")); err != nil || got != want {
		t.Errorf("NextWorkingDay after a 108-year closure = %s, %v; want %s", got, err, want)
	}
	// WorkingDays over the whole data adds up by parts.
	total, err := base.WorkingDays(MustDate(FirstYear, 1, 1), MustDate(LastYear, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	split := MustParseDate("2040-05-17")
	a, _ := base.WorkingDays(MustDate(FirstYear, 1, 1), split)
	b, _ := base.WorkingDays(split.AddDays(1), MustDate(LastYear, 12, 31))
	if years := LastYear - FirstYear + 1; total != a+b || total < years*240 || total > years*262 {
		t.Errorf("WorkingDays over %d years = %d, parts %d + %d", years, total, a, b)
	}
	// Outside the data, WorkingDays is refused rather than guessed.
	if _, err := base.WorkingDays(MustParseDate("2150-01-01"), MustParseDate("2150-12-31")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkingDays in 2150: %v, want ErrOutOfRange", err)
	}
	// A holiday run of 3,000 days rolls a period over it in bounded time.
	var hs []Holiday
	for d := MustParseDate("2030-01-01"); d.Before(MustParseDate("2038-03-20")); d = d.AddDays(1) {
		hs = append(hs, Holiday{Date: d, Name: "fermé"})
	}
	c, err := base.WithHolidays(hs...)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Period(MustParseDate("2029-12-31"), 1, Days, true)
	if err != nil || p.LastDay.Before(MustParseDate("2038-03-20")) {
		t.Errorf("period over a 3,000-day holiday run: %s, %v", p.LastDay, err)
	}
}

// TestRefusesSharedMemory edits everything given to and got back from a
// calendar while other goroutines use it: the answers must not change.
func TestRefusesSharedMemory(t *testing.T) {
	w := Weekdays(MustInterval("09:00-17:00"), time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)
	spec := Spec{
		Market:             "FR",
		Week:               &w,
		AddHolidays:        []Holiday{{Date: MustParseDate("2026-06-02"), Name: "fermeture", From: 12 * 3600}},
		RemoveHolidays:     []Date{MustParseDate("2026-05-25")},
		RemoveHolidayNames: []string{"Assomption"},
		Closures:           []Closure{{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14"), Reason: "congés"}},
	}
	c := mustNew(t, spec)
	answers := func() string {
		var b strings.Builder
		t0 := at("2026-05-29T10:00:00+02:00")
		for _, d := range []time.Duration{time.Hour, 20 * time.Hour, 100 * time.Hour, 500 * time.Hour} {
			got, err := c.AddBusiness(t0, d)
			b.WriteString(got.String() + errString(err) + "\n")
		}
		n, _ := c.WorkingDays(MustParseDate("2026-05-01"), MustParseDate("2026-09-01"))
		b.WriteString(strings.Repeat("|", n))
		for _, h := range c.Holidays(2026) {
			b.WriteString(h.Date.String() + h.Name + h.From.String())
		}
		return b.String()
	}
	want := answers()
	wantSpec := c.Spec()

	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if got := answers(); got != want {
					t.Errorf("answers changed:\n%s", cmp.Diff(want, got))
					return
				}
			}
		}()
	}
	for i := 0; i < 200; i++ {
		// What was given.
		w.Mon[0] = Interval{0, EndOfDay}
		w.Sat = []Interval{{0, EndOfDay}}
		spec.AddHolidays[0] = Holiday{Date: MustParseDate("2026-06-03"), Name: "autre"}
		spec.RemoveHolidays[0] = MustParseDate("2026-07-14")
		spec.RemoveHolidayNames[0] = "Noël"
		spec.Closures[0].To = MustParseDate("2026-12-31")
		// What was got back.
		s := c.Spec()
		s.Week.Tue[0] = Interval{0, 60}
		s.AddHolidays[0].Name = "changed"
		s.RemoveHolidays[0] = MustParseDate("2026-01-01")
		s.RemoveHolidayNames[0] = "x"
		s.Closures[0].From = MustParseDate("2026-01-01")
		if cl := c.Closures(); len(cl) > 0 {
			cl[0].To = MustParseDate("2030-01-01")
		}
		if src := c.Sources(); len(src) > 0 {
			src[0] = "changed"
		}
		if hs := c.Holidays(2026); len(hs) > 0 {
			hs[0].Name = "changed"
		}
	}
	close(stop)
	wg.Wait()
	if got := answers(); got != want {
		t.Errorf("answers changed after the edits:\n%s", cmp.Diff(want, got))
	}
	if diff := cmp.Diff(wantSpec, c.Spec()); diff != "" {
		t.Errorf("Spec changed (-before +after):\n%s", diff)
	}
	if got := c.Sources(); len(got) == 0 || got[0] != "C. trav. L3133-1" {
		t.Errorf("Sources = %v", got)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
