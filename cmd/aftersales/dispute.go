package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

func runEscalation(e *env, args []string) int {
	c0 := newCmd(e, "escalation", true)
	fs := c0.fs
	opened := fs.String("opened", "", "first contact, RFC 3339 (required)")
	at := fs.String("at", "", "instant to evaluate at, RFC 3339 (required)")
	resolved := fs.String("resolved", "", "when the complaint was resolved, RFC 3339 (optional)")
	var fulfilled multi
	fs.Var(&fulfilled, "fulfilled", "NAME=RFC3339: when a commitment was honoured (repeatable)")
	if st, ok := c0.start(args); !ok {
		return st
	}
	eng := c0.eng
	rules := eng.Dispute().Rules()
	if rules.Escalation.IsZero() {
		return c0.fail(badf("--policy: %s: %v", eng.Name(), dispute.ErrNoLadder))
	}
	c := dispute.Complaint{}
	var err error
	if c.Opened, err = instant("opened", *opened); err != nil {
		return c0.fail(err)
	}
	t, err := instant("at", *at)
	if err != nil {
		return c0.fail(err)
	}
	if *resolved != "" {
		if c.Resolved, err = instant("resolved", *resolved); err != nil {
			return c0.fail(err)
		}
	}
	for _, f := range fulfilled {
		k, v, ok := strings.Cut(f, "=")
		if !ok || k == "" {
			return c0.fail(badf("--fulfilled: %q: want NAME=RFC3339", f))
		}
		ft, err := strictjson.ParseInstant(v)
		if err != nil {
			return c0.fail(badf("--fulfilled: %q is not an RFC 3339 instant", v))
		}
		if c.Fulfilled == nil {
			c.Fulfilled = map[string]time.Time{}
		}
		c.Fulfilled[k] = ft
	}
	st, err := rules.Escalation.Status(eng.Calendar(), c, t)
	if err != nil {
		switch {
		case errors.Is(err, dispute.ErrResolvedTooEarly):
			return c0.fail(badf("--resolved: %s is before the opening %s", *resolved, *opened))
		case errors.Is(err, dispute.ErrBeforeOpening):
			return c0.fail(badf("--at: %s is before the opening %s", *at, *opened))
		}
		return c0.failFrom(err, fromFlags("opened", "opened", "at", "at", "resolved", "resolved", "fulfilled", "fulfilled"))
	}
	loc := eng.Calendar().Location()
	opt := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := c0.rfc3339(t, loc)
		return &s
	}
	type commitment struct {
		Name  string  `json:"name"`
		Level int     `json:"level"`
		Team  string  `json:"team"`
		Due   string  `json:"due"`
		State string  `json:"state"`
		MetAt *string `json:"met_at"`
	}
	type event struct {
		At    string `json:"at"`
		Kind  string `json:"kind"`
		Level int    `json:"level"`
		Team  string `json:"team,omitempty"`
		Name  string `json:"name,omitempty"`
	}
	events := func(ev []dispute.Event) []event {
		out := []event{}
		for _, x := range ev {
			out = append(out, event{c0.rfc3339(x.At, loc), string(x.Kind), x.Level, x.Team, x.Name})
		}
		return out
	}
	out := struct {
		Opened         string        `json:"opened"`
		At             string        `json:"at"`
		Level          int           `json:"level"`
		Team           string        `json:"team"`
		Levels         int           `json:"levels"`
		NextEscalation *string       `json:"next_escalation"`
		NextTeam       *string       `json:"next_team"`
		Target         *string       `json:"target"`
		TargetMissed   bool          `json:"target_missed"`
		Resolved       bool          `json:"resolved"`
		ResolvedAt     *string       `json:"resolved_at"`
		Commitments    []commitment  `json:"commitments"`
		Timeline       []event       `json:"timeline"`
		Upcoming       []event       `json:"upcoming"`
		Basis          explain.Basis `json:"basis"`
	}{
		Opened: c0.rfc3339(st.Opened, loc), At: c0.rfc3339(st.At, loc),
		Level: st.Level, Team: st.Team, Levels: len(rules.Escalation.Levels),
		NextEscalation: opt(st.NextEscalation), Target: opt(st.Target), TargetMissed: st.TargetMissed,
		Resolved: st.Resolved, ResolvedAt: opt(st.ResolvedAt), Commitments: []commitment{},
		Timeline: events(st.Timeline), Upcoming: events(st.Upcoming),
		Basis: st.Basis,
	}
	if st.NextTeam != "" {
		out.NextTeam = &st.NextTeam
	}
	for _, c := range st.Commitments {
		out.Commitments = append(out.Commitments, commitment{c.Name, c.Level, c.Team, c0.rfc3339(c.Due, loc), string(c.State), opt(c.MetAt)})
	}
	return c0.emit(out, nil, st.Basis, func(w io.Writer) {
		state := "open"
		if st.Resolved {
			state = "resolved at " + c0.rfc3339(st.ResolvedAt, loc)
		}
		fmt.Fprintf(w, "%s complaint opened %s, at %s: level %d (%s), %s\n", eng.Name(), out.Opened, out.At, st.Level, st.Team, state)
		if out.NextEscalation != nil {
			fmt.Fprintf(w, "next escalation: %s (%s)\n", *out.NextEscalation, st.NextTeam)
		} else {
			fmt.Fprintln(w, "next escalation: none")
		}
		if out.Target != nil {
			missed := ""
			if st.TargetMissed {
				missed = " (missed)"
			}
			fmt.Fprintf(w, "target: %s%s\n", *out.Target, missed)
		}
		for _, c := range out.Commitments {
			fmt.Fprintf(w, "commitment %s (level %d): due %s, %s\n", c.Name, c.Level, c.Due, c.State)
		}
		fmt.Fprintln(w, "timeline:")
		for _, x := range out.Timeline {
			fmt.Fprintf(w, "  %s  %-17s level %d %s %s\n", x.At, x.Kind, x.Level, x.Team, x.Name)
		}
		printWhy(w, c0.lines(st.Basis))
	})
}

