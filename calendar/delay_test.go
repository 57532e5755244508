package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestDelayFromEachClock(t *testing.T) {
	cal := calendar.MustForMarket("FR", "")
	paris := cal.Location()
	fri := time.Date(2026, time.November, 20, 15, 0, 0, 0, paris)
	sat := time.Date(2026, time.March, 28, 9, 0, 0, 0, paris) // DST starts on Sunday 29 March
	tests := []struct {
		name  string
		start time.Time
		d     calendar.Delay
		want  time.Time
	}{
		{"zero delay is the instant", fri, calendar.Delay{}, fri},
		{"72 business hours skip the weekend", fri, calendar.HoursOn(72, calendar.Business), time.Date(2026, time.November, 25, 15, 0, 0, 0, paris)},
		{"2 working days keep the wall clock", fri, calendar.DaysOn(2, calendar.WorkingDays), time.Date(2026, time.November, 24, 15, 0, 0, 0, paris)},
		{"elapsed hours are real hours over DST", sat, calendar.HoursOn(24, calendar.Elapsed), time.Date(2026, time.March, 29, 10, 0, 0, 0, paris)},
		{"elapsed days keep the wall clock over DST", sat, calendar.DaysOn(1, calendar.Elapsed), time.Date(2026, time.March, 29, 9, 0, 0, 0, paris)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := cal.From(tc.start, tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) || got.Location() != paris {
				t.Errorf("From(%v, %v) = %v, want %v", tc.start, tc.d, got, tc.want)
			}
		})
	}
}

func TestDelayRefusesInvalid(t *testing.T) {
	cal := calendar.MustForMarket("FR", "")
	t0 := time.Date(2026, time.January, 5, 9, 0, 0, 0, cal.Location())
	tests := []struct {
		name string
		d    calendar.Delay
		path string
	}{
		{"negative hours", calendar.Delay{Hours: -1, Clock: calendar.Elapsed}, "hours"},
		{"negative days", calendar.Delay{Days: -1, Clock: calendar.Elapsed}, "days"},
		{"both", calendar.Delay{Hours: 1, Days: 1, Clock: calendar.Elapsed}, "days"},
		{"hours too large", calendar.Delay{Hours: calendar.MaxDelayHours + 1, Clock: calendar.Elapsed}, "hours"},
		{"days too large", calendar.Delay{Days: calendar.MaxDelayDays + 1, Clock: calendar.Elapsed}, "days"},
		{"no clock", calendar.Delay{Hours: 3}, "clock"},
		{"unknown clock", calendar.Delay{Hours: 3, Clock: "fortnightly"}, "clock"},
		{"business days", calendar.Delay{Days: 3, Clock: calendar.Business}, "days"},
		{"working-day hours", calendar.Delay{Hours: 3, Clock: calendar.WorkingDays}, "hours"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cal.From(t0, tc.d)
			var fe *field.Error
			if !errors.As(err, &fe) || !errors.Is(err, calendar.ErrInvalidDelay) {
				t.Fatalf("From = %v, want a *field.Error wrapping ErrInvalidDelay", err)
			}
			if fe.Path != tc.path {
				t.Errorf("path %q, want %q", fe.Path, tc.path)
			}
		})
	}
	if _, err := cal.From(time.Time{}, calendar.HoursOn(1, calendar.Elapsed)); !errors.Is(err, calendar.ErrZeroTime) {
		t.Errorf("zero time: %v", err)
	}
	if _, err := cal.From(t0, calendar.DaysOn(calendar.MaxDelayDays, calendar.Elapsed)); !errors.Is(err, calendar.ErrOutOfRange) {
		t.Errorf("past the tables: %v", err)
	}
}

func TestDelayJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want calendar.Delay
		out  string
	}{
		{"business", `{"hours":72,"clock":"business"}`, calendar.HoursOn(72, calendar.Business), `{"hours":72,"clock":"business"}`},
		{"schema-1 alias", `{"hours":72,"clock":"business-hours"}`, calendar.HoursOn(72, calendar.Business), `{"hours":72,"clock":"business"}`},
		{"calendar alias", `{"days":5,"clock":"calendar"}`, calendar.DaysOn(5, calendar.Elapsed), `{"days":5,"clock":"elapsed"}`},
		{"zero", `{}`, calendar.Delay{}, `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got calendar.Delay
			if err := json.Unmarshal([]byte(tc.in), &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.out, string(b)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDurationISO(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "PT0S"},
		{72 * time.Hour, "PT72H"},
		{90 * time.Minute, "PT1H30M"},
		{-(2*time.Hour + 15*time.Minute), "-PT2H15M"},
		{1500 * time.Millisecond, "PT1.5S"},
		{time.Nanosecond, "PT0.000000001S"},
		{1<<63 - 1, "PT2562047H47M16.854775807S"},
		{-1 << 63, "-PT2562047H47M16.854775808S"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			got := calendar.Duration(tc.d).String()
			if got != tc.want {
				t.Errorf("String = %q, want %q", got, tc.want)
			}
			back, err := calendar.ParseDuration(got)
			if err != nil || back.Std() != tc.d {
				t.Errorf("ParseDuration(%q) = %v, %v", got, back.Std(), err)
			}
		})
	}
	for _, bad := range []string{"", "PT", "P1D", "PT1D", "PT1M1H", "PT1H1H", "PT.5S", "PT1.S", "PT1.5M", "PT99999999999999999999H", "PT2562048H", "pt1h", "PT1", "+PT1H", "PT1.0000000001S"} {
		if _, err := calendar.ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
}

func FuzzDurationRoundTrip(f *testing.F) {
	for _, s := range []int64{0, 1, -1, int64(time.Hour), 1<<63 - 1, -1 << 63, 1234567890123} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		s := calendar.Duration(n).String()
		back, err := calendar.ParseDuration(s)
		if err != nil {
			t.Fatalf("ParseDuration(%q): %v", s, err)
		}
		if int64(back) != n {
			t.Fatalf("round trip %d -> %q -> %d", n, s, int64(back))
		}
	})
}
