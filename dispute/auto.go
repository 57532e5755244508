package dispute

import (
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/sla"
)

// OpeningReason says why a dispute opens by itself, or why none does.
type OpeningReason string

// Opening reasons.
const (
	// LateReply: a reply deadline of an eligible message passed; the
	// dispute opened at that deadline.
	LateReply OpeningReason = "late-reply"
	// AnsweredInTime: every eligible message was answered in time.
	AnsweredInTime OpeningReason = "answered-in-time"
	// WithinDeadline: an eligible message is unanswered but its deadline
	// has not passed.
	WithinDeadline OpeningReason = "within-deadline"
	// Vacation: an eligible message is unanswered and its deadline, not
	// yet passed, was moved by a registered vacation.
	Vacation OpeningReason = "vacation"
	// NoMessages: no message of a kind whose late reply opens a dispute.
	NoMessages OpeningReason = "no-messages"
)

// Opening is whether a dispute opened by itself by an instant.
type Opening struct {
	// Opens reports whether a dispute opened by itself by the evaluation
	// instant; At is when (the first passed deadline) and Message the
	// message whose reply was late.
	Opens   bool          `json:"opens"`
	At      time.Time     `json:"at,omitzero"`
	Message string        `json:"message,omitempty"`
	Reason  OpeningReason `json:"reason"`
	// Next is, when no dispute opened yet, the earliest instant one would
	// open if the pending messages stay unanswered (zero if none).
	Next  time.Time     `json:"next,omitzero"`
	Basis explain.Basis `json:"basis"`
}

// ErrNoAutoOpen is returned by AutoOpen for a policy without automatic
// disputes.
var ErrNoAutoOpen error = noRule("no automatic dispute in this policy")

// message is what automatic opening needs of one evaluated message.
type message struct {
	ID, Kind string
	Due      time.Time
	// State is the sla state.
	State    sla.State
	Closures []calendar.Closure
}

func validKind(k string) error {
	if !sla.Kind(k).Valid() || sla.Kind(k) == sla.Review {
		names := []string{}
		for _, x := range sla.Kinds() {
			names = append(names, string(x))
		}
		return strictjson.Errorf("", "unknown message kind %q (want %s)", k, strings.Join(names, ", "))
	}
	return nil
}

// AutoOpen returns whether a dispute opened by itself in the conversation
// evaluated by ev (package sla): at the first reply deadline missed, by
// ev.At, for a message of one of rule.Kinds — answered late or still
// unanswered. When none opens it says why: no such message, every one
// answered in time, or one still within a deadline (moved by a registered
// vacation, when the sla evaluation lists the closures that moved it).
// Instants are returned in ev.At's location.
//
// Deprecated: use New(rules, cal) and Engine.AutoOpen.
func AutoOpen(ev sla.Evaluation, rule AutoOpenRule) (Opening, error) {
	return autoOpenEval(ev, rule, false)
}

// autoOpenEval is AutoOpen; with lean set it makes no explanation step
// (AutoOpenSources).
func autoOpenEval(ev sla.Evaluation, rule AutoOpenRule, lean bool) (Opening, error) {
	var buf [8]message // on the stack for most threads
	msgs := buf[:0]
	for _, m := range ev.Messages {
		if m.State == sla.NoReplyNeeded {
			continue
		}
		msgs = append(msgs, message{ID: m.ID, Kind: string(m.Kind), Due: m.Due, State: m.State, Closures: m.Closures})
	}
	return autoOpenSteps(ev.At, msgs, rule, lean)
}

// autoOpenSteps is the core of AutoOpen on the messages of an evaluation
// at instant at. With lean set it makes no step; the decision is the same
// (every path below adds a step citing rule.Basis, which is what
// AutoOpenSources reports).
func autoOpenSteps(at time.Time, msgs []message, rule AutoOpenRule, lean bool) (Opening, error) {
	if rule.IsZero() {
		return Opening{}, ErrNoAutoOpen
	}
	if at.IsZero() {
		return Opening{}, strictjson.At("at", calendar.ErrZeroTime)
	}
	loc := at.Location()
	ts := func(t time.Time) string { return t.In(loc).Format(time.RFC3339Nano) }
	tsArg := func(t time.Time) explain.Instant { return explain.At(t.In(loc)) }
	var steps []explain.Step
	var first *message
	var pending *message
	vacation := false
	eligible := 0
	for i := range msgs {
		m := &msgs[i]
		if !containsT(rule.Kinds, m.Kind) {
			if m.State.Late() && !lean {
				steps = append(steps, explain.Step{Rule: "dispute.auto.kind", Basis: rule.Basis,
					Facts: []explain.Fact{explain.F("message", m.ID), explain.F("kind", m.Kind)},
					Text:  "The reply to message %s (%s) is late, but a late reply to this kind opens no dispute by itself.", Args: []any{m.ID, m.Kind}})
			}
			continue
		}
		eligible++
		switch {
		case m.State.Late():
			if first == nil || m.Due.Before(first.Due) {
				first = m
			}
		case m.State == sla.Open || m.State == sla.DueSoon:
			if pending == nil || m.Due.Before(pending.Due) {
				pending = m
			}
			vacation = vacation || len(m.Closures) > 0
			if len(m.Closures) > 0 && !lean {
				c := m.Closures[0]
				steps = append(steps, explain.Step{Rule: "dispute.auto.vacation", Basis: rule.Basis,
					Facts: []explain.Fact{explain.F("message", m.ID), explain.F("closure_from", c.From), explain.F("closure_to", c.To)},
					Text:  "The deadline of message %s moved to %s because of a registered vacation (%s to %s).",
					Args:  []any{m.ID, tsArg(m.Due), c.From, c.To}})
			}
		case m.State == sla.AnsweredOnTime:
		default:
			return Opening{}, strictjson.Errorf(strictjson.Join(strictjson.Index("messages", i), "state"), "unknown state %q", m.State)
		}
	}
	out := Opening{}
	switch {
	case first != nil:
		out = Opening{Opens: true, At: first.Due.In(loc), Message: first.ID, Reason: LateReply}
		if !lean {
			steps = append(steps, explain.Step{Rule: "dispute.auto.open", Basis: rule.Basis,
				Facts: []explain.Fact{explain.F("message", first.ID), explain.F("kind", first.Kind), explain.F("due", ts(first.Due))},
				Text:  "No reply to message %s (%s) by its deadline %s: a dispute opened by itself at that instant.",
				Args:  []any{first.ID, first.Kind, tsArg(first.Due)}})
		}
	case eligible == 0:
		out.Reason = NoMessages
		if !lean {
			steps = append(steps, explain.Step{Rule: "dispute.auto.none", Basis: rule.Basis,
				Text: "No message of a kind whose late reply opens a dispute (%s).", Args: []any{strings.Join(rule.Kinds, ", ")}})
		}
	case pending != nil:
		out.Reason, out.Next = WithinDeadline, pending.Due.In(loc)
		if vacation {
			out.Reason = Vacation
		}
		if !lean {
			steps = append(steps, explain.Step{Rule: "dispute.auto.none", Basis: rule.Basis,
				Facts: []explain.Fact{explain.F("message", pending.ID), explain.F("due", ts(pending.Due))},
				Text:  "No dispute yet: message %s is still within its deadline; one opens at %s if it stays unanswered.",
				Args:  []any{pending.ID, tsArg(pending.Due)}})
		}
	default:
		out.Reason = AnsweredInTime
		if !lean {
			steps = append(steps, explain.Step{Rule: "dispute.auto.none", Basis: rule.Basis,
				Text: "No dispute: every message was answered in time."})
		}
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}
