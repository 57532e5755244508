package warranty

import (
	"errors"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

// national returns rules with one regime from 2022-01-01, edited by edit:
// the shape of a member state's statute (no hidden-defect guarantee, no
// listing duties, no French limitation).
func national(edit func(g *Regime, r *Rules)) Rules {
	g := Regime{
		Name: "test regime", From: calendar.MustParseDate("2022-01-01"), Basis: "Art. 1",
		Window: Appearance, Months: 24, PresumptionNewMonths: 12, PresumptionUsedMonths: 12,
		ActionLimit: ActionLimit{Kind: MonthsFromDelivery, Months: 26, Basis: "Art. 2"},
	}
	r := Rules{Remedies: Remedies{RefundDays: 14}}
	edit(&g, &r)
	r.Conformity = Conformity{Regimes: []Regime{g}, Combine: Cumulative}
	return r
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

// TestNationalModels checks each member-state choice at its boundary days.
func TestNationalModels(t *testing.T) {
	d := calendar.MustParseDate
	huf := money.MustCurrency("HUF")
	base := Case{Condition: NewGoods, Contract: d("2024-03-01"), Delivered: d("2024-03-05"), Appeared: d("2025-03-05")}
	type got struct {
		Applies       bool
		Until         string
		PresumedUntil string
		Burden        Burden
		LimitUntil    string
		Barred        bool
		Notice        string
		Mandatory     string
		AnswerDue     string
		Deemed        bool
		Unconfirmed   []string
	}
	tests := []struct {
		name string
		edit func(*Regime, *Rules)
		c    func(*Case)
		want got
	}{
		{"Dir. 2019/771 art. 11: presumption's last day keeps the seller's burden", func(g *Regime, r *Rules) {}, func(c *Case) {},
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "", "", false, []string{}}},
		{"Dir. 2019/771 art. 11: the day after the presumption the buyer proves", func(g *Regime, r *Rules) {}, func(c *Case) { c.Appeared = d("2025-03-06") },
			got{true, "2026-03-05", "2025-03-05", BuyerBurden, "2026-05-05", false, "", "", "", false, []string{}}},
		{"IT art. 133(3): action 26 months from delivery, barred the day after", func(g *Regime, r *Rules) {}, func(c *Case) { c.Assessed = d("2026-05-06") },
			got{false, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", true, "", "", "", false, []string{}}},
		{"AT: action 3 months after the period", func(g *Regime, r *Rules) {
			g.ActionLimit = ActionLimit{Kind: MonthsAfterPeriod, Months: 3, Basis: "VGG §28"}
		}, func(c *Case) {}, got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-06-05", false, "", "", "", false, []string{}}},
		{"ES: action 5 years from the defect's appearance", func(g *Regime, r *Rules) {
			g.Months = 36
			g.ActionLimit = ActionLimit{Kind: MonthsFromAppearance, Months: 60, Basis: "TRLGDCU art. 124"}
		}, func(c *Case) {}, got{true, "2027-03-05", "2025-03-05", SellerBurden, "2030-03-05", false, "", "", "", false, []string{}}},
		{"NL BW 7:23(2): not running before a notice", func(g *Regime, r *Rules) {
			g.Window, g.Months = Lifespan, 0
			g.ActionLimit = ActionLimit{Kind: MonthsFromNotice, Months: 24, Basis: "BW 7:23(2)"}
		}, func(c *Case) { c.LifespanMonths = 60 }, got{true, "2029-03-05", "2025-03-05", SellerBurden, "", false, "", "", "", false, []string{}}},
		{"NL BW 7:23(2): two years from the notice", func(g *Regime, r *Rules) {
			g.Window, g.Months = Lifespan, 0
			g.ActionLimit = ActionLimit{Kind: MonthsFromNotice, Months: 24, Basis: "BW 7:23(2)"}
		}, func(c *Case) { c.LifespanMonths = 60; c.Notified = d("2025-04-01"); c.Assessed = d("2025-04-01") },
			got{true, "2029-03-05", "2025-03-05", SellerBurden, "2027-04-01", false, "", "", "", false, []string{}}},
		{"BGB §475e(3): not before 4 months after the defect showed", func(g *Regime, r *Rules) {
			g.Window = Action
			g.ActionLimit = ActionLimit{Kind: WithPeriod, AfterAppearanceMonths: 4, AfterReturnMonths: 2, Basis: "BGB §475e"}
		}, func(c *Case) { c.Appeared = d("2026-02-20") },
			got{true, "2026-03-05", "2025-03-05", BuyerBurden, "2026-06-20", false, "", "", "", false, []string{}}},
		{"NO §27: goods meant to last longer have 5 years", func(g *Regime, r *Rules) {
			g.LongLastingMonths = 60
			g.ActionLimit = ActionLimit{Kind: MonthsAfterPeriod, Months: 1, Basis: "test"}
		}, func(c *Case) { c.LongLasting = yes(); c.Appeared = d("2028-03-05") },
			got{true, "2029-03-05", "2025-03-05", BuyerBurden, "2029-04-05", false, "", "", "", false, []string{}}},
		{"NO §27: other goods keep 2 years", func(g *Regime, r *Rules) { g.LongLastingMonths = 60 },
			func(c *Case) { c.LongLasting = no(); c.Appeared = d("2026-03-06") },
			got{false, "2026-03-05", "2025-03-05", BuyerBurden, "2026-05-05", false, "", "", "", false, []string{}}},
		{"Art. 10(6): an agreed year for second-hand goods", func(g *Regime, r *Rules) {
			g.Used = Shortening{Allowed: Allowed, FloorMonths: 12, Basis: "Art. 10(6)"}
		}, func(c *Case) { c.Condition = Used; c.AgreedMonths = 12; c.Appeared = d("2025-03-06") },
			got{false, "2025-03-05", "2025-03-05", BuyerBurden, "2026-05-05", false, "", "", "", false, []string{}}},
		{"unconfirmed shortening keeps the full period", func(g *Regime, r *Rules) {
			g.Used = Shortening{Allowed: AllowanceUnconfirmed}
		}, func(c *Case) { c.Condition = Used; c.AgreedMonths = 12; c.Appeared = d("2025-03-06") },
			got{true, "2026-03-05", "2025-03-05", BuyerBurden, "2026-05-05", false, "", "", "", false, []string{"conformity.used"}}},
		{"BE art. 1649quater: strict 2-month notice, last day in time", func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: StrictNotice, Months: 2, Basis: "C. civ. 1649quater"}
		}, func(c *Case) { c.Notified = d("2025-05-05"); c.Assessed = d("2025-05-06") },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "yes", "", "", false, []string{}}},
		{"BE art. 1649quater: notice a day late loses the remedies", func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: StrictNotice, Months: 2, Basis: "C. civ. 1649quater"}
		}, func(c *Case) { c.Notified = d("2025-05-06"); c.Assessed = d("2025-05-06") },
			got{false, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "no", "", "", false, []string{}}},
		{"HU: late notice costs damages only", func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: DamagesNotice, Months: 2, Basis: "Ptk. 6:162"}
		}, func(c *Case) { c.Notified = d("2025-06-01"); c.Assessed = d("2025-06-01") },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "no", "", "", false, []string{}}},
		{"DK §81: beyond 2 months a reasonable time is for a court", func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: ReasonableNotice, Months: 2, Basis: "Købeloven §81"}
		}, func(c *Case) { c.Assessed = d("2025-06-01") },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "unknown", "", "", false, []string{}}},
		{"unconfirmed notice duty is listed", func(g *Regime, r *Rules) { g.Notice = Notice{Kind: NoticeUnconfirmed} }, func(c *Case) {},
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "unknown", "", "", false, []string{"conformity.notice"}}},
		{"HU decree 151/2003: HUF 100,000 is the 1-year band", func(g *Regime, r *Rules) { r.Mandatory = hungary(huf) },
			func(c *Case) { p := money.MustParse("100000", huf); c.Price = &p; c.ListedDurable = true },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "2025-03-05", "", false, []string{}}},
		{"HU decree 151/2003: HUF 100,001 is the 2-year band", func(g *Regime, r *Rules) { r.Mandatory = hungary(huf) },
			func(c *Case) { p := money.MustParse("100001", huf); c.Price = &p; c.ListedDurable = true },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "2026-03-05", "", false, []string{}}},
		{"PL art. 7a: answered on the 14th day", func(g *Regime, r *Rules) { r.Remedies.AnswerDays, r.Remedies.AnswerBasis = 14, "u.p.k. art. 7a" },
			func(c *Case) {
				c.Repairs = []Repair{{Requested: d("2025-03-10")}}
				c.Answered, c.Assessed = d("2025-03-24"), d("2025-03-30")
			},
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "", "2025-03-24", false, []string{}}},
		{"PL art. 7a: unanswered on the 15th day, deemed accepted", func(g *Regime, r *Rules) { r.Remedies.AnswerDays, r.Remedies.AnswerBasis = 14, "u.p.k. art. 7a" },
			func(c *Case) { c.Repairs = []Repair{{Requested: d("2025-03-10")}}; c.Assessed = d("2025-03-25") },
			got{true, "2026-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "", "2025-03-24", true, []string{}}},
		{"Dir. 2024/1799: one 12-month extension for two repairs", func(g *Regime, r *Rules) {
			g.RepairExtensionMonths, g.RepairExtensionOnce = 12, true
			g.Unconfirmed = []string{"repair_extension_months"}
		}, func(c *Case) {
			c.Repairs = []Repair{{Requested: d("2024-06-01"), Returned: d("2024-06-01")}, {Requested: d("2024-09-01"), Returned: d("2024-09-01")}}
		}, got{true, "2027-03-05", "2025-03-05", SellerBurden, "2026-05-05", false, "", "", "", false, []string{"conformity.repair_extension_months"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := New(national(tt.edit), calendar.MustForMarket("FR", ""))
			if err != nil {
				t.Fatal(err)
			}
			c := base
			tt.c(&c)
			a, err := e.Assess(c)
			if err != nil {
				t.Fatal(err)
			}
			g := got{Applies: a.Conformity.Applies, Until: a.Conformity.Until.String(), PresumedUntil: a.Conformity.PresumedUntil.String(),
				Burden: a.Conformity.Burden, Barred: a.Limitation.Barred, AnswerDue: dateOr(a.Remedies.AnswerDue),
				Deemed: a.Remedies.DeemedAccepted, Unconfirmed: a.Unconfirmed, LimitUntil: dateOr(a.Limitation.Until)}
			if a.Notice != nil {
				g.Notice = a.Notice.Timely
			}
			if a.Mandatory != nil {
				g.Mandatory = a.Mandatory.Until.String()
			}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func dateOr(d calendar.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func hungary(huf money.Currency) Mandatory {
	return Mandatory{Basis: "Gov. Decree 151/2003", From: calendar.MustParseDate("2021-01-01"), Bands: []Band{
		{MinPrice: money.MustParse("10000", huf), Months: 12},
		{MinPrice: money.MustParse("100001", huf), Months: 24},
		{MinPrice: money.MustParse("250001", huf), Months: 36},
	}}
}

// TestNationalRefusals: a product fact the regime needs and the case lacks,
// and an agreement the regime forbids, are errors naming the case field.
func TestNationalRefusals(t *testing.T) {
	d := calendar.MustParseDate
	base := Case{Condition: Used, Contract: d("2024-03-01"), Delivered: d("2024-03-05"), Appeared: d("2025-03-05")}
	eur := money.MustCurrency("EUR")
	tests := []struct {
		name string
		edit func(*Regime, *Rules)
		c    func(*Case)
		path string
	}{
		{"NL: lifespan missing", func(g *Regime, r *Rules) {
			g.Window, g.Months = Lifespan, 0
			g.ActionLimit = ActionLimit{Kind: MonthsFromNotice, Months: 24, Basis: "BW 7:23"}
		}, func(c *Case) {}, "lifespan_months"},
		{"NO: long_lasting not stated", func(g *Regime, r *Rules) { g.LongLastingMonths = 60 }, func(c *Case) {}, "long_lasting"},
		{"FR/IS: shortening forbidden", func(g *Regime, r *Rules) {}, func(c *Case) { c.AgreedMonths = 12 }, "agreed_months"},
		{"PT: 17 months below the 18-month floor", func(g *Regime, r *Rules) {
			g.Used = Shortening{Allowed: Allowed, FloorMonths: 18, Basis: "DL 84/2021 art. 12(3)"}
		}, func(c *Case) { c.AgreedMonths = 17 }, "agreed_months"},
		{"PT: refurbished keeps the full period", func(g *Regime, r *Rules) {
			g.Used = Shortening{Allowed: Allowed, FloorMonths: 18, Basis: "DL 84/2021 art. 12(3)"}
			g.RefurbishedFullPeriod = true
		}, func(c *Case) { c.Condition = Refurbished; c.AgreedMonths = 24 }, "agreed_months"},
		{"HU: price missing for listed durable goods", func(g *Regime, r *Rules) { r.Mandatory = hungary(money.MustCurrency("HUF")) },
			func(c *Case) { c.Condition = NewGoods; c.ListedDurable = true }, "price"},
		{"HU: price in another currency", func(g *Regime, r *Rules) { r.Mandatory = hungary(money.MustCurrency("HUF")) },
			func(c *Case) {
				c.Condition = NewGoods
				c.ListedDurable = true
				p := money.MustParse("300", eur)
				c.Price = &p
			}, "price.currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := New(national(tt.edit), calendar.MustForMarket("FR", ""))
			if err != nil {
				t.Fatal(err)
			}
			c := base
			tt.c(&c)
			_, err = e.Assess(c)
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Fatalf("Assess = %v, want a *field.Error at %q", err, tt.path)
			}
		})
	}
	// A case agreeing a period for new goods is refused on its own.
	if err := (Case{Condition: NewGoods, Contract: d("2024-03-01"), Delivered: d("2024-03-05"), Appeared: d("2025-03-05"), AgreedMonths: 12}).Validate(); err == nil {
		t.Error("agreed_months on new goods accepted")
	}
}
