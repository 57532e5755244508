package calendar

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDateAgainstTime(t *testing.T) {
	// Every day from 1600 to 2400 agrees with the standard library on
	// year, month, day, weekday and ordering.
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	d := MustDate(1600, time.January, 1)
	step := 1
	if testing.Short() || raceEnabled {
		step = 7
	}
	for i := 0; i < 292000; i += step {
		tt := start.AddDate(0, 0, i) // reference only: UTC calendar days
		got := d.AddDays(i)
		y, m, dd := got.Parts()
		if y != tt.Year() || m != tt.Month() || dd != tt.Day() || got.Weekday() != tt.Weekday() {
			t.Fatalf("day %d: got %s %s, want %s %s", i, got, got.Weekday(), tt.Format("2006-01-02"), tt.Weekday())
		}
		if got.String() != tt.Format("2006-01-02") {
			t.Fatalf("String = %s", got)
		}
		if got.Sub(d) != i {
			t.Fatalf("Sub = %d, want %d", got.Sub(d), i)
		}
	}
}

func TestAddMonthsClamps(t *testing.T) {
	tests := []struct {
		name string
		from string
		n    int
		want string
	}{
		{"leap day + 2 years", "2024-02-29", 24, "2026-02-28"},
		{"leap day + 4 years", "2024-02-29", 48, "2028-02-29"},
		{"31 Jan + 1 month", "2025-01-31", 1, "2025-02-28"},
		{"31 Mar + 1 month", "2026-03-31", 1, "2026-04-30"},
		{"31 Aug - 6 months", "2026-08-31", -6, "2026-02-28"},
		{"year boundary", "2026-11-15", 3, "2027-02-15"},
		{"backwards over year", "2026-01-15", -1, "2025-12-15"},
		{"zero", "2026-01-15", 0, "2026-01-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, MustParseDate(tt.from).AddMonths(tt.n).String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if !MustParseDate("9999-12-01").AddMonths(1).IsZero() || !MustParseDate("0001-01-01").AddDays(-1).IsZero() {
		t.Error("overflow must give the zero Date")
	}
}

func TestAddMonthsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 20000; i++ {
		d := MustDate(1900+r.IntN(300), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		n := r.IntN(400) - 200
		got := d.AddMonths(n)
		y, m, dd := got.Parts()
		wantMonths := d.Year()*12 + int(d.Month()) - 1 + n
		if y*12+int(m)-1 != wantMonths {
			t.Fatalf("%s + %d months = %s: wrong month", d, n, got)
		}
		if dd != d.Day() { // days 1..28 always exist
			t.Fatalf("%s + %d months = %s: wrong day", d, n, got)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, s := range []string{"", "2026-2-1", "2026-02-30", "2026/02/01", "20260201", "2026-13-01", "0000-01-01", "2026-02-29", "２０２６-01-01", "2026-01-1x"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = nil error", s)
		}
	}
	var d Date
	if err := d.UnmarshalText([]byte("2026-02-30")); err == nil {
		t.Error("UnmarshalText accepted 2026-02-30")
	}
	if _, err := d.MarshalText(); err == nil {
		t.Error("MarshalText of the zero Date must fail")
	}
}

func FuzzParseDate(f *testing.F) {
	f.Add("2026-02-14")
	f.Add("2024-02-29")
	f.Add("9999-12-31")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if _, err := time.Parse("2006-01-02", s); err != nil {
			t.Fatalf("ParseDate accepted %q, time.Parse rejects it: %v", s, err)
		}
	})
}

func FuzzParseInterval(f *testing.F) {
	f.Add("09:00-18:00")
	f.Add("00:00-24:00")
	f.Add("23:59:59-24:00")
	f.Fuzz(func(t *testing.T, s string) {
		iv, err := ParseInterval(s)
		if err != nil {
			return
		}
		if iv.validate() != nil {
			t.Fatalf("ParseInterval(%q) returned an invalid interval", s)
		}
		back, err := ParseInterval(iv.String())
		if err != nil || back != iv {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}
