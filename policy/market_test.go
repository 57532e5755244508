package policy_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

func marketEngine(t *testing.T, p policy.Policy, code string) policy.MarketEngine {
	t.Helper()
	e, err := policy.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	m, err := e.Market(code)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMarketMoreProtective: each decision applies the more protective of
// the policy's clause and the market's statute, and says which.
func TestMarketMoreProtective(t *testing.T) {
	d := calendar.MustParseDate
	longer := preset.FrenchLaw()
	longer.Name = "longer"
	longer.Refund.Withdrawal.Days = 30
	longer.Refund.Withdrawal.Basis = "charter §1"
	for i := range longer.Warranty.Conformity.Regimes {
		longer.Warranty.Conformity.Regimes[i].Months = 36
	}
	shorter := preset.FrenchLaw()
	shorter.Name = "shorter"
	for i := range shorter.Warranty.Conformity.Regimes {
		shorter.Warranty.Conformity.Regimes[i].PresumptionNewMonths = 6
	}
	claim := warranty.Case{Condition: warranty.NewGoods, Contract: d("2024-03-01"), Delivered: d("2024-03-05"), Appeared: d("2025-09-01")}
	tests := []struct {
		name            string
		p               policy.Policy
		window          policy.Applied
		lastDay         string
		assess          policy.Applied
		until, presumed string
		burden          warranty.Burden
	}{
		{"law:FR is the statute", mustLaw(t, "FR"), policy.AppliedBoth, "2026-03-16", policy.AppliedBoth, "2026-03-05", "2026-03-05", warranty.SellerBurden},
		{"a 30-day withdrawal and 36 months beat L221-18 and L217-3", longer, policy.AppliedPolicy, "2026-03-31", policy.AppliedPolicy, "2027-03-05", "2026-03-05", warranty.SellerBurden},
		{"a 6-month presumption yields to L217-7's 24", shorter, policy.AppliedBoth, "2026-03-16", policy.AppliedStatute, "2026-03-05", "2026-03-05", warranty.SellerBurden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := marketEngine(t, tt.p, "")
			w, err := m.Window(refund.Receipt{Delivered: []calendar.Date{d("2026-03-01")}})
			if err != nil {
				t.Fatal(err)
			}
			a, err := m.Assess(claim)
			if err != nil {
				t.Fatal(err)
			}
			type got struct {
				Market, LastDay, Until, Presumed string
				Window, Assess                   policy.Applied
				Burden                           warranty.Burden
			}
			want := got{"FR", tt.lastDay, tt.until, tt.presumed, tt.window, tt.assess, tt.burden}
			g := got{w.Market, w.LastDay.String(), a.Conformity.Until.String(), a.Conformity.PresumedUntil.String(), w.Applied, a.Applied, a.Conformity.Burden}
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func mustLaw(t *testing.T, cc string) policy.Policy {
	t.Helper()
	p, err := preset.Law(cc)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMarketRefusals: a market the policy does not serve, or one without
// a statute, is an error at "market"; nothing falls back to French law.
func TestMarketRefusals(t *testing.T) {
	e, err := policy.Compile(preset.FrenchLaw())
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"XX", "fr", "US"} {
		_, err := e.Market(code)
		var fe *field.Error
		if !errors.As(err, &fe) || fe.Path != "market" {
			t.Errorf("Market(%q) = %v, want a *field.Error at market", code, err)
		}
	}
	p := preset.FrenchLaw()
	p.Markets = []policy.Market{{Code: "FR"}, {Code: "FR"}}
	if _, err := policy.Compile(p); err == nil {
		t.Error("a market listed twice was accepted")
	}
	p.Markets = []policy.Market{{Code: "FR", Region: "FR-XX"}}
	var fe *field.Error
	if _, err := policy.Compile(p); !errors.As(err, &fe) || fe.Path != "markets[0].region" {
		t.Errorf("unknown region: %v", err)
	}
	p.Markets = []policy.Market{{Code: "FR", Currency: "EURO"}}
	if _, err := policy.Compile(p); !errors.As(err, &fe) || fe.Path != "markets[0].currency" {
		t.Errorf("bad currency: %v", err)
	}
}

// TestMarketEngineShared runs one market engine from many goroutines
// (meaningful under -race) and checks every answer is the same.
func TestMarketEngineShared(t *testing.T) {
	m := marketEngine(t, preset.Swapiphone(), "FR")
	d := calendar.MustParseDate
	claim := warranty.Case{Condition: warranty.Refurbished, Contract: d("2026-08-01"), Delivered: d("2026-08-03"), Appeared: d("2027-01-10"),
		Repairs: []warranty.Repair{{Requested: d("2026-09-01"), Returned: d("2026-09-10")}}}
	first, err := m.Assess(claim)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				a, err := m.Assess(claim)
				if err != nil || !cmp.Equal(first.Conformity, a.Conformity) {
					t.Error("answers differ between goroutines")
					return
				}
			}
		}()
	}
	wg.Wait()
	// Directive 2024/1799 for a contract after 31 July 2026: one repair
	// adds 12 months, flagged unconfirmed.
	if got := first.Conformity.Until.String(); got != "2029-08-12" {
		t.Errorf("until %s, want 2029-08-12 (24 months + 9 days immobilised + 12 months)", got)
	}
	if !cmp.Equal(first.Unconfirmed, []string{"conformity.repair_extension_months"}) {
		t.Errorf("unconfirmed %v", first.Unconfirmed)
	}
}

// TestMarketStepsTranslated: every step a market engine adds has a French
// translation with the same verbs.
func TestMarketStepsTranslated(t *testing.T) {
	fr := policy.Translations()["fr"]
	for en, f := range fr {
		if diff := cmp.Diff(verbsOf(en), verbsOf(f)); diff != "" {
			t.Errorf("verbs differ for %q:\n%s", en, diff)
		}
	}
	d := calendar.MustParseDate
	m := marketEngine(t, preset.Opisto(), "FR")
	w, err := m.Window(refund.Receipt{Delivered: []calendar.Date{d("2026-03-01")}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := m.Assess(warranty.Case{Condition: warranty.Used, Contract: d("2026-01-01"), Delivered: d("2026-01-02"), Appeared: d("2026-05-01")})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(w.Basis.Steps, a.Basis.Steps...) {
		if len(s.Rule) > 7 && s.Rule[:7] == "market." {
			if _, ok := fr[s.Text]; !ok && s.Rule != "market.conformity.regime" {
				if _, inWarranty := warranty.Translations()["fr"][s.Text]; !inWarranty {
					t.Errorf("no French for %q (%s)", s.Text, s.Rule)
				}
			}
		}
	}
}

func verbsOf(s string) []string {
	var out []string
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' {
			out = append(out, s[i:i+2])
		}
	}
	return out
}

// TestSellerCalendar: a policy counting reply deadlines on the seller's
// calendar uses the seller's market's holidays (11 November is a holiday
// in France, not in Germany); the platform's otherwise.
func TestSellerCalendar(t *testing.T) {
	p := preset.Swapiphone()
	p.ReplyCalendar = "seller"
	e, err := policy.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	due := func(market string) string {
		t.Helper()
		s, err := e.SellerSLA(market, "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Deadline("question", at)
		if err != nil {
			t.Fatal(err)
		}
		return d.UTC().Format(time.RFC3339)
	}
	fr, de := due("FR"), due("DE")
	if fr == de {
		t.Errorf("seller in FR and in DE due at the same instant %s; 11 November should count only in DE", fr)
	}
	var fe *field.Error
	if _, err := e.SellerSLA("", ""); !errors.As(err, &fe) || fe.Path != "seller_market" {
		t.Errorf("no seller market: %v", err)
	}
	platform, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		t.Fatal(err)
	}
	s, err := platform.SellerSLA("DE", "")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := s.Deadline("question", at)
	if got := d.UTC().Format(time.RFC3339); got != fr {
		t.Errorf("platform calendar: due %s, want the French answer %s", got, fr)
	}
	p.ReplyCalendar = "buyer"
	if _, err := policy.Compile(p); !errors.As(err, &fe) || fe.Path != "reply_calendar" {
		t.Errorf("unknown reply_calendar: %v", err)
	}
}

// TestBuyersMarketLaw: a policy that restates French law gives a buyer in
// another market that market's statute, and its own clauses where they
// protect more (Rome I art. 6).
func TestBuyersMarketLaw(t *testing.T) {
	d := calendar.MustParseDate
	phone := warranty.Case{Condition: warranty.NewGoods, Contract: d("2025-03-01"), Delivered: d("2025-03-03"), Appeared: d("2026-05-04")}
	tests := []struct {
		name, market    string
		until, presumed string
		burden          warranty.Burden
		applied         policy.Applied
	}{
		{"C. consom. L217-7: 24 months' presumption in France", "FR", "2027-03-03", "2027-03-03", warranty.SellerBurden, policy.AppliedBoth},
		{"BGB §477: one year's presumption in Germany", "DE", "2027-03-03", "2026-03-03", warranty.BuyerBurden, policy.AppliedStatute},
		{"TRLGDCU art. 120: three years in Spain", "ES", "2028-03-03", "2027-03-03", warranty.SellerBurden, policy.AppliedStatute},
		{"DL 84/2021: three years in Portugal", "PT", "2028-03-03", "2027-03-03", warranty.SellerBurden, policy.AppliedStatute},
	}
	eng, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := eng.Market(tt.market)
			if err != nil {
				t.Fatal(err)
			}
			a, err := m.Assess(phone)
			if err != nil {
				t.Fatal(err)
			}
			type got struct {
				Until, Presumed string
				Burden          warranty.Burden
				Applied         policy.Applied
			}
			want := got{tt.until, tt.presumed, tt.burden, tt.applied}
			if diff := cmp.Diff(want, got{a.Conformity.Until.String(), a.Conformity.PresumedUntil.String(), a.Conformity.Burden, a.Applied}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// Opisto refunds the dearer delivery's surcharge on a withdrawal, a
	// clause of its own: a buyer in Germany keeps it.
	op, err := policy.Compile(preset.Opisto())
	if err != nil {
		t.Fatal(err)
	}
	de, err := op.Market("DE")
	if err != nil {
		t.Fatal(err)
	}
	q, err := de.Quote(quoteCase(t))
	if err != nil {
		t.Fatal(err)
	}
	if q.Applied != policy.AppliedPolicy || q.Market != "DE" {
		t.Errorf("opisto quote in DE: applied %s market %s, want the policy's clause", q.Applied, q.Market)
	}
}

func quoteCase(t *testing.T) refund.Case {
	t.Helper()
	data, err := os.ReadFile("../examples/data/quote.json")
	if err != nil {
		t.Fatal(err)
	}
	var c refund.Case
	if err := c.UnmarshalJSON(data); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFloorPerMarket: the legal floor of each market compares the
// platform's clauses with that market's statute and cites its articles;
// rules that restate French law are not the platform's and not compared.
func TestFloorPerMarket(t *testing.T) {
	p := preset.Opisto()
	p.Refund.Withdrawal.Days = 10 // a clause below every market's 14 days
	tests := []struct {
		market string
		below  []string
		above  []string
	}{
		{"DE", []string{"refund.withdrawal.days BGB §§312g, 355"}, []string{"refund.withdrawal.professionals BGB §§312g, 355", "refund.on_withdrawal.delivery_surcharge BGB §357"}},
		{"FR", []string{"refund.withdrawal.days C. consom. L221-18"}, []string{"refund.withdrawal.professionals C. consom. L221-18 (consumers only)", "refund.on_withdrawal.delivery_surcharge C. consom. L221-24"}},
	}
	for _, tt := range tests {
		t.Run(tt.market, func(t *testing.T) {
			rep, err := policy.FloorFor(p, tt.market)
			if err != nil {
				t.Fatal(err)
			}
			list := func(cs []policy.FloorClause) []string {
				out := []string{}
				for _, c := range cs {
					out = append(out, c.Clause+" "+c.Basis)
				}
				return out
			}
			if diff := cmp.Diff(tt.below, list(rep.BelowFloor)); diff != "" {
				t.Errorf("below (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.above, list(rep.AboveFloor)); diff != "" {
				t.Errorf("above (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := policy.FloorFor(p, "XX"); err == nil {
		t.Error("FloorFor(XX) accepted")
	}
	reps, err := policy.FloorMarkets(preset.Opisto())
	if err != nil || len(reps) != 7 {
		t.Errorf("FloorMarkets(opisto): %d reports, %v", len(reps), err)
	}
}

// TestNeverBelowTheStatute: for every market a preset serves, on random
// cases, the answer protects the buyer at least as much as the market's
// bare statute (law:CC) on every date: guarantee, presumption, limitation,
// withdrawal window.
func TestNeverBelowTheStatute(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2019))
	n := 60
	if testing.Short() {
		n = 15
	}
	d := calendar.MustParseDate
	for _, name := range []string{"opisto", "swapiphone"} {
		p, _ := preset.Get(name)
		eng, err := policy.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, mk := range eng.Markets() {
			m, err := eng.Market(mk.Code)
			if err != nil {
				t.Fatal(err)
			}
			bare := marketEngine(t, mustLaw(t, mk.Code), mk.Code)
			for i := 0; i < n; i++ {
				del := d("2022-06-01").AddDays(r.IntN(1800))
				ll := r.IntN(2) == 0
				c := warranty.Case{Condition: []warranty.Condition{warranty.NewGoods, warranty.Used, warranty.Refurbished}[r.IntN(3)],
					Contract: del, Delivered: del, Appeared: del.AddDays(r.IntN(1500)), LongLasting: &ll, LifespanMonths: 24 + r.IntN(60)}
				c.Notified = c.Appeared.AddDays(r.IntN(90))
				c.Assessed = c.Notified.AddDays(r.IntN(400))
				got, err1 := m.Assess(c)
				want, err2 := bare.Assess(c)
				if (err1 == nil) != (err2 == nil) {
					t.Fatalf("%s %s: errors differ: %v / %v", name, mk.Code, err1, err2)
				}
				if err1 != nil {
					continue
				}
				g, w := got.Conformity, want.Conformity
				if (w.Applies && !g.Applies) || w.Until.After(g.Until) || w.PresumedUntil.After(g.PresumedUntil) ||
					(!want.Limitation.Until.IsZero() && !got.Limitation.Until.IsZero() && want.Limitation.Until.After(got.Limitation.Until)) {
					t.Fatalf("%s in %s, %+v:\n got  %+v %+v\n bare %+v %+v", name, mk.Code, c, g, got.Limitation, w, want.Limitation)
				}
				rc := refund.Receipt{Delivered: []calendar.Date{del}}
				gw, err1 := m.Window(rc)
				ww, err2 := bare.Window(rc)
				if err1 != nil || err2 != nil {
					t.Fatalf("window: %v %v", err1, err2)
				}
				if (ww.Applies && !gw.Applies) || ww.LastDay.After(gw.LastDay) {
					t.Fatalf("%s in %s: window %s, the statute's %s", name, mk.Code, gw.LastDay, ww.LastDay)
				}
			}
		}
	}
}

// TestFloorMarketplaceSettings: the marketplace refund settings compare
// with the law's defaults (L221-24: the payments received are refunded).
func TestFloorMarketplaceSettings(t *testing.T) {
	p := preset.FrenchLaw()
	p.Refund.OnWithdrawal.CouponMinimum, p.Refund.OnWithdrawal.CouponBasis = "revoke", "charter §9"
	p.Refund.OnWithdrawal.DeadlineRoll = true
	p.Refund.OnWithdrawal.LateProfessionals = true
	rep := policy.Floor(p)
	var below, above []string
	for _, c := range rep.BelowFloor {
		below = append(below, c.Clause)
	}
	for _, c := range rep.AboveFloor {
		above = append(above, c.Clause)
	}
	if diff := cmp.Diff([]string{"refund.on_withdrawal.deadline_roll", "refund.on_withdrawal.coupon_minimum"}, below); diff != "" {
		t.Errorf("below (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"refund.on_withdrawal.late_professionals"}, above); diff != "" {
		t.Errorf("above (-want +got):\n%s", diff)
	}
}

// TestFloorSaysUnconfirmed: a clause compared with a statute value the
// research could not confirm (Spain's presumption for second-hand goods)
// cites it as unconfirmed.
func TestFloorSaysUnconfirmed(t *testing.T) {
	p := preset.Swapiphone()
	rs := p.Warranty.Conformity.Regimes
	rs[len(rs)-1].PresumptionUsedMonths = 6 // a clause below every market
	rep, err := policy.FloorFor(p, "ES")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.BelowFloor {
		if c.Clause == "warranty.conformity.regimes[last].presumption_used_months" {
			if !strings.HasSuffix(c.Basis, "(unconfirmed)") {
				t.Errorf("basis %q: the Spanish value is unconfirmed", c.Basis)
			}
			return
		}
	}
	t.Errorf("presumption_used_months not below the Spanish floor: %+v", rep.BelowFloor)
}
