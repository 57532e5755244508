package sla

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestExampleThread decodes examples/data/sla-thread.json (the thread
// format documented in README.md) and evaluates it.
func TestExampleThread(t *testing.T) {
	b, err := os.ReadFile("../examples/data/sla-thread.json")
	if err != nil {
		t.Fatal(err)
	}
	var c Conversation
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	e := mustEngine(t, opistoRules())
	at := time.Date(2026, time.March, 16, 12, 0, 0, 0, paris)
	ev, err := e.Evaluate(c, at)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]State{}
	for _, m := range ev.Messages {
		got[m.ID] = m.State
	}
	want := map[string]State{"q1": AnsweredLate, "r1": Breached, "r2": NoReplyNeeded, "c1": Open}
	for id, st := range want {
		if got[id] != st {
			t.Errorf("%s: state %s, want %s", id, got[id], st)
		}
	}
	out, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"at", "messages", "first_breach", "basis"} {
		if _, ok := back[k]; !ok {
			t.Errorf("evaluation JSON lacks %q: %s", k, out)
		}
	}
	// The thread round-trips.
	rb, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var c2 Conversation
	if err := json.Unmarshal(rb, &c2); err != nil {
		t.Fatalf("re-decoding %s: %v", rb, err)
	}
}
