package policy_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/sla"
	"golang.org/x/text/language"
)

// Opisto's 72-working-hour reply limit (charter §I): a complaint received
// on Friday 20 November 2026 at 15:00 is due on Wednesday at 15:00. Compile
// the policy once; every question goes through the engine.
func ExampleCompile_replyDeadline() {
	eng, err := policy.Compile(preset.Opisto())
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, 11, 20, 15, 0, 0, 0, eng.Calendar().Location())
	d, err := eng.SLA().Explain(sla.Complaint, received)
	if err != nil {
		panic(err)
	}
	fmt.Println(eng.Name(), d.Due.Format(time.RFC3339), d.Basis.Sources())
	// Output: opisto 2026-11-25T15:00:00+01:00 [Opisto charter §I]
}

// A policy round-trips through its JSON (schema 2); decoding is strict.
func ExampleDecode_roundTrip() {
	p := preset.Opisto()
	p.Name = "opisto-alsace"
	p.Calendar.Region = "alsace-moselle"
	b, err := policy.Encode(p)
	if err != nil {
		panic(err)
	}
	back, err := policy.Decode(b)
	if err != nil {
		panic(err)
	}
	eng, err := policy.Compile(back)
	if err != nil {
		panic(err)
	}
	cal := eng.Calendar()
	fmt.Println(back.Name, back.Schema, cal.Market(), cal.Region(), cal.Location())
	// Output: opisto-alsace 2 FR FR-57 Europe/Paris
}

// A bad value is a *field.Error naming its path.
func ExampleDecode_fieldPath() {
	_, err := policy.Decode([]byte(`{"schema": 2, "name": "x", "platform": "X",
		"calendar": {"market": "FR", "week": {"mon": ["18:00-09:00"]}}}`))
	fmt.Println(err)
	// Output: calendar.week.mon[0]: end before start
}

// The French withdrawal period is 14 days (C. consom. L221-18): a policy
// that shortens it is below the floor.
func ExampleFloor_withdrawalPeriod() {
	p := preset.Opisto()
	p.Name = "opisto-10-days"
	p.Refund.Withdrawal.Days = 10
	rep := policy.Floor(p)
	for _, c := range rep.BelowFloor {
		fmt.Printf("below: %s = %s (law %s, %s)\n", c.Clause, c.Policy, c.Law, c.Basis)
	}
	for _, c := range rep.AboveFloor {
		fmt.Printf("above: %s = %s (law %s)\n", c.Clause, c.Policy, c.Law)
	}
	// Output:
	// below: refund.withdrawal.days = 10 (law 14, C. consom. L221-18)
	// above: refund.withdrawal.professionals = true (law false)
	// above: refund.on_withdrawal.delivery_surcharge = true (law false)
}

// Opisto's reply limit from 72 to 48 working hours: Diff lists the
// clauses that changed.
func ExampleDiff_replyLimit() {
	from := preset.Opisto()
	to := preset.Opisto()
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	for _, c := range policy.Diff(from, to) {
		fmt.Println(c)
	}
	// Output:
	// sla.targets[kind=question].hours: 72 → 48
	// sla.targets[kind=complaint].hours: 72 → 48
	// sla.targets[kind=negative-review].hours: 72 → 48
}

func ExampleCatalog() {
	cat, err := policy.Catalog()
	if err != nil {
		panic(err)
	}
	rep := policy.Floor(preset.Opisto())
	fmt.Print(cat.Render(rep.Basis, language.French))
	// Output:
	// - refund.withdrawal.professionals : la politique (true) est plus favorable que la loi (false) (C. consom. L221-18 (consumers only))
	// - refund.on_withdrawal.delivery_surcharge : la politique (true) est plus favorable que la loi (false) (C. consom. L221-24)
}
