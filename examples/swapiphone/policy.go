package main

import (
	"fmt"

	"github.com/aftersales/aftersales/policy"
)

// showPolicy checks the policy against the legal floor (french-law).
func showPolicy(eng policy.Engine) {
	p := eng.Policy()
	rep := policy.Floor(p)
	fmt.Printf("policy: %s: %d clause(s) below the legal floor, %d above\n", p.Name, len(rep.BelowFloor), len(rep.AboveFloor))
	for _, c := range rep.AboveFloor {
		fmt.Printf("  more generous: %s = %s (law %s)\n", c.Clause, c.Policy, c.Law)
	}
}
