package replay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// policyPair is the benchmark's pair: Opisto and a variant with 48-hour
// replies and no surcharge refund (decisions, instants and money move).
func policyPair() (policy.Policy, policy.Policy) {
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	to.SLA.Targets = append(to.SLA.Targets[:0:0], to.SLA.Targets...)
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	to.Refund.OnWithdrawal.DeliverySurcharge = false
	to.Refund.Withdrawal.Days = 21 // some withdrawals close earlier: decisions move
	return from, to
}

// shardCorpus is a generated corpus with bad lines, blank lines and
// groups, so that every member of a Summary is exercised.
func shardCorpus(n int) []byte {
	lines := bytes.Split(bytes.TrimRight(syntheticCases(n), "\n"), []byte("\n"))
	var b bytes.Buffer
	for i, l := range lines {
		switch {
		case i%97 == 5:
			b.WriteString("not json\n")
		case i%89 == 7:
			b.WriteString("\n")
		case i%61 == 3:
			b.WriteString(`{"id":"bad` + fmt.Sprint(i) + `","kind":"deadline","input":{"kind":"complaint"}}` + "\n")
		}
		if i%5 == 0 {
			l = bytes.Replace(l, []byte(`"kind"`), []byte(fmt.Sprintf(`"group":"order-%d","kind"`, i%13)), 1)
		}
		b.Write(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func replayAll(t *testing.T, ra, rb *Runner, data []byte, sh Shard) (Summary, []CaseChange) {
	t.Helper()
	var changes []CaseChange
	sum, err := ReplayWith(context.Background(), ra, rb, bytes.NewReader(data), Options{Shard: sh}, func(c CaseChange) error {
		changes = append(changes, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sum, changes
}

func TestShardsMergeToOneRun(t *testing.T) {
	from, to := policyPair()
	ra, rb := mustRunner(t, from), mustRunner(t, to)
	data := shardCorpus(3000)
	want, wantChanges := replayAll(t, ra, rb, data, Shard{})
	if want.Failed == 0 || want.Changed == 0 || len(want.MoneyMoved) == 0 || len(want.Transitions) == 0 {
		t.Fatalf("corpus does not exercise the summary: %+v", want)
	}
	wantJSON, _ := json.Marshal(want)
	for _, key := range []ShardKey{ShardByLine, ShardByGroup} {
		for _, n := range []int{1, 2, 4, 7} {
			t.Run(fmt.Sprintf("%s/%d", key, n), func(t *testing.T) {
				var parts [][]byte
				var changes []CaseChange
				for i := n - 1; i >= 0; i-- { // any order
					s, ch := replayAll(t, ra, rb, data, Shard{Index: i, Count: n, Key: key})
					if s.Shard == nil || s.Shard.Index != i {
						t.Fatalf("shard %d summary without its shard: %+v", i, s.Shard)
					}
					b, err := json.Marshal(s)
					if err != nil {
						t.Fatal(err)
					}
					parts = append(parts, b)
					changes = append(changes, ch...)
				}
				got, err := MergeJSON(parts...)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return a.Error() == b.Error() })); diff != "" {
					t.Errorf("merged summary (-one run +merged):\n%s", diff)
				}
				if gotJSON, _ := json.Marshal(got); !bytes.Equal(wantJSON, gotJSON) {
					t.Errorf("merged JSON differs:\n%s\n%s", wantJSON, gotJSON)
				}
				sort.Slice(changes, func(i, j int) bool { return changes[i].Line < changes[j].Line })
				if diff := cmp.Diff(wantChanges, changes); diff != "" {
					t.Errorf("changes of the shards (-one run +shards):\n%s", diff)
				}
			})
		}
	}
}

// TestShardPartition checks that every line belongs to exactly one shard
// and that a group never spans two shards.
func TestShardPartition(t *testing.T) {
	data := shardCorpus(2000)
	lines := bytes.Split(data, []byte("\n"))
	for _, key := range []ShardKey{ShardByLine, ShardByGroup} {
		const n = 5
		groupShard := map[string]int{}
		for i, l := range lines {
			owners := []int{}
			for s := 0; s < n; s++ {
				if (Shard{Index: s, Count: n, Key: key}).Owns(i+1, l) {
					owners = append(owners, s)
				}
			}
			if len(owners) != 1 {
				t.Fatalf("%s: line %d owned by shards %v", key, i+1, owners)
			}
			var env struct {
				Group string `json:"group"`
			}
			if key == ShardByGroup && json.Unmarshal(l, &env) == nil && env.Group != "" {
				if prev, ok := groupShard[env.Group]; ok && prev != owners[0] {
					t.Errorf("group %s on shards %d and %d", env.Group, prev, owners[0])
				}
				groupShard[env.Group] = owners[0]
			}
		}
		if key == ShardByGroup && len(groupShard) != 13 {
			t.Errorf("%d groups seen, want 13", len(groupShard))
		}
	}
}

// TestEnvelopeKey compares the scanner with encoding/json (the slow,
// obviously correct reference) on the corpus and on hand-written lines.
func TestEnvelopeKey(t *testing.T) {
	lines := bytes.Split(shardCorpus(500), []byte("\n"))
	lines = append(lines,
		[]byte(`{"input":{"id":"inner","group":"g"},"id":"outer"}`),
		[]byte(`{"expect":{"values":{"a":"}"}},"kind":"quote","id":"x\"y"}`),
		[]byte(` { "id" : "a" , "group" : "b" } `),
		[]byte(`{"id":1,"group":"n"}`),
		[]byte(`{"arr":[1,[2,{"id":"no"}],"]"],"id":"yes"}`),
	)
	for _, l := range lines {
		var env struct {
			ID    json.RawMessage `json:"id"`
			Group json.RawMessage `json:"group"`
		}
		want, wantOK := "", false
		if json.Unmarshal(l, &env) == nil {
			for _, raw := range []json.RawMessage{env.Group, env.ID} {
				if len(raw) > 1 && raw[0] == '"' {
					want, wantOK = string(raw[1:len(raw)-1]), true
					break
				}
			}
		}
		got, ok := envelopeKey(l)
		if ok != wantOK || string(got) != want {
			t.Errorf("envelopeKey(%s) = %q, %v; want %q, %v", l, got, ok, want, wantOK)
		}
	}
}

func FuzzEnvelopeKey(f *testing.F) {
	f.Add([]byte(`{"id":"a","group":"b"}`))
	f.Add([]byte(`{"input":{"x":[1,"]"]},"id":"a\"b"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, ok := envelopeKey(b) // never panics
		if ok && !bytes.Contains(b, k) {
			t.Fatalf("key %q not in the line", k)
		}
		for _, key := range []ShardKey{ShardByLine, ShardByGroup} {
			n := 0
			for s := 0; s < 3; s++ {
				if (Shard{Index: s, Count: 3, Key: key}).Owns(7, b) {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%d shards own %q", n, b)
			}
		}
	})
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		name, in string
		key      ShardKey
		want     Shard
		err      string
	}{
		{"first", "0/4", "", Shard{0, 4, ShardByLine}, ""},
		{"last by group", "3/4", ShardByGroup, Shard{3, 4, ShardByGroup}, ""},
		{"one", "0/1", "", Shard{0, 1, ShardByLine}, ""},
		{"index too big", "4/4", "", Shard{}, "shard index 4 out of range 0..3"},
		{"negative", "-1/4", "", Shard{}, "shard index -1 out of range 0..3"},
		{"zero count", "0/0", "", Shard{}, "shard count 0 out of range"},
		{"no slash", "2", "", Shard{}, "want i/n"},
		{"not a number", "a/4", "", Shard{}, "want i/n with decimal integers"},
		{"unknown key", "0/2", "order", Shard{}, `unknown shard key "order"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseShard(tt.in, tt.key)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestMergeRefuses(t *testing.T) {
	from, to := policyPair()
	ra, rb := mustRunner(t, from), mustRunner(t, to)
	data := shardCorpus(50)
	part := func(i, n int, key ShardKey) Summary {
		s, _ := replayAll(t, ra, rb, data, Shard{Index: i, Count: n, Key: key})
		return s
	}
	whole, _ := replayAll(t, ra, rb, data, Shard{})
	tests := []struct {
		name  string
		parts []Summary
		err   string
	}{
		{"none", nil, "no shard summary"},
		{"missing", []Summary{part(0, 3, ShardByLine), part(2, 3, ShardByLine)}, "shard(s) 1 of 3 missing"},
		{"twice", []Summary{part(0, 2, ShardByLine), part(0, 2, ShardByLine)}, "given twice"},
		{"two splits", []Summary{part(0, 2, ShardByLine), part(1, 3, ShardByLine)}, "not one split"},
		{"two keys", []Summary{part(0, 2, ShardByLine), part(1, 2, ShardByGroup)}, "not one split"},
		{"not a shard", []Summary{part(0, 2, ShardByLine), whole}, "summary 2 is not a shard's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Merge(tt.parts...)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want %q", err, tt.err)
			}
		})
	}
}

func TestReplayWithBadShard(t *testing.T) {
	from, to := policyPair()
	_, err := ReplayWith(context.Background(), mustRunner(t, from), mustRunner(t, to), strings.NewReader(""), Options{Shard: Shard{Index: 2, Count: 2}}, nil)
	if err == nil || !strings.Contains(err.Error(), "shard index 2 out of range 0..1") {
		t.Fatalf("err = %v", err)
	}
}
