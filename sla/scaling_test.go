package sla

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// longConversation returns a conversation of n messages over about n/4
// days: buyer messages of random kinds, seller replies at random delays,
// shuffled when shuffle is set (messages need not come in time order).
func longConversation(r *rand.Rand, n int, shuffle bool) Conversation {
	t := time.Date(2026, time.January, 5, 9, 0, 0, 0, paris)
	kinds := []Kind{Question, Complaint, PlainMessage}
	msgs := make([]Message, 0, n)
	for len(msgs) < n {
		if r.IntN(3) < 2 {
			msgs = append(msgs, Message{From: Buyer, Kind: kinds[r.IntN(len(kinds))], At: t})
		} else {
			msgs = append(msgs, Message{From: Seller, At: t})
		}
		t = t.Add(time.Duration(1+r.IntN(12*60)) * time.Minute)
		if t.Year() > 2090 {
			t = time.Date(2026, time.January, 5, 9, 0, 0, 0, paris)
		}
	}
	if shuffle {
		r.Shuffle(len(msgs), func(i, j int) { msgs[i], msgs[j] = msgs[j], msgs[i] })
	}
	return Conversation{Messages: msgs}
}

// TestRepliesMatchTheScan: the sorted reply index of long conversations
// answers exactly as the scan (the obviously-correct reference), in and
// out of time order, with replies after the evaluation instant.
func TestRepliesMatchTheScan(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 2026))
	for round := range 20 {
		c := longConversation(r, linearReplies+1+r.IntN(500), round%2 == 1)
		at := c.Messages[r.IntN(len(c.Messages))].At
		rep := newReplies(c.Messages, at)
		if rep.sorted == nil {
			t.Fatal("a long conversation did not build the sorted index")
		}
		for i := range c.Messages {
			m := &c.Messages[i]
			got, gotOK := rep.first(m.At)
			want, wantOK := answeredAt(c.Messages, m.At, at)
			if gotOK != wantOK || !got.Equal(want) {
				t.Fatalf("round %d message %d: first reply %v %v, scan %v %v", round, i, got, gotOK, want, wantOK)
			}
		}
	}
}

// TestLongConversationStatesMatchShortPath: evaluating a long conversation
// gives, message by message, the states the short (scan) path gives for
// the same messages.
func TestLongConversationStatesMatchShortPath(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	r := rand.New(rand.NewPCG(3, 4))
	c := longConversation(r, 400, true)
	at := time.Date(2026, time.March, 1, 12, 0, 0, 0, paris)
	got, _, err := e.AppendStatuses(nil, c, at)
	if err != nil {
		t.Fatal(err)
	}
	rep := replies{msgs: c.Messages, at: at} // no index: the scan
	k := 0
	for i := range c.Messages {
		m := &c.Messages[i]
		if m.From != Buyer || m.At.After(at) {
			continue
		}
		var want MessageStatus
		if _, err := e.p.status(&rep, i, at, &want, false); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got[k]); diff != "" {
			t.Fatalf("message %d (-scan +indexed):\n%s", i, diff)
		}
		k++
	}
	if k != len(got) {
		t.Fatalf("%d statuses, want %d", len(got), k)
	}
}

// BenchmarkConversationLength evaluates one conversation of 10, 1,000 and
// 100,000 messages: the cost per message stays flat (O(n log n)).
func BenchmarkConversationLength(b *testing.B) {
	e := mustEngine(b, swapiphoneRules())
	for _, n := range []int{10, 1_000, 100_000} {
		c := longConversation(rand.New(rand.NewPCG(uint64(n), 1)), n, false)
		at := c.Messages[len(c.Messages)-1].At
		b.Run(fmt.Sprintf("summarize/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, err := e.Summarize(c, at)
				if err != nil {
					b.Fatal(err)
				}
				sinkSummary = s
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/msg")
		})
		b.Run(fmt.Sprintf("evaluate/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ev, err := e.Evaluate(c, at)
				if err != nil {
					b.Fatal(err)
				}
				sinkTime = ev.FirstBreach
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/msg")
		})
	}
}
