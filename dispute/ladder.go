package dispute

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Ladder is an escalation procedure as data: the levels an unresolved
// complaint climbs, each entered a delay after the first contact, the
// commitments made at each level, and the resolution target. The zero
// Ladder (no levels) means the policy has no escalation procedure.
//
// A Ladder is a value; slices inside are shared on copy, so treat one
// handed to other goroutines as read-only. Reading it is safe for
// concurrent use.
type Ladder struct {
	// Basis is the clause the procedure comes from ("Agafort dispute
	// resolution policy §4").
	Basis string `json:"basis,omitempty"`
	// Levels are the levels in order; level 0 is where the complaint
	// starts (its entry delay must be zero) and each later level is
	// entered strictly later.
	Levels []Level `json:"levels,omitempty"`
	// Target is the resolution the platform aims at, after the first
	// contact. Zero means no target.
	Target Delay `json:"target,omitzero"`
}

// Level is one rung of a Ladder.
type Level struct {
	// Team handles complaints at this level ("customer service").
	Team string `json:"team"`
	// After is the delay after the first contact at which a complaint
	// still unresolved enters this level. Zero for level 0.
	After Delay `json:"after,omitzero"`
	// Commitments are what the platform promises once the complaint is at
	// this level.
	Commitments []Commitment `json:"commitments,omitempty"`
}

// Commitment is a promise with a deadline counted from the first contact
// ("findings within 48 hours of the first contact").
type Commitment struct {
	// Name identifies the commitment ("findings"); unique in a ladder.
	Name string `json:"name"`
	// Within is the deadline after the first contact.
	Within Delay `json:"within"`
}

// IsZero reports whether l has no levels (no escalation procedure).
func (l Ladder) IsZero() bool { return len(l.Levels) == 0 }

// Validate reports the first problem in l with its field path: a level
// without a team, a first level entered after a delay, levels on
// different clocks or not strictly increasing in delay, a commitment
// without a name, a duplicate name or no deadline, an invalid delay.
func (l Ladder) Validate() error {
	if l.IsZero() {
		if !l.Target.IsZero() {
			return strictjson.Errorf("levels", "missing: a target needs at least one level")
		}
		return nil
	}
	if strings.TrimSpace(l.Basis) == "" {
		return strictjson.Errorf("basis", "missing: name the clause the procedure comes from")
	}
	names := map[string]bool{}
	var clock Clock
	for i, lv := range l.Levels {
		p := strictjson.Index("levels", i)
		if strings.TrimSpace(lv.Team) == "" {
			return strictjson.Errorf(strictjson.Join(p, "team"), "missing")
		}
		if err := lv.After.Validate(); err != nil {
			return strictjson.At(strictjson.Join(p, "after"), err)
		}
		if i == 0 {
			if !lv.After.IsZero() {
				return strictjson.Errorf(strictjson.Join(p, "after"), "the first level is where a complaint starts: its delay must be zero")
			}
		} else {
			if lv.After.IsZero() {
				return strictjson.Errorf(strictjson.Join(p, "after"), "missing: a later level needs a delay after the first contact")
			}
			if clock == "" {
				clock = lv.After.Clock
			} else if lv.After.Clock != clock {
				return strictjson.Errorf(strictjson.Join(p, "after.clock"), "%s: every level of a ladder must use one clock (%s)", lv.After.Clock, clock)
			}
			if prev := l.Levels[i-1].After; lv.After.Nominal() <= prev.Nominal() {
				return strictjson.Errorf(strictjson.Join(p, "after"), "levels are not in increasing order: %s is not after %s of level %d", lv.After, prev, i-1)
			}
		}
		for j, c := range lv.Commitments {
			cp := strictjson.Index(strictjson.Join(p, "commitments"), j)
			if strings.TrimSpace(c.Name) == "" {
				return strictjson.Errorf(strictjson.Join(cp, "name"), "missing")
			}
			if names[c.Name] {
				return strictjson.Errorf(strictjson.Join(cp, "name"), "duplicate commitment %q", c.Name)
			}
			names[c.Name] = true
			if err := c.Within.Validate(); err != nil {
				return strictjson.At(strictjson.Join(cp, "within"), err)
			}
			if c.Within.IsZero() {
				return strictjson.Errorf(strictjson.Join(cp, "within"), "missing: a commitment needs a deadline")
			}
		}
	}
	if err := l.Target.Validate(); err != nil {
		return strictjson.At("target", err)
	}
	return nil
}