func runTakeover(e *env, args []string) int {
	c := newCmd(e, "takeover", true)
	file := c.fs.String("case", "", "case file, JSON, at most 1 MiB: reply_overdue, quality_dispute, rights_refused, counterfeit, dangerous (bools), device_lock (none, passcode, imei, apple_id, google_account) (required)")
	if st, ok := c.start(args); !ok {
		return st
	}
	data, err := c.readFile("case", *file)
	if err != nil {
		return c.fail(err)
	}
	dc, err := dispute.DecodeCase(data)
	if err != nil {
		return c.failFrom(err, fromFile("case"))
	}
	d, err := c.eng.Dispute().Rules().Takeover.Decide(dc)
	if err != nil {
		if errors.Is(err, dispute.ErrNoTakeoverRule) {
			return c.fail(badf("--policy: %s: %v", c.eng.Name(), err))
		}
		return c.failFrom(err, fromFile("case"))
	}
	out := struct {
		Takeover      bool          `json:"takeover"`
		Grounds       []string      `json:"grounds"`
		CostsToSeller bool          `json:"costs_to_seller"`
		Basis         explain.Basis `json:"basis"`
	}{d.Takeover, d.Grounds, d.CostsToSeller, d.Basis}
	return c.emit(out, nil, d.Basis, func(w io.Writer) {
		if d.Takeover {
			fmt.Fprintf(w, "%s: the platform takes over the customer contact (grounds: %s)\n", c.eng.Name(), strings.Join(d.Grounds, ", "))
			if d.CostsToSeller {
				fmt.Fprintln(w, "costs: charged to the seller")
			}
		} else {
			fmt.Fprintf(w, "%s: no takeover; the seller keeps the customer contact\n", c.eng.Name())
		}
		printWhy(w, c.lines(d.Basis))
	})
}

func runReference(e *env, args []string) int {
	c := newCmd(e, "reference", true)
	seq := c.intVar("new", 0, math.MaxInt64, "generate the reference of this sequence number")
	check := c.fs.String("check", "", "check this reference")
	if st, ok := c.start(args); !ok {
		return st
	}
	rule := c.eng.Dispute().Rules().Reference
	if rule.IsZero() {
		return c.fail(badf("--policy: %s: %v", c.eng.Name(), dispute.ErrNoReferenceRule))
	}
	var ref dispute.Reference
	var err error
	switch {
	case seq.set == (*check != ""):
		return c.fail(badf("--new: give exactly one of --new SEQ or --check REF"))
	case seq.set:
		if ref, err = rule.New(uint64(seq.v)); err != nil {
			return c.fail(badf("--new: %v", err))
		}
	default:
		if ref, err = rule.Parse(*check); err != nil {
			return c.fail(badf("--check: %v", err))
		}
	}
	b := rule.Explain(ref)
	out := struct {
		Reference string        `json:"reference"`
		Valid     bool          `json:"valid"`
		Prefix    string        `json:"prefix"`
		Sequence  uint64        `json:"sequence"`
		Check     string        `json:"check"`
		Basis     explain.Basis `json:"basis"`
	}{ref.String(), true, ref.Prefix, ref.Sequence, fmt.Sprintf("%02d", ref.Check), b}
	return c.emit(out, nil, b, func(w io.Writer) {
		if *check != "" {
			fmt.Fprintf(w, "%s: valid reference (sequence %d)\n", ref, ref.Sequence)
		} else {
			fmt.Fprintln(w, ref)
		}
	})
}
