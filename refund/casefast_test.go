package refund

import (
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

// sameAmount compares amounts by value, currency and written form (12.5
// and 12.50 differ), so that the fast path keeps the strict decoder's
// exponents.
var sameAmount = cmp.Options{
	cmp.Comparer(func(x, y money.Amount) bool {
		return x.Currency() == y.Currency() && x.String() == y.String()
	}),
	cmp.Comparer(func(x, y caseAmount) bool {
		return x.a.Currency() == y.a.Currency() && x.a.String() == y.a.String()
	}),
}

// checkCaseFast fails when the fast path accepts data and the strict
// decoder refuses it or decodes it differently.
func checkCaseFast(t *testing.T, data []byte) bool {
	t.Helper()
	var got caseWire
	if !caseFast(data, &got) {
		return false
	}
	var want caseWire
	if err := strictjson.DecodeWith(casePlan, data, &want); err != nil {
		t.Fatalf("fast path accepts %q, the strict decoder refuses it: %v", data, err)
	}
	if d := cmp.Diff(want, got, sameAmount); d != "" {
		t.Fatalf("fast path decodes %q differently (-strict +fast):\n%s", data, d)
	}
	return true
}

const fastCase = `{"reason":"withdrawal","buyer":"consumer","currency":"EUR","delivered":"2026-10-12","informed":"2026-11-02","goods_back":"2026-11-06",` +
	`"lines":[{"id":"L1","description":"Alternator","quantity":1,"unit_price":"80.00","returned":1},` +
	`{"id":"L2","description":"Starter","quantity":2,"unit_price":{"amount":"30.5","currency":"EUR"},"returned":2,"discount":"1.00"}],` +
	`"delivery":{"standard":"9.90","surcharge":"5.00"},"return_shipping":"8.00"}`

func TestCaseFastAgreesWithStrict(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		fast bool
	}{
		{"withdrawal", fastCase, true},
		{"marketplace flags", `{"reason":"conformity","currency":"EUR","delivered":"2026-10-12","informed":"2026-10-20","lines":[],"seller":"consumer",` +
			`"platform_took_over":true,"seller_collects":false,"return_cost_not_stated":true,"commission":"2.50","refunded_before":"1","ordered":"2026-10-01",` +
			`"shipped_back":"2026-10-21","refunded":"2026-10-30","not_informed":false}`, true},
		{"spaces", " {\n\t\"reason\" : \"withdrawal\" , \"currency\" : \"EUR\" , \"lines\" : [ ] } ", true},
		{"discounts", `{"reason":"withdrawal","currency":"EUR","lines":[],"discounts":[{"amount":"5.00"}]}`, false},
		{"vat rate", `{"reason":"withdrawal","currency":"EUR","lines":[{"id":"L1","quantity":1,"unit_price":"1.00","returned":1,"vat_rate":"20%"}]}`, false},
		{"missing unit price", `{"reason":"withdrawal","currency":"EUR","lines":[{"id":"L1","quantity":1,"returned":1}]}`, false},
		{"returned above quantity", `{"reason":"withdrawal","currency":"EUR","lines":[{"id":"L1","quantity":1,"unit_price":"1.00","returned":2}]}`, false},
		{"amount number", `{"reason":"withdrawal","currency":"EUR","return_shipping":8}`, false},
		{"amount exponent", `{"reason":"withdrawal","currency":"EUR","return_shipping":"8e0"}`, false},
		{"bad currency", `{"reason":"withdrawal","currency":"EURO"}`, false},
		{"bad date", `{"reason":"withdrawal","currency":"EUR","delivered":"2026-13-01"}`, false},
		{"duplicate in delivery", `{"reason":"withdrawal","currency":"EUR","delivery":{"standard":"1","standard":"1"}}`, false},
		{"null delivery", `{"reason":"withdrawal","currency":"EUR","delivery":null}`, false},
		{"accented description", `{"reason":"withdrawal","currency":"EUR","lines":[{"id":"L1","description":"Démarreur","quantity":1,"unit_price":"1.00","returned":1}]}`, false},
		{"trailing data", `{"reason":"withdrawal","currency":"EUR"}]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkCaseFast(t, []byte(tt.doc)); got != tt.fast {
				t.Fatalf("fast path took it: %v, want %v", got, tt.fast)
			}
		})
	}
}

func TestCaseFastAllocs(t *testing.T) {
	// The bare-string amounts of a case file (a money object decodes
	// with money.Amount.UnmarshalJSON).
	data := []byte(`{"reason":"withdrawal","buyer":"consumer","currency":"EUR","delivered":"2026-10-12","informed":"2026-11-02","goods_back":"2026-11-06",` +
		`"lines":[{"id":"L1","description":"Alternator","quantity":1,"unit_price":"80.00","returned":1},` +
		`{"id":"L2","description":"Starter","quantity":2,"unit_price":"30.50","returned":1}],` +
		`"delivery":{"standard":"9.90","surcharge":"5.00"},"return_shipping":"8.00"}`)
	var c Case
	allocs := testing.AllocsPerRun(100, func() {
		if err := c.UnmarshalJSON(data); err != nil {
			t.Fatal(err)
		}
	})
	// The lines' slice, their ids and descriptions, the bare amounts'
	// texts and the normalised copy.
	if allocs > 16 {
		t.Errorf("decoding a two-line case: %v allocations, want at most 16", allocs)
	}
}

func FuzzCaseFast(f *testing.F) {
	f.Add(fastCase)
	f.Add(`{"reason":"conformity","currency":"EUR","lines":[],"seller":"consumer","platform_took_over":true,"commission":"2.50"}`)
	f.Fuzz(func(t *testing.T, doc string) { checkCaseFast(t, []byte(doc)) })
}
