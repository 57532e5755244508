package refund

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/money"
)

// This file lists what the package refuses, one test per class: numbers
// outside their documented range, dates whose arithmetic would leave the
// calendar, rules that do not exist, malformed JSON and text, and absurd
// inputs. Every refusal is an error naming its field.

// wantFieldError fails unless err is a *field.Error at path.
func wantFieldError(t *testing.T, err error, path string) {
	t.Helper()
	var fe *field.Error
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v (%T), want a *field.Error at %q", err, err, path)
	}
	if fe.Path != path {
		t.Fatalf("err = %v, want the path %q (got %q)", err, path, fe.Path)
	}
}

func TestRefusesRuleNumbersOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Rules)
		path string
	}{
		{"withdrawal days zero in a non-zero section", func(r *Rules) { r.Withdrawal.Days = 0 }, "withdrawal.days"},
		{"withdrawal days negative", func(r *Rules) { r.Withdrawal.Days = -14 }, "withdrawal.days"},
		{"withdrawal days above 3650", func(r *Rules) { r.Withdrawal.Days = MaxWithdrawalDays + 1 }, "withdrawal.days"},
		{"withdrawal days at max int", func(r *Rules) { r.Withdrawal.Days = int(^uint(0) >> 1) }, "withdrawal.days"},
		{"not-informed months above 120", func(r *Rules) { r.Withdrawal.NotInformedMonths = 121 }, "withdrawal.not_informed_months"},
		{"not-informed months negative", func(r *Rules) { r.Withdrawal.NotInformedMonths = -1 }, "withdrawal.not_informed_months"},
		{"informed-late days above 3650", func(r *Rules) { r.Withdrawal.InformedLateDays = 3651 }, "withdrawal.informed_late_days"},
		{"withdrawal basis blank", func(r *Rules) { r.Withdrawal.Basis = " " }, "withdrawal.basis"},
		{"withdrawal basis invalid UTF-8", func(r *Rules) { r.Withdrawal.Basis = "C. consom. \xff" }, "withdrawal.basis"},
		{"withdrawal basis too long", func(r *Rules) { r.Withdrawal.Basis = strings.Repeat("x", MaxBasisLen+1) }, "withdrawal.basis"},
		{"deadline days zero", func(r *Rules) { r.OnWithdrawal.DeadlineDays = 0 }, "on_withdrawal.deadline_days"},
		{"deadline days above 3650", func(r *Rules) { r.OnConformity.DeadlineDays = 3651 }, "on_conformity.deadline_days"},
		{"unknown split", func(r *Rules) { r.OnNonDelivery.PartialDelivery = "half" }, "on_non_delivery.partial_delivery"},
		{"unknown scale", func(r *Rules) { r.OnWithdrawal.LateSurcharge = "L242-5" }, "on_withdrawal.late_surcharge"},
		{"deadline basis invalid UTF-8", func(r *Rules) { r.OnWithdrawal.DeadlineBasis = "\xc3" }, "on_withdrawal.deadline_basis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := frenchLaw()
			tt.edit(&r)
			wantFieldError(t, r.Validate(), tt.path)
			_, err := New(r, fr)
			wantFieldError(t, err, tt.path)
		})
	}
}

func TestRefusesQuestionsWithoutARule(t *testing.T) {
	zero, err := New(Rules{}, fr)
	if err != nil {
		t.Fatalf("a zero Rules is valid (no rule): %v", err)
	}
	if _, err := zero.Window(Receipt{Delivered: []calendar.Date{d("2026-02-14")}}); !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("Window on zero rules: err = %v, want explain.ErrNoRule", err)
	}
	for _, reason := range Reasons() {
		if _, err := zero.Quote(twoLines(reason)); !errors.Is(err, explain.ErrNoRule) {
			t.Errorf("Quote(%s) on zero rules: err = %v, want explain.ErrNoRule", reason, err)
		} else {
			wantFieldError(t, err, "reason")
		}
		if _, err := (Rules{}).For(reason); !errors.Is(err, explain.ErrNoRule) {
			t.Errorf("For(%s) on zero rules: err = %v, want explain.ErrNoRule", reason, err)
		}
	}
	// One section missing: the others still answer.
	r := frenchLaw()
	r.OnConformity = Components{}
	eng, err := New(r, fr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Quote(twoLines(Conformity)); !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("conformity without components: err = %v, want explain.ErrNoRule", err)
	}
	if _, err := eng.Quote(twoLines(Withdrawal)); err != nil {
		t.Errorf("withdrawal still has its rule: %v", err)
	}
	// Components for withdrawals but no withdrawal right: no rule either.
	r = frenchLaw()
	r.Withdrawal = WithdrawalRules{}
	eng, err = New(r, fr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Quote(twoLines(Withdrawal)); !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("withdrawal without a withdrawal right: err = %v, want explain.ErrNoRule", err)
	}
	if _, err := eng.Quote(twoLines(NonDelivery)); err != nil {
		t.Errorf("non-delivery still has its rule: %v", err)
	}
	if _, err := (Engine{}).Quote(twoLines(Withdrawal)); !errors.Is(err, ErrNoEngine) {
		t.Errorf("zero Engine: err = %v, want ErrNoEngine", err)
	}
}

