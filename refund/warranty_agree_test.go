package refund_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

// TestRescissionRefundAgreesWithWarranty: after a conformity claim ends in
// rescission, package warranty counts the refund from the day the seller
// got the goods back or a proof of their dispatch (L217-17); a refund
// quote with deadline_from "return" gives the same day, for the same facts.
func TestRescissionRefundAgreesWithWarranty(t *testing.T) {
	cal := calendar.MustForMarket("FR", "")
	data, err := os.ReadFile("../examples/data/claim-remedies.json")
	if err != nil {
		t.Fatal(err)
	}
	wc, err := warranty.DecodeCase(data)
	if err != nil {
		t.Fatal(err)
	}
	weng, err := warranty.New(fr.Warranty(), cal)
	if err != nil {
		t.Fatal(err)
	}
	a, err := weng.Assess(wc)
	if err != nil {
		t.Fatal(err)
	}
	rules := fr.Refund()
	rules.OnConformity.DeadlineFrom = "return"
	reng, err := refund.New(rules, cal)
	if err != nil {
		t.Fatal(err)
	}
	var c refund.Case
	if err := json.Unmarshal([]byte(`{"reason": "conformity", "currency": "EUR", "delivered": "2025-01-05",
	  "informed": "2025-07-01", "goods_back": "2025-07-08",
	  "lines": [{"id": "L1", "quantity": 1, "unit_price": "640.00", "returned": 1}]}`), &c); err != nil {
		t.Fatal(err)
	}
	q, err := reng.Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Remedies.RefundDue.IsZero() {
		t.Fatal("warranty gives no refund day")
	}
	if diff := cmp.Diff(a.Remedies.RefundDue.String(), q.Due.String()); diff != "" {
		t.Errorf("warranty refund_due vs refund due (-warranty +refund):\n%s", diff)
	}
}
