package replay_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/policy/replay"
)

// Opisto's reply limit from 72 to 48 working hours (charter §I): a
// complaint answered after 51 working hours now opens a dispute.
func ExampleReplay_replyLimit48h() {
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	ra, err := replay.NewReplayRunner(from)
	if err != nil {
		panic(err)
	}
	rb, err := replay.NewReplayRunner(to)
	if err != nil {
		panic(err)
	}
	cases := `{"id":"c1","kind":"conversation","input":{"at":"2026-11-27T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-24T18:00:00+01:00"}]}}}
{"id":"c2","kind":"conversation","input":{"at":"2026-11-27T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-20T15:00:00+01:00","kind":"complaint"},{"id":"r1","from":"seller","at":"2026-11-20T16:00:00+01:00"}]}}}
`
	sum, err := replay.Replay(context.Background(), ra, rb, strings.NewReader(cases), func(c replay.CaseChange) error {
		fmt.Printf("%s: %s → %s\n", c.ID, c.From.Decision, c.To.Decision)
		return nil
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(sum.Cases, "cases,", sum.Changed, "changed")
	for _, t := range sum.Transitions {
		fmt.Println(t)
	}
	// Output:
	// c1: no-dispute → dispute-opens
	// c2: no-dispute → no-dispute
	// 2 cases, 2 changed
	// no-dispute → dispute-opens: 1
}

// The French withdrawal period (C. consom. L221-18): goods delivered on
// Saturday 14 February 2026 may be returned until Monday 2 March.
func ExampleRunner_Run_withdrawalPeriod() {
	r, err := replay.NewRunner(preset.FrenchLaw())
	if err != nil {
		panic(err)
	}
	c, err := replay.DecodeCase([]byte(`{"id":"w1","kind":"withdrawal","input":{"delivered":["2026-02-14"],"on":"2026-03-02"}}`))
	if err != nil {
		panic(err)
	}
	out, err := r.Run(c)
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Decision, out.Values["last_day"], out.Clauses[0])
	// Output: open 2026-03-02 C. consom. L221-18, L221-19
}

// A bad line is a *LineError with its line number and cause.
func ExampleReadCases_badLine() {
	err := replay.ReadCases(strings.NewReader("\n{\"id\":\"x\",\"kind\":\"gossip\",\"input\":{}}\n"), func(line int, c replay.Case, err error) error {
		var le *replay.LineError
		if errors.As(err, &le) {
			fmt.Println(le.Line, le.Err)
		}
		return nil
	})
	fmt.Println(err)
	// Output:
	// 2 kind: unknown case kind "gossip" (known: conversation, deadline, escalation, quote, takeover, warranty, withdrawal)
	// <nil>
}

// A change written as JSON Lines, one per line, as json.Marshal would
// write it but without reflection: what a replay's output is made of.
func ExampleCaseChange_AppendJSON_oneChangeALine() {
	from := preset.Opisto()
	to := preset.Opisto()
	to.Name = "opisto-48h"
	for i := range to.SLA.Targets {
		to.SLA.Targets[i].Hours = 48
	}
	ra, err := replay.NewReplayRunner(from)
	if err != nil {
		panic(err)
	}
	rb, err := replay.NewReplayRunner(to)
	if err != nil {
		panic(err)
	}
	cases := `{"id":"d1","kind":"deadline","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"}}`
	var line []byte
	_, err = replay.Replay(context.Background(), ra, rb, strings.NewReader(cases), func(c replay.CaseChange) error {
		c.Diff = "" // shorter here
		line, err = c.AppendJSON(line[:0])
		fmt.Println(string(line))
		return err
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// {"line":1,"id":"d1","kind":"deadline","changes":["instant","value"],"from":{"kind":"deadline","decision":"due","instants":{"due":"2026-11-25T15:00:00+01:00"},"values":{"target":"72 business hours"},"clauses":["Opisto charter §I"]},"to":{"kind":"deadline","decision":"due","instants":{"due":"2026-11-24T15:00:00+01:00"},"values":{"target":"48 business hours"},"clauses":["Opisto charter §I"]}}
}