// Complaint is what the ladder needs to know of one complaint.
//
// Its JSON form is {"reference":"AGA0001230","opened":"2026-03-02T09:00:00+01:00",
// "resolved":"…","fulfilled":{"findings":"…"}}; only opened is required.
type Complaint struct {
	// Reference identifies the complaint (optional, for the record).
	Reference string `json:"reference,omitempty"`
	// Opened is the first contact. Required.
	Opened time.Time `json:"opened"`
	// Resolved is when the complaint was resolved; zero while it is not.
	Resolved time.Time `json:"resolved,omitzero"`
	// Fulfilled records when commitments were honoured, by commitment
	// name (optional).
	Fulfilled map[string]time.Time `json:"fulfilled,omitempty"`
}

// Validate reports the first problem in c with its field path.
func (c Complaint) Validate() error {
	if c.Opened.IsZero() {
		return strictjson.Errorf("opened", "missing (the first contact)")
	}
	if !c.Resolved.IsZero() && c.Resolved.Before(c.Opened) {
		return strictjson.Errorf("resolved", "before opened")
	}
	for k, v := range c.Fulfilled {
		if k == "" {
			return strictjson.Errorf("fulfilled", "empty commitment name")
		}
		if v.IsZero() {
			return strictjson.Errorf(strictjson.Join("fulfilled", k), "missing instant")
		}
	}
	return nil
}

