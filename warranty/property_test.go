package warranty

import (
	"encoding/json"
	"errors"
	"github.com/aftersales/aftersales/money"
	"math/rand/v2"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// randomCase returns a valid case with dates between 2014 and 2030, up to
// three repairs and sometimes a replacement.
func randomCase(rng *rand.Rand) Case {
	for {
		start := d("2014-01-01").AddDays(rng.IntN(16 * 365))
		c := Case{Contract: start, Delivered: start.AddDays(rng.IntN(20))}
		c.Condition = []Condition{NewGoods, Used, Refurbished}[rng.IntN(3)]
		if rng.IntN(8) == 0 {
			c.Buyer = Professional
		}
		if rng.IntN(10) == 0 {
			c.Seller = Consumer
		}
		at := c.Delivered
		for n := rng.IntN(4); n > 0; n-- {
			at = at.AddDays(rng.IntN(400))
			r := Repair{Requested: at, Failed: rng.IntN(5) == 0}
			if n > 1 || rng.IntN(3) > 0 {
				at = at.AddDays(rng.IntN(40))
				r.Returned = at
			}
			c.Repairs = append(c.Repairs, r)
			if r.Returned.IsZero() {
				break
			}
		}
		if rng.IntN(4) == 0 {
			x := &Replacement{BuyerChoseRepair: rng.IntN(2) == 0, Delivered: c.Delivered.AddDays(rng.IntN(600))}
			if rng.IntN(2) == 0 {
				x.Requested = x.Delivered.AddDays(-rng.IntN(30))
			}
			c.Replacement = x
		}
		c.Appeared = c.Delivered.AddDays(rng.IntN(1400))
		if rng.IntN(3) == 0 {
			c.Discovered = c.Appeared.AddDays(rng.IntN(100))
		}
		if rng.IntN(2) == 0 {
			c.Assessed = c.Appeared.AddDays(rng.IntN(2500))
		}
		if rng.IntN(3) == 0 {
			c.CommercialMonths = rng.IntN(37)
		}
		if rng.IntN(6) == 0 {
			c.Refused = c.Appeared.AddDays(rng.IntN(20))
		}
		if rng.IntN(6) == 0 {
			c.Resolution = &Resolution{Remedy: PriceReduction, Notified: c.Appeared.AddDays(rng.IntN(60))}
		}
		c.Minor = rng.IntN(5) == 0
		if rng.IntN(4) == 0 {
			cats := statuteCategories()
			c.Category = cats[rng.IntN(len(cats))].Name
		}
		if c.Validate() == nil {
			return c
		}
	}
}

func rounds(t *testing.T, n int) int {
	if testing.Short() || raceEnabled {
		return n / 20
	}
	return n
}

// refAddMonths is month arithmetic written independently of calendar:
// through time.Date with an explicit clamp to the month's last day.
func refAddMonths(x calendar.Date, n int) calendar.Date {
	y, m, day := x.Parts()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(first.Year(), first.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day > last {
		day = last
	}
	return calendar.MustDate(first.Year(), first.Month(), day)
}

// refDays counts the days from a to b one by one.
func refDays(a, b calendar.Date) int {
	n := 0
	for x := a; x.Before(b); x = x.AddDays(1) {
		n++
	}
	return n
}

// refConformity is a slow, direct reading of the statute for the
// conformity status, written without the assessor.
func refConformity(c Case) conf {
	asOf := c.Assessed
	if asOf.IsZero() {
		asOf = c.Appeared
	}
	known := c.Discovered
	if known.IsZero() {
		known = c.Appeared
	}
	// Regime by contract date.
	action, presNew, presUsed, ext, renew := true, 6, 6, 0, false
	switch {
	case !c.Contract.Before(d("2022-01-01")):
		action, presNew, presUsed, ext, renew = false, 24, 12, 6, true
	case !c.Contract.Before(d("2016-03-18")):
		presNew = 24
	}
	base := c.Delivered
	end := refAddMonths(base, 24)
	var renewedAt calendar.Date
	if x := c.Replacement; x != nil {
		switch {
		case x.Delivered.After(asOf):
			if renew && !x.Requested.IsZero() && !x.Requested.After(asOf) && !x.Requested.After(end) {
				end = end.AddDays(refDays(x.Requested, asOf))
			}
		case x.BuyerChoseRepair && renew:
			base, renewedAt = x.Delivered, x.Delivered
			end = refAddMonths(base, 24)
		default:
			if renew && !x.Requested.IsZero() && !x.Requested.After(end) {
				end = end.AddDays(refDays(x.Requested, x.Delivered))
			}
		}
	}
	for _, r := range c.Repairs {
		if r.Requested.After(asOf) || (!renewedAt.IsZero() && r.Requested.Before(renewedAt)) || r.Requested.After(end) {
			continue
		}
		back, done := r.Returned, true
		if back.IsZero() || back.After(asOf) {
			back, done = asOf, false
		}
		if renew { // only the current regime suspends and extends
			end = end.AddDays(refDays(r.Requested, back))
			if done && !r.Failed {
				end = refAddMonths(end, ext)
			}
		}
	}
	pres := presNew
	if c.Condition != NewGoods {
		pres = presUsed
	}
	out := conf{Until: end.String(), PresumedUntil: refAddMonths(base, pres).String(), Burden: SellerBurden}
	if c.Appeared.After(refAddMonths(base, pres)) {
		out.Burden = BuyerBurden
	}
	inScope := (c.Buyer == "" || c.Buyer == Consumer) && (c.Seller == "" || c.Seller == Professional)
	if action {
		out.Applies = inScope && !asOf.After(end)
	} else {
		limit := refAddMonths(known, 60)
		if cap := refAddMonths(c.Delivered, 240); limit.After(cap) {
			limit = cap
		}
		out.Applies = inScope && !c.Appeared.After(end) && !asOf.After(limit)
	}
	return out
}

func TestConformityMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < rounds(t, 20000); i++ {
		c := randomCase(rng)
		a := mustAssess(t, Rules{}, c)
		if diff := cmp.Diff(refConformity(c), confOf(a.Conformity)); diff != "" {
			b, _ := json.Marshal(c)
			t.Fatalf("case %s: conformity differs from the reference (-ref +got):\n%s", b, diff)
		}
	}
}

func TestProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < rounds(t, 20000); i++ {
		c := randomCase(rng)
		a := mustAssess(t, Rules{}, c)
		k := a.Conformity
		// The period never ends before the statutory 2 years from the
		// delivery it counts from.
		if k.Until.Before(k.From.AddMonths(24)) {
			t.Fatalf("%v: until %s before from %s + 24 months", c, k.Until, k.From)
		}
		// Burden follows the presumption.
		if (k.Burden == SellerBurden) != !c.Appeared.After(k.PresumedUntil) {
			t.Fatalf("%v: burden %s with presumption until %s", c, k.Burden, k.PresumedUntil)
		}
		// The hidden-defect action never outlives 20 years from the sale.
		if a.HiddenDefect.Until.After(c.Contract.AddYears(20)) {
			t.Fatalf("%v: hidden-defect until %s beyond the long stop", c, a.HiddenDefect.Until)
		}
		// Remedies only when the guarantee applies; rescission never for
		// a minor defect.
		if !k.Applies && (a.Remedies.RepairOrReplacement || a.Remedies.PriceReduction) {
			t.Fatalf("%v: remedies open without the guarantee", c)
		}
		if c.Minor && a.Remedies.Rescission {
			t.Fatalf("%v: rescission for a minor defect", c)
		}
		if a.Remedies.PriceReduction != (len(a.Remedies.Grounds) > 0) {
			t.Fatalf("%v: price reduction %v with grounds %v", c, a.Remedies.PriceReduction, a.Remedies.Grounds)
		}
		// A later assessment date never reopens a closed guarantee.
		later := c
		later.Assessed = a.Assessed.AddDays(1 + rng.IntN(1000))
		b := mustAssess(t, Rules{}, later)
		if b.HiddenDefect.Applies && !a.HiddenDefect.Applies {
			t.Fatalf("%v: hidden-defect action reopened later", c)
		}
		if len(c.Repairs) == 0 && c.Replacement == nil && b.Conformity.Applies && !k.Applies {
			t.Fatalf("%v: conformity reopened later", c)
		}
		// One more successful repair inside the period never shortens it.
		if len(c.Repairs) == 0 && c.Replacement == nil {
			more := c
			more.Repairs = []Repair{{Requested: c.Delivered.AddDays(10), Returned: c.Delivered.AddDays(20)}}
			if m := mustAssess(t, Rules{}, more); m.Conformity.Until.Before(k.Until) {
				t.Fatalf("%v: a repair shortened the period from %s to %s", c, k.Until, m.Conformity.Until)
			}
		}
	}
}

