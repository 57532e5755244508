package refund

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// marketCase is the benchmark's order: 10 lines at two VAT rates in two
// shipments, a line discount, a coupon, paid by card and gift card; 5
// lines returned.
func marketCase(n int) Case {
	c := Case{Reason: Withdrawal, Currency: eur, Ordered: d("2026-10-30"), Informed: d("2026-11-05"),
		GoodsBack: d("2026-11-12"), Refunded: d("2026-12-20"),
		Shipments: []Shipment{{ID: "S1", Delivered: d("2026-11-02"), Standard: eu("8.90")}, {ID: "S2", Delivered: d("2026-11-03"), Standard: eu("12.90"), Surcharge: eu("6.00")}}}
	var goods int64
	for i := 0; i < n; i++ {
		l := Line{ID: fmt.Sprint("L", i), Quantity: 1 + i%3, UnitPrice: money.FromMinor(int64(1999+i*731), eur), Returned: i % 2,
			VATRate: MustVATRate([]string{"20", "5.5"}[i%2]), Shipment: []string{"S1", "S2"}[i%2]}
		if i == 3 {
			l.Discount = eu("5.00")
		}
		goods += int64(1999+i*731)*int64(l.Quantity) - map[bool]int64{true: 500}[i == 3]
		c.Lines = append(c.Lines, l)
	}
	c.Discounts = []Discount{{ID: "WELCOME", Amount: eu("10.00")}}
	paid := goods - 1000 + 890 + 1290 + 600
	c.Payments = []Payment{{Means: GiftCard, Amount: eu("25.00")}, {Means: Card, Amount: money.FromMinor(paid-2500, eur)}}
	return c
}

func amountsOf(q Quote) map[string]string {
	out := map[string]string{}
	for _, c := range q.Components {
		out[string(c.Kind)] = c.Amount.Number()
	}
	out["total"] = q.Total.Number()
	for _, v := range q.VAT {
		out["vat "+v.Rate.String()] = v.Amount.Number() + " / " + v.VAT.Number()
	}
	for _, s := range q.Shipments {
		out["shipment "+s.ID] = s.Amount.Number()
	}
	for _, p := range q.Payments {
		out["means "+string(p.Means)] = p.Amount.Number()
	}
	if !q.Settlement.IsZero() {
		s := q.Settlement
		out["settlement"] = s.BorneBy + " payout " + s.SellerPayout.Number() + " commission " + s.CommissionReturned.Number() + " fee " + s.RefundFee.Number() + " platform " + s.PlatformCost.Number()
	}
	if !q.Outstanding.IsZero() {
		out["outstanding"] = q.Outstanding.Number()
	}
	return out
}