func TestRefusesCaseNumbersOutOfRange(t *testing.T) {
	big := money.MustParse("1000000000000.01", eur)
	tests := []struct {
		name string
		edit func(*Case)
		path string
	}{
		{"quantity zero", func(c *Case) { c.Lines[0].Quantity = 0 }, "lines[0].quantity"},
		{"quantity above the bound", func(c *Case) { c.Lines[1].Quantity, c.Lines[1].Returned = MaxQuantity+1, 1 }, "lines[1].quantity"},
		{"returned negative", func(c *Case) { c.Lines[0].Returned = -1 }, "lines[0].returned"},
		{"returned above quantity", func(c *Case) { c.Lines[1].Returned = 2 }, "lines[1].returned"},
		{"no lines", func(c *Case) { c.Lines = nil }, "lines"},
		{"too many lines", func(c *Case) { c.Lines = make([]Line, MaxLines+1) }, "lines"},
		{"unit price above the bound", func(c *Case) { c.Lines[0].UnitPrice = big }, "lines[0].unit_price"},
		{"unit price negative", func(c *Case) { c.Lines[0].UnitPrice = eu("-1.00") }, "lines[0].unit_price"},
		{"unit price below the minor unit", func(c *Case) { c.Lines[0].UnitPrice = money.New(eu("1.00").Decimal().Shift(-3), eur) }, "lines[0].unit_price"},
		{"delivery above the bound", func(c *Case) { c.Delivery = big }, "delivery.standard"},
		{"return shipping in another currency", func(c *Case) { c.ReturnShipping = money.MustParse("3", money.MustCurrency("JPY")) }, "return_shipping"},
		{"earlier refunds above what was paid", func(c *Case) { c.RefundedBefore = eu("100.00") }, "refunded_before"},
		{"deduction above the goods", func(c *Case) { c.Deduction, c.DeductionReason = eu("80.00"), "scratched" }, "deduction.amount"},
		{"deduction without a reason", func(c *Case) { c.Deduction = eu("1.00") }, "deduction.reason"},
	}
	eng, err := New(frenchLaw(), fr)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := twoLines(Withdrawal)
			tt.edit(&c)
			_, err := eng.Quote(c)
			wantFieldError(t, err, tt.path)
			if !errors.Is(err, ErrInvalidCase) {
				t.Errorf("err = %v, want it to match ErrInvalidCase", err)
			}
		})
	}
}

func TestRefusesInvalidText(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Case)
		path string
	}{
		{"line id invalid UTF-8", func(c *Case) { c.Lines[0].ID = "L\xff" }, "lines[0].id"},
		{"description invalid UTF-8", func(c *Case) { c.Lines[1].Description = "\xe2\x82" }, "lines[1].description"},
		{"description too long", func(c *Case) { c.Lines[1].Description = strings.Repeat("é", MaxTextLen) }, "lines[1].description"},
		{"deduction reason invalid UTF-8", func(c *Case) { c.Deduction, c.DeductionReason = eu("1.00"), "\xff" }, "deduction.reason"},
	}
	eng, _ := New(frenchLaw(), fr)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := twoLines(Withdrawal)
			tt.edit(&c)
			_, err := eng.Quote(c)
			wantFieldError(t, err, tt.path)
		})
	}
}

