package refund

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/aftersales/aftersales/field"
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
	f.Add([]byte(`{"reason":"withdrawal","currency":"EUR","delivered":"2026-01-02","informed":"2026-01-05","goods_back":"2026-01-09","refunded":"2027-06-30","lines":[{"id":"a","quantity":2,"unit_price":{"amount":"10.00","currency":"EUR"},"returned":1}],"delivery":{"standard":{"amount":"4.99","currency":"EUR"}},"deduction":{"amount":{"amount":"1.00","currency":"EUR"},"reason":"worn"},"refunded_before":{"amount":"3.00","currency":"EUR"}}`))
	f.Add([]byte(`{"reason":"withdrawal","currency":"EUR","ordered":"2026-10-30","informed":"2026-11-05","withdrawal_sent":"2026-11-04T23:30:00Z","goods_back":"2026-11-12",
   "lines":[{"id":"a","quantity":2,"unit_price":"10.00","discount":"1.50","vat_rate":"20","shipment":"S1","returned":1},{"id":"b","quantity":1,"unit_price":"5.00","vat_rate":"5.5","shipment":"S2","returned":1}],
   "discounts":[{"id":"C","amount":"2.00","min_order":"20.00"}],
   "shipments":[{"id":"S1","delivered":"2026-11-02","standard":"3.90"},{"id":"S2","delivered":"2026-11-03","standard":"2.00","surcharge":"1.00"}],
   "payments":[{"means":"card","amount":"23.40"},{"means":"voucher","amount":"5.00"}],
   "instalments":[{"date":"2026-11-20","amount":"5.00"},{"date":"2026-12-30","amount":"3.00"}],
   "commission":"2.00","platform_took_over":true,"seller_collects":true,"return_shipping":"4.00","seller":"consumer","refund_to":"platform_credit"}`))
	f.Add([]byte(`{"reason":"non-delivery","currency":"JPY","informed":"2026-01-05","lines":[{"id":"a","quantity":3,"unit_price":"100","vat_rate":"10","shipment":"X","returned":3}],"shipments":[{"id":"X","standard":"500"}],"payments":[{"means":"wallet","amount":"800"}],"refunded":"2026-03-01"}`))
	rules := opistoRules()
	rules.OnWithdrawal.PaymentOrder, rules.OnWithdrawal.CouponMinimum, rules.OnWithdrawal.CouponBasis = "voucher,card", "revoke", "charter"
	rules.OnWithdrawal.PrivateSellers, rules.OnWithdrawal.LateProfessionals = true, true
	rules.Settlement = Settlement{Commission: CommissionMinusFee, FeePercent: 20, FeeCap: "1.00", Basis: "terms"}
	engines := []Engine{mustEngine(frenchLaw()), mustEngine(opistoRules()), mustEngine(rules)}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Case
		if err := json.Unmarshal(data, &c); err != nil {
			var fe *field.Error
			if !errors.As(err, &fe) && !isSyntaxError(err) {
				t.Fatalf("decode error %v (%T) is neither a *field.Error nor a JSON syntax error", err, err)
			}
			return
		}
		// decode → encode → decode gives the same case and the same bytes.
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("marshal a decoded case: %v", err)
		}
		var back Case
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("decode(encode(case)): %v\n%s", err, b)
		}
		if diff := cmp.Diff(c, back); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		if b2, _ := json.Marshal(back); string(b2) != string(b) {
			t.Fatalf("encode(decode(encode)) differs:\n%s\n%s", b, b2)
		}
		// Every quote: components add up to the total, the total is never
		// negative nor above paid − earlier refunds + return shipping +
		// late surcharge, and the result marshals.
		for _, eng := range engines {
			q, err := eng.Quote(c)
			if err != nil {
				var fe *field.Error
				if !errors.As(err, &fe) {
					t.Fatalf("quote error %v is not a *field.Error", err)
				}
				continue
			}
			checkMarketInvariants(t, c, q)
			paidOn := c.Refunded
			if n := len(c.Instalments); n > 0 {
				paidOn = c.Instalments[n-1].Date
			}
			if q.DaysLate < 0 || (q.DaysLate > 0 && !paidOn.After(q.Due)) || (q.DaysLate > 0 && paidOn.Sub(q.Due) < q.DaysLate) {
				t.Fatalf("days late %d with due %s, paid %s", q.DaysLate, q.Due, paidOn)
			}
			if _, err := json.Marshal(q); err != nil {
				t.Fatalf("marshal quote: %v", err)
			}
		}
	})
}

