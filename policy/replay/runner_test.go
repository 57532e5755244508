package replay

import (
	"context"
	"errors"
	"fmt"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustRunner(t testing.TB, p policy.Policy) *Runner {
	t.Helper()
	r, err := NewReplayRunner(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func replayFile(t *testing.T, a, b policy.Policy, file string) (Summary, []CaseChange) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var changes []CaseChange
	sum, err := Replay(context.Background(), mustRunner(t, a), mustRunner(t, b), f, func(c CaseChange) error {
		changes = append(changes, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sum, changes
}

func TestReplaySelfReportsNothing(t *testing.T) {
	for _, name := range preset.Names() {
		p, _ := preset.Get(name)
		sum, changes := replayFile(t, p, p, "../testdata/cases.jsonl")
		var changed []CaseChange
		for _, c := range changes {
			if c.Error == "" {
				changed = append(changed, c)
			}
		}
		if len(changed) != 0 || sum.Changed != 0 {
			t.Errorf("%s against itself: %d changed: %+v", name, sum.Changed, changed)
		}
		if sum.Cases != 11 || sum.Failed != 2 {
			t.Errorf("%s: %d cases, %d failed; want 11 and 2 (a malformed line, an unknown kind)", name, sum.Cases, sum.Failed)
		}
	}
}

func TestReplayReportsBadLinesWithNumbers(t *testing.T) {
	p := preset.Opisto()
	sum, changes := replayFile(t, p, p, "../testdata/cases.jsonl")
	var got []string
	for _, c := range changes {
		got = append(got, fmt.Sprintf("%d %s", c.Line, strings.SplitN(c.Error, ":", 2)[0]))
	}
	want := []string{"7 invalid JSON at byte 2", "12 kind"} // line 5 is blank
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bad lines (-want +got):\n%s", diff)
	}
	if len(sum.Errors) != 2 || sum.Errors[0].Line != 7 {
		t.Errorf("summary errors = %+v", sum.Errors)
	}
}

// TestReplayReplyLimit48h is the worked example: Opisto's reply
// limit from 72 to 48 working hours opens a dispute on a conversation that
// was answered in time before.
func TestReplayReplyLimit48h(t *testing.T) {
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	to.SLA.Targets = append(to.SLA.Targets[:0:0], to.SLA.Targets...)
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	sum, changes := replayFile(t, from, to, "../testdata/cases.jsonl")
	byID := map[string]CaseChange{}
	for _, c := range changes {
		byID[c.ID] = c
	}
	c1, ok := byID["c1"]
	if !ok {
		t.Fatalf("c1 (complaint answered after 51 working hours) did not change: %+v", changes)
	}
	if c1.From.Decision != "no-dispute" || c1.To.Decision != "dispute-opens" {
		t.Errorf("c1: %s → %s, want no-dispute → dispute-opens", c1.From.Decision, c1.To.Decision)
	}
	if !strings.Contains(c1.Diff, "dispute-opens") {
		t.Errorf("c1 diff does not show the change:\n%s", c1.Diff)
	}
	if c2, ok := byID["c2"]; ok && c2.From.Decision != c2.To.Decision {
		t.Errorf("c2 (answered within the hour) changed decision: %s → %s", c2.From.Decision, c2.To.Decision)
	}
	if d1 := byID["d1"]; d1.To == nil || d1.To.Instants["due"].Format("2006-01-02T15:04") != "2026-11-24T15:00" {
		t.Errorf("d1 due under 48h = %+v", d1.To)
	}
	if sum.ByChange[ChangeDecision] != 1 || sum.ByKind[KindConversation].Changed != 2 || sum.ByKind[KindDeadline].Changed != 2 {
		t.Errorf("summary = %+v", sum)
	}
	if diff := cmp.Diff([]string{"c1"}, sum.Samples[ChangeDecision]); diff != "" {
		t.Errorf("samples (-want +got):\n%s", diff)
	}
}

// TestReplaySurchargesExcluded: withdrawal refunds stop covering delivery
// surcharges; the money moved is the surcharge of each withdrawal quote.
func TestReplaySurchargesExcluded(t *testing.T) {
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name += "-no-surcharge"
	to.Refund.OnWithdrawal.DeliverySurcharge = false
	sum, _ := replayFile(t, from, to, "../testdata/cases.jsonl")
	if diff := cmp.Diff(map[string]string{"EUR": "-5.00"}, sum.MoneyMoved); diff != "" {
		t.Errorf("money moved (-want +got):\n%s", diff)
	}
	if sum.ByKind[KindQuote].Changed != 1 {
		t.Errorf("quotes changed = %d, want 1 (the withdrawal, not the conformity claim)", sum.ByKind[KindQuote].Changed)
	}
}

func TestPolicyTestFile(t *testing.T) {
	res, sum, err := RunTestFile("../testdata/expect.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !r.Passed {
			t.Errorf("%s:%d %s: %s%s", r.File, r.Line, r.ID, r.Error, r.Diff)
		}
	}
	if sum.Passed != 8 {
		t.Errorf("passed %d, want 8", sum.Passed)
	}
}

func TestPolicyTestFailureShowsDiff(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/bad.jsonl"
	_ = os.WriteFile(file, []byte(`{"id":"wrong","kind":"deadline","policy":"opisto","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"},"expect":{"instants":{"due":"2026-11-24T15:00:00+01:00"}}}
{"id":"noexp","kind":"deadline","policy":"opisto","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"}}
`), 0o600)
	res, sum, err := RunTestFile(file, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Errors != 1 || sum.Passed != 0 {
		t.Fatalf("summary %+v", sum)
	}
	if !strings.Contains(res[0].Diff, "-") || !strings.Contains(res[0].Diff, "2026-11-25T15:00:00+01:00") {
		t.Errorf("diff does not show want and got:\n%s", res[0].Diff)
	}
}

func TestCheck(t *testing.T) {
	got := Outcome{Decision: "due", Values: map[string]string{"a": "1"}, Clauses: []string{"X"}}
	if d := Check(Expectation{Decision: "due", Values: map[string]string{"a": "1"}, Clauses: []string{"X"}}, got); d != "" {
		t.Errorf("matching expectation gave a diff:\n%s", d)
	}
	for name, e := range map[string]Expectation{
		"decision":      {Decision: "late"},
		"missing value": {Values: map[string]string{"b": "1"}},
		"wrong value":   {Values: map[string]string{"a": "2"}},
		"clause":        {Clauses: []string{"Y"}},
		"money missing": {Money: map[string]string{"total": "1.00"}},
	} {
		if d := Check(e, got); d == "" {
			t.Errorf("%s: a failing expectation gave no diff", name)
		}
	}
}

func TestRunnerConcurrent(t *testing.T) {
	r := mustRunner(t, preset.Opisto())
	f, _ := os.ReadFile("../testdata/cases.jsonl")
	var cases []Case
	for _, l := range strings.Split(string(f), "\n") {
		if c, err := DecodeCase([]byte(l)); err == nil {
			cases = append(cases, c)
		}
	}
	want := make([]Outcome, len(cases))
	for i, c := range cases {
		want[i], _ = r.Run(c)
	}
	var wg sync.WaitGroup
	// Edit what the runner hands out while it runs: its answers must not
	// change (issue 12: the runner's policy is immutable).
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			p := r.Policy()
			p.SLA.Targets[0].Hours = 1
			p.Dispute.AutoOpen.Kinds[0] = "question"
			p.Refund.Withdrawal.Days = 1
		}
	}()
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range cases {
				got, _ := r.Run(c)
				if ch, _ := Compare(want[i], got); len(ch) > 0 {
					t.Errorf("case %s differs across goroutines", c.ID)
				}
			}
		}()
	}
	wg.Wait()
}

