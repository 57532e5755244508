package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

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
	st, err := eng.Dispute().Status(c, t)
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
	// levels: the number of levels of the ladder, as before.
	extra := []member{jsonMember("levels", len(rules.Escalation.Levels))}
	return c0.emit(st, extra, st.Basis, func(w io.Writer) {
		state := c0.enum("state", "open")
		if st.Resolved {
			state = c0.tr("resolved at %s", c0.when(st.ResolvedAt, loc))
		}
		c0.say(w, "%s complaint opened %s, at %s: level %d (%s), %s", eng.Name(), c0.when(st.Opened, loc), c0.when(st.At, loc), st.Level, st.Team, state)
		if !st.NextEscalation.IsZero() {
			c0.say(w, "next escalation: %s (%s)", c0.when(st.NextEscalation, loc), st.NextTeam)
		} else {
			c0.say(w, "next escalation: none")
		}
		if !st.Target.IsZero() {
			if st.TargetMissed {
				c0.say(w, "target: %s (missed)", c0.when(st.Target, loc))
			} else {
				c0.say(w, "target: %s", c0.when(st.Target, loc))
			}
		}
		for _, cm := range st.Commitments {
			c0.say(w, "commitment %s (level %d): due %s, %s", cm.Name, cm.Level, c0.when(cm.Due, loc), c0.enum("state", cm.State))
		}
		c0.say(w, "timeline:")
		width := 17 // the kinds' column: the longest rendered kind
		for _, x := range st.Timeline {
			width = max(width, utf8.RuneCountInString(c0.enum("event", x.Kind)))
		}
		for _, x := range st.Timeline {
			kind := c0.enum("event", x.Kind)
			fmt.Fprintf(w, "  %s  %s%s %s\n", c0.when(x.At, loc), kind, strings.Repeat(" ", width-utf8.RuneCountInString(kind)), c0.tr("level %d %s %s", x.Level, x.Team, x.Name))
		}
		c0.printWhy(w, c0.lines(st.Basis))
	})
}

func runTakeover(e *env, args []string) int {
	c := newCmd(e, "takeover", true)
	file := c.fs.String("case", "", "case file, JSON, at most 1 MiB: reply_overdue, quality_dispute, rights_refused, counterfeit, dangerous (bools), device_lock (none, passcode, imei, apple_id, google_account) (required)")
	if st, ok := c.start(args); !ok {
		return st
	}
	dc, err := readDecoded(c, "case", *file, dispute.DecodeCase)
	if err != nil {
		return c.fail(err)
	}
	d, err := c.eng.Dispute().Takeover(dc)
	if err != nil {
		if errors.Is(err, explain.ErrNoRule) {
			return c.fail(badf("--policy: %s: %v", c.eng.Name(), err))
		}
		return c.failFrom(err, fromFile("case"))
	}
	return c.emit(d, nil, d.Basis, func(w io.Writer) {
		if d.Takeover {
			c.say(w, "%s: the platform takes over the customer contact (grounds: %s)", c.eng.Name(), strings.Join(d.Grounds, ", "))
			if d.CostsToSeller {
				c.say(w, "costs: charged to the seller")
			}
		} else {
			c.say(w, "%s: no takeover; the seller keeps the customer contact", c.eng.Name())
		}
		c.printWhy(w, c.lines(d.Basis))
	})
}

func runReference(e *env, args []string) int {
	c := newCmd(e, "reference", true)
	seq := c.intVar("new", 0, math.MaxInt64, "generate the reference of this sequence number")
	check := c.fs.String("check", "", "check this reference")
	if st, ok := c.start(args); !ok {
		return st
	}
	deng := c.eng.Dispute()
	var ref dispute.Reference
	var err error
	switch {
	case seq.set == (*check != ""):
		return c.fail(badf("--new: give exactly one of --new SEQ or --check REF"))
	case seq.set:
		if ref, err = deng.NewReference(uint64(seq.v)); err != nil {
			return c.noRuleOr(err, "new")
		}
	default:
		if ref, err = deng.ParseReference(*check); err != nil {
			return c.noRuleOr(err, "check")
		}
	}
	b := deng.ExplainReference(ref)
	// reference (the whole reference), valid and basis
	// (ExplainReference), as before, after the library's prefix, sequence
	// and check.
	extra := []member{jsonMember("reference", ref.String()), jsonMember("valid", true), jsonMember("basis", b)}
	return c.emit(ref, extra, b, func(w io.Writer) {
		if *check != "" {
			c.say(w, "%s: valid reference (sequence %d)", ref.String(), ref.Sequence)
		} else {
			fmt.Fprintln(w, ref)
		}
	})
}
