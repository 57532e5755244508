package replay

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// Runner runs recorded cases under one compiled policy (policy.Compile):
// the calendar and the rule engines are built once. A Runner is immutable
// and safe for concurrent use, so one Runner serves every core of a
// replay; nothing it was built from or hands out shares memory with it.
// The zero Runner is not usable.
type Runner struct {
	eng      policy.Engine
	cal      calendar.Calendar
	sla      sla.Engine
	refund   refund.Engine
	warranty warranty.Engine
	dispute  dispute.Rules // a private copy: escalation and takeover read it
	explain  bool
}

// NewRunner compiles p and returns a Runner that builds full explanations,
// so an Outcome's Clauses list every article and clause that decided the
// case. Use it for policy tests. Errors are *field.Error values naming the
// policy field.
func NewRunner(p policy.Policy) (*Runner, error) { return newRunner(p, true) }

// NewReplayRunner compiles p and returns a Runner that skips the
// explanations that do not change a decision (per-message reply deadlines
// of a conversation are computed on the allocation-free path, a dispute's
// automatic opening with dispute.Engine.AutoOpenSources). Its Outcomes'
// Clauses are those of the deciding rules only; every other member is a
// full Runner's (TestReplayRunnerDeadlinesAsExplained). Use it for large
// replays.
func NewReplayRunner(p policy.Policy) (*Runner, error) { return newRunner(p, false) }

// NewEngineRunner returns a Runner over an already compiled policy, with
// full explanations when explained is true (as NewRunner) and replay
// explanations otherwise (as NewReplayRunner).
func NewEngineRunner(eng policy.Engine, explained bool) (*Runner, error) {
	if eng.Version() == "" {
		return nil, errors.New("replay: zero policy.Engine (use policy.Compile)")
	}
	return &Runner{eng: eng, cal: eng.Calendar(), sla: eng.SLA(), refund: eng.Refund(), warranty: eng.Warranty(),
		dispute: eng.Dispute().Rules(), explain: explained}, nil
}

func newRunner(p policy.Policy, explained bool) (*Runner, error) {
	eng, err := policy.Compile(p)
	if err != nil {
		return nil, err
	}
	return NewEngineRunner(eng, explained)
}

// Policy returns a copy of the runner's policy: changing it does not
// change the Runner.
func (r *Runner) Policy() policy.Policy { return r.eng.Policy() }

// Engine returns the compiled policy the runner runs cases under.
func (r *Runner) Engine() policy.Engine { return r.eng }

// Run runs one case and returns its outcome. An input that does not decode
// or does not validate is an error naming the field ("input.received:
// ..."); a case the policy has no rule for has the decision "no-rule".
func (r *Runner) Run(c Case) (Outcome, error) {
	in, err := Prepare(c)
	if err != nil {
		return Outcome{}, err
	}
	return r.RunPrepared(in)
}

// Prepared is a case whose input has been decoded and checked, ready to run
// under any number of policies (a replay decodes each case once). The zero
// Prepared is invalid.
type Prepared struct {
	kind Kind
	in   any // *deadlineInput, *conversationInput, ... by kind
}

// Kind returns the case kind.
func (p Prepared) Kind() Kind { return p.kind }

// Prepare decodes and checks a case's input. Errors name the field.
func Prepare(c Case) (Prepared, error) {
	pr := Prepared{kind: c.Kind}
	var err error
	switch c.Kind {
	case KindDeadline:
		in := new(deadlineInput)
		if !deadlineFast(c.Input, in) {
			*in = deadlineInput{}
			err = decodeInput(deadlinePlan, c.Input, in)
		}
		if err == nil {
			err = required("input.received", in.Received)
		}
		pr.in = in
	case KindConversation:
		in := new(conversationInput)
		if !conversationFast(c.Input, in) {
			*in = conversationInput{}
			err = decodeInput(conversationPlan, c.Input, in)
		}
		if err == nil {
			err = required("input.at", in.At)
		}
		// (The thread was validated as it decoded: sla.Conversation's
		// UnmarshalJSON validates.)
		if err == nil {
			in.keys = messageKeys(in.Thread)
		}
		pr.in = in
	case KindWithdrawal:
		var in withdrawalPrepared
		in, err = prepareWithdrawal(c.Input)
		pr.in = &in
	case KindQuote:
		var in refund.Case
		err = strictjson.At("input", in.UnmarshalJSON(c.Input))
		pr.in = &in
	case KindWarranty:
		var in warranty.Case
		in, err = warranty.DecodeCase(c.Input)
		err = strictjson.At("input", err)
		pr.in = &in
	case KindEscalation:
		in := new(escalationInput)
		if !escalationFast(c.Input, in) {
			*in = escalationInput{}
			err = decodeInput(escalationPlan, c.Input, in)
		}
		if err == nil {
			err = required("input.opened", in.Opened)
		}
		if err == nil {
			err = required("input.at", in.At)
		}
		pr.in = in
	case KindTakeover:
		var in dispute.Case
		in, err = dispute.DecodeCase(c.Input)
		err = strictjson.At("input", err)
		pr.in = &in
	default:
		err = strictjson.Errorf("kind", "unknown case kind %q (known: %s)", c.Kind, kindNames())
	}
	if err != nil {
		return Prepared{}, err
	}
	return pr, nil
}

