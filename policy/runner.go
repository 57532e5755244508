package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// Runner runs recorded cases under one policy. It builds the policy's
// calendar and engines once; a Runner is immutable and safe for concurrent
// use, so one Runner serves every core of a replay.
type Runner struct {
	p       Policy
	cal     calendar.Calendar
	sla     sla.Engine
	slaErr  error
	explain bool
}

// NewRunner returns a Runner for p that builds full explanations, so an
// Outcome's Clauses list every article and clause that decided the case.
// Use it for policy tests.
func NewRunner(p Policy) (*Runner, error) { return newRunner(p, true) }

// NewReplayRunner returns a Runner for p that skips the explanations that
// do not change a decision (per-message reply deadlines of a conversation
// are computed on the allocation-free path). Its Outcomes' Clauses are
// those of the deciding rules only. Use it for large replays.
func NewReplayRunner(p Policy) (*Runner, error) { return newRunner(p, false) }

func newRunner(p Policy, explained bool) (*Runner, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	cal, err := p.BuildCalendar()
	if err != nil {
		return nil, err
	}
	r := &Runner{p: p, cal: cal, explain: explained}
	r.sla, r.slaErr = sla.New(p.SLA, cal)
	return r, nil
}

// Policy returns the runner's policy.
func (r *Runner) Policy() Policy { return r.p }

// Run runs one case and returns its outcome. An input that does not decode
// or does not validate is an error naming the field ("input.received:
// ..."); so is a case the policy has no rule for.
func (r *Runner) Run(c Case) (Outcome, error) {
	var out Outcome
	var err error
	switch c.Kind {
	case KindDeadline:
		out, err = r.runDeadline(c.Input)
	case KindConversation:
		out, err = r.runConversation(c.Input)
	case KindWithdrawal:
		out, err = r.runWithdrawal(c.Input)
	case KindQuote:
		out, err = r.runQuote(c.Input)
	case KindWarranty:
		out, err = r.runWarranty(c.Input)
	case KindEscalation:
		out, err = r.runEscalation(c.Input)
	case KindTakeover:
		out, err = r.runTakeover(c.Input)
	default:
		return Outcome{}, strictjson.Errorf("kind", "unknown case kind %q (known: %s)", c.Kind, strings.Join(CaseKinds(), ", "))
	}
	if err != nil {
		if !noRule(err) {
			return Outcome{}, err
		}
		// The policy has no rule for this case: that is an outcome (a
		// replay against a policy that adds the rule shows the change).
		out = Outcome{Decision: "no-rule", Values: map[string]string{"reason": err.Error()}}
	}
	out.Kind = c.Kind
	return out, nil
}

// noRule reports whether err says the policy has no rule for the case.
func noRule(err error) bool {
	return errors.Is(err, sla.ErrNoTarget) || errors.Is(err, dispute.ErrNoLadder) || errors.Is(err, dispute.ErrNoTakeoverRule)
}

func decodeInput(raw json.RawMessage, v any) error {
	if err := strictjson.Decode(raw, v); err != nil {
		return strictjson.At("input", err)
	}
	return nil
}

func required(path string, t time.Time) error {
	if t.IsZero() {
		return strictjson.Errorf(path, "missing (RFC 3339 instant)")
	}
	return nil
}

type deadlineInput struct {
	Kind     string             `json:"kind"`
	Received time.Time          `json:"received"`
	Closures []calendar.Closure `json:"closures,omitempty"`
}

func (r *Runner) runDeadline(raw json.RawMessage) (Outcome, error) {
	var in deadlineInput
	if err := decodeInput(raw, &in); err != nil {
		return Outcome{}, err
	}
	if err := required("input.received", in.Received); err != nil {
		return Outcome{}, err
	}
	if r.slaErr != nil {
		return Outcome{}, strictjson.At("sla", r.slaErr)
	}
	eng := r.sla
	if len(in.Closures) > 0 {
		var err error
		if eng, err = eng.WithClosures(in.Closures...); err != nil {
			return Outcome{}, strictjson.At("input", err)
		}
	}
	d, err := eng.Explain(sla.Kind(in.Kind), in.Received)
	if err != nil {
		return Outcome{}, strictjson.At("input.kind", err)
	}
	return Outcome{
		Decision: "due",
		Instants: map[string]time.Time{"due": d.Due},
		Values:   map[string]string{"target": d.Target.String()},
		Clauses:  d.Basis.Sources(),
	}, nil
}

