package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefusesNumbersThatDoNotMeanWhatTheySay: integer flags are decimal
// only (Go's flag.Int would read 014 as 12 and take 0x10 and 1_4), within
// their range, and the refusal names the flag.
func TestRefusesNumbersThatDoNotMeanWhatTheySay(t *testing.T) {
	base := []string{"calendar", "period", "--market", "FR", "--event", "2025-05-26"}
	tests := []struct {
		name, flag, value, want string
	}{
		{"octal-looking", "--days", "014", `--days: "014" has a leading zero`},
		{"hex", "--days", "0x10", `--days: "0x10" is not a whole decimal number`},
		{"underscore", "--days", "1_4", `--days: "1_4" is not a whole decimal number`},
		{"plus sign", "--days", "+5", `--days: "+5" is not a whole decimal number`},
		{"space", "--days", " 5", `--days: " 5" is not a whole decimal number`},
		{"fraction", "--months", "1.5", `--months: "1.5" is not a whole decimal number`},
		{"max int years", "--years", "9223372036854775807", "--years: 9223372036854775807 is out of range (0 to 9999)"},
		{"too many digits", "--days", "99999999999999999999", "--days: 99999999999999999999 is out of range"},
		{"negative", "--days", "-1", "--days: -1 is out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append(base, tt.flag, tt.value)...)
			if code != 2 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, errs, tt.want)
			}
		})
	}
	m := runJSON(t, append(base, "--days", "14", "--roll", "--json")...)
	if m["last_day"] != "2025-06-10" {
		t.Errorf("--days 14: last day %v, want 2025-06-10", m["last_day"])
	}
}

// TestRefusesInstantsOutsideRFC3339: offsets of ±24:00 (which Go's
// time.Parse accepts) and other malformed instants, naming the flag.
func TestRefusesInstantsOutsideRFC3339(t *testing.T) {
	for _, v := range []string{"2026-11-20T15:00:00+24:00", "2026-11-20T15:00:00-24:00", "2026-11-20 15:00:00Z", "2026-11-20", "10000-01-01T00:00:00Z"} {
		code, _, errs := runCmd(t, "deadline", "--policy", "opisto", "--kind", "complaint", "--received", v)
		if code != 2 || !strings.HasPrefix(errs, "aftersales deadline: --received: ") {
			t.Errorf("--received %s: exit %d, %q", v, code, errs)
		}
	}
}

// TestRefusesInputsOverTheLimit: every file a command reads is bounded.
func TestRefusesInputsOverTheLimit(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, []byte(strings.Repeat(" ", MaxInputBytes+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"quote", "--policy", "opisto", "--case", big},
		{"warranty", "--policy", "french-law", "--case", big},
		{"takeover", "--policy", "swapiphone", "--case", big},
		{"conversation", "--policy", "opisto", "--thread", big, "--at", "2026-11-30T12:00:00+01:00"},
		{"listing", "--policy", "opisto", "--listing", big},
	} {
		code, _, errs := runCmd(t, args...)
		if code != 2 || !strings.Contains(errs, "larger than") && !strings.Contains(errs, "too large") {
			t.Errorf("%v: exit %d, %q; want a size refusal", args, code, errs)
		}
	}
}

// TestRefusesUnknownFlagsAndLanguages: flag errors in the one refusal
// format, and a language without a catalog is never a silent fallback.
func TestRefusesUnknownFlagsAndLanguages(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"deadline", "--nope"}, "aftersales deadline: --nope: unknown flag"},
		{[]string{"deadline", "--kind"}, "aftersales deadline: --kind: needs a value"},
		{[]string{"deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00", "--lang", "zh"}, `aftersales deadline: --lang: language "zh" is not supported; supported: bg, cs, da, de, el, en, es, et, fi, fr, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv`},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, tt.args...)
		if code != 2 || strings.TrimSpace(errs) != tt.want {
			t.Errorf("%v: exit %d, %q; want %q", tt.args, code, errs, tt.want)
		}
	}
}

// TestLanguageDefaultsToTheMarket: without --lang, explanations are in the
// language of the policy's market (French for these French policies).
func TestLanguageDefaultsToTheMarket(t *testing.T) {
	_, fr, _ := runCmd(t, "deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00")
	_, en, _ := runCmd(t, "deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00", "--lang", "en")
	if !strings.Contains(fr, "réclamation") || strings.Contains(fr, "A complaint must") || !strings.Contains(en, "A complaint must") {
		t.Errorf("default:\n%s\n--lang en:\n%s", fr, en)
	}
}

func TestVersionCommand(t *testing.T) {
	m := runJSON(t, "version", "--json")
	if m["schema"] != float64(2) || m["min_schema"] != float64(1) || !strings.HasPrefix(m["go"].(string), "go") || m["version"] == "" {
		t.Errorf("version: %v", m)
	}
}