// RunPrepared runs a prepared case under the runner's policy.
func (r *Runner) RunPrepared(in Prepared) (Outcome, error) { return r.runPrepared(in, nil) }

// runPrepared is RunPrepared with a worker's scratch memory (nil: none).
func (r *Runner) runPrepared(in Prepared, sc *scratch) (Outcome, error) {
	var out Outcome
	var err error
	switch x := in.in.(type) {
	case *deadlineInput:
		out, err = r.runDeadline(*x)
	case *conversationInput:
		out, err = r.runConversation(x, sc)
	case *withdrawalPrepared:
		out, err = r.runWithdrawal(*x)
	case *refund.Case:
		out, err = r.runQuote(*x, sc)
	case *warranty.Case:
		out, err = r.runWarranty(*x)
	case *escalationInput:
		out, err = r.runEscalation(*x)
	case *dispute.Case:
		out, err = r.runTakeover(*x)
	default:
		return Outcome{}, strictjson.Errorf("kind", "not a prepared case (kind %q)", in.kind)
	}
	if err != nil {
		if !noRule(err) {
			return Outcome{}, err
		}
		// The policy has no rule for this case: that is an outcome (a
		// replay against a policy that adds the rule shows the change).
		out = Outcome{Decision: DecisionNoRule, Values: map[string]string{"reason": err.Error()}}
	}
	out.Kind = in.kind
	return out, nil
}

// noRule reports whether err says the policy has no rule for the case.
func noRule(err error) bool {
	return errors.Is(err, explain.ErrNoRule) || errors.Is(err, sla.ErrNoTarget) || errors.Is(err, dispute.ErrNoLadder) ||
		errors.Is(err, dispute.ErrNoTakeoverRule)
}

// Decoding plans of the inputs: field names read from the tags once, at
// start-up (immutable).
var (
	deadlinePlan     = strictjson.PlanOf((*deadlineInput)(nil))
	conversationPlan = strictjson.PlanOf((*conversationInput)(nil))
	withdrawalPlan   = strictjson.PlanOf((*withdrawalInput)(nil))
	escalationPlan   = strictjson.PlanOf((*escalationInput)(nil))
)

