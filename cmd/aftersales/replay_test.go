package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/policy/replay"
	"github.com/google/go-cmp/cmp"
)

func TestPolicyFloorCommand(t *testing.T) {
	m := runJSON(t, "policy", "floor", "--policy", "french-law", "--json")
	if below := m["below_floor"].([]any); len(below) != 0 {
		t.Errorf("french-law below its own floor: %v", below)
	}
	p := preset.Opisto()
	p.Name = "opisto-stingy"
	p.Refund.Withdrawal.Days = 7
	p.Refund.OnWithdrawal.Delivery = false
	p.Refund.OnConformity.ReturnShipping = false
	b, _ := policy.Encode(p)
	file := filepath.Join(t.TempDir(), "p.json")
	_ = os.WriteFile(file, b, 0o600)
	m = runJSON(t, "policy", "floor", "--policy", file, "--json")
	var got []string
	for _, c := range m["below_floor"].([]any) {
		cm := c.(map[string]any)
		got = append(got, cm["clause"].(string)+" "+cm["basis"].(string))
	}
	want := []string{
		"refund.withdrawal.days C. consom. L221-18",
		"refund.on_withdrawal.delivery C. consom. L221-24",
		"refund.on_conformity.return_shipping C. consom. L221-23 / L217-11",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("below_floor (-want +got):\n%s", diff)
	}
	if above := m["above_floor"].([]any); len(above) == 0 {
		t.Error("Opisto's professional withdrawal right is not reported as above the floor")
	}
}