// FuzzWindow checks windows on fuzzed receipts: the last day is never
// before the day counted from nor before the normal last day, the window
// closes after its last day starts, and the receipt round-trips.
func FuzzWindow(f *testing.F) {
	f.Add([]byte(`{"delivered":["2026-02-14"]}`))
	f.Add([]byte(`{"delivered":["2026-03-02","2026-03-05"],"not_informed":true,"informed_on":"2026-06-10"}`))
	f.Add([]byte(`{"delivered":["2026-03-02","2026-01-05"],"regular":true,"buyer":"professional","exclusions":["auction"]}`))
	f.Add([]byte(`{"delivered":["9999-12-20"]}`))
	f.Add([]byte(`{"reason":"withdrawal","currency":"EUR","ordered":"2026-10-30","informed":"2026-11-05","withdrawal_sent":"2026-11-04T23:30:00Z","goods_back":"2026-11-12",
   "lines":[{"id":"a","quantity":2,"unit_price":"10.00","discount":"1.50","vat_rate":"20","shipment":"S1","returned":1},{"id":"b","quantity":1,"unit_price":"5.00","vat_rate":"5.5","shipment":"S2","returned":1}],
   "discounts":[{"id":"C","amount":"2.00","min_order":"20.00"}],
   "shipments":[{"id":"S1","delivered":"2026-11-02","standard":"3.90"},{"id":"S2","delivered":"2026-11-03","standard":"2.00","surcharge":"1.00"}],
   "payments":[{"means":"card","amount":"23.40"},{"means":"voucher","amount":"5.00"}],
   "instalments":[{"date":"2026-11-20","amount":"5.00"},{"date":"2026-12-30","amount":"3.00"}],
   "commission":"2.00","platform_took_over":true,"seller_collects":true,"return_shipping":"4.00","seller":"consumer","refund_to":"platform_credit"}`))
	f.Add([]byte(`{"reason":"non-delivery","currency":"JPY","informed":"2026-01-05","lines":[{"id":"a","quantity":3,"unit_price":"100","vat_rate":"10","shipment":"X","returned":3}],"shipments":[{"id":"X","standard":"500"}],"payments":[{"means":"wallet","amount":"800"}],"refunded":"2026-03-01"}`))
	rules := opistoRules()
	rules.OnWithdrawal.PaymentOrder, rules.OnWithdrawal.CouponMinimum, rules.OnWithdrawal.CouponBasis = "voucher,card", "revoke", "charter"
	rules.OnWithdrawal.PrivateSellers, rules.OnWithdrawal.LateProfessionals = true, true
	rules.Settlement = Settlement{Commission: CommissionMinusFee, FeePercent: 20, FeeCap: "1.00", Basis: "terms"}
	engines := []Engine{mustEngine(frenchLaw()), mustEngine(opistoRules()), mustEngine(rules)}
	f.Fuzz(func(t *testing.T, data []byte) {
		var rc Receipt
		if err := json.Unmarshal(data, &rc); err != nil {
			return
		}
		b, err := json.Marshal(rc)
		if err != nil {
			t.Fatal(err)
		}
		var back Receipt
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("decode(encode(receipt)): %v\n%s", err, b)
		}
		if diff := cmp.Diff(rc, back); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		for _, eng := range engines {
			w, err := eng.Window(rc)
			if err != nil {
				var fe *field.Error
				if !errors.As(err, &fe) {
					t.Fatalf("window error %v is not a *field.Error", err)
				}
				continue
			}
			if w.LastDay.Before(w.From) || w.LastDay.Before(w.Normal) || w.Normal.Before(w.From) {
				t.Fatalf("counted from %s, normal %s, last day %s", w.From, w.Normal, w.LastDay)
			}
			start, err := fr.Start(w.LastDay)
			if err != nil || !w.Closes.After(start) {
				t.Fatalf("closes %s, last day %s starts %s (%v)", w.Closes, w.LastDay, start, err)
			}
			if w.Applies != (len(w.Excluded) == 0 && (w.Buyer == Consumer || eng.Rules().Withdrawal.Professionals)) {
				t.Fatalf("applies=%v with exclusions %v, buyer %s", w.Applies, w.Excluded, w.Buyer)
			}
			if _, err := json.Marshal(w); err != nil {
				t.Fatalf("marshal window: %v", err)
			}
		}
	})
}

func mustEngine(r Rules) Engine {
	e, err := New(r, fr)
	if err != nil {
		panic(err)
	}
	return e
}

func isSyntaxError(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se)
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
		rules := frenchLaw()
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

// FuzzSurcharge checks the late-refund surcharge on fuzzed delays and
// amounts: it is never negative, never decreases when the refund is paid
// later, and under L242-4 the increase alone never exceeds the price of
// the goods (what is above it is legal interest, at most 10 % a year of
// the sums due over the days after the cap).
func FuzzSurcharge(f *testing.F) {
	f.Add(uint16(0), uint32(25), uint16(3), int64(8490), int64(7500), false, true)
	f.Add(uint16(400), uint32(4000), uint16(40), int64(100), int64(99999999), true, true)
	f.Add(uint16(10), uint32(9), uint16(1), int64(1), int64(0), false, false)
	first := d("2024-07-01")
	f.Fuzz(func(t *testing.T, dueOff uint16, late uint32, more uint16, base, price int64, pro, l2424 bool) {
		if base < 0 || price < 0 || base > 1e12 || price > 1e15 {
			return
		}
		due := first.AddDays(int(dueOff) % 3000)
		r1 := due.AddDays(1 + int(late%3_000_000))
		r2 := r1.AddDays(int(more))
		if r1.IsZero() || r2.IsZero() {
			return
		}
		s, buyer := ScaleL2414, Consumer
		if l2424 {
			s = ScaleL2424
		}
		if pro {
			buyer = Professional
		}
		b, p := money.FromMinor(base, eur), money.FromMinor(price, eur)
		a1, band1, _, err1 := Surcharge(s, buyer, due, r1, b, p)
		a2, _, _, err2 := Surcharge(s, buyer, due, r2, b, p)
		if err1 != nil || err2 != nil {
			t.Fatalf("%v / %v", err1, err2)
		}
		if a1.IsNegative() {
			t.Fatalf("negative surcharge %s", a1)
		}
		if n, _ := a1.Cmp(a2); n > 0 {
			t.Fatalf("paid on %s: %s; paid later on %s: %s (less)", r1, a1, r2, a2)
		}
		if l2424 && band1.Capped {
			days := int64(r1.Sub(due))
			// price + base × 10 % × days / 365, generously rounded up.
			bound := price + base*days/3650 + 1 + days
			if v, ok := minorOf(a1); ok && v > bound {
				t.Fatalf("capped surcharge %s above price %s + interest bound", a1, p)
			}
		}
		if !l2424 {
			if v, ok := minorOf(a1); ok && v > (base*50+99)/100 {
				t.Fatalf("L241-4 surcharge %s above 50 %% of %s", a1, b)
			}
		}
	})
}