func TestMarketplaceQuotes(t *testing.T) {
	oneLine := func() Case {
		return Case{Reason: Withdrawal, Currency: eur, Delivered: d("2026-11-02"), Informed: d("2026-11-05"), GoodsBack: d("2026-11-09"),
			Lines:    []Line{{ID: "A", Quantity: 2, UnitPrice: eu("60.00"), Returned: 1}, {ID: "B", Quantity: 1, UnitPrice: eu("40.00")}},
			Delivery: eu("10.00")}
	}
	settleRules := func(st Settlement) Rules { r := frenchLaw(); r.Settlement = st; return r }
	tests := []struct {
		name  string
		rules Rules
		c     func() Case
		want  map[string]string
	}{
		{"a coupon is allocated by value: the refund is what was paid for the returned unit", frenchLaw(), func() Case {
			c := oneLine()
			c.Discounts = []Discount{{Amount: eu("16.00")}}
			return c
		}, map[string]string{"parts": "54.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "57.75"}},
		{"a coupon minimum no longer reached: kept by default", frenchLaw(), func() Case {
			c := oneLine()
			c.Discounts = []Discount{{Amount: eu("16.00"), MinOrder: eu("150.00")}}
			return c
		}, map[string]string{"parts": "54.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "57.75"}},
		{"a coupon minimum no longer reached: revoked by the policy", func() Rules {
			r := frenchLaw()
			r.OnWithdrawal.CouponMinimum, r.OnWithdrawal.CouponBasis = "revoke", "Charter §4: coupons need their minimum order"
			return r
		}(), func() Case {
			c := oneLine()
			c.Discounts = []Discount{{Amount: eu("16.00"), MinOrder: eu("150.00")}}
			return c
		}, map[string]string{"parts": "54.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00",
			"coupon_clawback": "-10.00", "total": "47.75"}},
		{"VAT per rate: delivery over the order's rates", frenchLaw(), func() Case {
			c := oneLine()
			c.Lines[0].VATRate, c.Lines[1].VATRate = MustVATRate("20"), MustVATRate("5.5")
			c.Lines[1].Returned = 1
			return c
		}, map[string]string{"parts": "100.00", "delivery": "6.25", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "106.25",
			"vat 20": "64.69 / 10.78", "vat 5.5": "41.56 / 2.17"}},
		{"payments in the policy's order: the card first", func() Rules {
			r := frenchLaw()
			r.OnWithdrawal.PaymentOrder = "card,gift_card"
			return r
		}(), func() Case {
			c := oneLine()
			c.Payments = []Payment{{Means: GiftCard, Amount: eu("50.00")}, {Means: Card, Amount: eu("120.00")}}
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"means card": "63.75", "means gift_card": "0.00"}},
		{"payments pro rata by default", frenchLaw(), func() Case {
			c := oneLine()
			c.Payments = []Payment{{Means: GiftCard, Amount: eu("50.00")}, {Means: Card, Amount: eu("120.00")}}
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"means card": "45.00", "means gift_card": "18.75"}},
		{"the buyer agreed to platform credit", frenchLaw(), func() Case {
			c := oneLine()
			c.Payments = []Payment{{Means: Card, Amount: eu("170.00")}}
			c.RefundTo = PlatformCredit
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"means platform_credit": "63.75"}},
		{"settlement pro rata minus a capped fee", settleRules(Settlement{Commission: CommissionMinusFee, FeePercent: 20, FeeCap: "1.00", Basis: "Marketplace terms §9"}), func() Case {
			c := oneLine()
			c.Commission = eu("25.50")
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"settlement": "seller payout -55.19 commission 8.56 fee 1.00 platform 0.00"}},
		{"settlement: the platform took over and bears it", settleRules(Settlement{Commission: CommissionFull, TakeoverBearer: "platform", Basis: "Marketplace terms §9"}), func() Case {
			c := oneLine()
			c.Commission, c.PlatformTookOver = eu("25.50"), true
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"settlement": "platform payout 0.00 commission 0.00 fee 0.00 platform 63.75"}},
		{"settlement: the platform took over and charges the seller (Swapiphone)", settleRules(Settlement{Commission: CommissionNone, Basis: "Swapiphone terms"}), func() Case {
			c := oneLine()
			c.Commission, c.PlatformTookOver = eu("25.50"), true
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75",
			"settlement": "seller payout -63.75 commission 0.00 fee 0.00 platform 0.00"}},
		{"instalments: each part on its own band", frenchLaw(), func() Case {
			c := oneLine()
			c.Instalments = []Instalment{{Date: d("2026-11-19"), Amount: eu("30.00")}, {Date: d("2026-12-05"), Amount: eu("20.00")}, {Date: d("2027-01-10"), Amount: eu("13.75")}}
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "3.75", "total": "67.50",
			"outstanding": "3.75"}},
		{"a professional buyer gets no L242-4 surcharge by default", opistoRules(), func() Case {
			c := oneLine()
			c.Buyer, c.Refunded = Professional, d("2026-12-20")
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "63.75"}},
		{"a platform may extend L242-4 to professionals", func() Rules {
			r := opistoRules()
			r.OnWithdrawal.LateProfessionals = true
			return r
		}(), func() Case {
			c := oneLine()
			c.Buyer, c.Refunded = Professional, d("2026-12-20")
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "12.75", "total": "76.50"}},
		{"a private seller owes no withdrawal", frenchLaw(), func() Case {
			c := oneLine()
			c.Seller = PrivateSeller
			return c
		}, map[string]string{"parts": "0.00", "delivery": "0.00", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "0.00"}},
		{"a platform commitment covers private sellers", func() Rules {
			r := frenchLaw()
			r.OnWithdrawal.PrivateSellers = true
			return r
		}(), func() Case {
			c := oneLine()
			c.Seller, c.Refunded = PrivateSeller, d("2026-12-20")
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "12.75", "total": "76.50"}},
		{"free delivery: a partial return below the threshold charges nothing by default", frenchLaw(), func() Case {
			c := oneLine()
			c.Delivery, c.FreeShipping = money.Amount{}, FreeShipping{Threshold: eu("150.00"), Price: eu("8.00")}
			return c
		}, map[string]string{"parts": "60.00", "delivery": "0.00", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "60.00"}},
		{"free delivery charged by the policy with its basis", func() Rules {
			r := frenchLaw()
			r.OnWithdrawal.FreeShippingCharge, r.OnWithdrawal.FreeShippingBasis = true, "Charter §5: free delivery from 150 EUR kept"
			return r
		}(), func() Case {
			c := oneLine()
			c.Delivery, c.FreeShipping = money.Amount{}, FreeShipping{Threshold: eu("150.00"), Price: eu("8.00")}
			return c
		}, map[string]string{"parts": "60.00", "delivery": "0.00", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00",
			"free_shipping_clawback": "-8.00", "total": "52.00"}},
		{"free delivery: the whole order returned charges nothing", func() Rules {
			r := frenchLaw()
			r.OnWithdrawal.FreeShippingCharge, r.OnWithdrawal.FreeShippingBasis = true, "Charter §5"
			return r
		}(), func() Case {
			c := oneLine()
			c.Lines[0].Returned, c.Lines[1].Returned = 2, 1
			c.Delivery, c.FreeShipping = money.Amount{}, FreeShipping{Threshold: eu("150.00"), Price: eu("8.00")}
			return c
		}, map[string]string{"parts": "160.00", "delivery": "0.00", "delivery_surcharge": "0.00", "return_shipping": "0.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "160.00"}},
		{"the seller collects: return cost refunded", frenchLaw(), func() Case {
			c := oneLine()
			c.SellerCollects, c.ReturnShipping = true, eu("7.00")
			return c
		}, map[string]string{"parts": "60.00", "delivery": "3.75", "delivery_surcharge": "0.00", "return_shipping": "7.00", "deduction": "0.00", "late_surcharge": "0.00", "total": "70.75"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := mustEngine(tt.rules).Quote(tt.c())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, amountsOf(q)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			checkMarketInvariants(t, tt.c(), q)
		})
	}
}

func TestMarketplaceDates(t *testing.T) {
	base := Case{Reason: Conformity, Currency: eur, Delivered: d("2026-06-01"), Informed: d("2026-08-20"), ShippedBack: d("2026-08-24"),
		Lines: []Line{{ID: "A", Quantity: 1, UnitPrice: eu("640.00"), Returned: 1}}}
	fromReturn := frenchLaw()
	fromReturn.OnConformity.DeadlineFrom = "return"
	roll := frenchLaw()
	roll.OnWithdrawal.DeadlineRoll = true
	wd := Case{Reason: Withdrawal, Currency: eur, Delivered: d("2026-11-02"), Informed: d("2026-11-07"), GoodsBack: d("2026-11-09"),
		Lines: []Line{{ID: "A", Quantity: 1, UnitPrice: eu("10.00"), Returned: 1}}}
	collect := wd
	collect.SellerCollects, collect.GoodsBack = true, calendar.Date{}
	tests := []struct {
		name     string
		rules    Rules
		c        Case
		due      string
		deferred bool
		returnBy string
	}{
		{"conformity from the informed day (before)", frenchLaw(), base, "2026-09-03", false, ""},
		{"L217-17: 14 days after the proof of dispatch", fromReturn, base, "2026-09-07", false, ""},
		{"L217-17 with nothing back yet: deferred", fromReturn, func() Case { c := base; c.ShippedBack = calendar.Date{}; return c }(), "2026-09-03", true, ""},
		{"withdrawal: no roll by default (Saturday)", frenchLaw(), wd, "2026-11-21", false, "2026-11-21"},
		{"withdrawal: the policy rolls to Monday", roll, wd, "2026-11-23", false, "2026-11-21"},
		{"the seller collects: no deferral, no return deadline", frenchLaw(), collect, "2026-11-21", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := mustEngine(tt.rules).Quote(tt.c)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{q.Due.String(), fmt.Sprint(q.Deferred), q.ReturnBy.String()}
			if q.ReturnBy.IsZero() {
				got[2] = ""
			}
			if diff := cmp.Diff([]string{tt.due, fmt.Sprint(tt.deferred), tt.returnBy}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestWithdrawalSentInTheMarketsTimeZone(t *testing.T) {
	c := Case{Reason: Withdrawal, Currency: eur, Delivered: d("2026-11-02"), Informed: d("2026-11-17"),
		Lines: []Line{{ID: "A", Quantity: 1, UnitPrice: eu("10.00"), Returned: 1}}}
	eng := mustEngine(frenchLaw())
	for _, tt := range []struct {
		sent string
		late bool
	}{
		{"", true}, // informed after the last day, no proof of sending
		{"2026-11-16T22:59:59Z", false},
		{"2026-11-16T23:00:00Z", true}, // midnight in Paris
		{"2026-11-16T23:59:00+01:00", false},
	} {
		t.Run(tt.sent, func(t *testing.T) {
			cc := c
			if tt.sent != "" {
				ts, _ := time.Parse(time.RFC3339, tt.sent)
				cc.WithdrawalSent = ts
			}
			q, err := eng.Quote(cc)
			if err != nil {
				t.Fatal(err)
			}
			if q.WithdrawalLate != tt.late {
				t.Errorf("withdrawal_late = %v, want %v", q.WithdrawalLate, tt.late)
			}
		})
	}
}

func TestInterestRateTable(t *testing.T) {
	c := Case{Reason: Withdrawal, Currency: eur, Delivered: d("2026-11-02"), Informed: d("2026-11-05"), GoodsBack: d("2026-11-09"), Refunded: d("2026-11-25"),
		Lines: []Line{{ID: "A", Quantity: 1, UnitPrice: eu("1000.00"), Returned: 1}}}
	q, err := mustEngine(frenchLaw()).Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	if !q.RateUnknown {
		t.Errorf("a day of H2 2026 with the built-in table: rate_unknown false")
	}
	h2 := Rate{From: d("2026-07-01"), Consumer: 700, Other: 300, Source: "test rate"}
	eng, err := New(frenchLaw(), fr, WithInterestRates(h2))
	if err != nil {
		t.Fatal(err)
	}
	q2, err := eng.Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	late, _ := q2.Component(KindLateSurcharge)
	// 6 days at 7 % on 1000: 1000 × 700 × 6 / 3650000 = 1.15
	if q2.RateUnknown || late.Amount.Number() != "1.15" {
		t.Errorf("extended table: rate_unknown %v, surcharge %s, want false, 1.15", q2.RateUnknown, late.Amount.Number())
	}
	// The same half-year added by the policy, through its JSON.
	var pol Rules
	polJSON := `{"withdrawal":{"days":14,"not_informed_months":12,"informed_late_days":14,"basis":"C. consom. L221-18"},
	  "on_withdrawal":{"parts":true,"delivery":true,"deduction":true,"partial_delivery":"pro_rata","deadline_days":14,"defer_until_return":true,"late_surcharge":"L242-4","basis":"C. consom. L221-24","deadline_basis":"C. consom. L221-24"},
	  "on_conformity":{},"on_non_delivery":{},
	  "interest_rates":[{"from":"2026-07-01","consumer":700,"other":300,"source":"test rate"}]}`
	if err := strictjson.Decode([]byte(polJSON), &pol); err != nil {
		t.Fatal(err)
	}
	q3, err := mustEngine(pol).Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	if late3, _ := q3.Component(KindLateSurcharge); q3.RateUnknown || !late3.Amount.Equal(late.Amount) {
		t.Errorf("policy table: rate_unknown %v, surcharge %s, want false, %s", q3.RateUnknown, late3.Amount, late.Amount)
	}
	if b, _ := json.Marshal(pol.InterestRates); string(b) != `[{"from":"2026-07-01","consumer":700,"other":300,"source":"test rate"}]` {
		t.Errorf("interest_rates JSON %s", b)
	}
	if b, _ := json.Marshal(frenchLaw()); strings.Contains(string(b), "interest_rates") {
		t.Errorf("zero table written: %s", b)
	}
	bad := pol
	bad.InterestRates[0].From = d("2027-01-01")
	_, err = New(bad, fr)
	wantFieldError(t, err, "interest_rates[0].from")
	var tooMany RateTable
	if err := json.Unmarshal([]byte(`[{},{},{},{},{},{},{},{},{}]`), &tooMany); err == nil {
		t.Errorf("nine rates accepted")
	}
	refuse := frenchLaw()
	refuse.OnWithdrawal.UnknownRate = "refuse"
	_, err = mustEngine(refuse).Quote(c)
	wantFieldError(t, err, "refunded")
	for _, tt := range []struct {
		r    Rate
		path string
	}{
		{Rate{From: d("2026-07-02"), Consumer: 1, Source: "x"}, "interest_rates[0].from"},
		{Rate{From: d("2027-01-01"), Consumer: 1, Source: "x"}, "interest_rates[0].from"},
		{Rate{From: d("2026-07-01"), Consumer: -1, Source: "x"}, "interest_rates[0]"},
		{Rate{From: d("2026-07-01"), Consumer: 1}, "interest_rates[0].source"},
		{Rate{From: d("2026-01-01"), Consumer: 1, Other: 1, Source: "x"}, "interest_rates[0]"},
	} {
		_, err := New(frenchLaw(), fr, WithInterestRates(tt.r))
		wantFieldError(t, err, tt.path)
	}
}

func TestMarketplaceRefusals(t *testing.T) {
	ok := func() Case { return marketCase(4) }
	tests := []struct {
		name string
		mod  func(*Case)
		path string
	}{
		{"a line discount above the line's price", func(c *Case) { c.Lines[0].Discount = eu("100.00") }, "lines[0].discount"},
		{"a coupon above the goods", func(c *Case) { c.Discounts[0].Amount = eu("10000.00") }, "discounts[0].amount"},
		{"a zero coupon", func(c *Case) { c.Discounts[0].Amount = money.Zero(eur) }, "discounts[0].amount"},
		{"a VAT rate on some lines only", func(c *Case) { c.Lines[2].VATRate = VATRate{} }, "lines[2].vat_rate"},
		{"payments not adding up", func(c *Case) { c.Payments[0].Amount = eu("25.01") }, "payments"},
		{"an unknown means", func(c *Case) { c.Payments[0].Means = "cash" }, "payments[0].means"},
		{"a shipment without lines", func(c *Case) {
			c.Shipments = append(c.Shipments, Shipment{ID: "S3", Delivered: d("2026-11-03")})
		}, "shipments[2]"},
		{"a line without shipment", func(c *Case) { c.Lines[1].Shipment = "" }, "lines[1].shipment"},
		{"a line in an unknown shipment", func(c *Case) { c.Lines[1].Shipment = "S9" }, "lines[1].shipment"},
		{"two shipments with one ID", func(c *Case) { c.Shipments[1].ID = "S1" }, "shipments[1].id"},
		{"delivery beside shipments", func(c *Case) { c.Delivery = eu("1.00") }, "delivery"},
		{"delivered is not the last shipment", func(c *Case) { c.Delivered = d("2026-11-02") }, "delivered"},
		{"a shipment before the order", func(c *Case) { c.Shipments[0].Delivered = d("2026-10-01") }, "shipments[0].delivered"},
		{"an instalment before the order", func(c *Case) {
			c.Refunded, c.Informed, c.Ordered = calendar.Date{}, d("2026-11-05"), d("2026-10-30")
			c.Instalments = []Instalment{{Date: d("2026-10-01"), Amount: eu("1.00")}}
		}, "instalments[0].date"},
		{"instalments out of order", func(c *Case) {
			c.Refunded = calendar.Date{}
			c.Instalments = []Instalment{{Date: d("2026-11-20"), Amount: eu("1.00")}, {Date: d("2026-11-19"), Amount: eu("1.00")}}
		}, "instalments[1].date"},
		{"instalments beside refunded", func(c *Case) { c.Instalments = []Instalment{{Date: d("2026-11-20"), Amount: eu("1.00")}} }, "refunded"},
		{"instalments above the sums due", func(c *Case) {
			c.Refunded = calendar.Date{}
			c.Instalments = []Instalment{{Date: d("2026-11-20"), Amount: eu("9000.00")}}
		}, "instalments"},
		{"an order placed after its delivery", func(c *Case) { c.Ordered = d("2026-12-21") }, "delivered"},
		{"a private seller unknown kind", func(c *Case) { c.Seller = "company" }, "seller"},
		{"refund_to without payments", func(c *Case) { c.Payments = nil; c.RefundTo = Card }, "refund_to"},
		{"free delivery on an order that paid its delivery", func(c *Case) {
			c.FreeShipping = FreeShipping{Threshold: eu("10.00"), Price: eu("5.00")}
		}, "free_shipping"},
		{"free delivery above the order", func(c *Case) {
			c.Shipments[0].Standard, c.Shipments[1].Standard = money.Amount{}, money.Amount{}
			c.FreeShipping = FreeShipping{Threshold: eu("100000.00"), Price: eu("5.00")}
		}, "free_shipping.threshold"},
		{"withdrawal sent after the seller learned of it", func(c *Case) { c.WithdrawalSent = time.Date(2026, 11, 6, 12, 0, 0, 0, time.UTC) }, "withdrawal_sent"},
	}
	eng := mustEngine(frenchLaw())
	if _, err := eng.Quote(ok()); err != nil {
		t.Fatalf("the base case: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok()
			c.Lines = slices.Clone(c.Lines)
			c.Shipments = slices.Clone(c.Shipments)
			c.Payments = slices.Clone(c.Payments)
			c.Discounts = slices.Clone(c.Discounts)
			tt.mod(&c)
			_, err := eng.Quote(c)
			wantFieldError(t, err, tt.path)
			if !errors.Is(err, ErrInvalidCase) {
				t.Errorf("%v does not match ErrInvalidCase", err)
			}
		})
	}
	// Decoding: VAT rates out of range or malformed name the field.
	for _, rate := range []string{`"60"`, `"-5"`, `"20.125"`, `"abc"`, `20`, `""`} {
		data := `{"reason":"withdrawal","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","lines":[{"id":"a","quantity":1,"unit_price":"1.00","vat_rate":` + rate + `}]}`
		var c Case
		err := json.Unmarshal([]byte(data), &c)
		var fe *field.Error
		if !errors.As(err, &fe) || fe.Path != "lines[0].vat_rate" {
			t.Errorf("vat_rate %s: %v, want an error at lines[0].vat_rate", rate, err)
		}
	}
	// Rules.
	for _, tt := range []struct {
		mod  func(*Rules)
		path string
	}{
		{func(r *Rules) { r.OnWithdrawal.DeadlineFrom = "delivery" }, "on_withdrawal.deadline_from"},
		{func(r *Rules) { r.OnWithdrawal.UnknownRate = "guess" }, "on_withdrawal.unknown_rate"},
		{func(r *Rules) { r.OnWithdrawal.CouponMinimum = "revoke" }, "on_withdrawal.coupon_basis"},
		{func(r *Rules) { r.OnWithdrawal.CouponMinimum = "drop" }, "on_withdrawal.coupon_minimum"},
		{func(r *Rules) { r.OnWithdrawal.PaymentOrder = "card,card" }, "on_withdrawal.payment_order"},
		{func(r *Rules) { r.OnWithdrawal.PaymentOrder = "cash" }, "on_withdrawal.payment_order"},
		{func(r *Rules) { r.OnWithdrawal.FreeShippingCharge = true }, "on_withdrawal.free_shipping_basis"},
		{func(r *Rules) { r.OnWithdrawal.FreeShippingBasis = "x" }, "on_withdrawal.free_shipping_basis"},
		{func(r *Rules) { r.Settlement = Settlement{Commission: "half", Basis: "x"} }, "settlement.commission"},
		{func(r *Rules) { r.Settlement = Settlement{Commission: CommissionMinusFee, FeePercent: 101, Basis: "x"} }, "settlement.fee_percent"},
		{func(r *Rules) { r.Settlement = Settlement{Commission: CommissionMinusFee, FeeCap: "1e3", Basis: "x"} }, "settlement.fee_cap"},
		{func(r *Rules) {
			r.Settlement = Settlement{Commission: CommissionFull, TakeoverBearer: "buyer", Basis: "x"}
		}, "settlement.takeover_bearer"},
		{func(r *Rules) { r.Settlement = Settlement{Commission: CommissionFull} }, "settlement.basis"},
	} {
		r := frenchLaw()
		tt.mod(&r)
		_, err := New(r, fr)
		wantFieldError(t, err, tt.path)
	}
}

// refMarket is the slow reference of the marketplace arithmetic: every
// split by money.Allocate on decimal amounts, the allocation the package
// documents, computed independently of alloc64 and proRata64.
type refMarket struct {
	parts, delivery, surcharge int64
	vat                        map[int32]int64
	ships                      []int64
}

func refMarketQuote(t *testing.T, c Case, comp Components, f coreFlags) refMarket {
	t.Helper()
	cur := c.Currency
	m := func(a money.Amount) int64 { v, _ := a.MinorUnits(); return v }
	alloc := func(x int64, w []int64) []int64 {
		out := make([]int64, len(w))
		ws := make([]decimal.Decimal, len(w))
		pos := false
		for i, v := range w {
			ws[i] = decimal.NewFromInt(v)
			pos = pos || v > 0
		}
		if !pos || x == 0 {
			return out
		}
		parts, err := money.Allocate(money.FromMinor(x, cur), ws)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range parts {
			out[i] = m(p)
		}
		return out
	}
	n := len(c.Lines)
	net := make([]int64, n)
	for i, l := range c.Lines {
		net[i] = m(l.UnitPrice)*int64(l.Quantity) - m(l.Discount)
	}
	w := slices.Clone(net)
	for _, dsc := range c.Discounts {
		sh := alloc(m(dsc.Amount), w)
		for i := range net {
			net[i] -= sh[i]
		}
	}
	ship := func(i int) int {
		for j, s := range c.Shipments {
			if s.ID == c.Lines[i].Shipment {
				return j
			}
		}
		return 0
	}
	ns := max(1, len(c.Shipments))
	ret := make([]int64, n)
	sg, sr := make([]int64, ns), make([]int64, ns)
	whole, any := make([]bool, ns), make([]bool, ns)
	for j := range whole {
		whole[j] = true
	}
	var r refMarket
	r.vat = map[int32]int64{}
	for i, l := range c.Lines {
		j := ship(i)
		sg[j] += net[i]
		if f.eligibleLine(&c.Lines[i]) {
			if l.Returned > 0 {
				ret[i] = alloc(net[i], []int64{int64(l.Returned), int64(l.Quantity - l.Returned)})[0]
				sr[j] += ret[i]
				any[j] = true
			}
			whole[j] = whole[j] && l.Returned == l.Quantity
		} else {
			whole[j] = false
		}
		if comp.Parts {
			r.parts += ret[i]
		}
	}
	r.ships = make([]int64, ns)
	for j := 0; j < ns; j++ {
		std, sur := m(c.Delivery), m(c.DeliverySurcharge)
		if len(c.Shipments) > 0 {
			std, sur = m(c.Shipments[j].Standard), m(c.Shipments[j].Surcharge)
		}
		share := func(x int64, on bool) int64 {
			switch {
			case !on || !any[j]:
				return 0
			case whole[j] || comp.PartialDelivery == SplitFull:
				return x
			case comp.PartialDelivery == SplitProRata:
				return alloc(x, []int64{sr[j], sg[j] - sr[j]})[0]
			}
			return 0
		}
		dl, sc := share(std, comp.Delivery), share(sur, comp.DeliverySurcharge)
		r.delivery += dl
		r.surcharge += sc
		r.ships[j] = dl + sc
		// VAT of the shipment's delivery, over its goods' rates.
		if !c.Lines[0].VATRate.IsZero() {
			var rates []int32
			for i := range c.Lines {
				if !slices.Contains(rates, c.Lines[i].VATRate.bp) {
					rates = append(rates, c.Lines[i].VATRate.bp)
				}
			}
			slices.Sort(rates)
			wv := make([]int64, len(rates))
			for i := range c.Lines {
				if ship(i) == j {
					wv[slices.Index(rates, c.Lines[i].VATRate.bp)] += net[i]
				}
			}
			for k, v := range alloc(dl+sc, wv) {
				r.vat[rates[k]] += v
			}
		}
	}
	for i := range c.Lines {
		if comp.Parts {
			r.vat[c.Lines[i].VATRate.bp] += ret[i]
			r.ships[ship(i)] += ret[i]
		}
	}
	return r
}

// randomMarketCase returns a valid random marketplace case.
func randomMarketCase(r *rand.Rand) Case {
	c := Case{Reason: Reasons()[r.IntN(3)], Currency: eur, Ordered: d("2026-01-01"), Informed: d("2026-01-10")}
	if r.IntN(4) == 0 {
		c.Buyer = Professional
	}
	ns := r.IntN(3)
	for j := 0; j < ns; j++ {
		c.Shipments = append(c.Shipments, Shipment{ID: fmt.Sprint("S", j), Delivered: d("2026-01-02").AddDays(r.IntN(5)),
			Standard: money.FromMinor(r.Int64N(2000), eur), Surcharge: money.FromMinor(r.Int64N(2)*r.Int64N(900), eur)})
	}
	if ns == 0 {
		c.Delivered = d("2026-01-03")
		c.Delivery, c.DeliverySurcharge = money.FromMinor(r.Int64N(2000), eur), money.FromMinor(r.Int64N(900), eur)
	}
	vat := r.IntN(2) == 0
	n := 1 + r.IntN(12)
	var goods int64
	for i := 0; i < n; i++ {
		q := 1 + r.IntN(4)
		u := r.Int64N(20000)
		l := Line{ID: fmt.Sprint("L", i), Quantity: q, UnitPrice: money.FromMinor(u, eur), Returned: r.IntN(q + 1)}
		if r.IntN(3) == 0 {
			l.Discount = money.FromMinor(r.Int64N(u*int64(q)+1), eur)
		}
		if vat {
			l.VATRate = VATRate{bp: []int32{2000, 550, 1000, 0}[r.IntN(4)], set: true}
		}
		if ns > 0 {
			l.Shipment = fmt.Sprint("S", i%ns)
		}
		if r.IntN(10) == 0 {
			l.Exclusion = Personalised
		}
		goods += u*int64(q) - func() int64 { v, _ := l.Discount.MinorUnits(); return v }()
		c.Lines = append(c.Lines, l)
	}
	if ns > n {
		c.Shipments = c.Shipments[:n]
	}
	left := goods
	for k := r.IntN(3); k > 0 && left > 0; k-- {
		a := 1 + r.Int64N(left)
		if r.IntN(2) == 0 {
			a = 1 + r.Int64N(min(left, 3000))
		}
		c.Discounts = append(c.Discounts, Discount{ID: "C", Amount: money.FromMinor(a, eur), MinOrder: money.FromMinor(r.Int64N(2)*r.Int64N(goods+1), eur)})
		left -= a
	}
	paid := left
	for _, s := range c.Shipments {
		a, _ := s.Standard.MinorUnits()
		b, _ := s.Surcharge.MinorUnits()
		paid += a + b
	}
	a, _ := c.Delivery.MinorUnits()
	b, _ := c.DeliverySurcharge.MinorUnits()
	paid += a + b
	if paid > 0 && r.IntN(3) > 0 {
		first := r.Int64N(paid + 1)
		c.Payments = []Payment{{Means: Voucher, Amount: money.FromMinor(first, eur)}, {Means: Card, Amount: money.FromMinor(paid-first, eur)}}
		if first == 0 {
			c.Payments = c.Payments[1:]
		} else if first == paid {
			c.Payments = c.Payments[:1]
		}
	}
	if r.IntN(3) == 0 {
		c.ReturnShipping = money.FromMinor(r.Int64N(1500), eur)
	}
	if r.IntN(4) == 0 && left > 0 {
		c.Delivery = money.Amount{}
		for j := range c.Shipments {
			c.Shipments[j].Standard = money.Amount{}
		}
		c.Payments, c.RefundTo = nil, ""
		c.FreeShipping = FreeShipping{Threshold: money.FromMinor(1+r.Int64N(left), eur), Price: money.FromMinor(1+r.Int64N(1500), eur)}
	}
	if r.IntN(4) == 0 {
		c.RefundedBefore = money.FromMinor(r.Int64N(paid+1), eur)
	}
	if r.IntN(4) == 0 {
		c.Deduction, c.DeductionReason = money.FromMinor(r.Int64N(300), eur), "wear"
	}
	if r.IntN(2) == 0 {
		c.GoodsBack = c.Informed.AddDays(r.IntN(20))
	}
	switch r.IntN(3) {
	case 0:
		c.Refunded = c.Informed.AddDays(r.IntN(200))
	case 1:
		day := c.Informed
		for k := 1 + r.IntN(3); k > 0; k-- {
			day = day.AddDays(r.IntN(60))
			c.Instalments = append(c.Instalments, Instalment{Date: day, Amount: money.FromMinor(1+r.Int64N(3000), eur)})
		}
	}
	if r.IntN(5) == 0 {
		c.Seller = PrivateSeller
	}
	if r.IntN(5) == 0 {
		c.Commission = money.FromMinor(r.Int64N(goods/5+1), eur)
	}
	return c
}

func randomMarketRules(r *rand.Rand) Rules {
	rules := randomRules(r)
	for _, c := range []*Components{&rules.OnWithdrawal, &rules.OnConformity, &rules.OnNonDelivery} {
		if r.IntN(2) == 0 {
			c.CouponMinimum, c.CouponBasis = "revoke", "charter"
		}
		if r.IntN(2) == 0 {
			c.PaymentOrder = []string{"card,voucher", "voucher", "gift_card,card"}[r.IntN(3)]
		}
		c.LateProfessionals = r.IntN(2) == 0
		if r.IntN(2) == 0 {
			c.FreeShippingCharge, c.FreeShippingBasis = true, "charter"
		}
		c.PrivateSellers = r.IntN(2) == 0
	}
	if r.IntN(2) == 0 {
		rules.Settlement = Settlement{Commission: []string{CommissionNone, CommissionFull, CommissionProRata, CommissionMinusFee}[r.IntN(4)], Basis: "terms"}
		if rules.Settlement.Commission == CommissionMinusFee {
			rules.Settlement.FeePercent, rules.Settlement.FeeCap = r.IntN(101), []string{"", "1.00"}[r.IntN(2)]
		}
	}
	return rules
}

// checkMarketInvariants checks the properties of the issue: no component
// negative but the deductions; the total within what was paid minus
// earlier refunds plus return shipping and surcharges; every split adding
// up exactly to the total; a basis on every component and split.
func checkMarketInvariants(t *testing.T, c Case, q Quote) {
	t.Helper()
	checkQuoteInvariants(t, c, q)
	for _, comp := range q.Components {
		switch comp.Kind {
		case KindDeduction, KindEarlierRefunds, KindCouponClawback, KindFreeShippingClawback:
			if comp.Amount.IsPositive() {
				t.Errorf("%s positive: %s", comp.Kind, comp.Amount)
			}
		default:
			if comp.Amount.IsNegative() {
				t.Errorf("%s negative: %s", comp.Kind, comp.Amount)
			}
		}
		if len(comp.Basis.Steps) == 0 {
			t.Errorf("%s without basis", comp.Kind)
		}
	}
	sum := func(name string, parts []money.Amount, bases []explain.Basis) {
		if len(parts) == 0 {
			return
		}
		s, err := money.Sum(q.Currency, parts...)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Equal(q.Total) {
			t.Errorf("%s parts add up to %s, total %s", name, s, q.Total)
		}
		for i, p := range parts {
			if p.IsNegative() && name != "shipment" {
				t.Errorf("%s part %d negative: %s", name, i, p)
			}
			if len(bases[i].Steps) == 0 || bases[i].Steps[0].Basis == "" {
				t.Errorf("%s part %d without a basis", name, i)
			}
		}
	}
	var ps []money.Amount
	var bs []explain.Basis
	for _, v := range q.VAT {
		ps, bs = append(ps, v.Amount), append(bs, v.Basis)
		if v.VAT.IsNegative() {
			t.Errorf("negative VAT %s", v.VAT)
		}
	}
	sum("vat", ps, bs)
	ps, bs = nil, nil
	for _, v := range q.Shipments {
		ps, bs = append(ps, v.Amount), append(bs, v.Basis)
		if x, _ := money.Sum(q.Currency, v.Goods, v.Delivery, v.DeliverySurcharge, v.Other); !x.Equal(v.Amount) {
			t.Errorf("shipment %s: goods + delivery + surcharge + other = %s, amount %s", v.ID, x, v.Amount)
		}
	}
	sum("shipment", ps, bs)
	ps, bs = nil, nil
	for _, v := range q.Payments {
		ps, bs = append(ps, v.Amount), append(bs, v.Basis)
	}
	sum("means", ps, bs)
	if len(c.Lines) > 0 && !c.Lines[0].VATRate.IsZero() && len(q.VAT) == 0 {
		t.Errorf("lines with VAT rates, no VAT split")
	}
	if len(c.Shipments) > 0 && len(q.Shipments) != len(c.Shipments) {
		t.Errorf("%d shipments, %d shipment parts", len(c.Shipments), len(q.Shipments))
	}
	if len(c.Payments) > 0 && len(q.Payments) == 0 {
		t.Errorf("payments, no means split")
	}
}

// TestMarketplaceProperties quotes random marketplace cases under random
// rules: the invariants hold, and the parts, delivery, VAT and shipment
// amounts match the slow reference.
func TestMarketplaceProperties(t *testing.T) {
	n := 5000
	if testing.Short() {
		n = 800
	}
	r := rand.New(rand.NewPCG(15, 15))
	quoted := 0
	for i := 0; i < n; i++ {
		rules := randomMarketRules(r)
		c := randomMarketCase(r)
		q, err := mustEngine(rules).Quote(c)
		if err != nil {
			var fe *field.Error
			if !errors.As(err, &fe) {
				t.Fatalf("case %d: %v is not a *field.Error", i, err)
			}
			continue
		}
		quoted++
		nc, _ := c.normalised()
		checkMarketInvariants(t, nc, q)
		comp, _ := rules.For(c.Reason)
		f := flagsFor(rules, &nc)
		if nc.Reason == Withdrawal && nc.Seller == PrivateSeller && !comp.PrivateSellers {
			f.eligible = false
			f.deduct = false
		}
		ref := refMarketQuote(t, nc, comp, f)
		if !q.Eligible {
			continue
		}
		get := func(k Kind) int64 { x, _ := q.Component(k); v, _ := x.Amount.MinorUnits(); return v }
		if got := [3]int64{get(KindParts), get(KindDelivery), get(KindDeliverySurcharge)}; got != [3]int64{ref.parts, ref.delivery, ref.surcharge} {
			t.Fatalf("case %d: parts, delivery, surcharge %v, reference %v", i, got, [3]int64{ref.parts, ref.delivery, ref.surcharge})
		}
		// Without return shipping, deductions, clawbacks, earlier refunds
		// and surcharges, the VAT and shipment parts are the reference's.
		if get(KindReturnShipping) == 0 && get(KindDeduction) == 0 && get(KindEarlierRefunds) == 0 && get(KindCouponClawback) == 0 && get(KindFreeShippingClawback) == 0 && get(KindLateSurcharge) == 0 {
			for _, v := range q.VAT {
				if a, _ := v.Amount.MinorUnits(); a != ref.vat[v.Rate.bp] {
					t.Fatalf("case %d: VAT %s: %d, reference %d", i, v.Rate, a, ref.vat[v.Rate.bp])
				}
			}
			for j, s := range q.Shipments {
				if a, _ := s.Amount.MinorUnits(); a != ref.ships[j] {
					t.Fatalf("case %d: shipment %s: %d, reference %d", i, s.ID, a, ref.ships[j])
				}
			}
		}
	}
	if quoted < n/2 {
		t.Errorf("only %d of %d random cases quoted", quoted, n)
	}
}

// TestFullWithdrawalRefundsEveryPayment: a whole order withdrawn, without
// the documented exclusions (delivery surcharge, excluded lines,
// deduction, earlier refunds), gives back exactly what each means paid,
// in either payment order.
func TestFullWithdrawalRefundsEveryPayment(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		c := randomMarketCase(r)
		c.Reason, c.Seller, c.Buyer, c.RefundedBefore, c.Deduction, c.ReturnShipping = Withdrawal, Trader, Consumer, money.Amount{}, money.Amount{}, money.Amount{}
		c.Refunded, c.Instalments, c.DeliverySurcharge = calendar.Date{}, nil, money.Amount{}
		for j := range c.Lines {
			c.Lines[j].Returned, c.Lines[j].Exclusion = c.Lines[j].Quantity, ""
		}
		for j := range c.Shipments {
			c.Shipments[j].Surcharge = money.Amount{}
		}
		var paid int64
		for _, l := range c.Lines {
			u, _ := l.UnitPrice.MinorUnits()
			dm, _ := l.Discount.MinorUnits()
			paid += u*int64(l.Quantity) - dm
		}
		for _, dsc := range c.Discounts {
			a, _ := dsc.Amount.MinorUnits()
			paid -= a
		}
		for _, s := range c.Shipments {
			a, _ := s.Standard.MinorUnits()
			paid += a
		}
		a, _ := c.Delivery.MinorUnits()
		paid += a
		if paid <= 0 {
			continue
		}
		c.Payments = []Payment{{Means: Card, Amount: money.FromMinor(paid/3, eur)}, {Means: GiftCard, Amount: money.FromMinor(paid-paid/3, eur)}}
		if paid/3 == 0 {
			c.Payments = c.Payments[1:]
		}
		for _, order := range []string{"", "gift_card,card"} {
			rules := frenchLaw()
			rules.OnWithdrawal.PaymentOrder = order
			q, err := mustEngine(rules).Quote(c)
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			if tot, _ := q.Total.MinorUnits(); tot != paid {
				t.Fatalf("case %d: total %s, paid %d", i, q.Total, paid)
			}
			for k, p := range q.Payments {
				if !p.Amount.Equal(c.Payments[k].Amount) || p.Means != c.Payments[k].Means {
					t.Fatalf("case %d (%q): %s gets %s, paid %s", i, order, p.Means, p.Amount, c.Payments[k].Amount)
				}
			}
		}
	}
}

// TestMarketplaceStepsRender renders every step of marketplace quotes in
// the three languages: no formatting error, every text translated.
func TestMarketplaceStepsRender(t *testing.T) {
	cat, err := explain.NewCatalog(Translations())
	if err != nil {
		t.Fatal(err)
	}
	tr := Translations()
	r := rand.New(rand.NewPCG(5, 6))
	seen := 0
	for i := 0; i < 400; i++ {
		q, err := mustEngine(randomMarketRules(r)).Quote(randomMarketCase(r))
		if err != nil {
			continue
		}
		bases := []explain.Basis{q.Basis, q.Settlement.Basis}
		for _, p := range q.VAT {
			bases = append(bases, p.Basis)
		}
		for _, p := range q.Shipments {
			bases = append(bases, p.Basis)
		}
		for _, p := range q.Payments {
			bases = append(bases, p.Basis)
		}
		for _, p := range q.Instalments {
			bases = append(bases, p.Basis)
		}
		for _, b := range bases {
			for _, st := range b.Steps {
				seen++
				for _, l := range []string{"fr", "pl"} {
					if _, ok := tr[l][st.Text]; !ok {
						t.Errorf("%s: no translation of %q", l, st.Text)
					}
				}
			}
			for _, tag := range []language.Tag{language.English, language.French, language.Polish} {
				for _, line := range cat.Lines(b, tag) {
					if strings.Contains(line, "%!") {
						t.Fatalf("%s: %s", tag, line)
					}
				}
			}
		}
	}
	if seen < 1000 {
		t.Errorf("only %d steps rendered", seen)
	}
}

func TestAlloc64MatchesAllocate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		n := 1 + r.IntN(40)
		if i%40 == 0 {
			n = 1 + r.IntN(1500) // the selection beyond its insertion-sort cut-off
		}
		w := make([]int64, n)
		ws := make([]decimal.Decimal, n)
		pos := false
		for k := range w {
			if r.IntN(5) > 0 {
				w[k] = r.Int64N([]int64{3, 1000, 1 << 40}[r.IntN(3)])
			}
			ws[k] = decimal.NewFromInt(w[k])
			pos = pos || w[k] > 0
		}
		if !pos {
			continue
		}
		x := r.Int64N([]int64{10, 100000, 1 << 50}[r.IntN(3)])
		got := make([]int64, n)
		alloc64(x, w, got)
		want, err := money.Allocate(money.FromMinor(x, eur), ws)
		if err != nil {
			t.Fatal(err)
		}
		for k := range got {
			if v, _ := want[k].MinorUnits(); v != got[k] {
				t.Fatalf("alloc64(%d, %v) = %v, money.Allocate part %d = %d", x, w, got, k, v)
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() { alloc64(1000, []int64{3, 4, 5}, make([]int64, 3)) }); n > 1 {
		t.Errorf("alloc64 of 3 weights: %v allocs", n)
	}
}

func TestVATInside(t *testing.T) {
	for _, tt := range []struct{ a, bp, want int64 }{
		{12000, 2000, 2000}, {10550, 550, 550}, {1, 2000, 0}, {3, 2000, 1}, {0, 2000, 0}, {999, 0, 0}, {12550, 2550, 2550},
	} {
		if got := vatInside(tt.a, tt.bp); got != tt.want {
			t.Errorf("vatInside(%d, %d) = %d, want %d", tt.a, tt.bp, got, tt.want)
		}
	}
}

func TestMarketCaseRoundTrip(t *testing.T) {
	c := marketCase(4)
	c.WithdrawalSent = time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)
	c.Refunded = calendar.Date{}
	c.Instalments = []Instalment{{Date: d("2026-11-20"), Amount: eu("10.00")}}
	c.Commission, c.Seller, c.RefundTo = eu("3.00"), PrivateSeller, Card
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Case
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	want, err := c.normalised()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("(-sent +decoded):\n%s\n%s", diff, b)
	}
}

func TestMarketplaceQuoteAllocations(t *testing.T) {
	c := marketCase(10)
	eng := mustEngine(frenchLaw())
	n := testing.AllocsPerRun(100, func() {
		if _, err := eng.Quote(c); err != nil {
			t.Fatal(err)
		}
	})
	// Bounded, not per line: one object for the explanation, the splits
	// and the scratch (argArena); amounts that fit an int64 allocate
	// nothing (package money). Measured: 1.
	if n > 2 {
		t.Errorf("marketplace quote of 10 lines: %v allocs, want ≤ 2", n)
	}
	c1000 := marketCase(1000)
	if n1000 := testing.AllocsPerRun(10, func() { _, _ = eng.Quote(c1000) }); n1000 > n+8 {
		t.Errorf("marketplace quote of 1000 lines: %v allocs, 10 lines %v: allocations grow with the lines", n1000, n)
	}
}

// TestConcurrentMarketplaceQuotes shares one engine between goroutines
// (run with -race): every goroutine gets the same answer.
func TestConcurrentMarketplaceQuotes(t *testing.T) {
	rules := frenchLaw()
	rules.Settlement = Settlement{Commission: CommissionProRata, Basis: "terms"}
	rules.OnWithdrawal.PaymentOrder = "card"
	eng := mustEngine(rules)
	c := marketCase(10)
	c.Commission = eu("12.00")
	want, err := eng.Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				q, err := eng.Quote(c)
				if err != nil {
					errs <- err.Error()
					return
				}
				if b, _ := json.Marshal(q); string(b) != string(wantJSON) {
					errs <- "different answer"
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

func BenchmarkQuoteMarketplace(b *testing.B) {
	c := marketCase(10)
	eng := mustEngine(frenchLaw())
	if _, err := eng.Quote(c); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eng.Quote(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuoteMarketplaceOnTime is the order of issue 15's target as it
// states it: 10 lines, a coupon, two VAT rates, two shipments and two
// means of payment, refunded in time (BenchmarkQuoteMarketplace adds a
// line discount and a refund 31 days late, with its L242-4 surcharge).
func BenchmarkQuoteMarketplaceOnTime(b *testing.B) {
	c := marketCase(10)
	c.Refunded = d("2026-11-15")
	eng := mustEngine(frenchLaw())
	if q, err := eng.Quote(c); err != nil || q.DaysLate != 0 {
		b.Fatal(err, q.DaysLate)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eng.Quote(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuoteMarketplaceLines shows the marketplace quote is linear in
// its lines.
func BenchmarkQuoteMarketplaceLines(b *testing.B) {
	eng := mustEngine(frenchLaw())
	for _, n := range []int{10, 100, 1000} {
		c := marketCase(n)
		if _, err := eng.Quote(c); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := eng.Quote(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQuoteManyShipments quotes 1000 lines in 1000 shipments: linear
// work (shipments are found by a map), not lines × shipments.
func BenchmarkQuoteManyShipments(b *testing.B) {
	c := marketCase(1000)
	c.Shipments = nil
	var fees int64
	for i := range c.Lines {
		id := fmt.Sprint("S", i)
		c.Lines[i].Shipment = id
		c.Shipments = append(c.Shipments, Shipment{ID: id, Delivered: d("2026-11-02"), Standard: eu("1.00")})
		fees += 100
	}
	var goods int64
	for _, p := range c.Payments {
		v, _ := p.Amount.MinorUnits()
		goods += v
	}
	goods -= 890 + 1290 + 600
	c.Payments = []Payment{{Means: Card, Amount: money.FromMinor(goods+fees, eur)}}
	eng := mustEngine(frenchLaw())
	if _, err := eng.Quote(c); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eng.Quote(c); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseNames(t *testing.T) {
	for _, m := range MeansList() {
		if got, err := ParseMeans(string(m)); err != nil || got != m {
			t.Errorf("ParseMeans(%q) = %q, %v", m, got, err)
		}
	}
	for _, s := range []string{"", "cash", "Card"} {
		if _, err := ParseMeans(s); err == nil {
			t.Errorf("ParseMeans(%q) accepted", s)
		}
	}
	for _, tt := range []struct{ in, out string }{{"20", "20"}, {"5.5", "5.5"}, {"5.50", "5.5"}, {"0", "0"}, {"7.25", "7.25"}, {"050", "50"}} {
		r, err := ParseVATRate(tt.in)
		if err != nil || r.String() != tt.out {
			t.Errorf("ParseVATRate(%q) = %q, %v; want %q", tt.in, r, err, tt.out)
		}
	}
	if s, err := ParseSeller(""); s != Trader || err != nil {
		t.Errorf("ParseSeller(\"\") = %q, %v", s, err)
	}
}

// TestQuotesShareNoMemory checks that the memory one quote is built in
// (its arena) is never shared: two quotes of one engine do not alias each
// other, and inside one quote, appending to or scribbling over one basis,
// argument list or split leaves every other part as it was.
func TestQuotesShareNoMemory(t *testing.T) {
	eng := mustEngine(frenchLaw())
	for _, c := range []Case{marketCase(10), marketCase(100), tenLines()} {
		q1, err := eng.Quote(c)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(q1)
		q2, err := eng.Quote(c)
		if err != nil {
			t.Fatal(err)
		}
		// Scribble over everything q1 holds, appending to each slice.
		for i := range q1.Components {
			bs := q1.Components[i].Basis.Steps
			_ = append(bs, explain.Step{Rule: "appended"})
			for k := range bs {
				for a := range bs[k].Args {
					bs[k].Args[a] = "scribbled"
				}
				_ = append(bs[k].Args, "appended")
				_ = append(bs[k].Facts, explain.Fact{Name: "appended"})
			}
		}
		_ = append(q1.Components, Component{Kind: "appended"})
		_ = append(q1.Basis.Steps, explain.Step{Rule: "appended"})
		for i := range q1.VAT {
			_ = append(q1.VAT[i].Basis.Steps, explain.Step{Rule: "appended"})
			q1.VAT[i].Amount = money.Zero(eur)
		}
		_ = append(q1.VAT, VATPart{})
		for i := range q1.Shipments {
			_ = append(q1.Shipments[i].Basis.Steps, explain.Step{Rule: "appended"})
			q1.Shipments[i].ID = "scribbled"
		}
		_ = append(q1.Shipments, ShipmentPart{})
		for i := range q1.Payments {
			_ = append(q1.Payments[i].Basis.Steps, explain.Step{Rule: "appended"})
		}
		_ = append(q1.Payments, MeansPart{})
		if got, _ := json.Marshal(q2); string(got) != string(want) {
			t.Fatalf("%d lines: scribbling over one quote changed another:\n%s\nwant\n%s", len(c.Lines), got, want)
		}
		// Inside q2: append to each part's basis, then check the rest.
		for i := range q2.Components {
			_ = append(q2.Components[i].Basis.Steps, explain.Step{Rule: "appended"})
			for k := range q2.Components[i].Basis.Steps {
				_ = append(q2.Components[i].Basis.Steps[k].Args, "appended")
			}
		}
		for i := range q2.VAT {
			_ = append(q2.VAT[i].Basis.Steps, explain.Step{Rule: "appended"})
			_ = append(q2.VAT[i].Basis.Steps[0].Args, "appended")
		}
		for i := range q2.Shipments {
			_ = append(q2.Shipments[i].Basis.Steps, explain.Step{Rule: "appended"})
			_ = append(q2.Shipments[i].Basis.Steps[0].Args, "appended")
		}
		for i := range q2.Payments {
			_ = append(q2.Payments[i].Basis.Steps, explain.Step{Rule: "appended"})
			_ = append(q2.Payments[i].Basis.Steps[0].Args, "appended")
		}
		_ = append(q2.Basis.Steps, explain.Step{Rule: "appended"})
		if got, _ := json.Marshal(q2); string(got) != string(want) {
			t.Fatalf("%d lines: appending to one part of a quote changed another:\n%s\nwant\n%s", len(c.Lines), got, want)
		}
	}
}
