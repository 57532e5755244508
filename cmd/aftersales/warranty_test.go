package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeWarrantyCase(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "case.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWarrantyCommand(t *testing.T) {
	tests := []struct {
		name   string
		policy string
		body   string
		want   map[string]map[string]any
	}{
		{
			name:   "L217-3, L217-7: new goods, defect in the last days, burden on the seller",
			policy: "french-law",
			body:   `{"buyer":"consumer","condition":"new","contract":"2024-03-01","delivered":"2024-03-10","appeared":"2026-03-01"}`,
			want: map[string]map[string]any{
				"conformity":    {"applies": true, "until": "2026-03-10", "presumed_until": "2026-03-10", "burden": "seller"},
				"hidden_defect": {"applies": true, "until": "2028-03-01"},
				"commercial":    {"applies": false, "until": nil},
			},
		},
		{
			name:   "L217-7: second-hand goods, presumption ended, burden on the buyer",
			policy: "swapiphone",
			body:   `{"condition":"used","contract":"2025-01-10","delivered":"2025-01-15","appeared":"2026-03-01"}`,
			want: map[string]map[string]any{
				"conformity": {"applies": true, "until": "2027-01-15", "presumed_until": "2026-01-15", "burden": "buyer"},
			},
		},
		{
			name:   "L217-13: the issue's case, replacement imposed, seller's 12-month warranty over",
			policy: "opisto",
			body: `{"buyer": "consumer", "condition": "new", "contract": "2024-02-20", "delivered": "2024-02-29",
   "appeared": "2026-02-20", "discovered": "2026-02-20", "assessed": "2026-02-25",
   "repairs": [{"requested": "2025-01-10", "returned": "2025-01-25"}],
   "replacement": {"buyer_chose_repair": true, "delivered": "2025-03-01"},
   "commercial_months": 12}`,
			want: map[string]map[string]any{
				"conformity":    {"applies": true, "until": "2027-03-01", "presumed_until": "2027-03-01", "burden": "seller"},
				"hidden_defect": {"applies": true, "until": "2028-02-20"},
				"commercial":    {"applies": false, "until": "2025-03-15"},
				"limitation":    {"until": "2031-02-20", "long_stop": "2044-02-29"},
			},
		},
		{
			name:   "L217-14 2°: repair late, reduction and rescission open",
			policy: "agafort",
			body:   `{"condition":"new","contract":"2025-01-01","delivered":"2025-01-05","appeared":"2025-06-01","assessed":"2025-07-10","repairs":[{"requested":"2025-06-03"}]}`,
			want: map[string]map[string]any{
				"remedies": {"repair_or_replacement": true, "due": "2025-07-03", "late": true, "grounds": []any{"late"}, "price_reduction": true, "rescission": true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, "warranty", "--policy", tt.policy, "--case", writeWarrantyCase(t, tt.body), "--json")
			for section, fields := range tt.want {
				sec, ok := m[section].(map[string]any)
				if !ok {
					t.Fatalf("no %q object in %v", section, m)
				}
				got := map[string]any{}
				for k := range fields {
					got[k] = sec[k]
				}
				if diff := cmp.Diff(fields, got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", section, diff)
				}
			}
			if lines, ok := m["explain"].([]any); !ok || len(lines) == 0 {
				t.Errorf("no explain lines")
			}
		})
	}
}

func TestWarrantyCommandFrenchAndText(t *testing.T) {
	p := writeWarrantyCase(t, `{"condition":"refurbished","contract":"2025-01-10","delivered":"2025-01-15","appeared":"2026-03-01","category":"smartphone"}`)
	m := runJSON(t, "warranty", "--policy", "swapiphone", "--case", p, "--json", "--lang", "fr")
	lines := m["explain"].([]any)
	if !strings.Contains(lines[0].(string), "Contrat conclu le 10 janvier 2025") {
		t.Errorf("first line not French: %v", lines[0])
	}
	if l, ok := m["listing"].(map[string]any); !ok || l["spare_parts"] != "required" {
		t.Errorf("listing = %v", m["listing"])
	}
	code, out, errs := runCmd(t, "warranty", "--policy", "swapiphone", "--case", p)
	if code != 0 || !strings.Contains(out, "conformité :   s'applique") || !strings.Contains(out, "charge de la preuve : l'acheteur") || !strings.Contains(out, "pourquoi :") {
		t.Errorf("text output: exit %d\n%s%s", code, out, errs)
	}
}

