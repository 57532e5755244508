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

// recorded are conversations as an operator records them, every input
// given, the evaluation instant included.
const recorded = `{"id":"conv-1","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-24T18:00:00+01:00"}]}}}
{"id":"conv-2","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-23T09:00:00+01:00","kind":"negative-review","stars":2},{"id":"r1","from":"seller","at":"2026-11-23T11:00:00+01:00"}]}}}
{"id":"conv-3","kind":"conversation","input":{"at":"2026-11-30T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-24T10:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-26T16:00:00+01:00"}]}}}
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

	// 4. Before rollout: what would 48 working hours instead of 72 change?
	// Diff names the clauses; a replay of recorded conversations shows
	// which would have opened a dispute.
	p := eng.Policy()
	faster := eng.Policy()
	faster.Name = "opisto-48h"
	for i := range faster.SLA.Targets {
		faster.SLA.Targets[i].Hours = 48
	}
	fmt.Fprintln(w, "\n4. change: reply limit 72 → 48 working hours")
	for _, ch := range policy.Diff(p, faster) {
		fmt.Fprintln(w, "   changed:", ch)
	}
	from, err := replay.NewReplayRunner(p)
	if err != nil {
		return err
	}
	to, err := replay.NewReplayRunner(faster)
	if err != nil {
		return err
	}
	sum, err := replay.Replay(context.Background(), from, to, strings.NewReader(recorded), func(c replay.CaseChange) error {
		if c.From.Decision != c.To.Decision {
			fmt.Fprintf(w, "   %s: %s → %s\n", c.ID, c.From.Decision, c.To.Decision)
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   %d recorded conversations, %d would change an outcome\n", sum.Cases, sum.Changed)
	return nil
}
