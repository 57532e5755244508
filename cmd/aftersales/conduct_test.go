package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/conduct"
	"github.com/google/go-cmp/cmp"
)

func runStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestScreenCommand(t *testing.T) {
	type finding struct{ Kind, Text string }
	tests := []struct {
		name, policy, msg string
		want              []finding
		masked            string
	}{
		{"phone and e-mail, Swapiphone", "swapiphone", "Appelez-moi au 06 12 34 56 78 ou jean.dupont@gmail.com",
			[]finding{{"phone", "06 12 34 56 78"}, {"email", "jean.dupont@gmail.com"}}, "Appelez-moi au [phone] ou [email]"},
		{"international phone, Opisto", "opisto", "Call me on +33 6 12 34 56 78 please",
			[]finding{{"phone", "+33 6 12 34 56 78"}}, "Call me on [phone] please"},
		{"order number and price are not phones", "swapiphone", "Votre commande n° 2026-112233 de 1 234,50 € est partie le 12/03/2026.",
			nil, "Votre commande n° 2026-112233 de 1 234,50 € est partie le 12/03/2026."},
		{"french-law forbids nothing", "french-law", "Appelez-moi au 06 12 34 56 78", nil, "Appelez-moi au 06 12 34 56 78"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runStdin(t, tt.msg, "screen", "--policy", tt.policy, "--json")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got struct {
				Findings []finding `json:"findings"`
				Masked   string    `json:"masked"`
				Explain  []string  `json:"explain"`
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Findings) == 0 {
				got.Findings = nil
			}
			if diff := cmp.Diff(tt.want, got.Findings); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if got.Masked != tt.masked {
				t.Errorf("masked = %q, want %q", got.Masked, tt.masked)
			}
			if len(got.Explain) == 0 {
				t.Error("no explanation")
			}
		})
	}
}

func TestScreenBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"invalid UTF-8", "\xff\xfe", []string{"screen", "--policy", "opisto"}, "not valid UTF-8"},
		{"too large", strings.Repeat("a", conduct.MaxMessageBytes+10), []string{"screen", "--policy", "opisto"}, "larger than"},
		{"unknown policy", "hi", []string{"screen", "--policy", "nope"}, "--policy"},
		{"missing policy", "hi", []string{"screen"}, "--policy is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runStdin(t, tt.stdin, tt.args...)
			if code != 2 || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stderr %q: want 2 and one line with %q", code, errs, tt.want)
			}
		})
	}
	code, out, _ := runStdin(t, "", "screen", "--policy", "opisto", "--json")
	if code != 0 || !strings.Contains(out, `"clean": true`) {
		t.Errorf("empty message: exit %d\n%s", code, out)
	}
}

func TestListingCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	incomplete := write("incomplete.json", `{"title":"Alternateur Clio III","description":"Bon état","photos":0,"stock":1,"stock_held":true}`)
	m := runJSON(t, "listing", "--policy", "opisto", "--listing", incomplete, "--json")
	if m["ok"] != false {
		t.Errorf("incomplete listing ok = %v", m["ok"])
	}
	var fields []string
	for _, f := range m["findings"].([]any) {
		fields = append(fields, f.(map[string]any)["field"].(string))
	}
	for _, want := range []string{"condition", "photos"} {
		if !strings.Contains(strings.Join(fields, ","), want) {
			t.Errorf("findings %v lack %q", fields, want)
		}
	}
	bad := write("bad.json", `{"title":"x","photos":"two"}`)
	code, _, errs := runCmd(t, "listing", "--policy", "opisto", "--listing", bad)
	if code != 2 || !strings.Contains(errs, "listing.photos") {
		t.Errorf("bad listing: exit %d %q", code, errs)
	}
	code, _, errs = runCmd(t, "listing", "--policy", "opisto", "--listing", filepath.Join(dir, "none.json"))
	if code != 2 || !strings.Contains(errs, "--listing") {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}
