package refund

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

func FuzzDecodeCase(f *testing.F) {
	f.Add([]byte(`{"reason": "withdrawal", "buyer": "consumer", "currency": "EUR",
   "delivered": "2026-11-02", "informed": "2026-11-05",
   "goods_back": "2026-11-12", "shipped_back": "2026-11-09", "refunded": "2026-11-20",
   "lines": [{"id": "L1", "description": "Alternator", "quantity": 1, "unit_price": "120.00", "returned": 1}],
   "delivery": {"standard": "15.90", "surcharge": "9.00"},
   "return_shipping": "12.50",
   "deduction": {"amount": "0.00", "reason": ""},
   "refunded_before": "0.00"}`))
	f.Add([]byte(`{"reason": "non-delivery", "currency": "JPY", "informed": "2026-01-01", "lines": [{"id": "a", "quantity": 3, "unit_price": {"amount": "100", "currency": "JPY"}, "returned": 3}]}`))
	f.Add([]byte(`{"reason": "conformity", "currency": "KWD", "delivered": "2026-01-01", "informed": "2026-01-01", "lines": [{"id": "a", "quantity": 1, "unit_price": "1.005", "returned": 1, "exclusion": "perishable"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCase(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("marshal a decoded case: %v", err)
		}
		back, err := DecodeCase(b)
		if err != nil {
			t.Fatalf("decode(encode(case)): %v\n%s", err, b)
		}
		if diff := cmp.Diff(c, back); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		// Quoting a valid case never panics and never refunds above the limit.
		for _, r := range []Rules{FrenchLaw(), opistoRules()} {
			q, err := r.Quote(fr, c)
			if err != nil {
				continue
			}
			if q.Total.IsNegative() {
				t.Fatalf("negative total %s", q.Total)
			}
		}
	})
}

// FuzzQuoteArithmetic checks the int64 core against the decimal
// reference on fuzzed prices and quantities.
func FuzzQuoteArithmetic(f *testing.F) {
	f.Add(int64(4500), int64(3000), uint8(1), uint8(1), uint8(1), uint8(1), int64(990), int64(500), int64(0), int64(0), uint8(1))
	f.Add(int64(1), int64(1<<62), uint8(3), uint8(2), uint8(0), uint8(1), int64(7), int64(3), int64(1), int64(5), uint8(2))
	f.Fuzz(func(t *testing.T, p1, p2 int64, q1, r1, q2, r2 uint8, std, sur, ded, before int64, mode uint8) {
		if p1 < 0 || p2 < 0 || std < 0 || sur < 0 || ded < 0 || before < 0 || q1 == 0 || q2 == 0 || r1 > q1 || r2 > q2 {
			return
		}
		c := Case{Reason: Withdrawal, Currency: eur, Delivered: d("2026-01-02"), Informed: d("2026-01-05"),
			Lines: []Line{{ID: "a", Quantity: int(q1), Returned: int(r1), UnitPrice: money.FromMinor(p1, eur)},
				{ID: "b", Quantity: int(q2), Returned: int(r2), UnitPrice: money.FromMinor(p2, eur)}},
			Delivery: money.FromMinor(std, eur), DeliverySurcharge: money.FromMinor(sur, eur),
			Deduction: money.FromMinor(ded, eur), DeductionReason: "x", RefundedBefore: money.FromMinor(before, eur)}
		rules := FrenchLaw()
		rules.OnWithdrawal.DeliverySurcharge = mode&4 != 0
		rules.OnWithdrawal.PartialDelivery = []Split{SplitNone, SplitProRata, SplitFull}[int(mode)%3]
		f := flagsFor(rules, &c)
		fast, err1 := coreMinor(&c, f)
		ref, err2 := coreDecimal(&c, f)
		if err1 == errOverflow {
			return
		}
		if err1 != err2 {
			t.Fatalf("errors %v vs %v", err1, err2)
		}
		if diff := cmp.Diff(ref, fast, cmp.AllowUnexported(sums{})); diff != "" {
			t.Fatalf("(-decimal +minor):\n%s", diff)
		}
	})
}
