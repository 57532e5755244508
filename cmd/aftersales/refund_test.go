package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeCase(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "case.json")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const twoLineCase = `{"reason": %q, "buyer": "consumer", "currency": "EUR",
  "delivered": "2026-11-02", "informed": "2026-11-05",
  "lines": [{"id": "L1", "quantity": 1, "unit_price": "45.00", "returned": 1},
            {"id": "L2", "quantity": 1, "unit_price": "30.00", "returned": 1}],
  "delivery": {"standard": "9.90", "surcharge": "5.00"},
  "return_shipping": "8.00"}`

func caseFor(t *testing.T, reason string) string {
	return writeCase(t, strings.Replace(twoLineCase, "%q", `"`+reason+`"`, 1))
}

func TestWithdrawalCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want map[string]any
	}{
		{"saturday receipt rolls to monday", []string{"--policy", "french-law", "--delivered", "2026-02-14"},
			map[string]any{"applies": true, "last_day": "2026-03-02", "closes": "2026-03-03T00:00:00+01:00"}},
		{"last parcel counts", []string{"--policy", "french-law", "--delivered", "2026-02-14", "--delivered", "2026-03-03"},
			map[string]any{"applies": true, "last_day": "2026-03-17", "closes": "2026-03-18T00:00:00+01:00"}},
		{"professional under french-law", []string{"--policy", "french-law", "--delivered", "2026-03-03", "--buyer", "professional"},
			map[string]any{"applies": false, "last_day": "2026-03-17", "closes": "2026-03-18T00:00:00+01:00"}},
		{"professional under opisto", []string{"--policy", "opisto", "--delivered", "2026-03-03", "--buyer", "professional"},
			map[string]any{"applies": true, "last_day": "2026-03-17", "closes": "2026-03-18T00:00:00+01:00"}},
		{"not informed", []string{"--policy", "french-law", "--delivered", "2026-03-03", "--not-informed"},
			map[string]any{"applies": true, "last_day": "2027-03-17", "closes": "2027-03-18T00:00:00+01:00"}},
		{"informed later", []string{"--policy", "french-law", "--delivered", "2026-03-03", "--not-informed", "--informed-on", "2026-06-10"},
			map[string]any{"applies": true, "last_day": "2026-06-24", "closes": "2026-06-25T00:00:00+02:00"}},
		{"excluded goods", []string{"--policy", "french-law", "--delivered", "2026-03-03", "--excluded", "personalised"},
			map[string]any{"applies": false, "last_day": "2026-03-17", "closes": "2026-03-18T00:00:00+01:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, append(append([]string{"withdrawal"}, tt.args...), "--json")...)
			got := map[string]any{"applies": m["applies"], "last_day": m["last_day"], "closes": m["closes"]}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if ex, ok := m["explain"].([]any); !ok || len(ex) == 0 {
				t.Errorf("no explain lines: %v", m["explain"])
			}
		})
	}
	m := runJSON(t, "withdrawal", "--policy", "french-law", "--delivered", "2026-03-03", "--excluded", "media_unsealed", "--json", "--lang", "en")
	if !strings.Contains(strings.Join(toStrings(m["explain"]), "\n"), "L221-28 9°") {
		t.Errorf("the explanation must name the exclusion: %v", m["explain"])
	}
	code, out, _ := runCmd(t, "withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--on", "2026-03-02", "--lang", "pl")
	if code != 0 || !strings.Contains(out, "otwarte=tak") || !strings.Contains(out, "poniedziałek") {
		t.Errorf("text output: %d\n%s", code, out)
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func TestQuoteCommand(t *testing.T) {
	tests := []struct {
		policy, reason, total string
	}{
		{"opisto", "withdrawal", "89.90"},
		{"opisto", "conformity", "97.90"},
		{"french-law", "withdrawal", "84.90"},
		{"french-law", "conformity", "97.90"},
		{"swapiphone", "withdrawal", "84.90"},
		{"agafort", "withdrawal", "84.90"},
	}
	for _, tt := range tests {
		t.Run(tt.policy+" "+tt.reason, func(t *testing.T) {
			m := runJSON(t, "quote", "--policy", tt.policy, "--case", caseFor(t, tt.reason), "--json")
			if total, _ := m["total"].(map[string]any); total["amount"] != tt.total || total["currency"] != "EUR" || m["currency"] != "EUR" || m["due"] != "2026-11-19" {
				t.Errorf("total %v currency %v due %v, want %s EUR 2026-11-19", m["total"], m["currency"], m["due"], tt.total)
			}
			var kinds []string
			for _, c := range m["components"].([]any) {
				cm := c.(map[string]any)
				kinds = append(kinds, cm["kind"].(string))
				if a, ok := cm["amount"].(map[string]any); !ok || a["currency"] != "EUR" {
					t.Errorf("amount is not the common money object: %v", cm)
				}
			}
			want := []string{"parts", "delivery", "delivery_surcharge", "return_shipping", "deduction", "late_surcharge"}
			if diff := cmp.Diff(want, kinds); diff != "" {
				t.Errorf("kinds (-want +got):\n%s", diff)
			}
			if _, ok := m["explain"].([]any); !ok {
				t.Error("no explain")
			}
		})
	}
	for _, lang := range []string{"fr", "en", "pl"} {
		code, out, errs := runCmd(t, "quote", "--policy", "french-law", "--case", caseFor(t, "withdrawal"), "--lang", lang)
		want := map[string]string{"fr": "84,90\u00a0€", "en": "€84.90", "pl": "84,90\u00a0zł"}[lang]
		if lang == "pl" {
			want = "84,90\u00a0€"
		}
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("--lang %s: exit %d, want %q in\n%s%s", lang, code, want, out, errs)
		}
	}
}