func TestRefusesMalformedCaseJSON(t *testing.T) {
	const ok = `{"reason":"withdrawal","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","lines":[%s]}`
	line := func(s string) string { return fmt.Sprintf(ok, s) }
	tests := []struct {
		name, doc, path string
	}{
		{"unknown field", `{"reason":"withdrawal","currency":"EUR","informed":"2026-11-05","colour":"red","lines":[]}`, "colour"},
		{"duplicate field", `{"reason":"withdrawal","reason":"conformity","currency":"EUR","lines":[]}`, "reason"},
		{"quantity with a plus sign", line(`{"id":"a","quantity":+1,"unit_price":"1.00","returned":1}`), "lines[0].quantity"},
		{"quantity with a leading zero", line(`{"id":"a","quantity":01,"unit_price":"1.00","returned":1}`), "lines[0].quantity"},
		{"quantity as a float", line(`{"id":"a","quantity":1.5,"unit_price":"1.00","returned":1}`), "lines[0].quantity"},
		{"quantity as a string", line(`{"id":"a","quantity":"1","unit_price":"1.00","returned":1}`), "lines[0].quantity"},
		{"amount with a plus sign", line(`{"id":"a","quantity":1,"unit_price":"+1.00","returned":1}`), "lines[0].unit_price"},
		{"amount with an exponent", line(`{"id":"a","quantity":1,"unit_price":"1e3","returned":1}`), "lines[0].unit_price"},
		{"amount as a JSON number", line(`{"id":"a","quantity":1,"unit_price":12.5,"returned":1}`), "lines[0].unit_price"},
		{"amount with too many decimals", line(`{"id":"a","quantity":1,"unit_price":"1.001","returned":1}`), "lines[0].unit_price"},
		{"amount absurdly long", line(`{"id":"a","quantity":1,"unit_price":"` + strings.Repeat("9", 5000) + `","returned":1}`), "lines[0].unit_price"},
		{"amount object in another currency", line(`{"id":"a","quantity":1,"unit_price":{"amount":"1","currency":"JPY"},"returned":1}`), "lines[0].unit_price"},
		{"missing unit price", line(`{"id":"a","quantity":1,"returned":1}`), "lines[0].unit_price"},
		{"invalid UTF-8 in a string", line("{\"id\":\"a\xff\",\"quantity\":1,\"unit_price\":\"1.00\",\"returned\":1}"), "lines[0].id"},
		{"negative price as a string", line(`{"id":"a","quantity":1,"unit_price":"-1.00","returned":1}`), "lines[0].unit_price"},
		{"day that does not exist", `{"reason":"withdrawal","currency":"EUR","delivered":"2026-02-30","informed":"2026-11-05","lines":[]}`, "delivered"},
		{"year 10000", `{"reason":"withdrawal","currency":"EUR","delivered":"10000-01-01","informed":"2026-11-05","lines":[]}`, "delivered"},
		{"unknown currency", `{"reason":"withdrawal","currency":"EURO","lines":[]}`, "currency"},
		{"trailing data", line(`{"id":"a","quantity":1,"unit_price":"1.00","returned":1}`) + `{}`, ""},
		{"missing reason", `{"currency":"EUR","lines":[]}`, "reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Case
			err := c.UnmarshalJSON([]byte(tt.doc))
			wantFieldError(t, err, tt.path)
			// json.Unmarshal is strict too (a document the standard
			// decoder already refuses fails before reaching Case).
			if err := json.Unmarshal([]byte(tt.doc), &c); err == nil {
				t.Errorf("json.Unmarshal accepted %s", tt.doc)
			}
		})
	}
}

func TestRefusesBadReceipts(t *testing.T) {
	many := make([]calendar.Date, MaxParcels+1)
	for i := range many {
		many[i] = d("2026-02-14")
	}
	tests := []struct {
		name string
		rc   Receipt
		doc  string
		path string
	}{
		{"no receipt date", Receipt{}, `{"delivered":[]}`, "delivered"},
		{"a zero receipt date", Receipt{Delivered: []calendar.Date{d("2026-02-14"), {}}}, "", "delivered[1]"},
		{"too many parcels", Receipt{Delivered: many}, "", "delivered"},
		{"unknown buyer", Receipt{Delivered: many[:1], Buyer: "company"}, `{"delivered":["2026-02-14"],"buyer":"company"}`, "buyer"},
		{"unknown exclusion", Receipt{Delivered: many[:1], Exclusions: []Exclusion{"used"}}, `{"delivered":["2026-02-14"],"exclusions":["used"]}`, "exclusions[0]"},
		{"too many exclusions", Receipt{Delivered: many[:1], Exclusions: make([]Exclusion, MaxExclusions+1)}, "", "exclusions"},
		{"unknown field", Receipt{}, `{"delivered":["2026-02-14"],"parcels":2}`, "parcels"},
		{"invalid UTF-8", Receipt{}, "{\"delivered\":[\"2026-02-14\"],\"buyer\":\"consumer\xff\"}", "buyer"},
	}
	eng, _ := New(frenchLaw(), fr)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.rc.Delivered != nil || tt.doc == "" {
				_, err := eng.Window(tt.rc)
				wantFieldError(t, err, tt.path)
			}
			if tt.doc != "" {
				var rc Receipt
				wantFieldError(t, json.Unmarshal([]byte(tt.doc), &rc), tt.path)
			}
		})
	}
	if _, err := eng.Window(Receipt{}); !errors.Is(err, ErrNoReceipt) {
		t.Errorf("no receipt: err = %v, want ErrNoReceipt", err)
	}
}

