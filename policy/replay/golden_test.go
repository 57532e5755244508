package replay

import (
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// update rewrites the golden files when a deliberate change of the law
// or of a preset changes the outputs (go test -run TestOutputsUnchanged
// -update); record the change in CHANGELOG.md.
var update = flag.Bool("update", false, "rewrite testdata/golden")

// opisto48h is Opisto with 48-hour replies and no delivery surcharge
// refunded on withdrawal: the variant of the golden files.
func opisto48h() policy.Policy {
	to := preset.Opisto()
	to.Name = "opisto-48h"
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	to.Refund.OnWithdrawal.DeliverySurcharge = false
	return to
}

// TestOutputsUnchanged compares the replays and the policy test of
// policy/testdata with the outputs the harness gave before it moved to this
// package (testdata/golden, written by the policy package of schema 1).
// Only the new summary field "transitions" is left out of the comparison.
func TestOutputsUnchanged(t *testing.T) {
	for _, tt := range []struct {
		from, to policy.Policy
		golden   string
	}{
		{preset.Opisto(), opisto48h(), "replay-opisto-opisto-48h.json"},
		{preset.FrenchLaw(), preset.Opisto(), "replay-french-law-opisto.json"},
		{preset.Agafort(), preset.Swapiphone(), "replay-agafort-swapiphone.json"},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			sum, changes := replayFile(t, tt.from, tt.to, "../testdata/cases.jsonl")
			got := asJSON(t, map[string]any{"changes": changes, "summary": sum})
			delete(got["summary"].(map[string]any), "transitions")
			if *update {
				writeJSON(t, "../testdata/golden/"+tt.golden, got)
			}
			want := readJSON(t, "../testdata/golden/"+tt.golden)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("replay output changed (-golden +now):\n%s", diff)
			}
		})
	}
	// Through an fs.FS rooted at policy/, so the file is named as before.
	res, sum, err := RunTestFS(os.DirFS(".."), "testdata/expect.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := asJSON(t, map[string]any{"results": res, "summary": sum})
	if diff := cmp.Diff(readJSON(t, "../testdata/golden/test-expect.json"), got); diff != "" {
		t.Errorf("policy test output changed (-golden +now):\n%s", diff)
	}
}

func asJSON(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func readJSON(t *testing.T, file string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
