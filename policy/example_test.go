package policy_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
	"golang.org/x/text/language"
)

func Example() {
	p := policy.Opisto()
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
	cal, err := back.BuildCalendar()
	if err != nil {
		panic(err)
	}
	fmt.Println(back.Name, cal.Market(), cal.Region(), cal.Location())
	// Output: opisto-alsace FR alsace-moselle Europe/Paris
}

func ExampleDecode() {
	_, err := policy.Decode([]byte(`{"schema": 1, "name": "x", "platform": "X",
		"calendar": {"market": "FR", "week": {"mon": ["18:00-09:00"]}}}`))
	fmt.Println(err)
	// Output: calendar.week.mon[0]: end before start
}

func ExampleFloor() {
	p := policy.Opisto()
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

func ExampleReplay() {
	from := policy.Opisto()
	to := policy.Opisto()
	to.Name = "opisto-48h"
	to.SLA.Targets = append([]sla.Target(nil), to.SLA.Targets...)
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	ra, _ := policy.NewReplayRunner(from)
	rb, _ := policy.NewReplayRunner(to)
	cases := `{"id":"c1","kind":"conversation","input":{"at":"2026-11-27T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-24T18:00:00+01:00"}]}}}
{"id":"c2","kind":"conversation","input":{"at":"2026-11-27T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-20T16:00:00+01:00"}]}}}
`
	sum, err := policy.Replay(context.Background(), ra, rb, strings.NewReader(cases), func(c policy.CaseChange) error {
		fmt.Printf("%s: %s → %s\n", c.ID, c.From.Decision, c.To.Decision)
		return nil
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(sum.Cases, "cases,", sum.Changed, "changed, decisions changed:", sum.ByChange["decision"])
	// Output:
	// c1: no-dispute → dispute-opens
	// c2: no-dispute → no-dispute
	// 2 cases, 2 changed, decisions changed: 1
}

func ExampleCatalog() {
	cat, err := policy.Catalog()
	if err != nil {
		panic(err)
	}
	rep := policy.Floor(policy.Opisto())
	fmt.Print(cat.Render(rep.Basis, language.French))
	// Output:
	// - refund.withdrawal.professionals : la politique (true) est plus favorable que la loi (false) (C. consom. L221-18 (consumers only))
	// - refund.on_withdrawal.delivery_surcharge : la politique (true) est plus favorable que la loi (false) (C. consom. L221-24)
}