func TestRunnerInputErrorsNameTheField(t *testing.T) {
	r := mustRunner(t, preset.Opisto())
	tests := []struct {
		kind        Kind
		input, want string
	}{
		{KindDeadline, `{"kind":"complaint"}`, "input.received: missing"},
		{KindDeadline, `{"kind":"complaint","received":"2026-13-01T00:00:00Z"}`, "input.received"},
		{KindDeadline, `{"kind":"gossip","received":"2026-11-20T15:00:00+01:00"}`, "input.kind"},
		{KindDeadline, `{"kind":"complaint","received":"2026-11-20T15:00:00+01:00","extra":1}`, "input.extra: unknown field"},
		{KindWithdrawal, `{"delivered":["2026-02-30"]}`, "input.delivered[0]"},
		{KindWithdrawal, `{"delivered":["2026-02-14"],"buyer":"alien"}`, "input.buyer"},
		{KindQuote, `{"reason":"withdrawal"}`, "input"},
		{KindConversation, `{"thread":{"messages":[]}}`, "input.at: missing"},
	}
	for _, tt := range tests {
		_, err := r.Run(Case{ID: "x", Kind: tt.kind, Input: []byte(tt.input)})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %s: error %v, want it to contain %q", tt.kind, tt.input, err, tt.want)
		}
	}
}

