package calendar

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// benchStarts returns the same 256 random start instants in 2025–2027,
// Europe/Paris, for both sides of each benchmark.
func benchStarts() []time.Time {
	r := rand.New(rand.NewPCG(2025, 2027))
	out := make([]time.Time, 256)
	for i := range out {
		out[i] = randomInstant(r, paris)
	}
	return out
}

func benchCalendar(b *testing.B) Calendar {
	c, err := New(Spec{Market: "FR", Week: week("09:00-18:00", time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

var sinkTime time.Time
var sinkDur time.Duration

// BenchmarkAddBusiness72h adds 72 business hours on French holidays,
// Monday–Friday 09:00–18:00, Europe/Paris.
func BenchmarkAddBusiness72h(b *testing.B) {
	starts := benchStarts()
	b.Run("aftersales", func(b *testing.B) {
		c := benchCalendar(b)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			t, err := c.AddBusiness(starts[i&255], 72*time.Hour)
			if err != nil {
				b.Fatal(err)
			}
			sinkTime = t
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c := rickarFR()
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkTime = c.AddWorkHours(starts[i&255], 72*time.Hour)
		}
	})
}

// BenchmarkBetween1Y measures the business time over one year.
func BenchmarkBetween1Y(b *testing.B) {
	starts := benchStarts()
	b.Run("aftersales", func(b *testing.B) {
		c := benchCalendar(b)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s := starts[i&255]
			d, err := c.Between(s, s.Add(8760*time.Hour))
			if err != nil {
				b.Fatal(err)
			}
			sinkDur = d
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c := rickarFR()
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s := starts[i&255]
			sinkDur = c.WorkHoursInRange(s, s.Add(8760*time.Hour))
		}
	})
}

func BenchmarkAddWorkingDays(b *testing.B) {
	starts := benchStarts()
	c := benchCalendar(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		t, err := c.AddWorkingDays(starts[i&255], 5)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = t
	}
}

func BenchmarkPeriod(b *testing.B) {
	c := MustForMarket("FR", "")
	d := MustParseDate("2025-05-26")
	b.ReportAllocs()
	for b.Loop() {
		p, err := c.Period(d, 14, Days, true)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = p.Closes
	}
}

// BenchmarkForMarket builds France's calendar (target: under 1 ms) and
// reports the memory the built calendar retains (target: under 256 KB),
// measured after garbage collection with the calendar kept alive.
func BenchmarkForMarket(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ForMarket("FR", ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(retained(b, func() any { return MustForMarket("FR", "") })), "retained-B")
}

// BenchmarkForAllMarkets builds the calendar of every market, as a policy
// serving all of them does at start-up (target: under 50 ms).
func BenchmarkForAllMarkets(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range Markets() {
			if _, err := ForMarket(m, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

var sinkAny any

// retained returns the heap bytes still in use, after collection, by the
// value mk returns.
func retained(tb testing.TB, mk func() any) uint64 {
	tb.Helper()
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	sinkAny = mk()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(sinkAny)
	sinkAny = nil
	if m1.HeapAlloc < m0.HeapAlloc {
		return 0
	}
	return m1.HeapAlloc - m0.HeapAlloc
}

func BenchmarkWithClosures(b *testing.B) {
	c := MustForMarket("FR", "")
	cl := Closure{From: MustParseDate("2026-08-03"), To: MustParseDate("2026-08-14")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.WithClosures(cl); err != nil {
			b.Fatal(err)
		}
	}
}