func TestReplayCommand(t *testing.T) {
	dir := t.TempDir()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	b, _ := policy.Encode(to)
	toFile := filepath.Join(dir, "to.json")
	_ = os.WriteFile(toFile, b, 0o600)
	cases := "../../policy/testdata/cases.jsonl"
	code, out, errs := runCmd(t, "replay", "--from", "opisto", "--to", toFile, "--cases", cases, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var m struct {
		Changes []replay.CaseChange `json:"changes"`
		Summary replay.Summary      `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if m.Summary.Cases != 11 || m.Summary.Failed != 2 || m.Summary.ByChange["decision"] != 1 {
		t.Errorf("summary = %+v", m.Summary)
	}
	found := false
	for _, c := range m.Changes {
		if c.ID == "c1" && strings.Contains(c.Diff, "+ decision: dispute-opens") {
			found = true
		}
	}
	if !found {
		t.Errorf("c1 not reported as opening a dispute: %+v", m.Changes)
	}
	// Same policy: nothing changes, exit status 0, text output.
	code, out, _ = runCmd(t, "replay", "--from", "opisto", "--to", "opisto", "--cases", cases, "--lang", "en")
	if code != 0 || !strings.Contains(out, "0 changed") || !strings.Contains(out, "2 could not run") {
		t.Errorf("self replay: exit %d\n%s", code, out)
	}
	code, _, errs = runCmd(t, "replay", "--from", "opisto", "--to", "opisto", "--cases", filepath.Join(dir, "missing.jsonl"))
	if code != 2 || !strings.Contains(errs, "--cases") {
		t.Errorf("missing cases file: exit %d %q", code, errs)
	}
	code, _, errs = runCmd(t, "replay", "--from", "nope", "--to", "opisto", "--cases", cases)
	if code != 2 || !strings.Contains(errs, "--from") {
		t.Errorf("unknown policy: exit %d %q", code, errs)
	}
}

func TestTestCommand(t *testing.T) {
	code, out, errs := runCmd(t, "test", "../../policy/testdata/expect.jsonl")
	if code != 0 || !strings.Contains(out, "8 passed, 0 failed") {
		t.Errorf("exit %d, out %q, err %q", code, out, errs)
	}
	dir := t.TempDir()
	_ = os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(`{"id":"wrong-due","kind":"deadline","policy":"opisto","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"},"expect":{"instants":{"due":"2026-11-24T15:00:00+01:00"}}}
not json
`), 0o600)
	code, out, _ = runCmd(t, "test", dir)
	if code != 1 {
		t.Errorf("failing expectation: exit %d, want 1", code)
	}
	for _, w := range []string{"FAIL", "wrong-due", "-", "2026-11-25T15:00:00+01:00", "ERROR", ":2", "0 passed, 2 failed"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	code, _, errs = runCmd(t, "test", filepath.Join(dir, "none.jsonl"))
	if code != 2 || !strings.Contains(errs, "none.jsonl") {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}

// TestTestCommandRunAndVerbose: --run selects tests by name (a regular
// expression over case ids), -v prints one line per test as `opa test -v`
// does, and an empty test file fails.
func TestTestCommandRunAndVerbose(t *testing.T) {
	const file = "../../policy/testdata/expect.jsonl"
	tests := []struct {
		name     string
		args     []string
		code     int
		want     []string
		wantNot  []string
		wantErrs string
	}{
		{"verbose lists every test", []string{"-v"}, 0,
			[]string{"PASS  " + file + ":1 opisto-complaint-friday", "PASS  " + file + ":3 withdrawal-saturday", "8 passed, 0 failed"}, nil, ""},
		{"run selects by id", []string{"--run", "^opisto-", "-v"}, 0,
			[]string{"PASS  " + file + ":1 opisto-complaint-friday", "3 passed, 0 failed"}, []string{"withdrawal-saturday"}, ""},
		{"run without verbose prints the count", []string{"--run", "withdrawal"}, 0,
			[]string{"passed, 0 failed"}, []string{"PASS"}, ""},
		{"run matching nothing fails", []string{"--run", "^nothing$"}, 2, nil, nil, "--run"},
		{"bad pattern names the flag", []string{"--run", "("}, 2, nil, nil, "--run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append([]string{"test", file}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tt.code, out, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
			if !strings.Contains(errs, tt.wantErrs) {
				t.Errorf("stderr %q lacks %q", errs, tt.wantErrs)
			}
		})
	}
}

func TestTestCommandEmptyFileFails(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"empty.jsonl": "", "blank.jsonl": "\n \n"} {
		file := filepath.Join(dir, name)
		_ = os.WriteFile(file, []byte(content), 0o600)
		code, out, errs := runCmd(t, "test", file)
		if code == 0 || !strings.Contains(errs, "no case") || !strings.Contains(errs, name) {
			t.Errorf("%s: exit %d, out %q, err %q; want a failure naming the file", name, code, out, errs)
		}
	}
}

// TestReplayCommandTransitions: the summary counts decision transitions.
func TestReplayCommandTransitions(t *testing.T) {
	to := preset.Opisto()
	to.Name = "opisto-48h"
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	b, _ := policy.Encode(to)
	toFile := filepath.Join(t.TempDir(), "to.json")
	_ = os.WriteFile(toFile, b, 0o600)
	code, out, errs := runCmd(t, "replay", "--from", "opisto", "--to", toFile, "--cases", "../../policy/testdata/cases.jsonl", "--lang", "en")
	if code != 0 || !strings.Contains(out, "decision conversation  no-dispute → dispute-opens: 1") {
		t.Errorf("exit %d %s\n%s", code, errs, out)
	}
	m := runJSON(t, "replay", "--from", "opisto", "--to", toFile, "--cases", "../../policy/testdata/cases.jsonl", "--json")
	tr := m["summary"].(map[string]any)["transitions"].([]any)
	want := []any{map[string]any{"kind": "conversation", "from": "no-dispute", "to": "dispute-opens", "cases": float64(1)}}
	if diff := cmp.Diff(want, tr); diff != "" {
		t.Errorf("transitions (-want +got):\n%s", diff)
	}
}

// TestReplayShardsMerge runs the testdata corpus as 4 shards and checks
// that replay merge prints exactly the output of one run, byte for byte,
// in JSON and in text, whatever the order of the files.
func TestReplayShardsMerge(t *testing.T) {
	cases := "../../policy/testdata/cases.jsonl"
	for _, key := range []string{"line", "group"} {
		t.Run(key, func(t *testing.T) {
			dir := t.TempDir()
			for _, format := range []string{"--json", "--lang=en"} {
				code, want, errs := runCmd(t, "replay", "--from", "opisto", "--to", "french-law", "--cases", cases, format)
				if code != 0 {
					t.Fatalf("one run: exit %d: %s", code, errs)
				}
				var files []string
				for i := 3; i >= 0; i-- {
					code, out, errs := runCmd(t, "replay", "--from", "opisto", "--to", "french-law", "--cases", cases, "--json",
						"--shard", fmt.Sprintf("%d/4", i), "--shard-key", key)
					if code != 0 {
						t.Fatalf("shard %d: exit %d: %s", i, code, errs)
					}
					f := filepath.Join(dir, fmt.Sprintf("shard-%d.json", i))
					if err := os.WriteFile(f, []byte(out), 0o600); err != nil {
						t.Fatal(err)
					}
					files = append(files, f)
				}
				args := append([]string{"replay", "merge"}, files...)
				if format == "--json" {
					args = append(args, "--json")
				}
				code, got, errs := runCmd(t, args...)
				if code != 0 {
					t.Fatalf("merge: exit %d: %s", code, errs)
				}
				if got != want {
					t.Errorf("%s: merged output differs from one run:\n%s", format, cmp.Diff(want, got))
				}
			}
		})
	}
}

func TestReplayShardRefusals(t *testing.T) {
	cases := "../../policy/testdata/cases.jsonl"
	dir := t.TempDir()
	shard := func(i, n int) string {
		_, out, _ := runCmd(t, "replay", "--from", "opisto", "--to", "french-law", "--cases", cases, "--json", "--shard", fmt.Sprintf("%d/%d", i, n))
		f := filepath.Join(dir, fmt.Sprintf("s%d-%d.json", i, n))
		_ = os.WriteFile(f, []byte(out), 0o600)
		return f
	}
	_, whole, _ := runCmd(t, "replay", "--from", "opisto", "--to", "french-law", "--cases", cases, "--json")
	wholeFile := filepath.Join(dir, "whole.json")
	_ = os.WriteFile(wholeFile, []byte(whole), 0o600)
	_, other, _ := runCmd(t, "replay", "--from", "opisto", "--to", "opisto", "--cases", cases, "--json", "--shard", "1/2")
	otherFile := filepath.Join(dir, "other.json")
	_ = os.WriteFile(otherFile, []byte(other), 0o600)
	// Damaged shard outputs: each is refused, naming the file.
	s0, s1 := shard(0, 2), shard(1, 2)
	good, err := os.ReadFile(s0)
	if err != nil {
		t.Fatal(err)
	}
	damaged := func(name string, f func(string) string) string {
		p := filepath.Join(dir, name)
		_ = os.WriteFile(p, []byte(f(string(good))), 0o600)
		return p
	}
	firstChange := strings.Index(string(good), "\n    {") + 1
	lineEnd := firstChange + strings.Index(string(good)[firstChange:], "\n")
	truncated := damaged("truncated.json", func(s string) string { return s[:lineEnd-7] })
	noComma := damaged("nocomma.json", func(s string) string { return s[:lineEnd-1] + s[lineEnd:] })
	badJSON := damaged("badjson.json", func(s string) string { return s[:lineEnd-2] + "," + s[lineEnd-1:] })
	swapped := damaged("swapped.json", func(s string) string {
		next := lineEnd + 1 + strings.Index(s[lineEnd+1:], "\n")
		a, b := strings.TrimSuffix(s[firstChange:lineEnd], ","), strings.TrimSuffix(s[lineEnd+1:next], ",")
		return s[:firstChange] + b + "," + "\n" + a + "," + s[next:]
	})
	notOutput := damaged("notoutput.json", func(string) string { return "{\"cases\": 3}\n" })
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"truncated", []string{"replay", "merge", truncated, s1}, "aftersales replay merge: " + truncated + ": changes: unexpected EOF\n"},
		{"no comma", []string{"replay", "merge", noComma, s1}, "aftersales replay merge: " + noComma + ": changes: malformed after line 1\n"},
		{"bad json", []string{"replay", "merge", badJSON, s1}, "aftersales replay merge: " + badJSON + ": changes: a change without its line number\n"},
		{"not in order", []string{"replay", "merge", swapped, s1}, "aftersales replay merge: " + swapped + ": changes: line 1 after line 3 (not in file order)\n"},
		{"not an output", []string{"replay", "merge", notOutput, s1}, "aftersales replay merge: " + notOutput + ": not the --json output of aftersales replay (no changes member)\n"},
		{"bad shard", []string{"replay", "--from", "opisto", "--to", "opisto", "--cases", cases, "--shard", "4/4"}, "aftersales replay: --shard: shard index 4 out of range 0..3\n"},
		{"bad key", []string{"replay", "--from", "opisto", "--to", "opisto", "--cases", cases, "--shard", "0/4", "--shard-key", "order"}, "aftersales replay: --shard-key: unknown shard key \"order\" (known: line, group)\n"},
		{"no file", []string{"replay", "merge"}, "aftersales replay merge: want the --json outputs of every shard: replay merge FILE... [--json]\n"},
		{"missing shard", []string{"replay", "merge", shard(0, 3), shard(2, 3)}, "aftersales replay merge: shard(s) 1 of 3 missing\n"},
		{"not sharded", []string{"replay", "merge", wholeFile}, "aftersales replay merge: summary 1 is not a shard's (no shard member)\n"},
		{"other replay", []string{"replay", "merge", shard(0, 2), otherFile}, "aftersales replay merge: " + otherFile + ": not the same replay as " + shard(0, 2) + " (policies or language differ)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q", code, out)
			}
			if diff := cmp.Diff(tt.want, errs); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}
