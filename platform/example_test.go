package platform_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/platform"
)

func instant(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// GPSR art. 22(4): an order to take down a dangerous product, received on
// Friday 10 July 2026 in France, must be acted on by the end of the second
// working day after the day of receipt; Bastille Day does not count.
func ExampleOrderDue_gpsrTwoWorkingDays() {
	fr := calendar.MustForMarket("FR", "")
	st, err := platform.OrderDue(fr, platform.Order{Kind: platform.SafetyOrder, Received: instant("2026-07-10T09:00:00+02:00")})
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Due.Format(time.RFC3339), st.LastDay.Weekday())
	for _, h := range st.Skipped {
		fmt.Println("skipped", h.Date, h.Name)
	}
	for _, c := range st.Unconfirmed {
		fmt.Printf("[%s] %s\n", c.Confidence, c.Fact)
	}
	// Output:
	// 2026-07-16T00:00:00+02:00 Wednesday
	// skipped 2026-07-11 Saturday
	// skipped 2026-07-12 Sunday
	// skipped 2026-07-14 Fête nationale
	// [U] reg-1182-71.applies
	// [U] reg-1182-71.art-2-2.working-days
	// [P] reg-1182-71.art-2-1.holidays
	// [P] gpsr.art-22-4.reporting
}

// P2B art. 3(2) and the Opisto charter: a change notified on 2 March may
// take effect under the law when 15 days have run (from 18 March), but
// Opisto promises one month (from 3 April); taking effect on 20 March is
// lawful yet breaks the promise.
func ExampleCheckNotice_p2bFifteenDaysAndOpistoMonth() {
	fr := calendar.MustForMarket("FR", "")
	rules := platform.P2B()
	rules.ContractualMonths, rules.ContractSource = 1, "Opisto charter, preamble"
	nc, err := platform.CheckNotice(fr, rules, platform.Change{
		NotifiedAt:    instant("2026-03-02T10:00:00+01:00"),
		EffectiveAt:   instant("2026-03-20T00:00:00+01:00"),
		DurableMedium: true,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("legal from   ", nc.LegalEarliest.Format(time.RFC3339))
	fmt.Println("promised from", nc.ContractEarliest.Format(time.RFC3339))
	fmt.Println("void", nc.Void, "too early", nc.TooEarly)
	for _, f := range nc.Findings {
		fmt.Println(f.Rule, "—", f.Article)
	}
	// Output:
	// legal from    2026-03-18T00:00:00+01:00
	// promised from 2026-04-03T00:00:00+02:00
	// void false too early true
	// contract.notice.too-early — Opisto charter, preamble
}

// P2B art. 4(2): a termination needs its statement of reasons 30 days
// before it takes effect; one taking effect on 1 April after reasons sent
// on 2 March is a day early.
func ExampleSanctionProcedure_p2bThirtyDaysNotice() {
	fr := calendar.MustForMarket("FR", "")
	p, err := platform.SanctionProcedure(fr, platform.Sanction{
		Kind:          platform.Termination,
		Effective:     instant("2026-04-01T00:00:00+02:00"),
		ReasonsSent:   instant("2026-03-02T10:00:00+01:00"),
		DurableMedium: true,
		Clause:        "Opisto charter §IV",
		Facts:         []string{"three counterfeit listings"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("earliest", p.EarliestEffective.Format(time.RFC3339))
	fmt.Println("complaint until", p.ComplaintUntil)
	for _, d := range p.Defects {
		fmt.Println(d.Article+":", d.Text)
	}
	// Output:
	// earliest 2026-04-02T00:00:00+02:00
	// complaint until 2026-09-02
	// P2B art. 4(2): the termination takes effect before 30 days' notice from the statement of reasons have run (see earliest_effective)
}

// DSA art. 32: the buyers of an illegal product during the 6 months before
// the platform became aware of it are informed; one without contact
// details makes a public notice necessary.
func ExampleInform_dsaSixMonthLookback() {
	fr := calendar.MustForMarket("FR", "")
	in, err := platform.Inform(fr, platform.Illegal, instant("2026-09-15T10:00:00+02:00"), []platform.Sale{
		{ID: "o-1", SoldAt: instant("2026-02-01T10:00:00+01:00"), Contact: true},
		{ID: "o-2", SoldAt: instant("2026-05-01T10:00:00+02:00"), Contact: true},
		{ID: "o-3", SoldAt: instant("2026-08-01T10:00:00+02:00"), Contact: false},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("from", in.LookbackFrom.Format(time.RFC3339))
	fmt.Println("inform", len(in.Inform), "unreachable", len(in.NoContact), "outside", in.Outside, "public notice", in.PublicNotice)
	// Output:
	// from 2026-03-15T00:00:00+01:00
	// inform 1 unreachable 1 outside 1 public notice true
}
