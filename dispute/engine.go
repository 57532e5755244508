package dispute

import (
	"errors"
	"maps"
	"slices"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/sla"
)

// Engine answers every dispute question — escalation status of a
// complaint, automatic opening from an sla evaluation, grounds, sanctions,
// takeover, reference numbers — for one set of Rules on one calendar.
// Build it once with New.
//
// An Engine is immutable and a pointer-sized value, safe for concurrent
// use: New copies the rules in and Rules copies them out, so nothing the
// caller holds shares memory with it. The zero Engine is not usable: its
// methods return ErrNoEngine. Daylight-saving time: delays are counted as
// calendar.Delay says (elapsed hours are real hours, days keep the
// wall-clock time, business hours run inside working intervals).
type Engine struct{ e *engine }

type engine struct {
	rules Rules
	cal   calendar.Calendar
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("dispute: zero Engine (use New)")

// New validates r and returns an Engine answering with r on cal. r is
// copied: changing it afterwards does not change the Engine. A zero Rules
// is valid and means "no rule": every question returns an error matching
// explain.ErrNoRule.
func New(r Rules, cal calendar.Calendar) (Engine, error) {
	if cal.IsZero() {
		return Engine{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return Engine{}, err
	}
	return Engine{&engine{rules: r.clone(), cal: cal}}, nil
}

// Rules returns a copy of the engine's rules.
func (e Engine) Rules() Rules {
	if e.e == nil {
		return Rules{}
	}
	return e.e.rules.clone()
}

// Calendar returns the engine's calendar.
func (e Engine) Calendar() calendar.Calendar {
	if e.e == nil {
		return calendar.Calendar{}
	}
	return e.e.cal
}

// Status returns where complaint c stands at instant at on the escalation
// ladder (see Ladder.Status). A policy without a ladder returns
// ErrNoLadder, which matches explain.ErrNoRule.
func (e Engine) Status(c Complaint, at time.Time) (Status, error) {
	if e.e == nil {
		return Status{}, ErrNoEngine
	}
	return e.e.rules.Escalation.status(e.e.cal, c, at)
}

// AutoOpen says whether the late reply found by an sla evaluation opens a
// dispute by itself (see AutoOpenRule). A policy without automatic
// opening returns ErrNoAutoOpen, which matches explain.ErrNoRule.
func (e Engine) AutoOpen(ev sla.Evaluation) (Opening, error) {
	if e.e == nil {
		return Opening{}, ErrNoEngine
	}
	return autoOpenEval(ev, e.e.rules.AutoOpen, false)
}

// AutoOpenSources is AutoOpen without the explanation, for replays and
// bulk checks that compare decisions and the articles behind them, not
// their wording: the Opening is AutoOpen's with an empty Basis, and
// sources is what AutoOpen's Basis.Sources returns, the auto-open rule's
// basis (New refuses a rule without one). It allocates only the sources
// list.
func (e Engine) AutoOpenSources(ev sla.Evaluation) (Opening, []string, error) {
	if e.e == nil {
		return Opening{}, nil, ErrNoEngine
	}
	rule := e.e.rules.AutoOpen
	op, err := autoOpenEval(ev, rule, true)
	if err != nil {
		return op, nil, err
	}
	return op, []string{rule.Basis}, nil
}

// GroundNames returns the names of the policy's dispute grounds, in
// policy order.
func (e Engine) GroundNames() []string {
	if e.e == nil {
		return nil
	}
	return e.e.rules.GroundNames()
}

// CheckGround checks one dispute ground against facts (see
// Rules.CheckGround).
func (e Engine) CheckGround(name string, facts Facts) (GroundCheck, error) {
	if e.e == nil {
		return GroundCheck{}, ErrNoEngine
	}
	return e.e.rules.checkGround(name, facts)
}

// MatchGrounds checks every ground of the policy against facts (see
// Rules.MatchGrounds).
func (e Engine) MatchGrounds(facts Facts) ([]GroundCheck, error) {
	if e.e == nil {
		return nil, ErrNoEngine
	}
	return e.e.rules.matchGrounds(facts)
}

// Sanction decides the measures the policy names for a seller's conduct
// (see Rules.Sanction). A policy without sanctions returns ErrNoSanctions,
// which matches explain.ErrNoRule.
func (e Engine) Sanction(c Conduct) (SanctionDecision, error) {
	if e.e == nil {
		return SanctionDecision{}, ErrNoEngine
	}
	if len(e.e.rules.Sanctions) == 0 {
		return SanctionDecision{}, ErrNoSanctions
	}
	return e.e.rules.sanction(c)
}

// Takeover decides whether the platform may take over a case (see
// TakeoverRules.Decide). A policy without a takeover rule returns
// ErrNoTakeoverRule, which matches explain.ErrNoRule.
func (e Engine) Takeover(c Case) (Takeover, error) {
	if e.e == nil {
		return Takeover{}, ErrNoEngine
	}
	return e.e.rules.Takeover.decide(c)
}

// NewReference returns the complaint reference numbered seq (see
// ReferenceRule.New). A policy without a reference rule returns
// ErrNoReferenceRule, which matches explain.ErrNoRule.
func (e Engine) NewReference(seq uint64) (Reference, error) {
	if e.e == nil {
		return Reference{}, ErrNoEngine
	}
	return e.e.rules.Reference.newRef(seq)
}

// ParseReference parses and checks a complaint reference (see
// ReferenceRule.Parse).
func (e Engine) ParseReference(s string) (Reference, error) {
	if e.e == nil {
		return Reference{}, ErrNoEngine
	}
	return e.e.rules.Reference.parse(s)
}

// ExplainReference explains how ref is built under the policy's rule.
func (e Engine) ExplainReference(ref Reference) explain.Basis {
	if e.e == nil {
		return explain.Basis{}
	}
	return e.e.rules.Reference.explainRef(ref)
}

// ErrNoSanctions is returned by Engine.Sanction for a policy without
// sanctions; it matches explain.ErrNoRule.
var ErrNoSanctions error = noRule("no sanctions in this policy")

// noRule is a sentinel error for "this policy has no such rule": it
// matches explain.ErrNoRule with errors.Is.
type noRule string

func (e noRule) Error() string { return string(e) }

// Is reports whether target is explain.ErrNoRule.
func (e noRule) Is(target error) bool { return target == explain.ErrNoRule }

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules {
	c := r
	c.Grounds = slices.Clone(r.Grounds)
	for i := range c.Grounds {
		c.Grounds[i].Conditions = slices.Clone(c.Grounds[i].Conditions)
	}
	c.AutoOpen.Kinds = slices.Clone(r.AutoOpen.Kinds)
	c.Escalation.Levels = slices.Clone(r.Escalation.Levels)
	for i := range c.Escalation.Levels {
		c.Escalation.Levels[i].Commitments = slices.Clone(c.Escalation.Levels[i].Commitments)
	}
	c.Takeover.Grounds = slices.Clone(r.Takeover.Grounds)
	c.Sanctions = slices.Clone(r.Sanctions)
	for i := range c.Sanctions {
		c.Sanctions[i].Measures = slices.Clone(c.Sanctions[i].Measures)
	}
	return c
}

// cloneComplaint copies c's map so that the engine never keeps a
// caller's memory.
func cloneComplaint(c Complaint) Complaint {
	c.Fulfilled = maps.Clone(c.Fulfilled)
	return c
}