func TestRefusesDatesBeyondTheCalendar(t *testing.T) {
	eng, _ := New(frenchLaw(), fr)
	t.Run("window past 9999-12-31", func(t *testing.T) {
		_, err := eng.Window(Receipt{Delivered: []calendar.Date{d("9999-12-25")}})
		wantFieldError(t, err, "delivered")
	})
	t.Run("window closing in year 10000", func(t *testing.T) {
		// 9999-12-17 + 14 days is 9999-12-31, whose end is in year 10000.
		_, err := eng.Window(Receipt{Delivered: []calendar.Date{d("9999-12-17")}})
		wantFieldError(t, err, "delivered")
	})
	t.Run("extension past 9999-12-31", func(t *testing.T) {
		_, err := eng.Window(Receipt{Delivered: []calendar.Date{d("9999-01-05")}, NotInformed: true})
		wantFieldError(t, err, "delivered")
	})
	t.Run("late information past 9999-12-31", func(t *testing.T) {
		// The normal period (in 9998) is already refused: the holiday data
		// ends in 2099, so whether its last day rolls is unknown.
		_, err := eng.Window(Receipt{Delivered: []calendar.Date{d("9998-12-15")}, InformedOn: d("9999-12-20")})
		wantFieldError(t, err, "delivered")

	})
	t.Run("refund deadline past 9999-12-31", func(t *testing.T) {
		c := twoLines(NonDelivery)
		c.Delivered, c.Informed = calendar.Date{}, d("9999-12-25")
		_, err := eng.Quote(c)
		wantFieldError(t, err, "informed")
	})
	t.Run("surcharge without dates", func(t *testing.T) {
		if _, _, _, err := Surcharge(ScaleL2424, Consumer, calendar.Date{}, d("2026-01-01"), eu("1.00"), eu("1.00")); err == nil {
			t.Error("Surcharge accepted a zero due day")
		}
	})
	t.Run("legal interest before the rate table", func(t *testing.T) {
		c := twoLines(Withdrawal)
		c.Delivered, c.Informed, c.GoodsBack, c.Refunded = d("2001-01-02"), d("2001-01-03"), d("2001-01-04"), d("2001-01-20")
		_, err := eng.Quote(c)
		wantFieldError(t, err, "refunded")
	})
}

// TestBoundedWorkOnAbsurdDelays quotes refunds paid thousands of years
// late: the surcharge is computed in closed form per band, so these
// answer at once, and the answer keeps the cap (the increase never
// exceeds the price of the goods) with legal interest after it.
func TestBoundedWorkOnAbsurdDelays(t *testing.T) {
	eng, _ := New(frenchLaw(), fr)
	for _, refunded := range []string{"2126-01-01", "5026-06-30", "9999-12-31"} {
		c := twoLines(Withdrawal)
		c.GoodsBack, c.Refunded = d("2026-11-06"), d(refunded)
		q, err := eng.Quote(c)
		if err != nil {
			t.Fatalf("%s: %v", refunded, err)
		}
		checkQuoteInvariants(t, c, q)
		if !q.Band.Capped || q.DaysLate != d(refunded).Sub(q.Due) {
			t.Errorf("%s: band %+v, days late %d", refunded, q.Band, q.DaysLate)
		}
	}
	// A price so high the cap is never reached: the increase keeps
	// growing by 5 points a month, without walking the months.
	base, price := eu("100.00"), eu("999999999.00")
	amt, band, _, err := Surcharge(ScaleL2424, Consumer, d("2026-01-01"), d("9999-12-31"), base, price)
	if err != nil {
		t.Fatal(err)
	}
	months := monthsAfter(d("2026-01-01").AddDays(90), d("9999-12-31"))
	if band.Capped || band.Months != months || band.Percent != 50+5*months {
		t.Errorf("band %+v, want %d further months uncapped", band, months)
	}
	if want := percent(base, 50+5*months, nil); !amt.Equal(want) {
		t.Errorf("surcharge %s, want %s", amt, want)
	}
}

// TestFirstMonthReachingMatchesTheWalk checks the closed form against
// the month-by-month search it replaced.
func TestFirstMonthReachingMatchesTheWalk(t *testing.T) {
	walk := func(base, price money.Amount, months int) (int, bool) {
		for m := 0; m <= months; m++ {
			inc := base.Mul(money.FromMinor(int64(50+5*m), eur).Decimal())
			if n, _ := inc.Cmp(price); n >= 0 {
				return m, true
			}
		}
		return 0, false
	}
	for b := int64(0); b <= 4000; b += 97 {
		for p := int64(0); p <= 90000; p += 1231 {
			for _, months := range []int{0, 1, 7, 40} {
				base, price := money.FromMinor(b, eur), money.FromMinor(p, eur)
				m1, ok1 := firstMonthReaching(base, price, months)
				m2, ok2 := walk(base, price, months)
				if m1 != m2 || ok1 != ok2 {
					t.Fatalf("base %s price %s months %d: closed form %d %v, walk %d %v", base, price, months, m1, ok1, m2, ok2)
				}
			}
		}
	}
}