// UnmarshalJSON decodes a complaint strictly (unknown or duplicate fields,
// wrong types, invalid instants are errors) and validates it; errors are
// *field.Error values naming the field.
func (c *Complaint) UnmarshalJSON(data []byte) error {
	type plain Complaint
	var p plain
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	v := Complaint(p)
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// CommitmentState is where a commitment stands at an instant.
type CommitmentState string

// Commitment states.
const (
	// Pending: not yet honoured and its deadline has not passed.
	Pending CommitmentState = "pending"
	// Met: honoured (or the complaint resolved) by its deadline.
	Met CommitmentState = "met"
	// Missed: its deadline passed first.
	Missed CommitmentState = "missed"
	// NotApplicable: the complaint was resolved before reaching the level
	// that makes the commitment.
	NotApplicable CommitmentState = "not-applicable"
)

// CommitmentStatus is one commitment at an instant.
type CommitmentStatus struct {
	Name  string          `json:"name"`
	Level int             `json:"level"`
	Team  string          `json:"team"`
	Due   time.Time       `json:"due"`
	State CommitmentState `json:"state"`
	// MetAt is when it was honoured (zero unless met, or honoured late).
	MetAt time.Time `json:"met_at,omitzero"`
}

// EventKind names an event on a complaint's timeline.
type EventKind string

// Timeline events.
const (
	EventOpened           EventKind = "opened"
	EventEscalated        EventKind = "escalated"
	EventCommitmentMet    EventKind = "commitment-met"
	EventCommitmentMissed EventKind = "commitment-missed"
	EventCommitmentDue    EventKind = "commitment-due"
	EventTargetMissed     EventKind = "target-missed"
	EventTarget           EventKind = "target"
	EventResolved         EventKind = "resolved"
)

// Event is one dated entry of a complaint's timeline.
type Event struct {
	At    time.Time `json:"at"`
	Kind  EventKind `json:"kind"`
	Level int       `json:"level"`
	Team  string    `json:"team,omitempty"`
	// Name is the commitment concerned, if any.
	Name string `json:"name,omitempty"`
}

// Status is where a complaint stands on a ladder at an instant. Instants
// are in the calendar's location; zero instants mean "none".
type Status struct {
	At     time.Time `json:"at"`
	Opened time.Time `json:"opened"`
	// Level is the current level, 0 for the first; frozen at resolution.
	Level int    `json:"level"`
	Team  string `json:"team"`
	// Resolved reports whether the complaint was resolved at or before At.
	Resolved   bool      `json:"resolved"`
	ResolvedAt time.Time `json:"resolved_at,omitzero"`
	// NextEscalation is when the complaint enters the next level if still
	// unresolved; zero at the last level or once resolved.
	NextEscalation time.Time `json:"next_escalation,omitzero"`
	NextTeam       string    `json:"next_team,omitempty"`
	// Target is the resolution target (zero when the ladder has none)
	// and TargetMissed whether it was passed unresolved (or resolved
	// after it).
	Target       time.Time          `json:"target,omitzero"`
	TargetMissed bool               `json:"target_missed"`
	Commitments  []CommitmentStatus `json:"commitments"`
	// Timeline lists what happened up to At (or the resolution), in
	// order; Upcoming what is scheduled after At while unresolved.
	Timeline []Event       `json:"timeline"`
	Upcoming []Event       `json:"upcoming"`
	Basis    explain.Basis `json:"basis"`
}

// ErrNoLadder is returned for a policy without an escalation procedure;
// it matches explain.ErrNoRule.
var ErrNoLadder error = noRule("no escalation procedure in this policy")

// Errors returned by Engine.Status; callers can test with errors.Is.
var (
	ErrResolvedTooEarly = errors.New("resolution before the opening")
	ErrBeforeOpening    = errors.New("instant before the opening")
)

// Status returns where complaint c stands at instant at on ladder l,
// delays counted on cal. Facts after at are not yet known at at: a
// resolution later than at is ignored, so is a commitment honoured later.
//
// A complaint still unresolved when a level's entry instant comes enters
// that level (a resolution at that very instant is in time). A resolved
// complaint stops moving: its level, commitments and target are frozen
// at the resolution.
//
// Deprecated: use New(rules, cal) and Engine.Status.
func (l Ladder) Status(cal calendar.Calendar, c Complaint, at time.Time) (Status, error) {
	return l.status(cal, c, at)
}

func (l Ladder) status(cal calendar.Calendar, c Complaint, at time.Time) (Status, error) {
	c = cloneComplaint(c)
	if l.IsZero() {
		return Status{}, ErrNoLadder
	}
	if err := l.Validate(); err != nil {
		return Status{}, err
	}
	switch {
	case c.Opened.IsZero():
		return Status{}, strictjson.At("opened", calendar.ErrZeroTime)
	case at.IsZero():
		return Status{}, strictjson.At("at", calendar.ErrZeroTime)
	case !c.Resolved.IsZero() && c.Resolved.Before(c.Opened):
		return Status{}, strictjson.At("resolved", ErrResolvedTooEarly)
	case at.Before(c.Opened):
		return Status{}, strictjson.At("at", ErrBeforeOpening)
	}
	loc := cal.Location()
	if loc == nil {
		loc = time.UTC
	}
	ts := func(t time.Time) string { return t.In(loc).Format(time.RFC3339Nano) }
	tsArg := func(t time.Time) explain.Instant { return explain.At(t.In(loc)) }
	opened := c.Opened.In(loc)
	at = at.In(loc)
	resolved := !c.Resolved.IsZero() && !c.Resolved.After(at)
	var resolvedAt time.Time
	if resolved {
		resolvedAt = c.Resolved.In(loc)
	}

	entries := make([]time.Time, len(l.Levels))
	for i, lv := range l.Levels {
		t, err := cal.From(opened, lv.After)
		if err != nil {
			return Status{}, strictjson.At("opened", err)
		}
		entries[i] = t
	}
	// entered reports whether level i (>0) was entered by the facts known
	// at at.
	entered := func(i int) bool {
		if i == 0 {
			return true
		}
		if resolved {
			return entries[i].Before(resolvedAt)
		}
		return !entries[i].After(at)
	}

	st := Status{At: at, Opened: opened, Resolved: resolved, ResolvedAt: resolvedAt,
		Commitments: []CommitmentStatus{}, Timeline: []Event{}, Upcoming: []Event{}}
	var steps []explain.Step
	st.Timeline = append(st.Timeline, Event{At: opened, Kind: EventOpened, Level: 0, Team: l.Levels[0].Team})
	steps = append(steps, explain.Step{Rule: "dispute.escalation.opened", Basis: l.Basis,
		Facts: []explain.Fact{explain.F("opened", ts(opened)), explain.F("at", ts(at))},
		Text:  "The complaint opened at %s with %s (level 0).", Args: []any{tsArg(opened), l.Levels[0].Team}})
	for i := 1; i < len(l.Levels); i++ {
		if !entered(i) {
			break
		}
		st.Level = i
		st.Timeline = append(st.Timeline, Event{At: entries[i], Kind: EventEscalated, Level: i, Team: l.Levels[i].Team})
		steps = append(steps, explain.Step{Rule: "dispute.escalation.level", Basis: l.Basis,
			Facts: []explain.Fact{explain.F("after", l.Levels[i].After.String())},
			Text:  "Unresolved %s after the first contact, it went to %s (level %d) at %s.",
			Args:  []any{l.Levels[i].After.Message(), l.Levels[i].Team, i, tsArg(entries[i])}})
	}
	st.Team = l.Levels[st.Level].Team
	if !resolved && st.Level+1 < len(l.Levels) {
		n := st.Level + 1
		st.NextEscalation, st.NextTeam = entries[n], l.Levels[n].Team
		st.Upcoming = append(st.Upcoming, Event{At: entries[n], Kind: EventEscalated, Level: n, Team: l.Levels[n].Team})
		steps = append(steps, explain.Step{Rule: "dispute.escalation.next", Basis: l.Basis,
			Text: "Unless resolved first, it goes to %s (level %d) at %s.", Args: []any{l.Levels[n].Team, n, tsArg(entries[n])}})
	} else if !resolved {
		steps = append(steps, explain.Step{Rule: "dispute.escalation.last", Basis: l.Basis,
			Text: "%s is the last level: no further escalation.", Args: []any{st.Team}})
	}

	// Commitments.
	for i, lv := range l.Levels {
		for _, cm := range lv.Commitments {
			due, err := cal.From(opened, cm.Within)
			if err != nil {
				return Status{}, strictjson.At("opened", err)
			}
			cs := CommitmentStatus{Name: cm.Name, Level: i, Team: lv.Team, Due: due}
			f, honoured := c.Fulfilled[cm.Name]
			honoured = honoured && !f.IsZero() && !f.After(at)
			switch {
			case resolved && !entered(i):
				cs.State = NotApplicable
			case honoured && !f.After(due):
				cs.State, cs.MetAt = Met, f.In(loc)
			case resolved && !resolvedAt.After(due):
				cs.State, cs.MetAt = Met, resolvedAt
			case at.After(due):
				cs.State = Missed
				if honoured {
					cs.MetAt = f.In(loc)
				}
			default:
				cs.State = Pending
			}
			st.Commitments = append(st.Commitments, cs)
			fact := []explain.Fact{explain.F("commitment", cm.Name), explain.F("due", ts(due))}
			switch cs.State {
			case Met:
				st.Timeline = append(st.Timeline, Event{At: cs.MetAt, Kind: EventCommitmentMet, Level: i, Team: lv.Team, Name: cm.Name})
				steps = append(steps, explain.Step{Rule: "dispute.escalation.commitment", Basis: l.Basis, Facts: fact,
					Text: "Commitment %q (within %s, due %s) was met at %s.", Args: []any{cm.Name, cm.Within.Message(), tsArg(due), tsArg(cs.MetAt)}})
			case Missed:
				st.Timeline = append(st.Timeline, Event{At: due, Kind: EventCommitmentMissed, Level: i, Team: lv.Team, Name: cm.Name})
				steps = append(steps, explain.Step{Rule: "dispute.escalation.commitment", Basis: l.Basis, Facts: fact,
					Text: "Commitment %q (within %s, due %s) was missed.", Args: []any{cm.Name, cm.Within.Message(), tsArg(due)}})
			case Pending:
				st.Upcoming = append(st.Upcoming, Event{At: due, Kind: EventCommitmentDue, Level: i, Team: lv.Team, Name: cm.Name})
				steps = append(steps, explain.Step{Rule: "dispute.escalation.commitment", Basis: l.Basis, Facts: fact,
					Text: "Commitment %q (within %s) is due at %s.", Args: []any{cm.Name, cm.Within.Message(), tsArg(due)}})
			case NotApplicable:
				steps = append(steps, explain.Step{Rule: "dispute.escalation.commitment", Basis: l.Basis, Facts: fact,
					Text: "Commitment %q no longer applies: the complaint was resolved before level %d.", Args: []any{cm.Name, i}})
			}
		}
	}

	// Target.
	if !l.Target.IsZero() {
		target, err := cal.From(opened, l.Target)
		if err != nil {
			return Status{}, strictjson.At("opened", err)
		}
		st.Target = target
		if resolved {
			st.TargetMissed = resolvedAt.After(target)
		} else {
			st.TargetMissed = at.After(target)
		}
		switch {
		case st.TargetMissed:
			st.Timeline = append(st.Timeline, Event{At: target, Kind: EventTargetMissed, Level: levelAt(entries, target), Team: l.Levels[levelAt(entries, target)].Team})
			steps = append(steps, explain.Step{Rule: "dispute.escalation.target", Basis: l.Basis,
				Facts: []explain.Fact{explain.F("target", l.Target.Message())},
				Text:  "The resolution target (%s after the first contact, %s) was missed.", Args: []any{l.Target.Message(), tsArg(target)}})
		case resolved:
			steps = append(steps, explain.Step{Rule: "dispute.escalation.target", Basis: l.Basis,
				Facts: []explain.Fact{explain.F("target", l.Target.Message())},
				Text:  "The resolution target (%s after the first contact, %s) was met.", Args: []any{l.Target.Message(), tsArg(target)}})
		default:
			st.Upcoming = append(st.Upcoming, Event{At: target, Kind: EventTarget, Level: levelAt(entries, target), Team: l.Levels[levelAt(entries, target)].Team})
			steps = append(steps, explain.Step{Rule: "dispute.escalation.target", Basis: l.Basis,
				Facts: []explain.Fact{explain.F("target", l.Target.Message())},
				Text:  "Resolution is aimed at by %s (%s after the first contact).", Args: []any{tsArg(target), l.Target.Message()}})
		}
	}
	if resolved {
		st.Timeline = append(st.Timeline, Event{At: resolvedAt, Kind: EventResolved, Level: st.Level, Team: st.Team})
		steps = append(steps, explain.Step{Rule: "dispute.escalation.resolved", Basis: l.Basis,
			Facts: []explain.Fact{explain.F("resolved", ts(resolvedAt))},
			Text:  "Resolved at %s at level %d (%s): the complaint no longer moves.", Args: []any{tsArg(resolvedAt), st.Level, st.Team}})
	}
	sortEvents(st.Timeline)
	sortEvents(st.Upcoming)
	st.Basis = explain.Of(steps...)
	return st, nil
}

// levelAt returns the level an unresolved complaint is at, at instant t.
func levelAt(entries []time.Time, t time.Time) int {
	n := 0
	for i := 1; i < len(entries); i++ {
		if !entries[i].After(t) {
			n = i
		}
	}
	return n
}

func sortEvents(ev []Event) {
	rank := func(k EventKind) int {
		switch k {
		case EventOpened:
			return 0
		case EventResolved:
			return 2
		}
		return 1
	}
	sort.SliceStable(ev, func(i, j int) bool {
		if !ev[i].At.Equal(ev[j].At) {
			return ev[i].At.Before(ev[j].At)
		}
		return rank(ev[i].Kind) < rank(ev[j].Kind)
	})
}

// String returns a short summary of s.
func (s Status) String() string {
	if s.Resolved {
		return fmt.Sprintf("resolved at level %d (%s)", s.Level, s.Team)
	}
	return fmt.Sprintf("level %d (%s)", s.Level, s.Team)
}
