// Command opisto shows what is specific to Opisto, a marketplace of used
// car parts: replies within 72 working hours (reviews by their stars), a
// late reply that opens a
// dispute by itself, the guarantee of a second-hand part, and a change of
// the reply limit tested on recorded cases before rollout.
package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/golden"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/policy/replay"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

func main() { golden.Main("opisto", run) }

// recorded are conversations and withdrawal refunds as an operator records them, every input
// given, the evaluation instant included.
const recorded = `{"id":"conv-1","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-24T18:00:00+01:00"}]}}}
{"id":"conv-2","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-23T09:00:00+01:00","kind":"negative-review","stars":2},{"id":"r1","from":"seller","at":"2026-11-23T11:00:00+01:00"}]}}}
{"id":"conv-3","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-24T10:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-26T16:00:00+01:00"}]}}}
{"id":"quote-1","kind":"quote","input":{"reason":"withdrawal","buyer":"consumer","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","goods_back":"2026-11-12","lines":[{"id":"L1","description":"Alternator","quantity":1,"unit_price":"45.00","returned":1},{"id":"L2","description":"Starter","quantity":1,"unit_price":"30.00","returned":1}],"delivery":{"standard":"9.90","surcharge":"5.00"}}}
{"id":"quote-2","kind":"quote","input":{"reason":"withdrawal","buyer":"professional","currency":"EUR","delivered":"2026-11-03","informed":"2026-11-06","lines":[{"id":"L1","description":"Gearbox","quantity":1,"unit_price":"480.00","returned":1}],"delivery":{"standard":"35.00","surcharge":"20.00"}}}
`

func run(w io.Writer) error {
	eng, err := policy.Compile(preset.Opisto()) // once: every question goes through it
	if err != nil {
		return err
	}
	loc := eng.Calendar().Location()
	fr := func(lines []string) {
		for _, l := range lines {
			fmt.Fprintln(w, "   ", l)
		}
	}
	fmt.Fprintf(w, "%s: every answer below comes from one compiled policy\n\n", eng.Policy().Platform)

	// 1. Charter §I: 72 working hours to answer a complaint. Friday
	// afternoon's complaint is due on Wednesday afternoon.
	friday := time.Date(2026, time.November, 20, 15, 0, 0, 0, loc)
	d, err := eng.SLA().Explain(sla.Complaint, friday)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "1. complaint received %s: reply due %s\n", friday.Format(time.RFC3339), d.Due.Format(time.RFC3339))
	fr(eng.Catalog().Lines(d.Basis, language.French))

	// Reviews of 1 to 3 stars are answered like complaints; 4 or 5 stars
	// need no reply.
	for _, stars := range []int{2, 5} {
		st, err := eng.SLA().Message(sla.Message{ID: "review", From: sla.Buyer, Kind: sla.Review, Stars: stars, At: friday}, time.Time{}, friday)
		if err != nil {
			return err
		}
		due := "no reply needed"
		if !st.Due.IsZero() {
			due = "reply due " + st.Due.Format(time.RFC3339)
		}
		fmt.Fprintf(w, "   review of %d stars posted then: %s\n", stars, due)
	}

	// 2. Charter §I note *: a reply after the deadline opens a dispute by
	// itself, at the deadline.
	conv := sla.Conversation{Messages: []sla.Message{
		{ID: "m1", From: sla.Buyer, Kind: sla.Complaint, At: time.Date(2026, time.November, 23, 9, 0, 0, 0, loc)},
		{ID: "r1", From: sla.Seller, At: time.Date(2026, time.November, 27, 10, 0, 0, 0, loc)},
	}}
	ev, err := eng.SLA().Evaluate(conv, time.Date(2026, time.November, 30, 12, 0, 0, 0, loc))
	if err != nil {
		return err
	}
	op, err := eng.Dispute().AutoOpen(ev)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n2. reply on Friday to Monday's complaint: dispute opens %t at %s (message %s)\n",
		op.Opens, op.At.Format(time.RFC3339), op.Message)
	for _, l := range ev.LateReplies() {
		fmt.Fprintf(w, "   late reply to %s: due %s, %s late on the business clock\n", l.ID, l.Due.Format(time.RFC3339), l.Late)
	}

	// 3. A used gearbox: second-hand goods keep the 2-year guarantee, but
	// the defect is presumed to have existed at delivery for 12 months only
	// (C. consom. L217-3, L217-7).
	a, err := eng.Warranty().Assess(warranty.Case{
		Condition: warranty.Used,
		Contract:  calendar.MustParseDate("2025-03-10"),
		Delivered: calendar.MustParseDate("2025-03-14"),
		Appeared:  calendar.MustParseDate("2026-05-02"),
	})
	if err != nil {
		return err
	}
	c := a.Conformity
	fmt.Fprintf(w, "\n3. used gearbox delivered 2025-03-14, defect on 2026-05-02: covered %t until %s; presumed at delivery until %s, so the %s must prove it\n",
		c.Applies, c.Until, c.PresumedUntil, c.Burden)

	// 4. Before rollout: what would each change do? Diff names the
	// clauses; a replay of the recorded cases shows which decisions and how
	// much money would move.
	p := eng.Policy()
	faster := eng.Policy()
	faster.Name = "opisto-48h"
	for i := range faster.SLA.Targets {
		faster.SLA.Targets[i].Hours = 48
	}
	if err := tryChange(w, "4. change: reply limit 72 → 48 working hours", p, faster); err != nil {
		return err
	}
	cheaper := eng.Policy()
	cheaper.Name = "opisto-no-surcharge"
	cheaper.Refund.OnWithdrawal.DeliverySurcharge = false
	return tryChange(w, "5. change: withdrawal refunds without the delivery surcharge", p, cheaper)
}

// tryChange prints the clauses that differ between from and to, replays
// the recorded cases under both, and says whether to stays above the legal
// floor.
func tryChange(w io.Writer, title string, from, to policy.Policy) error {
	fmt.Fprintln(w, "\n"+title)
	for _, ch := range policy.Diff(from, to) {
		fmt.Fprintln(w, "   changed:", ch)
	}
	ra, err := replay.NewReplayRunner(from)
	if err != nil {
		return err
	}
	rb, err := replay.NewReplayRunner(to)
	if err != nil {
		return err
	}
	sum, err := replay.Replay(context.Background(), ra, rb, strings.NewReader(recorded), func(c replay.CaseChange) error {
		if c.Error != "" {
			fmt.Fprintf(w, "   %s: cannot run: %s\n", c.ID, c.Error)
		} else if a, b := c.From.Money["total"], c.To.Money["total"]; !a.Equal(b) {
			fmt.Fprintf(w, "   %s: refund %s → %s\n", c.ID, a, b)
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   %d recorded cases, %d changed\n", sum.Cases, sum.Changed)
	for _, t := range sum.Transitions {
		fmt.Fprintf(w, "   %s %s\n", t.Kind, t)
	}
	for _, cur := range []string{"EUR"} {
		if m, ok := sum.MoneyMoved[cur]; ok {
			fmt.Fprintf(w, "   money moved: %s %s\n", m, cur)
		}
	}
	below := policy.Floor(to).BelowFloor
	if len(below) == 0 {
		fmt.Fprintln(w, "   legal floor: no compared clause falls below French law")
	}
	for _, c := range below {
		fmt.Fprintf(w, "   below the legal floor: %s (%s)\n", c.Clause, c.Basis)
	}
	return nil
}
