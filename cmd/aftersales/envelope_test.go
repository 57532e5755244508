package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenCommands is one case per command whose --json output is compared
// whole with testdata/golden/NAME.json.
var goldenCommands = []struct {
	name string
	args []string
}{
	{"deadline", []string{"deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00"}},
	{"absence", []string{"absence", "--policy", "swapiphone", "--notified", "2026-07-27", "--from", "2026-08-03", "--to", "2026-08-14"}},
	{"conversation", []string{"conversation", "--policy", "opisto", "--thread", "../../examples/data/thread.json", "--at", "2026-11-30T12:00:00+01:00"}},
	{"withdrawal", []string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--on", "2026-03-01"}},
	{"quote", []string{"quote", "--policy", "opisto", "--case", "../../examples/data/quote.json"}},
	{"warranty", []string{"warranty", "--policy", "french-law", "--case", "../../examples/data/claim.json"}},
	{"warranty-listing", []string{"warranty", "--policy", "french-law", "--listing", "smartphone", "--on", "2026-06-01"}},
	{"escalation", []string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00"}},
	{"takeover", []string{"takeover", "--policy", "swapiphone", "--case", "../../examples/data/takeover.json"}},
	{"reference", []string{"reference", "--policy", "agafort", "--new", "123"}},
	{"listing", []string{"listing", "--policy", "opisto", "--listing", "../../examples/data/listing.json"}},
	{"policy-floor", []string{"policy", "floor", "--policy", "opisto"}},
	{"policy-floor-de", []string{"policy", "floor", "--policy", "opisto", "--market", "DE"}},
	{"warranty-market-es", []string{"warranty", "--policy", "swapiphone", "--market", "ES", "--case", "../../examples/data/claim-market.json", "--lang", "en"}},
	{"withdrawal-market-de", []string{"withdrawal", "--policy", "opisto", "--market", "DE", "--region", "DE-BY", "--delivered", "2026-05-21", "--lang", "en"}},
	{"law-show-pl", []string{"law", "show", "PL"}},
	{"law-compare", []string{"law", "compare", "FR", "DE", "ES", "--on", "2026-12-01"}},
	{"policy-check", []string{"policy", "check", "../../examples/data/opisto-48h.json"}},
	{"holidays", []string{"holidays", "--market", "PL", "--year", "2026"}},
	{"calendar-add", []string{"calendar", "add", "--market", "FR", "--from", "2026-07-13T10:00:00+02:00", "--hours", "24"}},
	{"calendar-period", []string{"calendar", "period", "--market", "FR", "--event", "2025-05-26", "--days", "14", "--roll"}},
	{"replay", []string{"replay", "--from", "opisto", "--to", "../../examples/data/opisto-48h.json", "--cases", "../../examples/data/recorded.jsonl"}},
	{"test", []string{"test", "../../policy/testdata/expect.jsonl", "--run", "^opisto-"}},
}

// TestGoldenJSON compares each command's --json output with its golden
// file (go test -run TestGoldenJSON -update rewrites them).
func TestGoldenJSON(t *testing.T) {
	for _, tt := range goldenCommands {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append(tt.args, "--json")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			// The policy's version is checked against the engine in
			// TestPolicyVersion; here it is a placeholder, so that a preset
			// change does not rewrite every golden file.
			out = versionRE.ReplaceAllString(out, `"policy_version": "sha256:…"`)
			path := filepath.Join("testdata", "golden", tt.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), out); diff != "" {
				t.Errorf("%v --json (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

var versionRE = regexp.MustCompile(`"policy_version": "sha256:[0-9a-f]{64}"`)

// TestPolicyVersion: policy_version is the compiled policy's Version().
func TestPolicyVersion(t *testing.T) {
	for _, name := range preset.Names() {
		eng, err := policy.Compile(mustPreset(t, name))
		if err != nil {
			t.Fatal(err)
		}
		m := runJSON(t, "policy", "floor", "--policy", name, "--json")
		if m["policy"] != eng.Name() || m["policy_version"] != eng.Version() || !strings.HasPrefix(eng.Version(), "sha256:") {
			t.Errorf("%s: policy %v version %v, want %s %s", name, m["policy"], m["policy_version"], eng.Name(), eng.Version())
		}
	}
}

func mustPreset(t *testing.T, name string) policy.Policy {
	t.Helper()
	p, err := preset.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// topKeys returns the keys of the JSON object in out, in the order they
// are written (a map would lose it).
func topKeys(t *testing.T, out string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %v\n%s", err, out)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestEnvelopeOrder: every command's --json output starts with policy,
// policy_version and lang and ends with explain, and its own keys come in
// declaration order (several runs: map order would vary).
func TestEnvelopeOrder(t *testing.T) {
	for _, tt := range goldenCommands {
		t.Run(tt.name, func(t *testing.T) {
			var first []string
			for i := range 5 {
				_, out, errs := runCmd(t, append(tt.args, "--json")...)
				keys := topKeys(t, out+errs)
				if len(keys) < 4 || !cmp.Equal(keys[:3], []string{"policy", "policy_version", "lang"}) || keys[len(keys)-1] != "explain" {
					t.Fatalf("keys %v: want policy, policy_version, lang first and explain last", keys)
				}
				if i == 0 {
					first = keys
				} else if diff := cmp.Diff(first, keys); diff != "" {
					t.Fatalf("key order changed between runs (-first +now):\n%s", diff)
				}
			}
		})
	}
	// The decision's members keep the library's declaration order.
	_, out, _ := runCmd(t, "withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--on", "2026-03-01", "--json")
	want := []string{"policy", "policy_version", "lang", "applies", "buyer", "counted_from", "normal_last_day", "extended", "last_day", "closes", "excluded", "basis", "market", "applied", "unconfirmed", "on", "open", "explain"}
	if diff := cmp.Diff(want, topKeys(t, out)); diff != "" {
		t.Errorf("withdrawal keys (-want +got):\n%s", diff)
	}
}

// TestEnvelopeRefusesMapOrder: the envelope splices the members of a
// struct in declaration order; a map (whose keys encoding/json sorts) gives
// a different order, and the key-order check above catches it.
func TestEnvelopeRefusesMapOrder(t *testing.T) {
	c := newCmd(&env{}, "test", false)
	c.lang = language.English
	type decision struct {
		Zeta  int `json:"zeta"`
		Alpha int `json:"alpha"`
	}
	b, err := c.envelope(decision{1, 2}, nil, explainBasisNone)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"policy", "policy_version", "lang", "zeta", "alpha", "explain"}
	if diff := cmp.Diff(want, topKeys(t, string(b))); diff != "" {
		t.Errorf("struct (-want +got):\n%s", diff)
	}
	b, err = c.envelope(map[string]int{"zeta": 1, "alpha": 2}, nil, explainBasisNone)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Equal(want, topKeys(t, string(b))) {
		t.Error("a map kept declaration order: the order check cannot tell")
	}
	if _, err := c.envelope(struct {
		Explain []string `json:"explain"`
	}{}, nil, explainBasisNone); err == nil {
		t.Error("a decision with its own explain key: no error")
	}
}

func TestRefusal(t *testing.T) {
	cause := errors.New("bad")
	tests := []struct {
		name string
		err  error
		src  source
		want string
	}{
		{"flag path", field.Errorf("received", "bad"), fromFlags("received", "received"), "--received: bad"},
		{"flag path renamed", field.Errorf("category", "unknown"), fromFlags("category", "listing"), "--listing: unknown"},
		{"flag path with index", field.Errorf("delivered[1]", "bad"), fromFlags("delivered", "delivered"), "--delivered: [1]: bad"},
		{"flag path with member", field.Errorf("informed_on.day", "bad"), fromFlags("informed_on", "informed-on"), "--informed-on: day: bad"},
		{"file path", field.Errorf("lines[2].price", "bad"), fromFile("case"), "--case: lines[2].price: bad"},
		{"file path wrapped", fmt.Errorf("decoding: %w", field.Errorf("lines", "bad")), fromFile("case"), "--case: lines: bad"},
		{"file, no path", cause, fromFile("thread"), "--thread: bad"},
		{"file, empty path", &field.Error{Err: cause}, fromFile("case"), "--case: bad"},
		{"path that is neither", field.Errorf("rules.x", "bad"), fromFlags("at", "at"), "rules.x: bad"},
		{"no path, default flag", cause, fromFlags("", "closure"), "--closure: bad"},
		{"no path, no flag", cause, source{}, "bad"},
		{"already a refusal", badf("--days: no"), fromFile("case"), "--days: no"},
		{"nil cause", &field.Error{Path: "at"}, fromFlags("at", "at"), "--at: invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, refusal(tt.err, tt.src)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"14", 14, false}, {"0", 0, false}, {"-3", -3, false}, {"100", 100, false},
		{"014", 0, true}, {"0x10", 0, true}, {"1_4", 0, true}, {"+5", 0, true}, {" 5", 0, true},
		{"5 ", 0, true}, {"", 0, true}, {"-", 0, true}, {"1e3", 0, true}, {"101", 0, true}, {"-11", 0, true},
		{"99999999999999999999", 0, true}, {"٣", 0, true},
	}
	for _, tt := range tests {
		got, err := parseDecimal(tt.in, -10, 100)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseDecimal(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestLanguageRule: one rule for every command: --lang when given (a
// language with a catalog), else the market's language, English where it
// has no catalog; the envelope says which.
func TestLanguageRule(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"FR policy", []string{"deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00"}, "fr"},
		{"explicit en", []string{"deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00", "--lang", "en"}, "en"},
		{"region dropped", []string{"quote", "--policy", "opisto", "--case", "../../examples/data/quote.json", "--lang", "fr-BE"}, "fr"},
		{"PL market", []string{"holidays", "--market", "PL", "--year", "2026"}, "pl"},
		{"DE market", []string{"holidays", "--market", "DE", "--year", "2026"}, "de"},
		{"regional tag", []string{"holidays", "--market", "DE", "--year", "2026", "--lang", "de-AT"}, "de"},
		{"NO market", []string{"holidays", "--market", "NO", "--year", "2026"}, "nb"},
		{"FR market", []string{"calendar", "period", "--market", "FR", "--event", "2025-05-26", "--days", "14"}, "fr"},
		{"no market", []string{"version"}, "en"},
		{"screen", []string{"screen", "--policy", "swapiphone"}, "fr"},
		{"escalation", []string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00", "--lang", "pl"}, "pl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, append(tt.args, "--json")...)
			if m["lang"] != tt.want {
				t.Errorf("lang %v, want %s", m["lang"], tt.want)
			}
		})
	}
	for _, cmdArgs := range [][]string{
		{"deadline", "--policy", "opisto", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00"},
		{"holidays", "--market", "DE", "--year", "2026"},
		{"version"},
		{"replay", "--from", "opisto", "--to", "opisto", "--cases", "../../examples/data/recorded.jsonl"},
	} {
		for _, v := range []string{"tlh", "xx-YY-zz!", "zh"} {
			code, out, errs := runCmd(t, append(cmdArgs, "--lang", v)...)
			if code != 2 || out != "" || !strings.Contains(errs, ": --lang: ") || !strings.Contains(errs, "supported: bg, cs, da, de, el, en, es, et, fi, fr, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv") {
				t.Errorf("%v --lang %s: exit %d, stdout %q, stderr %q", cmdArgs, v, code, out, errs)
			}
		}
	}
	if got := marketLang("PL"); got != language.Polish {
		t.Errorf("marketLang(PL) = %v", got)
	}
	if got := marketLang("BE"); got != language.Dutch { // CLDR: Belgium most likely speaks Dutch
		t.Errorf("marketLang(BE) = %v", got)
	}
	if got := marketLang("not a market"); got != language.English {
		t.Errorf("marketLang(bad) = %v", got)
	}
}

// TestRefusalsNameTheirFlag: one refusal per flag of each command, in the
// one format "aftersales CMD: --flag: problem", exit 2, nothing on stdout.
func TestRefusalsNameTheirFlag(t *testing.T) {
	dl := []string{"deadline", "--policy", "opisto", "--kind", "complaint"}
	tests := []struct {
		args []string
		want string
	}{
		{append(dl, "--received", "2026-11-20T15:00:00+24:00"), "aftersales deadline: --received: "},
		{append(dl, "--received", "2026-11-20T15:00:00+01:00", "--closure", "2026-11-30..2026-11-01"), "aftersales deadline: --closure: "},
		{[]string{"deadline", "--policy", "opisto", "--kind", "letter", "--received", "2026-11-20T15:00:00+01:00"}, "aftersales deadline: --kind: "},
		{[]string{"deadline", "--policy", "nope", "--kind", "complaint", "--received", "2026-11-20T15:00:00+01:00"}, "aftersales deadline: --policy: "},
		{[]string{"absence", "--policy", "swapiphone", "--notified", "2026-07-27", "--from", "2026-08-14", "--to", "2026-08-03"}, "aftersales absence: --"},
		{[]string{"absence", "--policy", "swapiphone", "--notified", "27/07/2026", "--from", "2026-08-03", "--to", "2026-08-14"}, "aftersales absence: --notified: "},
		{[]string{"conversation", "--policy", "opisto", "--thread", "../../examples/data/thread.json", "--at", "noon"}, "aftersales conversation: --at: "},
		{[]string{"conversation", "--policy", "opisto", "--thread", "missing.json", "--at", "2026-11-30T12:00:00+01:00"}, "aftersales conversation: --thread: "},
		{[]string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-30"}, "aftersales withdrawal: --delivered: "},
		{[]string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--buyer", "robot"}, "aftersales withdrawal: --buyer: "},
		{[]string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--excluded", "nope"}, "aftersales withdrawal: --excluded: "},
		{[]string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--on", "tomorrow"}, "aftersales withdrawal: --on: "},
		{[]string{"withdrawal", "--policy", "french-law", "--delivered", "9999-12-31"}, "aftersales withdrawal: --delivered: "},
		{[]string{"quote", "--policy", "opisto", "--case", "missing.json"}, "aftersales quote: --case: "},
		{[]string{"warranty", "--policy", "french-law", "--listing", "toaster-oven-x", "--on", "2026-06-01"}, "aftersales warranty: --listing: "},
		{[]string{"warranty", "--policy", "french-law", "--listing", "smartphone"}, "aftersales warranty: --on: "},
		{[]string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-01T08:00:00+01:00"}, "aftersales escalation: --at: "},
		{[]string{"escalation", "--policy", "agafort", "--opened", "2026-03-02T09:00:00+01:00", "--at", "2026-03-03T08:00:00+01:00", "--fulfilled", "x"}, "aftersales escalation: --fulfilled: "},
		{[]string{"reference", "--policy", "agafort", "--check", "XX-1"}, "aftersales reference: --check: "},
		{[]string{"reference", "--policy", "agafort", "--new", "0x10"}, "aftersales reference: --new: "},
		{[]string{"holidays", "--market", "FR", "--year", "2026", "--region", "atlantis"}, "aftersales holidays: --region: "},
		{[]string{"holidays", "--market", "ZZ", "--year", "2026"}, "aftersales holidays: --market: "},
		{[]string{"calendar", "add", "--market", "FR", "--from", "2026-07-13T10:00:00+02:00", "--hours", "1_0"}, "aftersales calendar add: --hours: "},
		{[]string{"calendar", "add", "--market", "FR", "--from", "2026-07-13T10:00:00+02:00", "--working-days", "014"}, "aftersales calendar add: --working-days: "},
		{[]string{"calendar", "period", "--market", "FR", "--event", "9999-12-01", "--days", "100"}, "aftersales calendar period: --days: "},
		{[]string{"calendar", "period", "--market", "FR", "--event", "2025-05-26", "--years", "9223372036854775807"}, "aftersales calendar period: --years: "},
		{[]string{"replay", "--from", "opisto", "--to", "nope", "--cases", "../../examples/data/recorded.jsonl"}, "aftersales replay: --to: "},
		{[]string{"replay", "--from", "opisto", "--to", "opisto", "--cases", "missing.jsonl"}, "aftersales replay: --cases: "},
		{[]string{"test", "../../policy/testdata/expect.jsonl", "--run", "("}, "aftersales test: --run: "},
		{[]string{"version", "--json", "--bogus"}, "aftersales version: --bogus: unknown flag"},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, tt.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errs, tt.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and one line starting %q", tt.args, code, out, errs, tt.want)
		}
	}
}

// TestRefusesUnprintableInstants: an instant outside years 0000–9999 has
// no RFC 3339 form; the command prints nothing and refuses.
func TestRefusesUnprintableInstants(t *testing.T) {
	var out, errs bytes.Buffer
	c := newCmd(&env{stdout: &out, stderr: &errs}, "test", false)
	c.lang = language.English
	s := c.rfc3339(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.UTC)
	c.out.WriteString(s)
	if code := c.flush(0); code != 2 || out.Len() != 0 || !strings.Contains(errs.String(), "no RFC 3339 form") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
	c = newCmd(&env{stdout: &out, stderr: &errs}, "test", false)
	if got := c.rfc3339(time.Date(2026, 3, 29, 2, 30, 0, 0, time.UTC), time.UTC); got != "2026-03-29T02:30:00Z" || c.bad != nil {
		t.Errorf("got %q, %v", got, c.bad)
	}
}

// TestRefusesStdinOverTheLimit: a case read from standard input is bounded
// as a file is.
func TestRefusesStdinOverTheLimit(t *testing.T) {
	var out, errs bytes.Buffer
	big := strings.NewReader(strings.Repeat(" ", MaxInputBytes+1))
	code := run([]string{"warranty", "--policy", "french-law", "--case", "-"}, big, &out, &errs)
	if code != 2 || !strings.Contains(errs.String(), "--case: larger than the limit of 1 MiB") {
		t.Errorf("exit %d, stderr %q", code, errs.String())
	}
}

func TestVersionText(t *testing.T) {
	code, out, errs := runCmd(t, "version")
	if code != 0 || !strings.HasPrefix(out, "aftersales ") || !strings.Contains(out, "policy schema 2") {
		t.Errorf("exit %d: %q %q", code, out, errs)
	}
}

// TestPolicyCheckBadFile: a bad policy file exits 2; with --json the
// envelope says valid false and why, and stderr has the one-line refusal.
func TestPolicyCheckBadFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"schema": 2, "name": "x", "colour": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "policy", "check", bad, "--json")
	if code != 2 || !strings.HasPrefix(errs, "aftersales policy check: "+bad+": ") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Policy *string `json:"policy"`
		Valid  bool    `json:"valid"`
		Error  string  `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Valid || got.Error == "" || got.Policy != nil {
		t.Errorf("stdout %q: %+v, %v", out, got, err)
	}
	if diff := cmp.Diff([]string{"policy", "policy_version", "lang", "valid", "error", "explain"}, topKeys(t, out)); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
}