var verbs = regexp.MustCompile(`%[a-z]`)

// TestTranslationsCoverEverything renders the steps of many assessments and
// listings and checks each text has a French translation with the same
// verbs.
func TestTranslationsCoverEverything(t *testing.T) {
	fr := Translations()["fr"]
	seen := map[string]bool{}
	check := func(text string) {
		if seen[text] {
			return
		}
		seen[text] = true
		tr, ok := fr[text]
		if !ok {
			t.Errorf("no French translation for %q", text)
			return
		}
		if diff := cmp.Diff(verbs.FindAllString(text, -1), verbs.FindAllString(tr, -1)); diff != "" {
			t.Errorf("verbs differ for %q (-en +fr):\n%s", text, diff)
		}
	}
	greater := statute()
	greater.Conformity.Combine = Greater
	greater.Conformity.Regimes[2].RenewOnAnyReplacement = true
	greater.Commercial = Commercial{Months: 6, Start: FromConformityEnd, ImmobilisationMinDays: 3, Basis: "x"}
	greater.Listing.Statements = []Statement{{What: "condition", Basis: "x"}}
	greater.Conformity.LongStopYears = 2
	greater.HiddenDefect.LongStopYears = 2
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 3000; i++ { // not shrunk under -short: rare branches must be reached
		c := randomCase(rng)
		if rng.IntN(3) == 0 {
			c.Resolution = &Resolution{Remedy: Rescission, Notified: c.Appeared}
			if rng.IntN(2) == 0 {
				c.Resolution.GoodsReturned = c.Appeared.AddDays(3)
			}
		}
		for _, r := range []Rules{{}, greater} {
			a := mustAssess(t, r, c)
			for _, s := range a.Basis.Steps {
				check(s.Text)
			}
		}
	}
	// The member states' models: every branch of the national rules.
	huf := money.MustCurrency("HUF")
	variants := []func(*Regime, *Rules){
		func(g *Regime, r *Rules) {
			g.LongLastingMonths = 60
			g.Notice = Notice{Kind: StrictNotice, Months: 2, Basis: "n"}
			g.Used = Shortening{Allowed: Allowed, FloorMonths: 12, Basis: "u"}
			r.Remedies.AnswerDays, r.Remedies.AnswerBasis = 14, "a"
			r.Mandatory = hungary(huf)
		},
		func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: DamagesNotice, Months: 2, Basis: "n"}
			g.Used = Shortening{Allowed: AllowanceUnconfirmed}
			g.ActionLimit = ActionLimit{Kind: MonthsAfterPeriod, Months: 3, Basis: "l"}
			g.RepairExtensionMonths, g.RepairExtensionOnce = 12, true
			g.Unconfirmed = []string{"repair_extension_months", "presumption_used_months"}
			r.Remedies.ConformityDays = 30
			r.Remedies.AnswerDays, r.Remedies.AnswerBasis = 3650, "a"
			r.Mandatory = hungary(huf)
			r.Mandatory.From = d("2024-06-01")
		},
		func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: ReasonableNotice, Months: 2, Basis: "n"}
			g.Window, g.Months = Lifespan, 0
			g.ActionLimit = ActionLimit{Kind: MonthsFromNotice, Months: 24, Basis: "l"}
		},
		func(g *Regime, r *Rules) {
			g.Notice = Notice{Kind: NoticeUnconfirmed}
			g.ActionLimit = ActionLimit{Kind: MonthsFromAppearance, Months: 60, Basis: "l"}
		},
		func(g *Regime, r *Rules) {
			g.Window = Action
			g.ActionLimit = ActionLimit{Kind: WithPeriod, AfterAppearanceMonths: 4, AfterReturnMonths: 2, Basis: "l"}
		},
		func(g *Regime, r *Rules) { g.ActionLimit = ActionLimit{Kind: ActionUnconfirmed} },
	}
	for i := 0; i < 3000; i++ {
		c := randomCase(rng)
		if c.Contract.Before(d("2022-01-01")) {
			continue
		}
		ll := rng.IntN(2) == 0
		c.LongLasting = &ll
		c.LifespanMonths = 12 + rng.IntN(100)
		if c.Condition != NewGoods && rng.IntN(2) == 0 {
			c.AgreedMonths = 12 + rng.IntN(20)
		}
		if rng.IntN(2) == 0 {
			c.Notified = c.Appeared.AddDays(rng.IntN(120))
		}
		if rng.IntN(2) == 0 {
			c.Answered = c.Appeared.AddDays(rng.IntN(30))
		}
		c.ListedDurable = rng.IntN(2) == 0
		price := money.MustParse([]string{"5000", "100000", "100001", "300000"}[rng.IntN(4)], huf)
		c.Price = &price
		c.Category = []string{"", "smartphone"}[rng.IntN(2)]
		v := variants[rng.IntN(len(variants))]
		a, err := engineFor(t, national(v)).Assess(c)
		if err != nil {
			continue
		}
		for _, s := range a.Basis.Steps {
			check(s.Text)
		}
	}
	for _, cat := range statuteCategories() {
		for _, on := range []string{"2020-01-01", "2023-01-01", "2026-01-01"} {
			dd, err := ListingDuties(greater, cat.Name, d(on))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range dd.Basis.Steps {
				check(s.Text)
			}
		}
	}
	for k := range fr {
		if !seen[k] && !termWords[k] { // a term's word is an argument, not a step text
			t.Errorf("translation never used: %q", k)
		}
	}
}

