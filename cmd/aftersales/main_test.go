package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// runCmd runs the command in-process and returns its exit status, stdout
// and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// runJSON runs the command and decodes its single JSON object.
func runJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	code, out, errs := runCmd(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr %s", args, code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("%v: output is not one JSON object: %v\n%s", args, err, out)
	}
	if dec.More() {
		t.Fatalf("%v: more than one JSON value on stdout:\n%s", args, out)
	}
	return m
}

func TestHolidaysCommand(t *testing.T) {
	m := runJSON(t, "holidays", "--market", "FR", "--region", "alsace-moselle", "--year", "2026", "--json")
	got := map[string]string{}
	for _, h := range m["holidays"].([]any) {
		hm := h.(map[string]any)
		got[hm["date"].(string)] = hm["name"].(string)
	}
	want := map[string]string{"2026-04-03": "Vendredi saint", "2026-05-14": "Ascension", "2026-05-25": "Lundi de Pentecôte", "2026-12-26": "Saint-Étienne"}
	for d, n := range want {
		if got[d] != n {
			t.Errorf("holiday %s = %q, want %q", d, got[d], n)
		}
	}
	if len(got) != 13 {
		t.Errorf("%d holidays, want 13 (11 national + 2 Alsace-Moselle)", len(got))
	}
	if m["region"] != "FR-57" {
		t.Errorf("region %v, want the alias resolved to FR-57", m["region"])
	}
}

// TestHolidaysCommandGivesTheBasis: every day with its statute, regions by
// ISO 3166-2 code, part-day holidays with their start.
func TestHolidaysCommandGivesTheBasis(t *testing.T) {
	tests := []struct {
		name string
		args []string
		date string
		want map[string]any
	}{
		{"Bavarian Epiphany", []string{"--market", "DE", "--region", "DE-BY", "--year", "2026"}, "2026-01-06",
			map[string]any{"date": "2026-01-06", "name": "Heilige Drei Könige", "basis": "BayFTG Art. 1 Abs. 1"}},
		{"Icelandic Christmas Eve from 13:00", []string{"--market", "IS", "--year", "2026"}, "2026-12-24",
			map[string]any{"date": "2026-12-24", "name": "Aðfangadagur jóla", "basis": "Lög nr. 88/1971 um 40 stunda vinnuviku 6. gr.", "from": "13:00"}},
		{"French national day", []string{"--market", "FR", "--year", "2026"}, "2026-07-14",
			map[string]any{"date": "2026-07-14", "name": "Fête nationale", "basis": "C. trav. L3133-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, append(append([]string{"holidays"}, tt.args...), "--json")...)
			var got map[string]any
			for _, h := range m["holidays"].([]any) {
				if hm := h.(map[string]any); hm["date"] == tt.date {
					got = hm
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCalendarCommands(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want map[string]any
	}{
		{"add 24h skips Bastille Day", []string{"calendar", "add", "--market", "FR", "--from", "2026-07-13T10:00:00+02:00", "--hours", "24", "--json"},
			map[string]any{"at": "2026-07-15T10:00:00+02:00"}},
		{"add from UTC input answers in Paris time", []string{"calendar", "add", "--market", "FR", "--from", "2026-11-20T14:00:00Z", "--hours", "72", "--json"},
			map[string]any{"at": "2026-11-25T15:00:00+01:00"}},
		{"period rolls over Pentecost Monday", []string{"calendar", "period", "--market", "FR", "--event", "2025-05-26", "--days", "14", "--roll", "--json"},
			map[string]any{"last_day": "2025-06-10", "closes": "2025-06-11T00:00:00+02:00"}},
		{"period without roll", []string{"calendar", "period", "--market", "FR", "--event", "2025-05-26", "--days", "14", "--json"},
			map[string]any{"last_day": "2025-06-09", "closes": "2025-06-10T00:00:00+02:00"}},
		{"period in years clamps 29 February", []string{"calendar", "period", "--market", "FR", "--event", "2024-02-29", "--years", "2", "--json"},
			map[string]any{"last_day": "2026-02-28", "closes": "2026-03-01T00:00:00+01:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, tt.args...)
			got := map[string]any{}
			for k := range tt.want {
				got[k] = m[k]
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestBadInputExitsTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in the one-line message
	}{
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"unknown market", []string{"holidays", "--market", "XX", "--year", "2026"}, "--market: unknown market"},
		{"unknown region", []string{"holidays", "--market", "FR", "--region", "bretagne", "--year", "2026"}, "--region: unknown region"},
		{"missing year", []string{"holidays", "--market", "FR"}, "--year"},
		{"year before the data", []string{"holidays", "--market", "FR", "--year", "1980"}, "--year: 1980 is out of range (1990 to 2099)"},
		{"unknown German Land", []string{"holidays", "--market", "DE", "--region", "DE-XX", "--year", "2026"}, "--region: unknown region \"DE-XX\" for DE (known: DE-BB"},
		{"bad instant", []string{"calendar", "add", "--from", "tomorrow", "--hours", "3"}, "--from"},
		{"zero-ish instant", []string{"calendar", "add", "--from", "0001-01-01T00:00:00Z", "--hours", "3"}, "--from"},
		{"negative hours", []string{"calendar", "add", "--from", "2026-01-01T00:00:00Z", "--hours", "-3"}, "--hours"},
		{"bad event", []string{"calendar", "period", "--event", "2026-02-30", "--days", "14"}, "--event"},
		{"two units", []string{"calendar", "period", "--event", "2026-02-03", "--days", "14", "--months", "1"}, "exactly one"},
		{"unknown flag", []string{"calendar", "period", "--evnt", "2026-02-03"}, "evnt"},
		{"unknown preset", []string{"policy", "show", "nope"}, "unknown policy preset"},
		{"missing policy file", []string{"policy", "check", "/nonexistent/p.json"}, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stdout %q)", code, out)
			}
			if strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 || !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q: want one line containing %q", errs, tt.want)
			}
		})
	}
}

func TestPolicyShowCheck(t *testing.T) {
	for _, name := range preset.Names() {
		code, out, errs := runCmd(t, "policy", "show", name)
		if code != 0 {
			t.Fatalf("policy show %s: %d %s", name, code, errs)
		}
		file := filepath.Join(t.TempDir(), name+".json")
		if err := os.WriteFile(file, []byte(out), 0o600); err != nil {
			t.Fatal(err)
		}
		m := runJSON(t, "policy", "check", file, "--json")
		if m["valid"] != true {
			t.Errorf("policy check of shown %s: %v", name, m)
		}
	}
	file := filepath.Join(t.TempDir(), "bad.json")
	_ = os.WriteFile(file, []byte(`{"schema":1,"name":"x","platform":"x","calendar":{"market":"FR","week":{"mon":["18:00-09:00"]}}}`), 0o600)
	code, _, errs := runCmd(t, "policy", "check", file)
	if code != 2 || !strings.Contains(errs, "calendar.week.mon[0]: end before start") {
		t.Errorf("policy check bad file: exit %d, %q", code, errs)
	}
}
