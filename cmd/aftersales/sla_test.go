package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

func TestDeadlineCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		due  string
	}{
		{"opisto complaint over a weekend", []string{"--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00"}, "2026-11-25T15:00:00+01:00"},
		{"swapiphone question over Bastille Day", []string{"--policy", "swapiphone", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00"}, "2026-07-15T10:00:00+02:00"},
		{"received as UTC, answered in Paris time", []string{"--policy", "swapiphone", "--kind", "message", "--received", "2026-07-13T08:00:00Z"}, "2026-07-15T10:00:00+02:00"},
		{"closure registered in advance pauses the clock", []string{"--policy", "opisto", "--kind", "question", "--received", "2026-11-20T15:00:00+01:00", "--closure", "2026-11-23..2026-11-24"}, "2026-11-27T15:00:00+01:00"},
		{"single-day closure", []string{"--policy", "opisto", "--kind", "negative-review", "--received", "2026-11-20T15:00:00+01:00", "--closure", "2026-11-23"}, "2026-11-26T15:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, append([]string{"deadline", "--json"}, tt.args...)...)
			if diff := cmp.Diff(tt.due, m["due"]); diff != "" {
				t.Errorf("due (-want +got):\n%s", diff)
			}
			if len(m["explain"].([]any)) < 2 || m["basis"] == nil {
				t.Errorf("no explanation: %v", m)
			}
		})
	}
	code, out, _ := runCmd(t, "deadline", "--policy", "swapiphone", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00", "--lang", "fr")
	if code != 0 || !strings.Contains(out, "échéance 15 juillet 2026 à 10 h 00 (mercredi)") || !strings.Contains(out, "Fête nationale") {
		t.Errorf("text output %d:\n%s", code, out)
	}
}

func TestAbsenceCommand(t *testing.T) {
	m := runJSON(t, "absence", "--policy", "swapiphone", "--notified", "2026-07-27", "--from", "2026-08-03", "--to", "2026-08-14", "--json")
	got := map[string]any{"compliant": m["compliant"], "working_days": m["working_days"], "notice_days": m["notice_days"], "required_notice_days": m["required_notice_days"]}
	want := map[string]any{"compliant": false, "working_days": 10.0, "notice_days": 7.0, "required_notice_days": 14.0}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	m = runJSON(t, "absence", "--policy", "swapiphone", "--notified", "2026-07-20", "--from", "2026-08-03", "--to", "2026-08-14", "--json")
	if m["compliant"] != true {
		t.Errorf("14 days of notice: %v", m)
	}
	code, out, _ := runCmd(t, "absence", "--policy", "opisto", "--notified", "2026-08-01", "--from", "2026-08-03", "--to", "2026-08-28", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "compliant: 20 working days") {
		t.Errorf("opisto (no rule) %d: %s", code, out)
	}
}

func writeThread(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "thread.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConversationCommand(t *testing.T) {
	thread := writeThread(t, `{
  "messages": [
    {"id": "q1", "from": "buyer", "kind": "question", "at": "2026-07-06T09:00:00+02:00"},
    {"id": "p1", "from": "platform", "at": "2026-07-06T10:00:00+02:00"},
    {"id": "q2", "from": "buyer", "kind": "complaint", "at": "2026-07-06T15:00:00+02:00"},
    {"id": "s1", "from": "seller", "at": "2026-07-07T12:00:00+02:00"},
    {"id": "r1", "from": "buyer", "kind": "review", "stars": 5, "at": "2026-07-08T12:00:00+02:00"},
    {"id": "q3", "from": "buyer", "kind": "message", "at": "2026-07-09T12:00:00+02:00"}
  ],
  "vacations": [{"from": "2026-07-10", "to": "2026-07-10", "registered": "2026-07-01T09:00:00+02:00"}],
  "case_opened": "2026-07-07T12:00:00+02:00"
}`)
	m := runJSON(t, "conversation", "--policy", "swapiphone", "--thread", thread, "--at", "2026-07-13T11:00:00+02:00", "--json")
	type st struct{ ID, State, Due, Late string }
	var got []st
	for _, x := range m["messages"].([]any) {
		xm := x.(map[string]any)
		due, _ := xm["due"].(string)
		got = append(got, st{xm["id"].(string), xm["state"].(string), due, xm["late"].(string)})
	}
	want := []st{
		{"q1", "answered-late", "2026-07-07T09:00:00+02:00", "PT3H"},
		{"q2", "answered-on-time", "2026-07-07T15:00:00+02:00", "PT0S"},
		{"r1", "no-reply-needed", "", "PT0S"},
		// 12 h on Thursday 9, Friday 10 closed (registered in time), 12 h on Monday 13.
		{"q3", "due-soon", "2026-07-13T12:00:00+02:00", "PT0S"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if m["first_breach"] != "2026-07-07T09:00:00+02:00" {
		t.Errorf("first_breach %v", m["first_breach"])
	}
	if u, ok := m["update"].(map[string]any); !ok || u["state"] != "breached" {
		t.Errorf("update %v", m["update"])
	}
	q3 := m["messages"].([]any)[3].(map[string]any)
	if cls := q3["closures"].([]any); len(cls) != 1 {
		t.Errorf("q3 closures %v", cls)
	}
}

func TestSLACommandErrors(t *testing.T) {
	good := writeThread(t, `{"messages":[]}`)
	bad := func(body string) string { return writeThread(t, body) }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown kind", []string{"deadline", "--policy", "opisto", "--kind", "foo", "--received", "2026-07-13T10:00:00+02:00"}, `--kind: unknown kind "foo"`},
		{"kind without target", []string{"deadline", "--policy", "agafort", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00"}, `--kind: no reply target for "question"`},
		{"missing kind", []string{"deadline", "--policy", "opisto", "--received", "2026-07-13T10:00:00+02:00"}, "--kind: required"},
		{"bad received", []string{"deadline", "--policy", "opisto", "--kind", "question", "--received", "yesterday"}, "--received:"},
		{"missing received", []string{"deadline", "--policy", "opisto", "--kind", "question"}, "--received: required"},
		{"missing policy", []string{"deadline", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00"}, "--policy: required"},
		{"reversed closure", []string{"deadline", "--policy", "opisto", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00", "--closure", "2026-07-20..2026-07-10"}, "--closure: \"2026-07-20..2026-07-10\" ends before it starts"},
		{"bad closure date", []string{"deadline", "--policy", "opisto", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00", "--closure", "2026-07-40"}, "--closure:"},
		{"absence reversed", []string{"absence", "--policy", "swapiphone", "--notified", "2026-07-01", "--from", "2026-08-14", "--to", "2026-08-03"}, "--to: 2026-08-03 is before from"},
		{"absence bad date", []string{"absence", "--policy", "swapiphone", "--notified", "27/07/2026", "--from", "2026-08-03", "--to", "2026-08-14"}, "--notified:"},
		{"absence missing to", []string{"absence", "--policy", "swapiphone", "--notified", "2026-07-27", "--from", "2026-08-03"}, "--to: required"},
		{"thread missing", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00"}, "--thread: required"},
		{"thread missing at", []string{"conversation", "--policy", "opisto", "--thread", good}, "--at: required"},
		{"thread message without time", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00", "--thread", bad(`{"messages":[{"from":"buyer","kind":"question"}]}`)}, "--thread: messages[0].at: missing"},
		{"thread stars", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00", "--thread", bad(`{"messages":[{"from":"buyer","kind":"review","stars":7,"at":"2026-07-13T09:00:00+02:00"}]}`)}, "--thread: messages[0].stars: 7 is outside 1 to 5"},
		{"thread unknown kind", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00", "--thread", bad(`{"messages":[{"from":"buyer","kind":"foo","at":"2026-07-13T09:00:00+02:00"}]}`)}, `--thread: messages[0].kind: unknown kind "foo"`},
		{"thread unknown field", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00", "--thread", bad(`{"messages":[],"colour":1}`)}, "--thread: colour: unknown field"},
		{"thread reversed vacation", []string{"conversation", "--policy", "opisto", "--at", "2026-07-13T10:00:00+02:00", "--thread", bad(`{"messages":[],"vacations":[{"from":"2026-07-10","to":"2026-07-01","registered":"2026-07-01T00:00:00Z"}]}`)}, "--thread: vacations[0].to: 2026-07-01 is before from"},
		{"bad lang", []string{"deadline", "--policy", "opisto", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00", "--lang", "xx"}, "--lang:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stdout %q)", code, out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q, want one line containing %q", errs, tt.want)
			}
		})
	}
}

// TestSLAPresetsRoundTrip checks the sla section of every preset: valid,
// and equal after policy.Encode then policy.Decode (strict).
func TestSLAPresetsRoundTrip(t *testing.T) {
	for _, name := range preset.Names() {
		p, err := preset.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.SLA.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		b, err := policy.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := policy.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(p.SLA, back.SLA); diff != "" {
			t.Errorf("%s round trip (-preset +decoded):\n%s", name, diff)
		}
	}
	// A policy file with a bad sla section is rejected with its path.
	p := preset.Opisto()
	p.SLA.Targets[0].Hours = -1
	b, _ := policy.Encode(p)
	if _, err := policy.Decode(b); err == nil || !strings.HasPrefix(err.Error(), "sla.targets[0].hours: must be positive") {
		t.Errorf("bad section: %v", err)
	}
}