// termWords are the words of term arguments, translated as phrases.
var termWords = map[string]bool{"new": true, "second-hand": true, "contract": true, "delivery": true, "consumer": true,
	"professional": true, "condition": true, "guarantee": true, "damage": true}

func TestConcurrentAssess(t *testing.T) {
	r := statute()
	e := engineFor(t, r)
	rng := rand.New(rand.NewPCG(7, 8))
	cases := make([]Case, 50)
	want := make([]Assessment, len(cases))
	for i := range cases {
		cases[i] = randomCase(rng)
		want[i] = mustAssess(t, r, cases[i])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range cases {
				a, err := e.Assess(c)
				if err != nil {
					errs <- err.Error()
					return
				}
				if diff := cmp.Diff(want[i], a, cmp.AllowUnexported(calendar.Date{})); diff != "" {
					errs <- diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestAllocations(t *testing.T) {
	e := statuteEngine(t)
	c := Case{Condition: NewGoods, Contract: d("2024-02-20"), Delivered: d("2024-02-29"), Appeared: d("2026-02-20"),
		Repairs: []Repair{{Requested: d("2025-01-10"), Returned: d("2025-01-25")}}}
	// A regression guard: the steps and their facts are the allocations.
	if n := testing.AllocsPerRun(100, func() { _, _ = e.Assess(c) }); n > 120 {
		t.Errorf("Assess: %v allocations, want at most 120", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = e.ListingDuties("smartphone", d("2025-07-01")) }); n > 20 {
		t.Errorf("ListingDuties: %v allocations, want at most 20", n)
	}
}

func FuzzDecodeCase(f *testing.F) {
	f.Add([]byte(`{"buyer": "consumer", "condition": "new", "contract": "2024-02-20", "delivered": "2024-02-29",
   "appeared": "2026-02-20", "discovered": "2026-02-20", "assessed": "2026-02-25",
   "repairs": [{"requested": "2025-01-10", "returned": "2025-01-25"}],
   "replacement": {"buyer_chose_repair": true, "delivered": "2025-03-01"},
   "commercial_months": 12}`))
	f.Add([]byte(`{"condition":"used","contract":"0001-01-01","delivered":"9999-12-31","appeared":"9999-12-31"}`))
	f.Add([]byte(`{"condition":"refurbished","contract":"2025-01-01","delivered":"2025-01-01","appeared":"2025-01-01","resolution":{"remedy":"rescission","notified":"2025-01-02","goods_returned":"2025-01-03"},"refused":"2025-01-01","minor":true,"category":"smartphone"}`))
	f.Add([]byte(`{"condition":"new","contract":"2025-01-01","delivered":"2025-01-01","appeared":"2025-01-01","commercial_months":1200,"repairs":[{"requested":"2025-01-01"}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCase(data)
		// json.Unmarshal is as strict as DecodeCase (Case.UnmarshalJSON).
		var viaStd Case
		stdErr := json.Unmarshal(data, &viaStd)
		if (err == nil) != (stdErr == nil) {
			t.Fatalf("%q: DecodeCase err = %v, json.Unmarshal err = %v", data, err, stdErr)
		}
		if err != nil {
			var fe *field.Error
			if !errors.As(err, &fe) {
				t.Fatalf("%q: error %v is not a *field.Error", data, err)
			}
			return
		}
		if diff := cmp.Diff(c, viaStd, cmp.AllowUnexported(calendar.Date{})); diff != "" {
			t.Fatalf("%q: json.Unmarshal differs from DecodeCase:\n%s", data, diff)
		}
		a, err := statuteEngine(t).Assess(c)
		if err != nil && c.Category == "" {
			t.Fatalf("valid case %s: Assess: %v", data, err)
		}
		if err == nil {
			if _, err := json.Marshal(a); err != nil {
				t.Fatalf("assessment does not marshal: %v", err)
			}
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("case does not marshal: %v", err)
		}
		c2, err := DecodeCase(b)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(c, c2, cmp.AllowUnexported(calendar.Date{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}

// FuzzAssess drives the arithmetic core with arbitrary day offsets and
// checks properties: the conformity answer equals the slow reference; the
// limitation never ends before the delivery; the assessment marshals to
// JSON; and, the assessment date fixed, a later appearance of the defect
// never turns a claim where the buyer bears the proof back into one where
// the presumption runs (nor an uncovered appearance into a covered one).
func FuzzAssess(f *testing.F) {
	f.Add(int16(0), uint16(9), uint16(700), uint16(30), uint16(300), uint16(15), uint16(100), uint8(0), false)
	f.Add(int16(-3000), uint16(0), uint16(0), uint16(400), uint16(0), uint16(0), uint16(0), uint8(3), true)
	f.Add(int16(700), uint16(3), uint16(360), uint16(9), uint16(20), uint16(12), uint16(40), uint8(12), false)
	f.Fuzz(func(t *testing.T, start int16, deliver, appear, later, repairAt, repairLen, assessAfter uint16, flags uint8, failed bool) {
		contract := d("2022-01-01").AddDays(int(start))
		c := Case{Condition: []Condition{NewGoods, Used, Refurbished}[int(flags)%3], Contract: contract,
			Delivered: contract.AddDays(int(deliver % 1000))}
		c.Appeared = c.Delivered.AddDays(int(appear))
		c.Assessed = c.Appeared.AddDays(int(assessAfter))
		if flags&4 != 0 {
			c.Repairs = []Repair{{Requested: c.Delivered.AddDays(int(repairAt)), Returned: c.Delivered.AddDays(int(repairAt) + int(repairLen%400)), Failed: failed}}
		}
		if flags&8 != 0 {
			c.Replacement = &Replacement{BuyerChoseRepair: flags&16 != 0, Delivered: c.Delivered.AddDays(int(repairAt))}
		}
		e := statuteEngine(t)
		a, err := e.Assess(c)
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if diff := cmp.Diff(refConformity(c), confOf(a.Conformity)); diff != "" {
			t.Fatalf("%v: differs from the reference (-ref +got):\n%s", c, diff)
		}
		if a.Limitation.Until.Before(c.Delivered) || a.Limitation.LongStop.Before(c.Delivered) {
			t.Fatalf("%v: limitation %+v ends before the delivery", c, a.Limitation)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("%v: assessment does not marshal: %v", c, err)
		}
		// Monotonicity in the appearance date, the assessment date fixed.
		c2 := c
		c2.Appeared = c.Appeared.AddDays(int(later % 2000))
		if c2.Appeared.After(c.Assessed) {
			c.Assessed = c2.Appeared
		}
		c2.Assessed = c.Assessed
		if c2.Validate() != nil {
			return
		}
		a1, err1 := e.Assess(c)
		a2, err2 := e.Assess(c2)
		if err1 != nil || err2 != nil {
			t.Fatalf("%v / %v: %v / %v", c, c2, err1, err2)
		}
		k1, k2 := a1.Conformity, a2.Conformity
		if k1.Burden == BuyerBurden && k2.Burden == SellerBurden {
			t.Fatalf("%v: appearing later (%s) moved the proof back to the seller", c, c2.Appeared)
		}
		if k1.Window == Appearance && c.Appeared.After(k1.Until) && k2.Applies {
			t.Fatalf("%v: appearing later (%s) brought the defect back into the period", c, c2.Appeared)
		}
	})
}
