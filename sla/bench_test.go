package sla

import (
	"math/rand/v2"
	"testing"
	"time"
)

// benchConversation returns a ten-message conversation in 2026: buyer
// messages of random kinds alternating with seller replies at random
// delays (some late, some missing), and a platform message.
func benchConversation(r *rand.Rand) Conversation {
	t := time.Date(2026, time.Month(1+r.IntN(7)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, paris)
	kinds := []Kind{Question, Complaint, PlainMessage, Question}
	msgs := make([]Message, 0, 10)
	for len(msgs) < 10 {
		switch r.IntN(5) {
		case 0, 1, 2:
			msgs = append(msgs, Message{From: Buyer, Kind: kinds[r.IntN(len(kinds))], At: t})
		case 3:
			msgs = append(msgs, Message{From: Seller, At: t})
		default:
			msgs = append(msgs, Message{From: Platform, At: t})
		}
		t = t.Add(time.Duration(r.IntN(40*60)) * time.Minute)
	}
	return Conversation{Messages: msgs}
}

func benchConversations(n int) []Conversation {
	r := rand.New(rand.NewPCG(2026, 7))
	out := make([]Conversation, n)
	for i := range out {
		out[i] = benchConversation(r)
	}
	return out
}

var (
	sinkTime    time.Time
	sinkSummary Summary
)

// BenchmarkDeadline: one reply deadline, 24 business hours on the French
// calendar (Swapiphone), random receipt instants.
func BenchmarkDeadline(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	r := rand.New(rand.NewPCG(1, 2))
	starts := make([]time.Time, 256)
	for i := range starts {
		starts[i] = time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, paris)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		t, err := e.Deadline(Question, starts[i&255])
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = t
	}
}

// BenchmarkDeadlineExplained: the same with its explanation.
func BenchmarkDeadlineExplained(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	t0 := at("2026-07-13T10:00:00+02:00")
	b.ReportAllocs()
	for b.Loop() {
		x, err := e.Explain(Question, t0)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = x.Due
	}
}

// BenchmarkDeadlineSources: the same as a replay needs it (due, target,
// cited sources), without the explanation's texts.
func BenchmarkDeadlineSources(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	t0 := at("2026-07-13T10:00:00+02:00")
	b.ReportAllocs()
	for b.Loop() {
		due, _, _, err := e.DeadlineSources(Question, t0)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = due
	}
}

// BenchmarkConversations evaluates one ten-message conversation per
// operation: Summarize (counts and first breach), AppendStatuses (a status
// per buyer message into a reused buffer) and Evaluate (explained).
func BenchmarkConversations(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	convs := benchConversations(1024)
	when := at("2026-09-01T00:00:00+02:00")
	b.Run("summarize", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s, err := e.Summarize(convs[i&1023], when)
			if err != nil {
				b.Fatal(err)
			}
			sinkSummary = s
		}
	})
	b.Run("statuses", func(b *testing.B) {
		buf := make([]MessageStatus, 0, 10)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			var err error
			buf, sinkSummary, err = e.AppendStatuses(buf[:0], convs[i&1023], when)
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("explained", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			ev, err := e.Evaluate(convs[i&1023], when)
			if err != nil {
				b.Fatal(err)
			}
			sinkTime = ev.FirstBreach
		}
	})
}

// BenchmarkPerformance computes a performance report over 1,000
// ten-message conversations per operation.
func BenchmarkPerformance(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	convs := benchConversations(1000)
	from, to := at("2026-01-01T00:00:00+01:00"), at("2026-09-01T00:00:00+02:00")
	b.ReportAllocs()
	for b.Loop() {
		p, err := e.Performance(convs, from, to)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = p.To
	}
}
