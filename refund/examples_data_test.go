package refund

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/examples")

// TestExampleDataFiles decodes every refund case and withdrawal receipt
// shipped under examples/data, answers it with the statutory rules and
// compares the JSON of the answer with its golden file, so the README's
// examples run and their output is pinned.
func TestExampleDataFiles(t *testing.T) {
	files, err := filepath.Glob("../examples/data/*.json")
	if err != nil {
		t.Fatal(err)
	}
	eng, err := New(frenchLaw(), fr)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range files {
		base := filepath.Base(f)
		kind, _, _ := strings.Cut(strings.TrimSuffix(base, ".json"), "-")
		if kind != "quote" && kind != "withdrawal" {
			continue
		}
		seen[kind] = true
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var result any
			switch kind {
			case "quote":
				var c Case
				if err := json.Unmarshal(data, &c); err != nil {
					t.Fatalf("decode: %v", err)
				}
				q, err := eng.Quote(c)
				if err != nil {
					t.Fatalf("quote: %v", err)
				}
				checkQuoteInvariants(t, c, q)
				result = q
			case "withdrawal":
				var rc Receipt
				if err := json.Unmarshal(data, &rc); err != nil {
					t.Fatalf("decode: %v", err)
				}
				w, err := eng.Window(rc)
				if err != nil {
					t.Fatalf("window: %v", err)
				}
				result = w
			}
			got, err := json.MarshalIndent(result, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "examples", strings.TrimSuffix(base, ".json")+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./refund -run TestExampleDataFiles -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-golden +got):\n%s", golden, diff)
			}
		})
	}
	for _, k := range []string{"quote", "withdrawal"} {
		if !seen[k] {
			t.Errorf("no examples/data/%s*.json file", k)
		}
	}
}

// checkQuoteInvariants checks what every quote must satisfy: the
// components add up to the total, all in the case currency, and the total
// is never above what was paid minus earlier refunds, plus return
// shipping and the late surcharge.
func checkQuoteInvariants(t *testing.T, c Case, q Quote) {
	t.Helper()
	total := q.Components[0].Amount
	for _, comp := range q.Components[1:] {
		var err error
		if total, err = total.Add(comp.Amount); err != nil {
			t.Fatalf("component %s: %v", comp.Kind, err)
		}
	}
	if !total.Equal(q.Total) {
		t.Errorf("components add up to %s, total is %s", total, q.Total)
	}
	late, _ := q.Component(KindLateSurcharge)
	or0 := func(a money.Amount) money.Amount {
		if a.Currency().IsZero() {
			return money.Zero(q.Currency)
		}
		return a
	}
	limit, err := money.Sum(q.Currency, q.Paid, or0(c.RefundedBefore).Neg(), or0(c.ReturnShipping), late.Amount)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := q.Total.Cmp(limit); n > 0 {
		t.Errorf("total %s above paid − earlier refunds + return shipping + surcharge = %s", q.Total, limit)
	}
	if q.Total.IsNegative() {
		t.Errorf("negative total %s", q.Total)
	}
	if q.Currency != c.Currency {
		t.Errorf("quote currency %s, case %s", q.Currency.Code(), c.Currency.Code())
	}
}
