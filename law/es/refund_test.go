package es_test

import (
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
)

// TestDoubleLateRefund checks TRLGDCU art. 76 through a quote: a
// withdrawal refund paid on its last day is the sum due; a day later the
// buyer may claim it twice.
func TestDoubleLateRefund(t *testing.T) {
	_, e := engines(t)
	eur := money.MustCurrency("EUR")
	for _, tc := range []struct {
		name     string
		refunded string
		total    string
		late     int
	}{
		{"refunded on day 14", "2025-03-17", "105.00", 0},
		{"refunded on day 15: double", "2025-03-18", "210.00", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := e.Quote(refund.Case{
				Reason: refund.Withdrawal, Currency: eur,
				Delivered: d("2025-02-24"), Informed: d("2025-03-03"), GoodsBack: d("2025-03-05"), Refunded: d(tc.refunded),
				Lines:    []refund.Line{{ID: "L1", Quantity: 1, UnitPrice: money.MustParse("100.00", eur), Returned: 1}},
				Delivery: money.MustParse("5.00", eur),
			})
			if err != nil {
				t.Fatal(err)
			}
			if q.Due != d("2025-03-17") || q.DaysLate != tc.late || !q.Total.Equal(money.MustParse(tc.total, eur)) {
				t.Errorf("due %s late %d total %s, want 2025-03-17 %d %s", q.Due, q.DaysLate, q.Total.Decimal(), tc.late, tc.total)
			}
		})
	}
}