type conversationInput struct {
	At     time.Time        `json:"at"`
	Thread sla.Conversation `json:"thread"`
}

func (r *Runner) runConversation(raw json.RawMessage) (Outcome, error) {
	var in conversationInput
	if err := decodeInput(raw, &in); err != nil {
		return Outcome{}, err
	}
	if err := required("input.at", in.At); err != nil {
		return Outcome{}, err
	}
	if err := in.Thread.Validate(); err != nil {
		return Outcome{}, strictjson.At("input.thread", err)
	}
	if r.slaErr != nil {
		return Outcome{}, strictjson.At("sla", r.slaErr)
	}
	var ev sla.Evaluation
	var err error
	if r.explain {
		ev, err = r.sla.Evaluate(in.Thread, in.At)
	} else {
		var sum sla.Summary
		ev.At = in.At
		ev.Messages, sum, err = r.sla.AppendStatuses(make([]sla.MessageStatus, 0, len(in.Thread.Messages)), in.Thread, in.At)
		ev.FirstBreach = sum.FirstBreach
	}
	if err != nil {
		return Outcome{}, strictjson.At("input.thread", err)
	}
	out := Outcome{Instants: map[string]time.Time{}, Values: map[string]string{}}
	for i, m := range ev.Messages {
		key := m.ID
		if key == "" {
			key = "#" + strconv.Itoa(m.Index)
		}
		_ = i
		out.Values[key+".state"] = string(m.State)
		if !m.Due.IsZero() {
			out.Instants[key+".due"] = m.Due
		}
	}
	if !ev.FirstBreach.IsZero() {
		out.Instants["first_breach"] = ev.FirstBreach
	}
	out.Decision = "no-breach"
	if !ev.FirstBreach.IsZero() {
		out.Decision = "breach"
	}
	clauses := ev.Basis
	if len(r.p.Dispute.AutoOpen.Kinds) > 0 {
		op, err := dispute.AutoOpen(ev, r.p.Dispute.AutoOpen)
		if err != nil {
			return Outcome{}, err
		}
		out.Decision = "no-dispute"
		if op.Opens {
			out.Decision = "dispute-opens"
			out.Instants["dispute_opens"] = op.At
		}
		out.Values["dispute_reason"] = string(op.Reason)
		clauses = clauses.Add(op.Basis.Steps...)
	}
	out.Clauses = clauses.Sources()
	if len(out.Instants) == 0 {
		out.Instants = nil
	}
	return out, nil
}

type withdrawalInput struct {
	Delivered   []calendar.Date `json:"delivered"`
	Regular     bool            `json:"regular,omitempty"`
	Buyer       string          `json:"buyer,omitempty"`
	NotInformed bool            `json:"not_informed,omitempty"`
	InformedOn  calendar.Date   `json:"informed_on,omitzero"`
	Excluded    []string        `json:"excluded,omitempty"`
	On          calendar.Date   `json:"on,omitzero"`
}

func (r *Runner) runWithdrawal(raw json.RawMessage) (Outcome, error) {
	var in withdrawalInput
	if err := decodeInput(raw, &in); err != nil {
		return Outcome{}, err
	}
	buyer, err := refund.ParseBuyer(in.Buyer)
	if err != nil {
		return Outcome{}, strictjson.At("input.buyer", err)
	}
	rc := refund.Receipt{Delivered: in.Delivered, Regular: in.Regular, Buyer: buyer, NotInformed: in.NotInformed, InformedOn: in.InformedOn}
	for i, x := range in.Excluded {
		e, err := refund.ParseExclusion(x)
		if err != nil {
			return Outcome{}, strictjson.At(strictjson.Index("input.excluded", i), err)
		}
		rc.Exclusions = append(rc.Exclusions, e)
	}
	w, err := r.p.Refund.Window(r.cal, rc)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: "applies",
		Instants: map[string]time.Time{"closes": w.Closes},
		Values: map[string]string{
			"last_day":        w.LastDay.String(),
			"normal_last_day": w.Normal.String(),
			"extended":        strconv.FormatBool(w.Extended),
		},
		Clauses: w.Basis.Sources(),
	}
	if !w.Applies {
		out.Decision = "no-right"
	} else if !in.On.IsZero() {
		out.Decision = "closed"
		if w.OpenOn(in.On) {
			out.Decision = "open"
		}
	}
	return out, nil
}

