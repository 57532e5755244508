package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/replay"
	"github.com/aftersales/aftersales/sla"
)

// recorded are conversations and refund quotes as an operator would record
// them: every input, the evaluation instant included.
const recorded = `{"id":"conv-1","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-24T18:00:00+01:00"}]}}}
{"id":"conv-2","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-23T09:00:00+01:00","kind":"negative-review","stars":2},{"id":"r1","from":"seller","at":"2026-11-23T11:00:00+01:00"}]}}}
{"id":"conv-3","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-24T10:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-26T16:00:00+01:00"}]}}}
{"id":"quote-1","kind":"quote","input":{"reason":"withdrawal","buyer":"consumer","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","goods_back":"2026-11-12","lines":[{"id":"L1","description":"Alternator","quantity":1,"unit_price":"45.00","returned":1},{"id":"L2","description":"Starter","quantity":1,"unit_price":"30.00","returned":1}],"delivery":{"standard":"9.90","surcharge":"5.00"}}}
{"id":"quote-2","kind":"quote","input":{"reason":"withdrawal","buyer":"professional","currency":"EUR","delivered":"2026-11-03","informed":"2026-11-06","lines":[{"id":"L1","description":"Gearbox","quantity":1,"unit_price":"480.00","returned":1}],"delivery":{"standard":"35.00","surcharge":"20.00"}}}
`

// showPolicy changes Opisto's rules before rollout and replays recorded
// cases: the reply limit from 72 to 48 working hours (which conversations
// would have opened a dispute?), then withdrawal refunds without delivery
// surcharges (how much money moves?). Last, both changes are checked
// against the legal floor.
func showPolicy(eng policy.Engine) {
	p := eng.Policy()
	faster := p
	faster.Name = "opisto-48h"
	faster.SLA.Targets = append([]sla.Target(nil), p.SLA.Targets...)
	for i := range faster.SLA.Targets {
		faster.SLA.Targets[i].Hours = 48
	}
	replayCases("reply limit 72 → 48 working hours", p, faster)

	cheaper := p
	cheaper.Name = "opisto-no-surcharge"
	cheaper.Refund.OnWithdrawal.DeliverySurcharge = false
	replayCases("withdrawal refunds without delivery surcharges", p, cheaper)

	for _, q := range []policy.Policy{faster, cheaper} {
		rep := policy.Floor(q)
		fmt.Printf("policy: %s is below the legal floor on %d clause(s)\n", q.Name, len(rep.BelowFloor))
	}
}

func replayCases(what string, from, to policy.Policy) {
	ra, err := replay.NewReplayRunner(from)
	if err != nil {
		panic(err)
	}
	rb, err := replay.NewReplayRunner(to)
	if err != nil {
		panic(err)
	}
	fmt.Printf("policy: replay %s\n", what)
	sum, err := replay.Replay(context.Background(), ra, rb, strings.NewReader(recorded), func(c replay.CaseChange) error {
		if c.Error != "" {
			fmt.Printf("  %s: cannot run: %s\n", c.ID, c.Error)
			return nil
		}
		if c.From.Decision != c.To.Decision {
			fmt.Printf("  %s: %s → %s\n", c.ID, c.From.Decision, c.To.Decision)
		}
		if a, b := c.From.Money["total"], c.To.Money["total"]; !a.Equal(b) {
			fmt.Printf("  %s: refund %s → %s\n", c.ID, a, b)
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	fmt.Printf("  %d cases, %d changed; money moved: %v\n", sum.Cases, sum.Changed, sum.MoneyMoved)
}