func decodeInput(plan strictjson.Plan, raw json.RawMessage, v any) error {
	if err := strictjson.DecodeWith(plan, raw, v); err != nil {
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

func (r *Runner) runDeadline(in deadlineInput) (Outcome, error) {
	eng := r.sla
	if len(in.Closures) > 0 {
		var err error
		if eng, err = eng.WithClosures(in.Closures...); err != nil {
			return Outcome{}, strictjson.At("input", err)
		}
	}
	if !r.explain {
		// The clauses without the explanation's texts (sla tests that
		// DeadlineSources cites what Explain does).
		due, target, sources, err := eng.DeadlineSources(sla.Kind(in.Kind), in.Received)
		if err != nil {
			return Outcome{}, strictjson.At("input.kind", err)
		}
		return Outcome{
			Decision: DecisionDue,
			Instants: map[string]time.Time{"due": due},
			Values:   map[string]string{"target": target.String()},
			Clauses:  sources,
		}, nil
	}
	d, err := eng.Explain(sla.Kind(in.Kind), in.Received)
	if err != nil {
		return Outcome{}, strictjson.At("input.kind", err)
	}
	return Outcome{
		Decision: DecisionDue,
		Instants: map[string]time.Time{"due": d.Due},
		Values:   map[string]string{"target": d.Target.String()},
		Clauses:  d.Basis.Sources(),
	}, nil
}

type conversationInput struct {
	At     time.Time        `json:"at"`
	Thread sla.Conversation `json:"thread"`
	// keys holds each message's outcome keys ("m1.state", "m1.due"),
	// made once by Prepare for every policy the case runs under.
	keys []string
}

// messageKeys returns the outcome keys of the thread's messages: message
// i's state key at 2i, its due key at 2i+1 (a message without an id is
// named by its index, "#2").
func messageKeys(th sla.Conversation) []string {
	// One string holds every key; the keys are parts of it (two
	// allocations per thread instead of two per message).
	n := 0
	for i, m := range th.Messages {
		if m.ID == "" {
			n += 1 + len(strconv.Itoa(i))
		} else {
			n += len(m.ID)
		}
	}
	var b strings.Builder
	b.Grow(2*n + len(th.Messages)*len(".state.due"))
	var endBuf [32]int
	ends := endBuf[:0]
	for i, m := range th.Messages {
		for _, suffix := range [...]string{".state", ".due"} {
			if m.ID == "" {
				b.WriteByte('#')
				b.WriteString(strconv.Itoa(i))
			} else {
				b.WriteString(m.ID)
			}
			b.WriteString(suffix)
			ends = append(ends, b.Len())
		}
	}
	all := b.String()
	keys := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		keys[i], start = all[start:end], end
	}
	return keys
}

func (r *Runner) runConversation(in *conversationInput, sc *scratch) (Outcome, error) {
	var ev sla.Evaluation
	var err error
	if r.explain {
		ev, err = r.sla.Evaluate(in.Thread, in.At)
	} else {
		var dst []sla.MessageStatus
		if sc != nil {
			dst = sc.statuses[:0]
		}
		var sum sla.Summary
		ev.At = in.At
		ev.Messages, sum, err = r.sla.AppendStatuses(dst, in.Thread, in.At)
		ev.FirstBreach = sum.FirstBreach
		if sc != nil {
			sc.statuses = ev.Messages[:0] // kept for the next case: the outcome keeps nothing of it
		}
	}
	if err != nil {
		return Outcome{}, strictjson.At("input.thread", err)
	}
	n := len(ev.Messages)
	out := Outcome{Instants: make(map[string]time.Time, n+2), Values: make(map[string]string, n+1)}
	for _, m := range ev.Messages { // in.keys: made by Prepare, the only maker of inputs
		out.Values[in.keys[2*m.Index]] = string(m.State)
		if !m.Due.IsZero() {
			out.Instants[in.keys[2*m.Index+1]] = m.Due
		}
	}
	out.Decision = DecisionNoBreach
	if !ev.FirstBreach.IsZero() {
		out.Instants["first_breach"] = ev.FirstBreach
		out.Decision = DecisionBreach
	}
	out.Clauses = ev.Basis.Sources()
	if len(r.dispute.AutoOpen.Kinds) > 0 {
		var op dispute.Opening
		var sources []string
		if r.explain {
			op, err = r.eng.Dispute().AutoOpen(ev)
			sources = op.Basis.Sources()
		} else {
			// The same decision and sources, without the steps' texts.
			op, sources, err = r.eng.Dispute().AutoOpenSources(ev)
		}
		if err != nil {
			return Outcome{}, err
		}
		out.Decision = DecisionNoDispute
		if op.Opens {
			out.Decision = DecisionDisputeOpens
			out.Instants["dispute_opens"] = op.At
		}
		out.Values["dispute_reason"] = string(op.Reason)
		for _, s := range sources {
			if !slices.Contains(out.Clauses, s) {
				out.Clauses = append(out.Clauses, s)
			}
		}
	}
	if len(out.Instants) == 0 {
		out.Instants = nil
	}
	return out, nil
}

// scratch is the working memory of one replay worker, reused from case to
// case (a worker runs one case at a time). Nothing an Outcome holds points
// into it.
type scratch struct {
	statuses []sla.MessageStatus
	quote    refund.Workspace
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

type withdrawalPrepared struct {
	receipt refund.Receipt
	on      calendar.Date
}

func prepareWithdrawal(raw json.RawMessage) (withdrawalPrepared, error) {
	var in withdrawalInput
	if !withdrawalFast(raw, &in) {
		in = withdrawalInput{}
		if err := decodeInput(withdrawalPlan, raw, &in); err != nil {
			return withdrawalPrepared{}, err
		}
	}
	buyer, err := refund.ParseBuyer(in.Buyer)
	if err != nil {
		return withdrawalPrepared{}, strictjson.At("input.buyer", err)
	}
	rc := refund.Receipt{Delivered: in.Delivered, Regular: in.Regular, Buyer: buyer, NotInformed: in.NotInformed, InformedOn: in.InformedOn}
	for i, x := range in.Excluded {
		e, err := refund.ParseExclusion(x)
		if err != nil {
			return withdrawalPrepared{}, strictjson.At(strictjson.Index("input.excluded", i), err)
		}
		rc.Exclusions = append(rc.Exclusions, e)
	}
	return withdrawalPrepared{receipt: rc, on: in.On}, nil
}

func (r *Runner) runWithdrawal(in withdrawalPrepared) (Outcome, error) {
	rc := in.receipt
	w, err := r.refund.Window(rc)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: DecisionApplies,
		Instants: map[string]time.Time{"closes": w.Closes},
		Values: map[string]string{
			"last_day":        w.LastDay.String(),
			"normal_last_day": w.Normal.String(),
			"extended":        strconv.FormatBool(w.Extended),
		},
		Clauses: w.Basis.Sources(),
	}
	if !w.Applies {
		out.Decision = DecisionNoRight
	} else if !in.on.IsZero() {
		out.Decision = DecisionClosed
		if w.OpenOn(in.on) {
			out.Decision = DecisionOpen
		}
	}
	return out, nil
}

func (r *Runner) runQuote(c refund.Case, sc *scratch) (Outcome, error) {
	var w *refund.Workspace
	if sc != nil {
		w = &sc.quote // the outcome keeps values only: nothing of q's memory
	}
	q, err := r.refund.QuoteIn(w, c)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	// The maps are made at their final size: a replay makes two per case.
	out := Outcome{
		Decision: DecisionRefund,
		Money:    make(map[string]money.Amount, 1+len(q.Components)),
		Values:   make(map[string]string, 4),
		Clauses:  q.Basis.Sources(),
	}
	out.Money["total"] = q.Total
	out.Values["due"] = q.Due.String()
	out.Values["days_late"] = strconv.Itoa(q.DaysLate)
	if !q.Eligible {
		out.Decision = DecisionNotEligible
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

func (r *Runner) runEscalation(in escalationInput) (Outcome, error) {
	st, err := r.eng.Dispute().Status(dispute.Complaint{Opened: in.Opened, Resolved: in.Resolved, Fulfilled: in.Fulfilled}, in.At)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: DecisionLevel(st.Level),
		Instants: map[string]time.Time{},
		Values:   map[string]string{"team": st.Team, "target_missed": strconv.FormatBool(st.TargetMissed)},
		Clauses:  st.Basis.Sources(),
	}
	if st.Resolved {
		out.Decision = DecisionResolved
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

func (r *Runner) runTakeover(c dispute.Case) (Outcome, error) {
	t, err := r.eng.Dispute().Takeover(c)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{
		Decision: DecisionNoTakeover,
		Values:   map[string]string{"grounds": strings.Join(t.Grounds, ","), "costs_to_seller": strconv.FormatBool(t.CostsToSeller)},
		Clauses:  t.Basis.Sources(),
	}
	if t.Takeover {
		out.Decision = DecisionTakeover
	}
	return out, nil
}

func (r *Runner) runWarranty(c warranty.Case) (Outcome, error) {
	a, err := r.warranty.Assess(c)
	if err != nil {
		return Outcome{}, strictjson.At("input", err)
	}
	out := Outcome{
		Decision: DecisionNotCovered,
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
		out.Decision = DecisionConformity
	case a.HiddenDefect.Applies:
		out.Decision = DecisionHiddenDefect
	case a.Commercial.Applies:
		out.Decision = DecisionCommercial
	}
	return out, nil
}

func dateOrNone(d calendar.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}
