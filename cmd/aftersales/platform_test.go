package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// platformGolden is one case per platform-duty command whose --json
// output is compared whole with testdata/golden/NAME.json (go test -run
// TestPlatformGoldenJSON -update rewrites them).
var platformGolden = []struct {
	name string
	args []string
}{
	{"order-due", []string{"order-due", "--market", "FR", "--kind", "order", "--received", "2026-07-10T09:00:00+02:00", "--at", "2026-07-15T12:00:00+02:00"}},
	{"order-due-notice", []string{"order-due", "--market", "FR", "--kind", "notice", "--received", "2026-05-07T16:00:00+02:00"}},
	{"sanction", []string{"sanction", "--case", "../../examples/data/sanction.json"}},
	{"inform", []string{"inform", "--case", "../../examples/data/inform.json"}},
	{"recalls", []string{"recalls", "--recalls", "../../examples/data/rappelconso-sample.csv", "--listings", "../../examples/data/listings.jsonl"}},
	{"policy-history", []string{"policy", "history", "../../examples/data/policy-history.json", "--at", "2026-11-20T15:00:00+01:00", "--cases", "../../examples/data/recorded.jsonl"}},
}

// hashRE hides policy content hashes, so that a preset change does not
// rewrite these files (TestPolicyVersion checks the hashes).
var hashRE = regexp.MustCompile(`sha256:[0-9a-f]{64}`)

func TestPlatformGoldenJSON(t *testing.T) {
	for _, tt := range platformGolden {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append(tt.args, "--json")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			out = hashRE.ReplaceAllString(out, "sha256:…")
			path := filepath.Join("testdata", "golden", tt.name+".json")
			if *update {
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
			keys := topKeys(t, out)
			if !cmp.Equal(keys[:3], []string{"policy", "policy_version", "lang"}) || keys[len(keys)-1] != "explain" {
				t.Errorf("envelope keys %v", keys)
			}
		})
	}
}

func TestPlatformCommandsText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"GPSR art. 22(4) after Bastille Day", []string{"order-due", "--market", "FR", "--kind", "order", "--received", "2026-07-10T09:00:00+02:00", "--lang", "en"},
			[]string{"due July 16, 2026 at 12:00 AM (end of Wednesday July 15, 2026, 2 working days)", "[U] reg-1182-71.art-2-2.working-days", "Fête nationale"}},
		{"DSA art. 9 order", []string{"order-due", "--market", "DE", "--kind", "dsa-order", "--received", "2026-07-10T09:00:00+02:00", "--at", "2026-08-10T09:00:00+02:00", "--lang", "en"},
			[]string{"act without undue delay", "state at August 10, 2026 at 9:00 AM: open"}},
		{"P2B art. 4(2) termination a day early", []string{"sanction", "--case", "../../examples/data/sanction.json", "--lang", "en"},
			[]string{"procedurally defective", "P2B art. 4(2): the termination takes effect before 30 days' notice", "seller may complain until: September 2, 2026"}},
		{"DSA art. 32 six-month lookback", []string{"inform", "--case", "../../examples/data/inform.json", "--lang", "en"},
			[]string{"purchases from March 15, 2026 at 12:00 AM", "- inform o-1002", "- no contact details: o-1003", "outside the period: 1; public notice needed: yes", "sales[3].sold_at"}},
		{"recall screening", []string{"recalls", "--recalls", "../../examples/data/rappelconso-sample.csv", "--listings", "../../examples/data/listings.jsonl"},
			[]string{"8 listings screened against 5 recalls: 6 findings", "row 8: 6 fields, the header has 13 (skipped)", "line 6 gtin: \"3760012345671\": wrong GS1 check digit (want 0)"}},
		{"policy history", []string{"policy", "history", "../../examples/data/policy-history.json"},
			[]string{"change 2026-01 → 2026-10: too early under the platform's own notice", "sla.targets[kind=complaint].hours: 72 → 48"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if !strings.Contains(out, "why:\n- ") {
				t.Errorf("no basis in the text form:\n%s", out)
			}
		})
	}
}

func TestPlatformCommandsRefuse(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	early := write("early.json", `{"versions":[{"id":"a","policy":"opisto","effective_at":"2026-01-01T00:00:00+01:00"},{"id":"b","policy":"opisto","notified_at":"2026-03-01T00:00:00+01:00","effective_at":"2026-02-01T00:00:00+01:00"}]}`)
	overlap := write("overlap.json", `{"versions":[{"id":"a","policy":"opisto","effective_at":"2026-01-01T00:00:00+01:00","until":"2026-03-01T00:00:00+01:00"},{"id":"b","policy":"opisto","notified_at":"2026-01-01T00:00:00+01:00","effective_at":"2026-02-01T00:00:00+01:00"}]}`)
	badSanction := write("sanction.json", `{"kind":"restriction","effective":"2026-04-01T00:00:00+02:00","exceptions":["repeated-infringement"]}`)
	noSheet := write("recalls.csv", "marque;gtin\nx;1\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown order kind", []string{"order-due", "--kind", "letter", "--received", "2026-07-10T09:00:00+02:00"}, "aftersales order-due: --kind: unknown kind \"letter\""},
		{"no receipt", []string{"order-due", "--kind", "order"}, "aftersales order-due: --received: required"},
		{"GPSR not yet applicable", []string{"order-due", "--kind", "order", "--received", "2024-12-01T09:00:00+01:00"}, "--received: 2024-12-01 is before the GPSR applied"},
		{"acted without at", []string{"order-due", "--kind", "order", "--received", "2026-07-10T09:00:00+02:00", "--acted", "2026-07-11T09:00:00+02:00"}, "--acted: needs --at"},
		{"at before receipt", []string{"order-due", "--kind", "order", "--received", "2026-07-10T09:00:00+02:00", "--at", "2026-07-09T09:00:00+02:00"}, "--at: 2026-07-09T09:00:00+02:00 is before received"},
		{"sanction field", []string{"sanction", "--case", badSanction}, "aftersales sanction: --case: exceptions: only a termination has notice exceptions"},
		{"sanction file missing", []string{"sanction"}, "--case: required"},
		{"inform without sales ids", []string{"inform", "--case", write("inform.json", `{"reason":"illegal","aware_at":"2026-09-15T10:00:00+02:00","sales":[{"sold_at":"2026-09-01T10:00:00+02:00"}]}`)}, "aftersales inform: --case: sales[0].id: missing"},
		{"recalls missing", []string{"recalls", "--listings", "x"}, "--recalls: required"},
		{"recall file without numero_fiche", []string{"recalls", "--recalls", noSheet, "--listings", "../../examples/data/listings.jsonl"}, "--recalls: row 1: the header has no numero_fiche column"},
		{"version effective before notified", []string{"policy", "history", early}, "versions[1].effective_at: 2026-02-01T00:00:00+01:00 is before notified_at"},
		{"overlapping versions", []string{"policy", "history", overlap}, "versions[0].until: 2026-03-01T00:00:00+01:00 is after versions[1].effective_at"},
		{"history file missing", []string{"policy", "history"}, "want a history file"},
		{"no version in force", []string{"policy", "history", "../../examples/data/policy-history.json", "--at", "2025-01-01T00:00:00+01:00"}, "--at: 2025-01-01T00:00:00+01:00: no policy version in force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and …%s…", code, out, errs, tt.want)
			}
		})
	}
}
