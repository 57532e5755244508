package history_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/policy/history"
	"github.com/aftersales/aftersales/policy/preset"
)

// P2B art. 3(2) and the Opisto charter's one month: a change notified on 1
// September and taking effect on 1 October respects the 15 days of the law
// but not the month Opisto promises; a decision on 15 October uses the new
// version, named by its content hash.
func ExampleHistory_At_versionInForce() {
	op, _ := preset.Get("opisto")
	changed := op
	changed.Name = "opisto-2026-10"
	rules := platform.P2B()
	rules.ContractualMonths, rules.ContractSource = 1, "Opisto charter, preamble"
	h, err := history.New(rules, []history.Version{
		{ID: "2026-01", Policy: op, EffectiveAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "2026-10", Policy: changed, DurableMedium: true,
			NotifiedAt:  time.Date(2026, 9, 1, 7, 0, 0, 0, time.UTC),
			EffectiveAt: time.Date(2026, 9, 30, 22, 0, 0, 0, time.UTC)},
	})
	if err != nil {
		panic(err)
	}
	r, err := h.Check()
	if err != nil {
		panic(err)
	}
	c := r.Changes[0]
	fmt.Println("clauses:", c.Clauses[0].Path)
	fmt.Println("lawful:", r.Lawful, "void:", c.Notice.Void)
	for _, f := range c.Notice.Findings {
		fmt.Println(f.Rule)
	}
	v, _ := h.At(time.Date(2026, 10, 15, 12, 0, 0, 0, time.UTC))
	fmt.Println("in force:", v.ID, v.Version == v.Engine.Version())
	// Output:
	// clauses: name
	// lawful: false void: false
	// contract.notice.too-early
	// in force: 2026-10 true
}
