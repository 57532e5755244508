package warranty

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
)

var d = calendar.MustParseDate

// conf is the part of ConformityStatus the tables check.
type conf struct {
	Applies       bool
	Until         string
	PresumedUntil string
	Burden        Burden
}

func confOf(s ConformityStatus) conf {
	return conf{s.Applies, s.Until.String(), s.PresumedUntil.String(), s.Burden}
}

// mustAssess assesses c with an Engine for r; the tables leave r out (the
// zero Rules) to mean the statute, which is passed explicitly here.
func mustAssess(t *testing.T, r Rules, c Case) Assessment {
	t.Helper()
	if r.IsZero() {
		r = statute()
	}
	a, err := engineFor(t, r).Assess(c)
	if err != nil {
		t.Fatalf("Assess(%v): %v", c, err)
	}
	return a
}

func TestConformity(t *testing.T) {
	greater := statute()
	greater.Conformity.Combine = Greater
	renewAny := statute()
	renewAny.Conformity.Regimes[2].RenewOnAnyReplacement = true
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  conf
	}{
		{
			name: "L217-3 and L217-7: new goods, defect in the last days of the 2 years, seller bears the proof",
			c:    Case{Condition: NewGoods, Contract: d("2024-03-01"), Delivered: d("2024-03-10"), Appeared: d("2026-03-01")},
			want: conf{true, "2026-03-10", "2026-03-10", SellerBurden},
		},
		{
			name: "L217-7: second-hand goods, presumption 12 months, then the buyer proves",
			c:    Case{Condition: Used, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2026-03-01")},
			want: conf{true, "2027-01-15", "2026-01-15", BuyerBurden},
		},
		{
			name: "L217-7 and L217-2: refurbished goods are second-hand",
			c:    Case{Condition: Refurbished, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2026-01-15")},
			want: conf{true, "2027-01-15", "2026-01-15", SellerBurden},
		},
		{
			name: "L217-3 and Reg. 1182/71: 29 February + 2 years ends on 28 February",
			c:    Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-02-28")},
			want: conf{true, "2026-02-28", "2026-02-28", SellerBurden},
		},
		{
			name: "L217-3: a defect appearing the day after the period is not covered",
			c:    Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-03-01")},
			want: conf{false, "2026-02-28", "2026-02-28", BuyerBurden},
		},
		{
			name: "L217-1: a professional buyer has no conformity guarantee",
			c:    Case{Buyer: Professional, Condition: NewGoods, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2025-06-01")},
			want: conf{false, "2027-01-15", "2027-01-15", SellerBurden},
		},
		{
			name: "L217-1: a private seller gives no conformity guarantee",
			c:    Case{Seller: Consumer, Condition: Used, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2025-06-01")},
			want: conf{false, "2027-01-15", "2026-01-15", SellerBurden},
		},
		{
			name: "L217-13: a repair adds 6 months, D211-2: the days away are suspended",
			c: Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-06-01"),
				Repairs: []Repair{{Requested: d("2025-01-10"), Returned: d("2025-01-25")}}},
			// 2026-02-28 + 15 days = 2026-03-15, + 6 months = 2026-09-15.
			want: conf{true, "2026-09-15", "2026-02-28", BuyerBurden},
		},
		{
			name: "L217-13: two repairs add 6 months each",
			c: Case{Condition: NewGoods, Contract: d("2024-01-01"), Delivered: d("2024-01-05"), Appeared: d("2026-12-01"),
				Repairs: []Repair{{Requested: d("2024-06-01"), Returned: d("2024-06-01")}, {Requested: d("2025-06-01"), Returned: d("2025-06-01")}}},
			want: conf{true, "2027-01-05", "2026-01-05", BuyerBurden},
		},
		{
			name: "L217-13: a failed repair adds no months, D211-2: its days away still suspend",
			c: Case{Condition: NewGoods, Contract: d("2024-01-01"), Delivered: d("2024-01-05"), Appeared: d("2026-01-20"),
				Repairs: []Repair{{Requested: d("2024-06-01"), Returned: d("2024-06-21"), Failed: true}}},
			want: conf{true, "2026-01-25", "2026-01-05", BuyerBurden},
		},
		{
			name: "L217-13: a repair asked after the period ended does not extend it",
			c: Case{Condition: NewGoods, Contract: d("2022-01-01"), Delivered: d("2022-01-05"), Appeared: d("2024-03-01"),
				Repairs: []Repair{{Requested: d("2024-02-01"), Returned: d("2024-02-10")}}},
			want: conf{false, "2024-01-05", "2024-01-05", BuyerBurden},
		},
		{
			name: "D211-2: a repair running on the assessment date suspends up to that date",
			c: Case{Condition: NewGoods, Contract: d("2024-01-01"), Delivered: d("2024-01-05"), Appeared: d("2025-12-20"), Assessed: d("2026-01-15"),
				Repairs: []Repair{{Requested: d("2025-12-26")}}},
			// 2026-01-05 + 20 days immobilised so far.
			want: conf{true, "2026-01-25", "2026-01-05", SellerBurden},
		},
		{
			name: "L217-13: replacement imposed when the buyer chose repair starts a new 2 years",
			c: Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-02-20"), Assessed: d("2026-02-25"),
				Repairs:     []Repair{{Requested: d("2025-01-10"), Returned: d("2025-01-25")}},
				Replacement: &Replacement{BuyerChoseRepair: true, Delivered: d("2025-03-01")}},
			want: conf{true, "2027-03-01", "2027-03-01", SellerBurden},
		},
		{
			name: "L217-13: a replacement the buyer chose keeps the period, D211-2: the days away suspend it",
			c: Case{Condition: Used, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-03-05"),
				Replacement: &Replacement{Requested: d("2025-03-01"), Delivered: d("2025-03-11")}},
			want: conf{true, "2026-03-10", "2025-02-28", BuyerBurden},
		},
		{
			name:  "policy: renewal after any replacement",
			rules: renewAny,
			c: Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-03-05"),
				Replacement: &Replacement{Delivered: d("2025-03-11")}},
			want: conf{true, "2027-03-11", "2027-03-11", SellerBurden},
		},
		{
			name:  "policy combine greater: the 6 months absorb 15 days away",
			rules: greater,
			c: Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-06-01"),
				Repairs: []Repair{{Requested: d("2025-01-10"), Returned: d("2025-01-25")}}},
			want: conf{true, "2026-08-28", "2026-02-28", BuyerBurden},
		},
		{
			name: "former L217-7 (loi 2014-344): contract of 2021, used goods presumed 6 months",
			c:    Case{Condition: Used, Contract: d("2021-06-01"), Delivered: d("2021-06-10"), Appeared: d("2021-11-01"), Assessed: d("2022-03-01")},
			want: conf{true, "2023-06-10", "2021-12-10", SellerBurden},
		},
		{
			name: "former L217-12: contract of 2021, the action is barred 2 years after delivery",
			c:    Case{Condition: NewGoods, Contract: d("2021-06-01"), Delivered: d("2021-06-10"), Appeared: d("2023-06-01"), Assessed: d("2023-06-11")},
			want: conf{false, "2023-06-10", "2023-06-10", SellerBurden},
		},
		{
			name: "former L211-7 (ord. 2005-136): contract before 18 March 2016, new goods presumed 6 months",
			c:    Case{Condition: NewGoods, Contract: d("2016-03-17"), Delivered: d("2016-03-20"), Appeared: d("2016-10-01")},
			want: conf{true, "2018-03-20", "2016-09-20", BuyerBurden},
		},
		{
			name: "ord. 2021-1247 art. 21: a contract of 1 January 2022 follows the new rules",
			c:    Case{Condition: Used, Contract: d("2022-01-01"), Delivered: d("2022-01-03"), Appeared: d("2022-12-01")},
			want: conf{true, "2024-01-03", "2023-01-03", SellerBurden},
		},
		{
			name: "C. civ. 2224: the action is barred 5 years after the buyer knew of the defect",
			c: Case{Condition: NewGoods, Contract: d("2022-01-01"), Delivered: d("2022-01-03"), Appeared: d("2023-01-10"),
				Assessed: d("2028-01-11")},
			want: conf{false, "2024-01-03", "2024-01-03", SellerBurden},
		},
		{
			name: "C. civ. 2224: last day of the 5 years, still open",
			c: Case{Condition: NewGoods, Contract: d("2022-01-01"), Delivered: d("2022-01-03"), Appeared: d("2023-01-10"),
				Assessed: d("2028-01-10")},
			want: conf{true, "2024-01-03", "2024-01-03", SellerBurden},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAssess(t, tt.rules, tt.c)
			if diff := cmp.Diff(tt.want, confOf(a.Conformity)); diff != "" {
				t.Errorf("conformity (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLimitation(t *testing.T) {
	tests := []struct {
		name string
		c    Case
		want Limitation
	}{
		{
			name: "C. civ. 2224: 5 years from knowledge",
			c:    Case{Condition: NewGoods, Contract: d("2024-02-01"), Delivered: d("2024-02-29"), Appeared: d("2025-01-10"), Discovered: d("2025-02-01")},
			want: Limitation{From: d("2025-02-01"), Until: d("2030-02-01"), LongStop: d("2044-02-29")},
		},
		{
			name: "former L217-12: 2 years from delivery",
			c:    Case{Condition: NewGoods, Contract: d("2020-02-01"), Delivered: d("2020-02-29"), Appeared: d("2021-01-10"), Assessed: d("2022-03-01")},
			want: Limitation{From: d("2020-02-29"), Until: d("2022-02-28"), LongStop: d("2040-02-29"), Barred: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAssess(t, Rules{}, tt.c)
			if diff := cmp.Diff(tt.want, a.Limitation); diff != "" {
				t.Errorf("limitation (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLimitationLongStop(t *testing.T) {
	// C. civ. 2232: a long stop of 3 years (a policy value, to see the cap)
	// cuts the 5 years from a late discovery.
	r := statute()
	r.Conformity.LongStopYears = 3
	a := mustAssess(t, r, Case{Condition: NewGoods, Contract: d("2024-01-01"), Delivered: d("2024-01-10"), Appeared: d("2025-12-01")})
	want := Limitation{From: d("2025-12-01"), Until: d("2027-01-10"), LongStop: d("2027-01-10")}
	if diff := cmp.Diff(want, a.Limitation); diff != "" {
		t.Errorf("limitation (-want +got):\n%s", diff)
	}
}

func TestHiddenDefect(t *testing.T) {
	fromDelivery := statute()
	fromDelivery.HiddenDefect.LongStopFrom = FromDelivery
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  Status
	}{
		{
			name: "C. civ. 1648: 2 years from discovery",
			c:    Case{Buyer: Professional, Condition: Used, Contract: d("2024-01-01"), Delivered: d("2024-01-10"), Appeared: d("2025-05-01"), Discovered: d("2025-05-03"), Assessed: d("2027-05-03")},
			want: Status{Applies: true, From: d("2025-05-03"), Until: d("2027-05-03")},
		},
		{
			name: "C. civ. 1648: out of time the day after",
			c:    Case{Seller: Consumer, Condition: Used, Contract: d("2024-01-01"), Delivered: d("2024-01-10"), Appeared: d("2025-05-03"), Assessed: d("2027-05-04")},
			want: Status{Applies: false, From: d("2025-05-03"), Until: d("2027-05-03")},
		},
		{
			name: "C. civ. 2232 and Cass. ch. mixte 21 July 2023: never more than 20 years after the sale",
			c:    Case{Condition: NewGoods, Contract: d("2004-02-29"), Delivered: d("2004-03-15"), Appeared: d("2023-06-01")},
			want: Status{Applies: true, From: d("2023-06-01"), Until: d("2024-02-29")},
		},
		{
			name:  "policy: long stop from the delivery",
			rules: fromDelivery,
			c:     Case{Condition: NewGoods, Contract: d("2004-02-29"), Delivered: d("2004-03-15"), Appeared: d("2023-06-01")},
			want:  Status{Applies: true, From: d("2023-06-01"), Until: d("2024-03-15")},
		},
		{
			name: "C. civ. 2232: discovered after the long stop",
			c:    Case{Condition: NewGoods, Contract: d("2000-01-01"), Delivered: d("2000-01-05"), Appeared: d("2020-06-01")},
			want: Status{Applies: false, From: d("2020-06-01"), Until: d("2020-01-01")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAssess(t, tt.rules, tt.c)
			if diff := cmp.Diff(tt.want, a.HiddenDefect); diff != "" {
				t.Errorf("hidden defect (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCommercial(t *testing.T) {
	platform := statute()
	platform.Commercial.Months = 12
	platform.Commercial.Basis = "test charter §1"
	afterLegal := platform
	afterLegal.Commercial.Start = FromConformityEnd
	fromContract := platform
	fromContract.Commercial.Start = FromContract
	base := Case{Condition: Refurbished, Contract: d("2025-01-05"), Delivered: d("2025-01-10"), Appeared: d("2026-01-10")}
	with := func(c Case, f func(*Case)) Case { f(&c); return c }
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  Status
	}{
		{name: "L217-21: none given", c: base, want: Status{}},
		{name: "L217-21: seller's 12 months from delivery, last day", c: with(base, func(c *Case) { c.CommercialMonths = 12 }),
			want: Status{Applies: true, From: d("2025-01-10"), Until: d("2026-01-10"), Months: 12}},
		{name: "L217-21: seller's 6 months, defect after", c: with(base, func(c *Case) { c.CommercialMonths = 6 }),
			want: Status{Applies: false, From: d("2025-01-10"), Until: d("2025-07-10"), Months: 6}},
		{name: "policy: platform's 12 months beat the seller's 6", rules: platform, c: with(base, func(c *Case) { c.CommercialMonths = 6 }),
			want: Status{Applies: true, From: d("2025-01-10"), Until: d("2026-01-10"), Months: 12}},
		{name: "policy: from the contract", rules: fromContract, c: base,
			want: Status{Applies: false, From: d("2025-01-05"), Until: d("2026-01-05"), Months: 12}},
		{name: "policy: after the legal period", rules: afterLegal, c: with(base, func(c *Case) { c.Appeared = d("2027-06-01") }),
			want: Status{Applies: true, From: d("2027-01-11"), Until: d("2028-01-10"), Months: 12}},
		{name: "L217-28: an immobilisation of 7 days or more is added", c: with(base, func(c *Case) {
			c.CommercialMonths = 12
			c.Appeared = d("2026-01-15")
			c.Repairs = []Repair{{Requested: d("2025-05-01"), Returned: d("2025-05-08")}}
		}), want: Status{Applies: true, From: d("2025-01-10"), Until: d("2026-01-17"), Months: 12}},
		{name: "L217-28: 6 days are not added", c: with(base, func(c *Case) {
			c.CommercialMonths = 12
			c.Appeared = d("2026-01-15")
			c.Repairs = []Repair{{Requested: d("2025-05-01"), Returned: d("2025-05-07")}}
		}), want: Status{Applies: false, From: d("2025-01-10"), Until: d("2026-01-10"), Months: 12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAssess(t, tt.rules, tt.c)
			if diff := cmp.Diff(tt.want, a.Commercial); diff != "" {
				t.Errorf("commercial (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRemedies(t *testing.T) {
	base := Case{Condition: NewGoods, Contract: d("2025-01-01"), Delivered: d("2025-01-05"), Appeared: d("2025-06-01")}
	with := func(f func(*Case)) Case { c := base; f(&c); return c }
	tests := []struct {
		name string
		c    Case
		want RemedyStatus
	}{
		{name: "L217-9: repair or replacement, no request yet", c: base,
			want: RemedyStatus{RepairOrReplacement: true, Free: true, Grounds: []Ground{}, RefundDays: 14}},
		{name: "L217-10: request pending, due 30 days later", c: with(func(c *Case) {
			c.Assessed = d("2025-07-03")
			c.Repairs = []Repair{{Requested: d("2025-06-03")}}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Requested: d("2025-06-03"), Due: d("2025-07-03"), Grounds: []Ground{}, RefundDays: 14}},
		{name: "L217-14 2°: not done within 30 days opens reduction and rescission", c: with(func(c *Case) {
			c.Assessed = d("2025-07-04")
			c.Repairs = []Repair{{Requested: d("2025-06-03")}}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Requested: d("2025-06-03"), Due: d("2025-07-03"), Late: true,
			Grounds: []Ground{Late}, PriceReduction: true, Rescission: true, RefundDays: 14}},
		{name: "L217-14 2°: returned late", c: with(func(c *Case) {
			c.Assessed = d("2025-08-01")
			c.Repairs = []Repair{{Requested: d("2025-06-03"), Returned: d("2025-07-10")}}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Requested: d("2025-06-03"), Due: d("2025-07-03"), Late: true,
			Grounds: []Ground{Late}, PriceReduction: true, Rescission: true, RefundDays: 14}},
		{name: "L217-14 1° and minor defect: reduction only", c: with(func(c *Case) {
			c.Refused = d("2025-06-05")
			c.Assessed = d("2025-06-06")
			c.Minor = true
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Grounds: []Ground{Refused}, PriceReduction: true, RefundDays: 14}},
		{name: "L217-14 4°: failed repair", c: with(func(c *Case) {
			c.Assessed = d("2025-06-20")
			c.Repairs = []Repair{{Requested: d("2025-06-02"), Returned: d("2025-06-12"), Failed: true}}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Requested: d("2025-06-02"), Due: d("2025-07-02"),
			Grounds: []Ground{Failed}, PriceReduction: true, Rescission: true, RefundDays: 14}},
		{name: "L217-17: refund 14 days after a price reduction", c: with(func(c *Case) {
			c.Refused = d("2025-06-05")
			c.Assessed = d("2025-06-10")
			c.Resolution = &Resolution{Remedy: PriceReduction, Notified: d("2025-06-08")}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Grounds: []Ground{Refused}, PriceReduction: true, Rescission: true,
			RefundDays: 14, RefundFrom: d("2025-06-08"), RefundDue: d("2025-06-22")}},
		{name: "L217-16, L217-17: rescission refund from receipt of the goods", c: with(func(c *Case) {
			c.Refused = d("2025-06-05")
			c.Assessed = d("2025-06-30")
			c.Resolution = &Resolution{Remedy: Rescission, Notified: d("2025-06-08"), GoodsReturned: d("2025-06-20")}
		}), want: RemedyStatus{RepairOrReplacement: true, Free: true, Grounds: []Ground{Refused}, PriceReduction: true, Rescission: true,
			RefundDays: 14, RefundFrom: d("2025-06-20"), RefundDue: d("2025-07-04")}},
		{name: "L217-8: no conformity guarantee, no remedy", c: with(func(c *Case) { c.Buyer = Professional }),
			want: RemedyStatus{Grounds: []Ground{}, RefundDays: 14}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAssess(t, Rules{}, tt.c)
			if diff := cmp.Diff(tt.want, a.Remedies); diff != "" {
				t.Errorf("remedies (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRollNeedsCalendar(t *testing.T) {
	r := statute()
	r.Remedies.Roll = true
	c := Case{Condition: NewGoods, Contract: d("2025-01-01"), Delivered: d("2025-01-05"), Appeared: d("2025-06-01"),
		Assessed: d("2025-06-10"), Repairs: []Repair{{Requested: d("2025-06-02")}}}
	if _, err := Assess(r, calendar.Calendar{}, c); !errors.Is(err, ErrNoCalendar) {
		t.Fatalf("err = %v, want ErrNoCalendar", err)
	}
	// 2025-06-02 + 30 days = Wednesday 2025-07-02: no roll. 2025-06-14 +
	// 30 = Monday 14 July (national holiday) → Tuesday 15 July.
	c.Repairs[0].Requested = d("2025-06-14")
	c.Assessed = d("2025-06-20")
	a, err := Assess(r, calendar.MustForMarket("FR", ""), c)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Remedies.Due, d("2025-07-15"); got != want {
		t.Errorf("due = %s, want %s", got, want)
	}
}

func TestListingDuties(t *testing.T) {
	opisto := statute()
	opisto.Listing.Statements = []Statement{{What: "condition", Basis: "Opisto charter §II"}}
	type got struct {
		SpareParts SparePartsDuty
		Indices    []IndexKind
		Statements []string
	}
	tests := []struct {
		name     string
		rules    Rules
		category string
		on       string
		want     got
	}{
		{"C. env. L541-9-2: smartphone repairability index in 2024", statute(), "smartphone", "2024-05-01", got{Always, []IndexKind{Repairability}, []string{}}},
		{"Delegated Reg. 2023/1669: smartphone energy label from 20 June 2025", statute(), "smartphone", "2025-06-20", got{Always, []IndexKind{EnergyLabel}, []string{}}},
		{"C. env. L541-9-2: last day of the smartphone repairability index", statute(), "smartphone", "2025-06-19", got{Always, []IndexKind{Repairability}, []string{}}},
		{"Delegated Reg. 2023/1669: no tablet label before 20 June 2025", statute(), "tablet", "2025-06-19", got{Always, []IndexKind{}, []string{}}},
		{"décret 2024-316: television durability index from 8 January 2025", statute(), "television", "2025-01-08", got{Always, []IndexKind{Durability}, []string{}}},
		{"décret 2024-316: washing machine durability index from 8 April 2025", statute(), "washing_machine_top", "2025-04-08", got{Always, []IndexKind{Durability}, []string{}}},
		{"décret 2022-748: dishwasher repairability from 4 November 2022", statute(), "dishwasher", "2022-11-03", got{Always, []IndexKind{}, []string{}}},
		{"L111-4: furniture statement always due since 2022", statute(), "furniture", "2022-01-01", got{Always, []IndexKind{}, []string{}}},
		{"L111-4: before 2022 the statement followed the maker's information", statute(), "laptop", "2021-12-31", got{WhenInformed, []IndexKind{Repairability}, []string{}}},
		{"L111-4 and Opisto charter §II: car part, condition stated", opisto, "car_part", "2026-01-10", got{WhenInformed, []IndexKind{}, []string{"condition"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dd, err := ListingDuties(tt.rules, tt.category, d(tt.on))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got{dd.SpareParts, dd.Indices, dd.Statements}); diff != "" {
				t.Errorf("duties (-want +got):\n%s", diff)
			}
			if len(dd.Basis.Steps) == 0 {
				t.Error("no basis")
			}
		})
	}
	if _, err := ListingDuties(statute(), "phone", d("2025-01-01")); !errors.Is(err, ErrUnknownCategory) || !strings.Contains(err.Error(), "smartphone") {
		t.Errorf("unknown category: err = %v", err)
	}
}

func TestDecodeCaseErrors(t *testing.T) {
	const ok = `"condition":"new","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"`
	tests := []struct {
		name, json, want string
	}{
		{"delivery before contract", `{"condition":"new","contract":"2024-03-01","delivered":"2024-02-29","appeared":"2026-02-20"}`, "case.delivered: before contract"},
		{"repair returned before requested", `{` + ok + `,"repairs":[{"requested":"2025-01-10","returned":"2025-01-09"}]}`, "case.repairs[0].returned: before requested"},
		{"unknown condition", `{"condition":"broken","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"}`, `case.condition: unknown condition "broken" (want new, used or refurbished)`},
		{"missing condition", `{"contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"}`, "case.condition: missing (want new, used or refurbished)"},
		{"unknown buyer", `{` + ok + `,"buyer":"robot"}`, `case.buyer: unknown buyer "robot" (want consumer or professional)`},
		{"missing appeared", `{"condition":"new","contract":"2024-02-20","delivered":"2024-02-29"}`, "case.appeared: missing (YYYY-MM-DD)"},
		{"appeared before delivery", `{"condition":"new","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2024-02-28"}`, "case.appeared: before delivered"},
		{"assessed before appeared", `{` + ok + `,"assessed":"2026-02-19"}`, "case.assessed: before appeared"},
		{"discovered before appeared", `{` + ok + `,"discovered":"2026-02-19"}`, "case.discovered: before appeared"},
		{"bad date", `{"condition":"new","contract":"2024-02-30","delivered":"2024-02-29","appeared":"2026-02-20"}`, "case.contract: "},
		{"unknown field", `{` + ok + `,"colour":"red"}`, "case.colour: "},
		{"negative commercial months", `{` + ok + `,"commercial_months":-1}`, "case.commercial_months: -1 is outside 0 to 1200"},
		{"repairs overlap", `{` + ok + `,"repairs":[{"requested":"2025-01-10","returned":"2025-01-20"},{"requested":"2025-01-15","returned":"2025-01-25"}]}`, "case.repairs[1].requested: before repairs[0].returned"},
		{"pending repair not last", `{` + ok + `,"repairs":[{"requested":"2025-01-10"},{"requested":"2025-01-15"}]}`, "case.repairs[1]: follows repairs[0], which has no returned date"},
		{"replacement before delivery", `{` + ok + `,"replacement":{"buyer_chose_repair":true,"delivered":"2024-01-01"}}`, "case.replacement.delivered: before delivered"},
		{"replacement without date", `{` + ok + `,"replacement":{"buyer_chose_repair":true}}`, "case.replacement.delivered: missing (YYYY-MM-DD)"},
		{"unknown remedy", `{` + ok + `,"resolution":{"remedy":"swap","notified":"2026-02-21"}}`, `case.resolution.remedy: unknown remedy "swap" (want price_reduction or rescission)`},
		{"goods returned for a price reduction", `{` + ok + `,"resolution":{"remedy":"price_reduction","notified":"2026-02-21","goods_returned":"2026-02-22"}}`, "case.resolution.goods_returned: only for a rescission"},
		{"not an object", `[]`, "case"},
		{"trailing data", `{` + ok + `} {}`, "case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeCase([]byte(tt.json))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q, want prefix %q", err, tt.want)
			}
			var se *strictjson.Error
			if !errors.As(err, &se) {
				t.Errorf("err %T is not a *strictjson.Error", err)
			}
		})
	}
}

func TestDecodeCaseIssueExample(t *testing.T) {
	c, err := DecodeCase([]byte(`{"buyer": "consumer", "condition": "new", "contract": "2024-02-20", "delivered": "2024-02-29",
   "appeared": "2026-02-20", "discovered": "2026-02-20", "assessed": "2026-02-25",
   "repairs": [{"requested": "2025-01-10", "returned": "2025-01-25"}],
   "replacement": {"buyer_chose_repair": true, "delivered": "2025-03-01"},
   "commercial_months": 12}`))
	if err != nil {
		t.Fatal(err)
	}
	want := Case{Buyer: Consumer, Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-02-20"),
		Discovered: d("2026-02-20"), Assessed: d("2026-02-25"), Repairs: []Repair{{Requested: d("2025-01-10"), Returned: d("2025-01-25")}},
		Replacement: &Replacement{BuyerChoseRepair: true, Delivered: d("2025-03-01")}, CommercialMonths: 12}
	if diff := cmp.Diff(want, c, cmp.AllowUnexported(calendar.Date{})); diff != "" {
		t.Errorf("case (-want +got):\n%s", diff)
	}
}

func TestRulesValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Rules)
		want string
	}{
		{"no regime", func(r *Rules) { r.Conformity.Regimes = nil }, "conformity.regimes: at least one regime needed"},
		{"regimes out of order", func(r *Rules) { r.Conformity.Regimes[2].From = d("2010-01-01") }, "conformity.regimes[2].from: must be after regimes[1].from"},
		{"zero months", func(r *Rules) { r.Conformity.Regimes[0].Months = 0 }, "conformity.regimes[0].months: 0 is outside 1 to 1200"},
		{"negative presumption", func(r *Rules) { r.Conformity.Regimes[1].PresumptionUsedMonths = -1 }, "conformity.regimes[1].presumption_used_months: -1 is outside 0 to 1200"},
		{"unknown window", func(r *Rules) { r.Conformity.Regimes[1].Window = "x" }, `conformity.regimes[1].window: unknown value "x" (want appearance, action or lifespan)`},
		{"unknown combine", func(r *Rules) { r.Conformity.Combine = "" }, `conformity.combine: unknown value "" (want cumulative or greater)`},
		{"hidden long stop from", func(r *Rules) { r.HiddenDefect.LongStopFrom = "sale" }, `hidden_defect.long_stop_from: unknown value "sale" (want contract or delivery)`},
		{"commercial without basis", func(r *Rules) { r.Commercial.Months = 12 }, "commercial.basis: missing (cite the clause of the commitment)"},
		{"negative commercial", func(r *Rules) { r.Commercial.Months = -12 }, "commercial.months: -12 is outside 0 to 1200"},
		{"zero refund days", func(r *Rules) { r.Remedies.RefundDays = 0 }, "remedies.refund_days: 0 is outside 1 to 3650"},
		{"index until before from", func(r *Rules) { r.Listing.Categories[0].Indices[0].Until = d("2020-01-01") }, "listing.categories[0].indices[0].until: before from"},
		{"duplicate category", func(r *Rules) { r.Listing.Categories[1].Name = "smartphone" }, `listing.categories[1].name: duplicate category "smartphone"`},
		{"statement without basis", func(r *Rules) { r.Listing.Statements = []Statement{{What: "x"}} }, "listing.statements[0].basis: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := statute()
			tt.edit(&r)
			err := r.Validate()
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	if err := (Rules{}).Validate(); err != nil { // no rule, valid
		t.Errorf("zero Rules: %v", err)
	}
	if err := statute().Validate(); err != nil {
		t.Errorf("Statute: %v", err)
	}
}

func TestRulesJSONRoundTrip(t *testing.T) {
	r := statute()
	r.Commercial = Commercial{Months: 12, Start: FromConformityEnd, ImmobilisationMinDays: 7, Basis: "x"}
	r.Listing.Statements = []Statement{{What: "condition", Basis: "y"}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got Rules
	if err := strictjson.Decode(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, got, cmp.AllowUnexported(calendar.Date{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestZeroRulesIsNoRule(t *testing.T) {
	c := Case{Condition: Used, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2026-03-01"), Category: "smartphone"}
	e := engineFor(t, Rules{})
	if _, err := e.Assess(c); !errors.Is(err, explain.ErrNoRule) || !errors.Is(err, ErrNoRules) {
		t.Errorf("Engine(zero Rules).Assess: err = %v, want ErrNoRules (explain.ErrNoRule)", err)
	}
	if _, err := e.ListingDuties("smartphone", d("2025-07-01")); !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("Engine(zero Rules).ListingDuties: err = %v, want explain.ErrNoRule", err)
	}
	if _, err := Assess(Rules{}, calendar.Calendar{}, c); !errors.Is(err, ErrNoRules) {
		t.Errorf("deprecated Assess(zero Rules): err = %v, want ErrNoRules", err)
	}
	if _, err := ListingDuties(Rules{}, "smartphone", d("2025-07-01")); !errors.Is(err, ErrNoRules) {
		t.Errorf("deprecated ListingDuties(zero Rules): err = %v, want ErrNoRules", err)
	}
	if got := (Rules{}).Categories(); len(got) != 0 {
		t.Errorf("zero Rules categories = %v, want none", got)
	}
	// The statute applies only when given explicitly.
	a := mustAssess(t, statute(), c)
	if a.Listing == nil || a.Listing.Category != "smartphone" || !a.Conformity.Applies {
		t.Errorf("statute assessment = %+v", a)
	}
}

func TestStatuteIsFresh(t *testing.T) {
	r := statute()
	r.Conformity.Regimes[0].Months = 1
	r.Listing.Categories[0].Indices[0].Kind = "x"
	if s := statute(); s.Conformity.Regimes[0].Months != 24 || s.Listing.Categories[0].Indices[0].Kind != Repairability {
		t.Error("Statute shares state between calls")
	}
}
