package preset_test

import (
	"fmt"

	"github.com/aftersales/aftersales/policy/preset"
)

// Opisto answers complaints within 72 working hours (charter §I); the
// preset states that rule once, on top of French law.
func ExampleOpisto_replyLimit() {
	p := preset.Opisto()
	for _, t := range p.SLA.Targets {
		fmt.Println(t.Kind, t.Hours, "—", t.Basis)
	}
	fmt.Println("withdrawal:", p.Refund.Withdrawal.Days, "days,", p.Refund.Withdrawal.Basis)
	// Output:
	// question 72 — Opisto charter §I
	// complaint 72 — Opisto charter §I
	// negative-review 72 — Opisto charter §I
	// withdrawal: 14 days, Opisto charter §II; C. consom. L221-18
}

func ExampleNames() {
	fmt.Println(preset.Names())
	// Output: [agafort french-law opisto swapiphone]
}
