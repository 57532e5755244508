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

// Every market has a statutory preset, "law:CC": that market's statute and
// nothing more, usable wherever a policy name is (Spain: 14 natural days to
// withdraw under TRLGDCU arts 102 and 104; a late refund is owed double,
// art. 76).
func ExampleLaw_spain() {
	p, err := preset.Law("ES")
	if err != nil {
		panic(err)
	}
	q, _ := preset.Get("law:ES")
	fmt.Println(p.Name, p.Markets[0].Code, p.Refund.Withdrawal.Days, p.Refund.Withdrawal.Basis, p.Refund.OnWithdrawal.LateSurcharge, q.Name)
	// Output: law:ES ES 14 TRLGDCU art. 102, 104 double law:ES
}