func TestRefundBadInput(t *testing.T) {
	base := `{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
  "lines": [{"id": "L1", "quantity": 1, "unit_price": "45.00", "returned": 1}, {"id": "L2", "quantity": 1, "unit_price": %s, "returned": %s}]%s}`
	mk := func(price, returned, extra string) string {
		s := strings.Replace(base, "%s", price, 1)
		s = strings.Replace(s, "%s", returned, 1)
		return strings.Replace(s, "%s", extra, 1)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"returned above quantity", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.00"`, "2", ""))}, "--case: lines[1].returned: 2 is above quantity 1"},
		{"too many digits", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.001"`, "1", ""))}, "--case: lines[1].unit_price: "},
		{"negative price", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"-30.00"`, "1", ""))}, "--case: lines[1].unit_price: must not be negative"},
		{"mixed currencies", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`{"amount": "30.00", "currency": "USD"}`, "1", ""))}, "--case: lines[1].unit_price: currency USD differs from the case currency EUR"},
		{"refunded before informed", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.00"`, "1", `, "refunded": "2026-11-01"`))}, "--case: refunded: 2026-11-01 is before informed 2026-11-05"},
		{"goods back before delivered", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.00"`, "1", `, "goods_back": "2026-11-01"`))}, "--case: goods_back: 2026-11-01 is before delivered"},
		{"unknown field", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.00"`, "1", `, "colour": "red"`))}, "--case: colour: unknown field"},
		{"price as number", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`30.0`, "1", ""))}, "--case: lines[1].unit_price: "},
		{"missing case", []string{"quote", "--policy", "french-law"}, "--case: required"},
		{"bad lang", []string{"quote", "--policy", "french-law", "--case", writeCase(t, mk(`"30.00"`, "1", "")), "--lang", "!!"}, "--lang: "},
		{"missing delivered", []string{"withdrawal", "--policy", "french-law"}, "--delivered: required"},
		{"bad delivered", []string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-30"}, "--delivered: "},
		{"bad buyer", []string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--buyer", "company"}, "--buyer: unknown buyer"},
		{"bad exclusion", []string{"withdrawal", "--policy", "french-law", "--delivered", "2026-02-14", "--excluded", "used"}, "--excluded: unknown exclusion"},
		{"unknown policy", []string{"withdrawal", "--policy", "nope", "--delivered", "2026-02-14"}, "--policy: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errs, tt.want)
			}
		})
	}
}
