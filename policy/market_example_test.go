package policy_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/warranty"
)

// A buyer keeps his own market's law (Rome I art. 6, stated by the
// policy's markets): the same phone sold by Swapiphone, whose guarantee
// section restates French law, is presumed defective at delivery for 24
// months in France (C. consom. L217-7) but 12 in Germany (BGB §477), and
// covered for 36 months in Spain (TRLGDCU art. 120).
func ExampleEngine_Market_buyersOwnLaw() {
	eng, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		panic(err)
	}
	d := calendar.MustParseDate
	phone := warranty.Case{Condition: warranty.NewGoods, Contract: d("2025-03-01"), Delivered: d("2025-03-03"), Appeared: d("2026-05-04")}
	for _, cc := range []string{"FR", "DE", "ES"} {
		m, err := eng.Market(cc)
		if err != nil {
			panic(err)
		}
		a, err := m.Assess(phone)
		if err != nil {
			panic(err)
		}
		fmt.Println(cc, a.Applied, "covered until", a.Conformity.Until, "presumed until", a.Conformity.PresumedUntil, "proof:", a.Conformity.Burden)
	}
	// Output:
	// FR both covered until 2027-03-03 presumed until 2027-03-03 proof: seller
	// DE statute covered until 2027-03-03 presumed until 2026-03-03 proof: buyer
	// ES statute covered until 2028-03-03 presumed until 2027-03-03 proof: seller
}

// The legal floor of another market compares only the platform's own
// clauses with that market's statute: Opisto's withdrawal right for
// professional buyers and its refund of the dearer delivery's surcharge
// are above German law, cited by its articles.
func ExampleFloorFor_platformClauses() {
	rep, err := policy.FloorFor(preset.Opisto(), "DE")
	if err != nil {
		panic(err)
	}
	for _, c := range rep.AboveFloor {
		fmt.Println(c.Clause, "—", c.Basis)
	}
	fmt.Println("below:", len(rep.BelowFloor))
	// Output:
	// refund.withdrawal.professionals — BGB §§312g, 355
	// refund.on_withdrawal.delivery_surcharge — BGB §357
	// below: 0
}

// A policy that counts reply deadlines on the seller's calendar
// (reply_calendar "seller") skips the seller's holidays: 11 November is a
// holiday in France, not in Germany, so a question received on Tuesday 10
// November is due a day later for a French seller.
func ExampleEngine_SellerSLA_sellersHolidays() {
	p := preset.Swapiphone()
	p.ReplyCalendar = "seller"
	eng, err := policy.Compile(p)
	if err != nil {
		panic(err)
	}
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	for _, cc := range []string{"FR", "DE"} {
		s, err := eng.SellerSLA(cc, "")
		if err != nil {
			panic(err)
		}
		due, err := s.Deadline("question", at)
		if err != nil {
			panic(err)
		}
		fmt.Println(cc, due.Format(time.RFC3339))
	}
	// Output:
	// FR 2026-11-12T11:00:00+01:00
	// DE 2026-11-11T11:00:00+01:00
}

// A process that only answers reply deadlines builds no market engine:
// CompileFor with no market is Compile without the eleven calendars of
// Swapiphone's markets; the policy's own rules answer as under Compile.
func ExampleCompileFor_noMarketEngines() {
	eng, err := policy.CompileFor(preset.Swapiphone())
	if err != nil {
		panic(err)
	}
	_, err = eng.Market("ES")
	fmt.Println(eng.Name(), err != nil)
	full, _ := policy.Compile(preset.Swapiphone())
	fmt.Println(eng.Version() == full.Version())
	// Output:
	// swapiphone true
	// true
}
