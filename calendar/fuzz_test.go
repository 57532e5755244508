package calendar

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

// FuzzPeriod asserts that a period either fails with a reason or ends on
// or after its event, with a nominal last day that unrolls from n and
// a closing instant that is the start of the day after the last day and a
// valid RFC 3339 year.
func FuzzPeriod(f *testing.F) {
	f.Add(int32(739660), int64(14), uint8(1), true)
	f.Add(int32(739660), int64(9223372036854775807), uint8(3), true)
	f.Add(int32(3652058), int64(1), uint8(1), false)
	f.Add(int32(1), int64(-3), uint8(2), true)
	c := MustForMarket("FR", "")
	f.Fuzz(func(t *testing.T, day int32, n int64, unit uint8, roll bool) {
		ev := dateFromDays(int64(day))
		if ev.IsZero() {
			return
		}
		p, err := c.Period(ev, int(n), Unit(unit%4), roll)
		if err != nil {
			if n >= 0 && unit%4 != 0 && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Period(%s, %d, %d) failed without ErrOutOfRange: %v", ev, n, unit%4, err)
			}
			return
		}
		if p.LastDay.Before(ev) || p.Nominal.Before(ev) || p.LastDay.Before(p.Nominal) {
			t.Fatalf("Period(%s, %d, %s): nominal %s, last %s", ev, n, p.Unit, p.Nominal, p.LastDay)
		}
		if back, _ := ev.Add(int(n), p.Unit); back != p.Nominal {
			t.Fatalf("nominal %s, Add gives %s", p.Nominal, back)
		}
		if y := p.Closes.UTC().Year(); y < 0 || y > 9999 {
			t.Fatalf("Closes %s is not RFC 3339", p.Closes)
		}
		if got := c.DateOf(p.Closes); got != p.LastDay.AddDays(1) {
			t.Fatalf("Closes %s is on %s, want the start of %s", p.Closes, got, p.LastDay.AddDays(1))
		}
		if roll && c.IsRestDay(p.LastDay) {
			t.Fatalf("rolled last day %s is a rest day", p.LastDay)
		}
	})
}

// FuzzBusinessMonotone asserts AddBusiness is monotone in its duration and
// that Between is additive over three instants.
func FuzzBusinessMonotone(f *testing.F) {
	f.Add(int64(1784000000), int64(3600), int64(7200))
	f.Add(int64(1774745000), int64(0), int64(86400*30))
	c := MustForMarket("FR", "alsace-moselle")
	c, _ = c.WithClosures(Closure{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14")})
	f.Fuzz(func(t *testing.T, unix, s1, s2 int64) {
		t0 := time.Unix(1700000000+unix%(1<<29), 0)
		d1 := time.Duration(s1%(1<<23)) * time.Second
		d2 := time.Duration(s2%(1<<23)) * time.Second
		if d1 < 0 || d2 < 0 {
			return
		}
		if d1 > d2 {
			d1, d2 = d2, d1
		}
		a, err1 := c.AddBusiness(t0, d1)
		b, err2 := c.AddBusiness(t0, d2)
		if err1 != nil || err2 != nil {
			return
		}
		if b.Before(a) {
			t.Fatalf("AddBusiness(%s, %v) = %s before AddBusiness(.., %v) = %s", t0, d2, b, d1, a)
		}
		x, _ := c.Between(t0, a)
		y, _ := c.Between(a, b)
		z, _ := c.Between(t0, b)
		if x+y != z || x != d1 || z != d2 {
			t.Fatalf("Between not additive: %v + %v != %v (want %v, %v)", x, y, z, d1, d2)
		}
	})
}

// FuzzWeekJSON asserts a decoded Week validates the same after a JSON
// round trip and encodes to the same text.
func FuzzWeekJSON(f *testing.F) {
	f.Add(`{"mon":["09:00-12:00","14:00-18:00"],"sat":["10:00-12:00"]}`)
	f.Add(`{"sun":["00:00-24:00"]}`)
	f.Add(`{"tue":["12:00-09:00"]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var w Week
		if err := json.Unmarshal([]byte(s), &w); err != nil {
			return
		}
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var back Week
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, _ := json.Marshal(back)
		if string(b) != string(b2) {
			t.Fatalf("round trip: %s != %s", b, b2)
		}
		if (w.Validate() == nil) != (back.Validate() == nil) {
			t.Fatalf("validity changed over a round trip of %s", b)
		}
	})
}

// FuzzDateText asserts Date text round trips and agrees with the day
// count.
func FuzzDateText(f *testing.F) {
	f.Add(int32(0))
	f.Add(int32(739660))
	f.Add(int32(3652058))
	f.Fuzz(func(t *testing.T, n int32) {
		d := dateFromDays(int64(n))
		if d.IsZero() {
			return
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Fatalf("%s: round trip %s %v", b, back, err)
		}
		y, m, dd := d.Parts()
		if nd, err := NewDate(y, m, dd); err != nil || nd != d {
			t.Fatalf("%s: NewDate(Parts) = %s %v", d, nd, err)
		}
		if next := d.AddDays(1); !next.IsZero() && next.Sub(d) != 1 {
			t.Fatalf("%s: AddDays(1).Sub = %d", d, next.Sub(d))
		}
	})
}