func (r *Runner) runQuote(raw json.RawMessage) (Outcome, error) {
	c, err := refund.DecodeCase(raw)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	q, err := r.p.Refund.Quote(r.cal, c)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: "refund",
		Money:    map[string]money.Amount{"total": q.Total},
		Values:   map[string]string{"due": q.Due.String(), "days_late": strconv.Itoa(q.DaysLate)},
		Clauses:  q.Basis.Sources(),
	}
	if !q.Eligible {
		out.Decision = "not-eligible"
	}
	if q.Deferred {
		out.Values["deferred"] = "true"
	}
	if b := q.Band.String(); b != "" {
		out.Values["late_band"] = b
	}
	for _, comp := range q.Components {
		out.Money[string(comp.Kind)] = comp.Amount
	}
	return out, nil
}

type escalationInput struct {
	Opened    time.Time            `json:"opened"`
	At        time.Time            `json:"at"`
	Resolved  time.Time            `json:"resolved,omitzero"`
	Fulfilled map[string]time.Time `json:"fulfilled,omitempty"`
}

func (r *Runner) runEscalation(raw json.RawMessage) (Outcome, error) {
	var in escalationInput
	if err := decodeInput(raw, &in); err != nil {
		return Outcome{}, err
	}
	if err := required("input.opened", in.Opened); err != nil {
		return Outcome{}, err
	}
	if err := required("input.at", in.At); err != nil {
		return Outcome{}, err
	}
	st, err := r.p.Dispute.Escalation.Status(r.cal, dispute.Complaint{Opened: in.Opened, Resolved: in.Resolved, Fulfilled: in.Fulfilled}, in.At)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: fmt.Sprintf("level-%d", st.Level),
		Instants: map[string]time.Time{},
		Values:   map[string]string{"team": st.Team, "target_missed": strconv.FormatBool(st.TargetMissed)},
		Clauses:  st.Basis.Sources(),
	}
	if st.Resolved {
		out.Decision = "resolved"
	}
	if !st.NextEscalation.IsZero() {
		out.Instants["next_escalation"] = st.NextEscalation
	}
	if !st.Target.IsZero() {
		out.Instants["target"] = st.Target
	}
	for _, cs := range st.Commitments {
		out.Values["commitment."+cs.Name] = string(cs.State)
	}
	if len(out.Instants) == 0 {
		out.Instants = nil
	}
	return out, nil
}

func (r *Runner) runTakeover(raw json.RawMessage) (Outcome, error) {
	c, err := dispute.DecodeCase(raw)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	t, err := r.p.Dispute.Takeover.Decide(c)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{
		Decision: "no-takeover",
		Values:   map[string]string{"grounds": strings.Join(t.Grounds, ","), "costs_to_seller": strconv.FormatBool(t.CostsToSeller)},
		Clauses:  t.Basis.Sources(),
	}
	if t.Takeover {
		out.Decision = "takeover"
	}
	return out, nil
}

func (r *Runner) runWarranty(raw json.RawMessage) (Outcome, error) {
	c, err := warranty.DecodeCase(raw)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	a, err := warranty.Assess(r.p.Warranty, r.cal, c)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: "not-covered",
		Values: map[string]string{
			"conformity.applies":       strconv.FormatBool(a.Conformity.Applies),
			"conformity.until":         a.Conformity.Until.String(),
			"conformity.presumed":      a.Conformity.PresumedUntil.String(),
			"conformity.burden":        string(a.Conformity.Burden),
			"hidden_defect.applies":    strconv.FormatBool(a.HiddenDefect.Applies),
			"hidden_defect.until":      dateOrNone(a.HiddenDefect.Until),
			"commercial.applies":       strconv.FormatBool(a.Commercial.Applies),
			"commercial.until":         dateOrNone(a.Commercial.Until),
			"limitation.until":         dateOrNone(a.Limitation.Until),
			"remedies.price_reduction": strconv.FormatBool(a.Remedies.PriceReduction),
			"remedies.rescission":      strconv.FormatBool(a.Remedies.Rescission),
		},
		Clauses: a.Basis.Sources(),
	}
	switch {
	case a.Conformity.Applies:
		out.Decision = "conformity"
	case a.HiddenDefect.Applies:
		out.Decision = "hidden-defect"
	case a.Commercial.Applies:
		out.Decision = "commercial"
	}
	return out, nil
}

func dateOrNone(d calendar.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}
