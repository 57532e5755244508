package warranty

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden assessments in testdata")

// TestExampleFiles decodes every claim file of examples/data (the files
// README.md documents), assesses it under the statute, checks what it is
// there to show, round-trips it through JSON and compares the marshalled
// assessment with its golden wire form in testdata (go test -update
// rewrites them).
func TestExampleFiles(t *testing.T) {
	type shows struct {
		Conformity, Hidden, Commercial bool
		Burden                         Burden
		Grounds                        []Ground
	}
	tests := []struct {
		file string
		want shows
	}{
		{"claim.json", shows{true, true, false, SellerBurden, []Ground{}}},                         // L217-13: imposed replacement renews the period
		{"claim-hidden-defect.json", shows{false, true, false, SellerBurden, []Ground{}}},          // C. civ. 1641, 1648: private seller
		{"claim-commercial.json", shows{false, true, true, BuyerBurden, []Ground{}}},               // L217-21: 36-month commercial warranty
		{"claim-remedies.json", shows{true, true, false, SellerBurden, []Ground{Refused, Failed}}}, // L217-14, L217-17
		{"claim-market.json", shows{false, true, false, BuyerBurden, []Ground{}}},                  // L217-3: 24 months in France (36 in Spain: see policy)
	}
	files, err := filepath.Glob("../examples/data/claim*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("examples/data holds %d claim files, the table %d: document and test each", len(files), len(tests))
	}
	e := statuteEngine(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "examples", "data", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			c, err := DecodeCase(data)
			if err != nil {
				t.Fatal(err)
			}
			var viaStd Case
			if err := json.Unmarshal(data, &viaStd); err != nil {
				t.Fatalf("json.Unmarshal: %v", err)
			}
			if diff := cmp.Diff(c, viaStd, cmp.AllowUnexported(calendar.Date{})); diff != "" {
				t.Errorf("json.Unmarshal differs from DecodeCase:\n%s", diff)
			}
			// decode → encode → decode
			enc, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			again, err := DecodeCase(enc)
			if err != nil {
				t.Fatalf("re-decoding %s: %v", enc, err)
			}
			if diff := cmp.Diff(c, again, cmp.AllowUnexported(calendar.Date{})); diff != "" {
				t.Errorf("round trip (-first +second):\n%s", diff)
			}
			a, err := e.Assess(c)
			if err != nil {
				t.Fatal(err)
			}
			got := shows{a.Conformity.Applies, a.HiddenDefect.Applies, a.Commercial.Applies, a.Conformity.Burden, a.Remedies.Grounds}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("assessment (-want +got):\n%s", diff)
			}
			out, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, ".json")+".assessment.json")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(out)); diff != "" {
				t.Errorf("wire form differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestAssessmentWireForm checks the keys json.Marshal gives, in order: the
// names the CLI printed before the Assessment owned its JSON, with dates
// YYYY-MM-DD and dates that are none omitted.
func TestAssessmentWireForm(t *testing.T) {
	c := Case{Condition: NewGoods, Contract: d("2025-01-01"), Delivered: d("2025-01-05"), Appeared: d("2025-06-01")}
	a, err := statuteEngine(t).Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"assessed":"2025-06-01","regime":"ord. 2021-1247",`,
		`"conformity":{"applies":true,"until":"2027-01-05","presumed_until":"2027-01-05","burden":"seller","window":"appearance","from":"2025-01-05","renewed":false,"extension_months":0,"suspended_days":0},`,
		`"hidden_defect":{"applies":true,"from":"2025-06-01","until":"2027-06-01"},`,
		`"commercial":{"applies":false},`,
		`"remedies":{"repair_or_replacement":true,"free":true,"late":false,"grounds":[],"price_reduction":false,"rescission":false,"refund_days":14},`,
		`"limitation":{"from":"2025-06-01","until":"2030-06-01","long_stop":"2045-01-05","barred":false},`,
		`"unconfirmed":[],`,
		`"basis":{"steps":[{"rule":"conformity.regime",`,
	}
	if !bytes.HasPrefix(b, []byte(strings.Join(want, ""))) {
		t.Errorf("json.Marshal(assessment) =\n%s\nwant prefix\n%s", b, strings.Join(want, ""))
	}
}
