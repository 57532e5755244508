package refund

import (
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

var (
	eur = money.MustCurrency("EUR")
	fr  = calendar.MustForMarket("FR", "")
)

func eu(s string) money.Amount { return money.MustParse(s, eur) }

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

// opistoRules mirrors policy.Opisto().Refund (checked in the cmd tests).
func opistoRules() Rules {
	r := frenchLaw()
	r.Withdrawal.Professionals = true
	r.OnWithdrawal.DeliverySurcharge = true
	r.OnConformity.ReturnShipping = true
	return r
}

// twoLines is the order of the examples.
func twoLines(reason Reason) Case {
	return Case{
		Reason: reason, Currency: eur, Delivered: d("2026-11-02"), Informed: d("2026-11-05"),
		Lines: []Line{
			{ID: "L1", Quantity: 1, UnitPrice: eu("45.00"), Returned: 1},
			{ID: "L2", Quantity: 1, UnitPrice: eu("30.00"), Returned: 1},
		},
		Delivery: eu("9.90"), DeliverySurcharge: eu("5.00"),
	}
}

func amounts(q Quote) map[Kind]string {
	m := map[Kind]string{"total": q.Total.String()}
	for _, c := range q.Components {
		m[c.Kind] = c.Amount.String()
	}
	return m
}

func TestQuoteExamples(t *testing.T) {
	conf := twoLines(Conformity)
	conf.ReturnShipping = eu("8.00")
	frWith := twoLines(Withdrawal)
	frWith.ReturnShipping = eu("8.00")
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  map[Kind]string
	}{
		{"opisto withdrawal refunds parts, delivery and surcharge", opistoRules(), twoLines(Withdrawal), map[Kind]string{
			"total": "89.90 EUR", KindParts: "75.00 EUR", KindDelivery: "9.90 EUR", KindDeliverySurcharge: "5.00 EUR",
			KindReturnShipping: "0.00 EUR", KindDeduction: "0.00 EUR", KindLateSurcharge: "0.00 EUR"}},
		{"opisto conformity also refunds return shipping", opistoRules(), conf, map[Kind]string{
			"total": "97.90 EUR", KindParts: "75.00 EUR", KindDelivery: "9.90 EUR", KindDeliverySurcharge: "5.00 EUR",
			KindReturnShipping: "8.00 EUR", KindDeduction: "0.00 EUR", KindLateSurcharge: "0.00 EUR"}},
		{"french-law withdrawal keeps surcharge and return cost", frenchLaw(), frWith, map[Kind]string{
			"total": "84.90 EUR", KindParts: "75.00 EUR", KindDelivery: "9.90 EUR", KindDeliverySurcharge: "0.00 EUR",
			KindReturnShipping: "0.00 EUR", KindDeduction: "0.00 EUR", KindLateSurcharge: "0.00 EUR"}},
		{"french-law conformity is free for the buyer", frenchLaw(), conf, map[Kind]string{
			"total": "97.90 EUR", KindParts: "75.00 EUR", KindDelivery: "9.90 EUR", KindDeliverySurcharge: "5.00 EUR",
			KindReturnShipping: "8.00 EUR", KindDeduction: "0.00 EUR", KindLateSurcharge: "0.00 EUR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := tt.rules.Quote(fr, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, amounts(q)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func threeLines(reason Reason) Case {
	return Case{
		Reason: reason, Currency: eur, Delivered: d("2026-03-02"), Informed: d("2026-03-05"),
		Lines: []Line{
			{ID: "L1", Quantity: 2, UnitPrice: eu("10.00"), Returned: 1},
			{ID: "L2", Quantity: 1, UnitPrice: eu("20.00")},
			{ID: "L3", Quantity: 1, UnitPrice: eu("30.00")},
		},
		Delivery: eu("10.00"), DeliverySurcharge: eu("1.00"),
	}
}

func TestQuotePartialReturns(t *testing.T) {
	with := func(split Split) Rules {
		r := opistoRules()
		r.OnWithdrawal.PartialDelivery = split
		return r
	}
	excluded := threeLines(Withdrawal)
	excluded.Lines = append([]Line(nil), excluded.Lines...)
	excluded.Lines[1].Returned, excluded.Lines[1].Exclusion = 1, Personalised
	all := threeLines(Withdrawal)
	all.Lines = []Line{{ID: "L1", Quantity: 2, UnitPrice: eu("10.00"), Returned: 2}}
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  map[Kind]string
	}{
		// 10 of 70: delivery 10.00 × 1/7 = 1.428… → 1.43; surcharge 1.00 × 1/7 = 0.142… → 0.14.
		{"pro rata", with(SplitProRata), threeLines(Withdrawal), map[Kind]string{"total": "11.57 EUR", KindParts: "10.00 EUR", KindDelivery: "1.43 EUR", KindDeliverySurcharge: "0.14 EUR"}},
		{"none", with(SplitNone), threeLines(Withdrawal), map[Kind]string{"total": "10.00 EUR", KindParts: "10.00 EUR", KindDelivery: "0.00 EUR", KindDeliverySurcharge: "0.00 EUR"}},
		{"full", with(SplitFull), threeLines(Withdrawal), map[Kind]string{"total": "21.00 EUR", KindParts: "10.00 EUR", KindDelivery: "10.00 EUR", KindDeliverySurcharge: "1.00 EUR"}},
		{"whole order: delivery in full whatever the split", with(SplitNone), all, map[Kind]string{"total": "31.00 EUR", KindParts: "20.00 EUR", KindDelivery: "10.00 EUR", KindDeliverySurcharge: "1.00 EUR"}},
		{"excluded line is not refunded", with(SplitProRata), excluded, map[Kind]string{"total": "11.57 EUR", KindParts: "10.00 EUR", KindDelivery: "1.43 EUR", KindDeliverySurcharge: "0.14 EUR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := tt.rules.Quote(fr, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			got := amounts(q)
			for k := range got {
				if _, ok := tt.want[k]; !ok {
					delete(got, k)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuoteDeductionAndEarlierRefunds(t *testing.T) {
	c := twoLines(Withdrawal)
	c.Deduction, c.DeductionReason = eu("5.50"), "scratched casing"
	q, err := frenchLaw().Quote(fr, c)
	if err != nil {
		t.Fatal(err)
	}
	if got := amounts(q); got["total"] != "79.40 EUR" || got[KindDeduction] != "-5.50 EUR" {
		t.Errorf("deduction: %v", got)
	}
	c.NotInformed = true
	q, _ = frenchLaw().Quote(fr, c)
	if got := amounts(q); got["total"] != "84.90 EUR" || got[KindDeduction] != "0.00 EUR" {
		t.Errorf("not informed: no deduction allowed: %v", got)
	}
	c = twoLines(Withdrawal)
	c.RefundedBefore = eu("80.00") // paid 89.90
	q, _ = frenchLaw().Quote(fr, c)
	if got := amounts(q); got["total"] != "9.90 EUR" || got[KindEarlierRefunds] != "-75.00 EUR" {
		t.Errorf("earlier refunds: %v", got)
	}
	c = twoLines(Withdrawal)
	c.Buyer = Professional
	q, _ = frenchLaw().Quote(fr, c)
	if q.Eligible || !q.Total.IsZero() {
		t.Errorf("professional under french-law: eligible %v total %s", q.Eligible, q.Total)
	}
	q, _ = opistoRules().Quote(fr, c)
	if !q.Eligible || q.Total.String() != "89.90 EUR" {
		t.Errorf("professional under opisto: eligible %v total %s", q.Eligible, q.Total)
	}
}

func TestQuoteDeadline(t *testing.T) {
	tests := []struct {
		name                   string
		goodsBack, shippedBack string
		due                    string
		deferred               bool
	}{
		{"nothing back yet: may defer", "", "", "2026-11-19", true},
		{"goods back early: 14 days", "2026-11-10", "", "2026-11-19", false},
		{"proof of shipment first, after day 14", "2026-11-30", "2026-11-25", "2026-11-25", false},
		{"goods back late", "2026-11-28", "", "2026-11-28", false},
		{"proof only", "", "2026-11-21", "2026-11-21", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := twoLines(Withdrawal)
			if tt.goodsBack != "" {
				c.GoodsBack = d(tt.goodsBack)
			}
			if tt.shippedBack != "" {
				c.ShippedBack = d(tt.shippedBack)
			}
			q, err := frenchLaw().Quote(fr, c)
			if err != nil {
				t.Fatal(err)
			}
			if q.Due.String() != tt.due || q.Deferred != tt.deferred {
				t.Errorf("due %s deferred %v, want %s %v", q.Due, q.Deferred, tt.due, tt.deferred)
			}
		})
	}
	c := twoLines(NonDelivery)
	c.Delivered = calendar.Date{}
	q, err := frenchLaw().Quote(fr, c)
	if err != nil || q.Due.String() != "2026-11-19" || q.Deferred {
		t.Errorf("non-delivery: due %s deferred %v err %v", q.Due, q.Deferred, err)
	}
}

func TestQuoteLateSurcharge(t *testing.T) {
	// Order: parts 75.00 + delivery 9.90 refunded under french-law = 84.90 due.
	// Informed 2026-01-05, goods back 2026-01-07 → due 2026-01-19.
	late := func(refunded string, reason Reason) Quote {
		t.Helper()
		c := twoLines(reason)
		c.Delivered, c.Informed, c.GoodsBack = d("2026-01-02"), d("2026-01-05"), d("2026-01-07")
		c.Refunded = d(refunded)
		q, err := frenchLaw().Quote(fr, c)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	tests := []struct {
		name     string
		refunded string
		reason   Reason
		days     int
		band     string
		amount   string
	}{
		{"on the due day", "2026-01-19", Withdrawal, 0, "", "0.00"},
		// 84.90 × 6.67 % × 10 / 365 = 0.1551… → 0.16
		{"10 days: legal interest", "2026-01-29", Withdrawal, 10, "L242-4: up to 10 days late: legal interest", "0.16"},
		{"11 days: 5 %", "2026-01-30", Withdrawal, 11, "L242-4: more than 10 and up to 20 days late: +5 %", "4.25"},
		{"20 days: 5 %", "2026-02-08", Withdrawal, 20, "L242-4: more than 10 and up to 20 days late: +5 %", "4.25"},
		{"21 days: 10 %", "2026-02-09", Withdrawal, 21, "L242-4: more than 20 and up to 30 days late: +10 %", "8.49"},
		{"31 days: 20 %", "2026-02-19", Withdrawal, 31, "L242-4: more than 30 and up to 60 days late: +20 %", "16.98"},
		{"61 days: 50 %", "2026-03-21", Withdrawal, 61, "L242-4: more than 60 and up to 90 days late: +50 %", "42.45"},
		{"91 days: still 50 %", "2026-04-20", Withdrawal, 91, "L242-4: more than 90 days late: +50 %", "42.45"},
		// day 90 = 2026-04-19; + 1 month = 2026-05-19.
		{"one further month: 55 %", "2026-05-19", Withdrawal, 120, "L242-4: more than 90 days late and 1 further months: +55 %", "46.70"},
		{"L241-4 14 days: 10 %", "2026-02-02", NonDelivery, 14, "L241-4: up to 14 days late: +10 %", "8.99"},
		{"L241-4 15 days: 20 %", "2026-02-03", NonDelivery, 15, "L241-4: more than 14 and up to 30 days late: +20 %", "17.98"},
		{"L241-4 31 days: 50 %", "2026-02-19", NonDelivery, 31, "L241-4: more than 30 days late: +50 %", "44.95"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := late(tt.refunded, tt.reason)
			c, _ := q.Component(KindLateSurcharge)
			if diff := cmp.Diff([]any{tt.days, tt.band, tt.amount}, []any{q.DaysLate, q.Band.String(), c.Amount.Number()}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSurchargeCap(t *testing.T) {
	// Sums due 100.00 of which goods 20.00: 20 % of 100 reaches 20.00 on day 31.
	due := d("2026-01-10")
	amt, band, steps, err := Surcharge(ScaleL2424, Consumer, due, due.AddDays(40), eu("100.00"), eu("20.00"))
	if err != nil {
		t.Fatal(err)
	}
	// 20.00 + 100 × 6.67 % × 9 / 365 = 20.00 + 0.1644… = 20.16
	if amt.String() != "20.16 EUR" || !band.Capped || !band.Interest {
		t.Errorf("capped: %s %+v", amt, band)
	}
	if len(steps) < 2 {
		t.Errorf("steps: %+v", steps)
	}
	// A professional creditor gets the other rate: 100 × 2.62 % × 9 / 365 = 0.0646 → 0.06.
	amt, _, _, _ = Surcharge(ScaleL2424, Professional, due, due.AddDays(40), eu("100.00"), eu("20.00"))
	if amt.String() != "20.06 EUR" {
		t.Errorf("professional capped: %s", amt)
	}
	// Before the rate table: an error naming refunded.
	_, _, _, err = Surcharge(ScaleL2424, Consumer, d("2024-01-01"), d("2024-01-05"), eu("100.00"), eu("20.00"))
	if err == nil || !strings.HasPrefix(err.Error(), "refunded:") {
		t.Errorf("err = %v", err)
	}
}

func TestQuoteErrorsNameTheField(t *testing.T) {
	usd := money.MustCurrency("USD")
	tests := []struct {
		name string
		mut  func(c *Case)
		want string
	}{
		{"returned above quantity", func(c *Case) { c.Lines[1].Returned = 2 }, "lines[1].returned: 2 is above quantity 1"},
		{"negative returned", func(c *Case) { c.Lines[0].Returned = -1 }, "lines[0].returned: must not be negative"},
		{"zero quantity", func(c *Case) { c.Lines[0].Quantity = 0 }, "lines[0].quantity: 0 is out of range (want 1 to 1000000)"},
		{"negative price", func(c *Case) { c.Lines[0].UnitPrice = eu("-1.00") }, "lines[0].unit_price: must not be negative"},
		{"mixed currencies", func(c *Case) { c.Lines[1].UnitPrice = money.MustParse("3.00", usd) }, "lines[1].unit_price: currency USD differs from the case currency EUR"},
		{"too many digits", func(c *Case) { c.Delivery = money.New(decimal.RequireFromString("1.005"), eur) }, "delivery.standard: "},
		{"refunded before informed", func(c *Case) { c.Refunded = d("2026-11-01") }, "refunded: 2026-11-01 is before informed 2026-11-05"},
		{"goods back before delivered", func(c *Case) { c.GoodsBack = d("2026-11-01") }, "goods_back: 2026-11-01 is before delivered 2026-11-02"},
		{"goods back before shipped", func(c *Case) { c.GoodsBack, c.ShippedBack = d("2026-11-06"), d("2026-11-08") }, "goods_back: 2026-11-06 is before shipped_back 2026-11-08"},
		{"deduction without reason", func(c *Case) { c.Deduction = eu("1.00") }, "deduction.reason: missing"},
		{"deduction above goods", func(c *Case) { c.Deduction, c.DeductionReason = eu("80.00"), "x" }, "deduction.amount: 80.00 EUR is above the price of the returned goods"},
		{"refunded before above paid", func(c *Case) { c.RefundedBefore = eu("100.00") }, "refunded_before: 100.00 EUR is above what was paid"},
		{"no lines", func(c *Case) { c.Lines = nil }, "lines: at least one line"},
		{"unknown reason", func(c *Case) { c.Reason = "gift" }, "reason: unknown reason"},
		{"missing informed", func(c *Case) { c.Informed = calendar.Date{} }, "informed: missing"},
		{"missing delivered", func(c *Case) { c.Delivered = calendar.Date{} }, "delivered: missing"},
		{"bad exclusion", func(c *Case) { c.Lines[0].Exclusion = "used" }, "lines[0].exclusion: unknown exclusion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := twoLines(Withdrawal)
			c.Lines = append([]Line(nil), c.Lines...)
			tt.mut(&c)
			_, err := frenchLaw().Quote(fr, c)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want prefix %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalidCase) {
				t.Errorf("%v does not wrap ErrInvalidCase", err)
			}
			var se *strictjson.Error
			if !errors.As(err, &se) {
				t.Errorf("%v is not a *strictjson.Error", err)
			}
		})
	}
}

func TestQuoteBasisCitesEveryComponent(t *testing.T) {
	q, err := frenchLaw().Quote(fr, twoLines(Withdrawal))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range q.Components {
		if len(c.Basis.Steps) == 0 {
			t.Errorf("%s has no basis", c.Kind)
		}
		for _, s := range c.Basis.Steps {
			if s.Basis == "" && s.Rule != "refund.late" {
				t.Errorf("%s: step %q cites nothing", c.Kind, s.Rule)
			}
		}
	}
	cat, err := explain.NewCatalog(Translations())
	if err != nil {
		t.Fatal(err)
	}
	frText := cat.Render(q.Basis, language.French)
	if !strings.Contains(frText, "84,90\u00a0€") {
		t.Errorf("French rendering lacks the French amount:\n%s", frText)
	}
	if en := cat.Render(q.Basis, language.English); !strings.Contains(en, "€84.90") {
		t.Errorf("English rendering:\n%s", en)
	}
	if pl := cat.Render(q.Basis, language.Polish); !strings.Contains(pl, "Łączna kwota zwrotu") {
		t.Errorf("Polish rendering:\n%s", pl)
	}
}
