package replay

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/google/go-cmp/cmp"
)

// sequentialChanges is the slow, obviously correct reference of Replay's
// changes: one case at a time through ReadCases and Runner.Run, on one
// goroutine.
func sequentialChanges(t *testing.T, ra, rb *Runner, data []byte) []CaseChange {
	t.Helper()
	var out []CaseChange
	err := ReadCases(bytes.NewReader(data), func(line int, c Case, err error) error {
		cc := CaseChange{Line: line, ID: c.ID, Kind: c.Kind}
		if err != nil {
			var le *LineError
			if errorsAs(err, &le) {
				err = le.Err
			}
			out = append(out, CaseChange{Line: line, ID: c.ID, Error: err.Error()})
			return nil
		}
		a, err := ra.Run(c)
		if err != nil {
			if _, perr := Prepare(c); perr != nil {
				cc.Error = perr.Error()
			} else {
				cc.Error = "from policy: " + err.Error()
			}
			out = append(out, cc)
			return nil
		}
		b, err := rb.Run(c)
		if err != nil {
			cc.Error = "to policy: " + err.Error()
			out = append(out, cc)
			return nil
		}
		if ch, diff := Compare(a, b); len(ch) > 0 {
			cc.Changes, cc.Diff, cc.From, cc.To = ch, diff, &a, &b
			out = append(out, cc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReplayMatchesSequential compares the parallel Replay (batches on
// worker goroutines, reordered) with the sequential reference on the
// testdata corpus and a generated corpus, on 1, 2 and 4 procs.
func TestReplayMatchesSequential(t *testing.T) {
	from, to := policyPair()
	ra, rb := mustRunner(t, from), mustRunner(t, to)
	testdata, err := os.ReadFile("../testdata/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	corpora := map[string][]byte{"testdata": testdata, "generated": shardCorpus(2500)}
	for name, data := range corpora {
		want := sequentialChanges(t, ra, rb, data)
		if len(want) == 0 {
			t.Fatalf("%s: no change to compare", name)
		}
		for _, procs := range []int{1, 2, 4} {
			prev := runtime.GOMAXPROCS(procs)
			_, got := replayAll(t, ra, rb, data, Shard{})
			runtime.GOMAXPROCS(prev)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s on %d procs (-sequential +replay):\n%s", name, procs, diff)
			}
		}
	}
}

func errorsAs(err error, target **LineError) bool {
	le, ok := err.(*LineError)
	if ok {
		*target = le
	}
	return ok
}

// TestReplayRunnerDeadlinesAsExplained checks that the replay runner's
// deadline outcomes (sla.DeadlineSources, no explanation) equal the
// explained runner's on the generated corpus, and its conversation
// outcomes too but for the clauses, which are a part of the explained
// ones.
func TestReplayRunnerDeadlinesAsExplained(t *testing.T) {
	from, to := policyPair()
	for _, p := range []policy.Policy{from, to} {
		fast := mustRunner(t, p)
		full, err := NewRunner(p)
		if err != nil {
			t.Fatal(err)
		}
		n, conv := 0, 0
		err = ReadCases(bytes.NewReader(shardCorpus(800)), func(line int, c Case, err error) error {
			if err == nil && c.Kind == KindConversation {
				// The replay runner's clauses are the deciding rules'
				// (dispute.AutoOpenSources), a part of the explained ones.
				a, errA := fast.Run(c)
				b, errB := full.Run(c)
				if fmt.Sprint(errA) != fmt.Sprint(errB) {
					t.Errorf("line %d: err %v, explained %v", line, errA, errB)
				}
				for _, cl := range a.Clauses {
					if !slices.Contains(b.Clauses, cl) {
						t.Errorf("line %d: replay clause %q is not among the explained ones %q", line, cl, b.Clauses)
					}
				}
				a.Clauses, b.Clauses = nil, nil
				if diff := cmp.Diff(b, a); diff != "" {
					t.Errorf("line %d (-explained +replay):\n%s", line, diff)
				}
				conv++
				return nil
			}
			if err != nil || c.Kind != KindDeadline {
				return nil
			}
			a, errA := fast.Run(c)
			b, errB := full.Run(c)
			if fmt.Sprint(errA) != fmt.Sprint(errB) {
				t.Errorf("line %d: err %v, explained %v", line, errA, errB)
			}
			if diff := cmp.Diff(b, a); diff != "" {
				t.Errorf("line %d (-explained +replay):\n%s", line, diff)
			}
			n++
			return nil
		})
		if err != nil || n < 90 || conv < 90 {
			t.Fatalf("%d deadline and %d conversation cases compared, err %v", n, conv, err)
		}
	}
}

// keepingRunner is a caller's CaseRunner that keeps every case it is
// given, as a caller's runner may.
type keepingRunner struct {
	mu    sync.Mutex
	cases map[string]Case
}

func (k *keepingRunner) Run(c Case) (Outcome, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.cases[c.ID] = c
	return Outcome{Decision: "seen"}, nil
}

// TestReplayCallerRunnerOwnsItsCases checks that a caller's CaseRunner
// may keep the cases it runs: their inputs are copies, not views of the
// replay's reused batch buffers.
func TestReplayCallerRunnerOwnsItsCases(t *testing.T) {
	data := syntheticCases(3000) // a dozen batches, so buffers are reused
	k := &keepingRunner{cases: map[string]Case{}}
	if _, err := Replay(context.Background(), k, k, bytes.NewReader(data), nil); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		want, err := DecodeCase(line)
		if err != nil {
			t.Fatal(err)
		}
		if got := k.cases[want.ID]; !bytes.Equal(got.Input, want.Input) {
			t.Fatalf("case %s: kept input %s, want %s", want.ID, got.Input, want.Input)
		}
		n++
	}
	if n != 3000 || len(k.cases) != n {
		t.Fatalf("%d lines, %d cases kept", n, len(k.cases))
	}
}