func TestWarrantyListing(t *testing.T) {
	m := runJSON(t, "warranty", "--policy", "opisto", "--listing", "car_part", "--on", "2026-01-10", "--json")
	want := map[string]any{"policy": "opisto", "category": "car_part", "on": "2026-01-10", "spare_parts": "when_informed",
		"indices": []any{}, "statements": []any{"condition", "guarantee", "damage"}}
	got := map[string]any{}
	for k := range want {
		got[k] = m[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("listing (-want +got):\n%s", diff)
	}
	code, out, _ := runCmd(t, "warranty", "--policy", "french-law", "--listing", "tablet", "--on", "2025-06-20")
	if code != 0 || !strings.Contains(out, "indice : étiquette énergie") {
		t.Errorf("text listing: exit %d\n%s", code, out)
	}
}

func TestWarrantyCommandErrors(t *testing.T) {
	good := `"condition":"new","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"`
	tests := []struct {
		name string
		args []string
		body string
		want string
	}{
		{"delivery before contract", nil, `{"condition":"new","contract":"2024-03-01","delivered":"2024-02-29","appeared":"2026-02-20"}`, "case.delivered: before contract"},
		{"repair returned before requested", nil, `{` + good + `,"repairs":[{"requested":"2025-01-10","returned":"2025-01-09"}]}`, "case.repairs[0].returned: before requested"},
		{"unknown condition", nil, `{"condition":"mint","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"}`, `case.condition: unknown condition "mint"`},
		{"not JSON", nil, `{`, "case"},
		{"missing policy", []string{"warranty"}, "", "--policy: required"},
		{"unknown policy", []string{"warranty", "--policy", "nope"}, "", "--policy:"},
		{"missing case", []string{"warranty", "--policy", "french-law"}, "", "--case: required"},
		{"unreadable case", []string{"warranty", "--policy", "french-law", "--case", "/nonexistent/case.json"}, "", "--case:"},
		{"bad language", []string{"warranty", "--policy", "french-law", "--lang", "zh"}, "", `--lang: language "zh" is not supported; supported: bg, cs, da, de, el, en, es, et, fi, fr, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv`},
		{"unknown category", []string{"warranty", "--policy", "french-law", "--listing", "phone", "--on", "2025-01-01"}, "", `--listing: unknown category "phone"`},
		{"listing without date", []string{"warranty", "--policy", "french-law", "--listing", "tablet"}, "", "--on: required"},
		{"stray argument", []string{"warranty", "--policy", "french-law", "extra"}, "", `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"warranty", "--policy", "french-law", "--case", writeWarrantyCase(t, tt.body), "--json"}
			}
			code, out, errs := runCmd(t, args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stdout %q stderr %q", code, out, errs)
			}
			if !strings.HasPrefix(errs, "aftersales warranty: ") || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("stderr = %q, want one line containing %q", errs, tt.want)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
		})
	}
}

func TestWarrantyCaseFromStdin(t *testing.T) {
	var out, errb strings.Builder
	code := run([]string{"warranty", "--policy", "french-law", "--case", "-", "--json"},
		strings.NewReader(`{"condition":"new","contract":"2024-03-01","delivered":"2024-03-10","appeared":"2026-03-01"}`), &out, &errb)
	if code != 0 || !strings.Contains(out.String(), `"until": "2026-03-10"`) {
		t.Errorf("exit %d: %s%s", code, out.String(), errb.String())
	}
}
