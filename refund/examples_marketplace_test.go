package refund_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/refund"
	"github.com/google/go-cmp/cmp"
)

// TestMarketplaceExampleFiles answers every examples/data/marketplace-*.json
// case with the refund rules of examples/data/policy-marketplace.json (the
// marketplace settings: settlement, payment order, coupon and free-delivery
// clawbacks, late surcharge for professionals, L217-17 deadline, rolled
// deadline, extended interest table) and pins the JSON of each answer in
// testdata/examples (go test ./refund -run ExampleFiles -update rewrites).
func TestMarketplaceExampleFiles(t *testing.T) {
	data, err := os.ReadFile("../examples/data/policy-marketplace.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := policy.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := refund.New(p.Refund, calendar.MustForMarket("FR", ""))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../examples/data/marketplace-*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no marketplace example files (%v)", err)
	}
	update := flag.Lookup("update") != nil && flag.Lookup("update").Value.String() == "true"
	for _, f := range files {
		base := filepath.Base(f)
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c refund.Case
			if err := json.Unmarshal(data, &c); err != nil {
				t.Fatalf("decode: %v", err)
			}
			q, err := eng.Quote(c)
			if err != nil {
				t.Fatalf("quote: %v", err)
			}
			got, err := json.MarshalIndent(q, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "examples", strings.TrimSuffix(base, ".json")+".golden.json")
			if update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./refund -run ExampleFiles -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-golden +got):\n%s", golden, diff)
			}
		})
	}
}
