package calendar

import (
	"testing"
	"time"
)

// TestZoneAgainstTime compares the zone's offsets and day starts with the
// time package, every hour (every seventh under -race) over the table
// years, past the end of the zoneinfo data included.
func TestZoneAgainstTime(t *testing.T) {
	step := int64(3600)
	if testing.Short() || raceEnabled {
		step = 7 * 3600
	}
	for _, loc := range []string{"Europe/Paris", "Atlantic/Reykjavik", "America/Havana", "Australia/Lord_Howe", "Indian/Reunion"} {
		c := mustNew(t, Spec{Market: "FR", Location: loc})
		z := &c.t.z
		bad := 0
		for u := c.t.lo; u < c.t.hi && bad < 3; u += step {
			if got, want := z.offset(u), offsetAt(c.t.loc, u); got != want {
				t.Errorf("%s: offset at %s = %d, time package %d", loc, time.Unix(u, 0).UTC(), got, want)
				bad++
			}
		}
		for i := 0; i <= c.t.n && bad < 3; i += int(step / 3600) {
			days := c.t.first + int64(i)
			if got, want := c.t.dayStartAt(i), wallInstant(c.t.loc, wallOf(days, 0)); got != want {
				t.Errorf("%s: day %s starts %d, time package %d", loc, dateFromDays(days), got, want)
				bad++
			}
		}
	}
}

// TestStartFarFuture checks Start on days whose midnight is skipped, past
// the tables, against a search of the wall clock.
func TestStartFarFuture(t *testing.T) {
	c := mustNew(t, Spec{Market: "FR", Location: "America/Havana"})
	for y := 2100; y < 2110; y++ {
		for d := MustDate(y, time.March, 1); d.Month() < time.April; d = d.AddDays(1) {
			got, err := c.Start(d)
			if err != nil {
				t.Fatal(err)
			}
			if want := refWall(c.Location(), d, 0); !got.Equal(want) {
				t.Fatalf("Start(%s) = %s, reference %s", d, got, want)
			}
		}
	}
}