func FuzzDecodeCase(f *testing.F) {
	data, _ := os.ReadFile("../testdata/cases.jsonl")
	for _, l := range strings.Split(string(data), "\n") {
		f.Add([]byte(l))
	}
	r, err := NewReplayRunner(preset.Opisto())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		c, err := DecodeCase(line)
		if err != nil {
			return
		}
		a, errA := r.Run(c)
		b, errB := r.Run(c)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("running twice: %v then %v", errA, errB)
		}
		if errA != nil {
			return
		}
		if a.Kind != c.Kind || a.Decision == "" {
			t.Errorf("outcome kind %q decision %q for a %q case", a.Kind, a.Decision, c.Kind)
		}
		if ch, diff := Compare(a, b); len(ch) != 0 {
			t.Errorf("the same case gave two outcomes:\n%s", diff)
		}
	})
}

// TestBadLinesAreTypedErrors: ReadCases reports a bad line as a
// *LineError with its line number, whose cause is a *field.Error naming
// the field (or a plain error for a line too long).
func TestBadLinesAreTypedErrors(t *testing.T) {
	in := "{\"id\":\"a\",\"kind\":\"deadline\",\"input\":{}}\n\nnot json\n{\"id\":\"\",\"kind\":\"deadline\",\"input\":{}}\n{\"id\":\"b\",\"kind\":\"gossip\",\"input\":{}}\n{\"id\":\"c\",\"kind\":\"deadline\",\"input\":[]}\n"
	type got struct {
		Line int
		Path string
	}
	var gots []got
	err := ReadCases(strings.NewReader(in), func(line int, c Case, err error) error {
		if err == nil {
			return nil
		}
		var le *LineError
		if !errors.As(err, &le) || le.Line != line {
			t.Errorf("line %d: %v is not a *LineError for that line", line, err)
			return nil
		}
		var fe *field.Error
		if !errors.As(err, &fe) {
			t.Errorf("line %d: cause %v is not a *field.Error", line, le.Err)
			return nil
		}
		gots = append(gots, got{line, fe.Path})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []got{{3, ""}, {4, "id"}, {5, "kind"}, {6, "input"}}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("bad lines (-want +got):\n%s", diff)
	}
	long := strings.Repeat("x", MaxCaseLine+10) + "\n"
	_ = ReadCases(strings.NewReader(long), func(line int, c Case, err error) error {
		var le *LineError
		if !errors.As(err, &le) || le.Line != 1 || !strings.Contains(le.Error(), "longer than") {
			t.Errorf("long line: %v", err)
		}
		return nil
	})
}
