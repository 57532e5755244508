package sla

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// longConversation returns n messages from 2026-01-05 on, buyer and seller
// alternating at random minutes apart (some seller messages missing).
func longConversation(r *rand.Rand, n int) Conversation {
	t := time.Date(2026, time.January, 5, 9, 0, 0, 0, paris)
	msgs := make([]Message, 0, n)
	for len(msgs) < n {
		if r.IntN(3) == 0 {
			msgs = append(msgs, Message{From: Seller, At: t})
		} else {
			msgs = append(msgs, Message{From: Buyer, Kind: Question, At: t})
		}
		t = t.Add(time.Duration(1+r.IntN(30)) * time.Minute)
	}
	return Conversation{Messages: msgs}
}

// TestAnswersAgainstReference compares the sweep and the sorted search
// with the slow, obviously correct scan, in and out of chronological
// order.
func TestAnswersAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	rounds := 300
	if testing.Short() {
		rounds = 30
	}
	for round := range rounds {
		c := longConversation(r, 1+r.IntN(40))
		if round%2 == 1 {
			r.Shuffle(len(c.Messages), func(i, j int) { c.Messages[i], c.Messages[j] = c.Messages[j], c.Messages[i] })
		}
		last := c.Messages[len(c.Messages)-1].At
		at := last.Add(-time.Duration(r.IntN(600)) * time.Minute)
		ans := newAnswers(c.Messages, at)
		for i, m := range c.Messages {
			if m.From != Buyer || m.At.After(at) {
				continue
			}
			wt, wok := answeredAt(c.Messages, m.At, at)
			gt, gok := ans.find(m.At)
			if wok != gok || !wt.Equal(gt) {
				t.Fatalf("round %d message %d: find = %v %v, reference %v %v", round, i, gt, gok, wt, wok)
			}
		}
	}
}

// TestEvaluateLongConversation: 100,000 messages evaluate (this took
// forever with the quadratic reply search) and agree with Summarize.
func TestEvaluateLongConversation(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 5_000
	}
	e := mustEngine(t, opistoRules())
	c := longConversation(rand.New(rand.NewPCG(1, 2)), n)
	at := c.Messages[n-1].At
	ev, err := e.Evaluate(c, at)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := e.Summarize(c, at)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Buyer != len(ev.Messages) {
		t.Errorf("Summarize counts %d buyer messages, Evaluate %d", sum.Buyer, len(ev.Messages))
	}
}

// BenchmarkEvaluateScale shows linear growth in the number of messages.
func BenchmarkEvaluateScale(b *testing.B) {
	e := mustEngine(b, opistoRules())
	for _, n := range []int{10, 1_000, 100_000} {
		c := longConversation(rand.New(rand.NewPCG(1, 2)), n)
		at := c.Messages[n-1].At
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Evaluate(c, at); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSummarizeScale is BenchmarkEvaluateScale without explanations.
func BenchmarkSummarizeScale(b *testing.B) {
	e := mustEngine(b, opistoRules())
	for _, n := range []int{10, 1_000, 100_000} {
		c := longConversation(rand.New(rand.NewPCG(1, 2)), n)
		at := c.Messages[n-1].At
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Summarize(c, at); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
