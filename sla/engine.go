package sla

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Errors returned by Engine methods; test with errors.Is. The returned
// errors add details.
var (
	// ErrNoEngine is returned by the methods of the zero Engine.
	ErrNoEngine = errors.New("sla: zero Engine (use New)")
	// ErrUnknownKind is returned for a kind that is not one of Kinds (or
	// Review where stars decide).
	ErrUnknownKind = errors.New("unknown kind")
	// ErrNoTarget is returned by Deadline and Explain for a kind the rules
	// set no target for; it matches explain.ErrNoRule.
	ErrNoTarget error = noRule("no reply target")
	// ErrNoUpdateRule is returned by NextUpdate when the rules have no
	// periodic-update rule; it matches explain.ErrNoRule.
	ErrNoUpdateRule error = noRule("no periodic-update rule")
)

// noRule is a sentinel error for "these rules have no such rule": it
// matches explain.ErrNoRule with errors.Is.
type noRule string

func (e noRule) Error() string { return string(e) }

// Is reports whether target is explain.ErrNoRule.
func (e noRule) Is(target error) bool { return target == explain.ErrNoRule }

// Vacation is a seller closure with the instant it was registered with the
// platform (Opisto360, the Swapiphone administrator). From and To are both
// included. The zero Vacation is invalid.
//
// A vacation pauses the business-hours and working-days clocks when the
// rules say registered closures pause (Rules.RegisteredClosuresPause) and
// it was registered before its first day started in the calendar's
// location. A vacation registered once it had started never pauses a clock,
// even for messages received after the registration: the charters exempt
// periods announced in advance, not absences declared after the fact.
// When a conversation is evaluated at an instant, a vacation registered
// after that instant is not known yet and does not count either.
type Vacation struct {
	From       calendar.Date `json:"from"`
	To         calendar.Date `json:"to"`
	Registered time.Time     `json:"registered"`
	Reason     string        `json:"reason,omitempty"`
}

// Validate reports the first problem in v with its field path.
func (v Vacation) Validate() error {
	if v.From.IsZero() {
		return strictjson.Errorf("from", "missing")
	}
	if v.To.IsZero() {
		return strictjson.Errorf("to", "missing")
	}
	if v.To.Before(v.From) {
		return strictjson.Errorf("to", "%s is before from %s", v.To, v.From)
	}
	if v.Registered.IsZero() {
		return strictjson.Errorf("registered", "missing (the instant the vacation was registered)")
	}
	return nil
}

// Closure returns v as a calendar closure.
func (v Vacation) Closure() calendar.Closure {
	return calendar.Closure{From: v.From, To: v.To, Reason: v.Reason}
}

// InTime reports whether v was registered before its first day started in
// c's location.
func (v Vacation) InTime(c calendar.Calendar) bool {
	start, err := c.Start(v.From)
	if err != nil {
		return false
	}
	return v.Registered.Before(start)
}

// target is a compiled Target.
type target struct {
	set   bool
	clock Clock
	d     time.Duration // hours as a duration
	days  int
	t     Target
}

// engine is the shared, immutable state behind an Engine.
type engine struct {
	rules   Rules
	cal     calendar.Calendar // policy calendar plus pausing closures
	base    calendar.Calendar // policy calendar
	targets [4]target
	dueSoon time.Duration
	worked  [7]bool // weekdays with working intervals
	// paused lists the closures added with WithClosures/WithVacations
	// that pause the clock, with their registration instant (zero when
	// given as registered in advance); ignored lists those that do not.
	paused  []Vacation
	ignored []ignoredVacation
}

type ignoredVacation struct {
	v   Vacation
	why ignoreReason
}

type ignoreReason uint8

const (
	ignoreLate ignoreReason = iota + 1
	ignorePolicy
)

// Engine is Rules compiled against a policy calendar: the value that
// answers deadline, conversation, absence, update and performance
// questions. Build one with New.
//
// An Engine is immutable and safe for concurrent use; it is a pointer-sized
// value, cheap to copy. The zero Engine returns ErrNoEngine. Daylight-saving
// time is handled as the package documentation says.
type Engine struct{ p *engine }

// New compiles rules against the policy calendar c. The rules are
// validated; errors name the field path.
func New(r Rules, c calendar.Calendar) (Engine, error) {
	if c.IsZero() {
		return Engine{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return Engine{}, err
	}
	p := &engine{rules: r.clone(), cal: c, base: c, dueSoon: time.Duration(r.DueSoonHours) * time.Hour}
	for _, t := range r.Targets {
		p.targets[kindIndex(t.Kind)] = target{set: true, clock: t.Delay().Clock, d: time.Duration(t.Hours) * time.Hour, days: t.Days, t: t}
	}
	week := calendar.MondayToFriday()
	if s := c.Spec(); s.Week != nil {
		week = *s.Week
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		p.worked[wd] = len(week.Day(wd)) > 0
	}
	return Engine{p}, nil
}

// Rules returns the rules e was built from.
func (e Engine) Rules() Rules {
	if e.p == nil {
		return Rules{}
	}
	return e.p.rules.clone()
}

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules {
	c := r
	c.Targets = slices.Clone(r.Targets)
	if r.Absence != nil {
		a := *r.Absence
		c.Absence = &a
	}
	if r.Updates != nil {
		u := *r.Updates
		c.Updates = &u
	}
	return c
}

// Calendar returns the calendar e counts on: the policy calendar plus the
// closures that pause the clock.
func (e Engine) Calendar() calendar.Calendar {
	if e.p == nil {
		return calendar.Calendar{}
	}
	return e.p.cal
}

// WithClosures returns e with seller closures registered in advance (as the
// command line's --closure): they pause business-hours and working-days
// clocks when the rules say registered closures pause, and are otherwise
// recorded in explanations as not pausing.
func (e Engine) WithClosures(cl ...calendar.Closure) (Engine, error) {
	if e.p == nil {
		return Engine{}, ErrNoEngine
	}
	vs := make([]Vacation, len(cl))
	for i, c := range cl {
		if err := c.Validate(); err != nil {
			return Engine{}, strictjson.At(strictjson.Index("closures", i), err)
		}
		vs[i] = Vacation{From: c.From, To: c.To, Reason: c.Reason}
	}
	return e.with(vs, nil)
}

// WithVacations returns e with the seller vacations known at instant asOf:
// those registered after asOf are left out; of the others, those registered
// before they started pause the clock (when the rules say registered
// closures pause) and the rest are recorded in explanations as not pausing.
func (e Engine) WithVacations(asOf time.Time, vs ...Vacation) (Engine, error) {
	if e.p == nil {
		return Engine{}, ErrNoEngine
	}
	if asOf.IsZero() {
		return Engine{}, calendar.ErrZeroTime
	}
	for i, v := range vs {
		if err := v.Validate(); err != nil {
			return Engine{}, strictjson.At(strictjson.Index("vacations", i), err)
		}
	}
	return e.with(nil, filterKnown(vs, asOf))
}

func filterKnown(vs []Vacation, asOf time.Time) []Vacation {
	var out []Vacation
	for _, v := range vs {
		if !v.Registered.After(asOf) {
			out = append(out, v)
		}
	}
	return out
}

// with adds closures registered in advance (inAdvance, Registered may be
// zero) and vacations to be judged by their registration instant.
func (e Engine) with(inAdvance, judged []Vacation) (Engine, error) {
	q := *e.p
	q.paused = append([]Vacation(nil), e.p.paused...)
	q.ignored = append([]ignoredVacation(nil), e.p.ignored...)
	var add []calendar.Closure
	consider := func(v Vacation, inTime bool) {
		switch {
		case !e.p.rules.RegisteredClosuresPause:
			q.ignored = append(q.ignored, ignoredVacation{v, ignorePolicy})
		case !inTime:
			q.ignored = append(q.ignored, ignoredVacation{v, ignoreLate})
		default:
			q.paused = append(q.paused, v)
			add = append(add, v.Closure())
		}
	}
	for _, v := range inAdvance {
		consider(v, true)
	}
	for _, v := range judged {
		consider(v, v.InTime(e.p.base))
	}
	if len(add) > 0 {
		c, err := e.p.cal.WithClosures(add...)
		if err != nil {
			return Engine{}, err
		}
		q.cal = c
	}
	return Engine{&q}, nil
}

// lookup returns the compiled target of k.
func (p *engine) lookup(k Kind) (*target, error) {
	i := kindIndex(k)
	if i < 0 {
		if k == Review {
			return nil, fmt.Errorf("%w %q: give the stars (1 to 3 is %s, 4 or 5 need no reply)", ErrUnknownKind, string(k), NegativeReview)
		}
		return nil, fmt.Errorf("%w %q (want question, complaint, negative-review or message)", ErrUnknownKind, string(k))
	}
	t := &p.targets[i]
	if !t.set {
		return nil, fmt.Errorf("%w for %q in these rules", ErrNoTarget, string(k))
	}
	return t, nil
}

// due returns the deadline of a message received at r under t on c.
func (t *target) due(c calendar.Calendar, r time.Time) (time.Time, error) {
	switch t.clock {
	case BusinessHours:
		return c.AddBusiness(r, t.d)
	case WorkingDays:
		return c.AddWorkingDays(r, t.days)
	}
	if t.days != 0 {
		return c.From(r, t.t.Delay())
	}
	if r.IsZero() {
		return time.Time{}, calendar.ErrZeroTime
	}
	return r.Add(t.d).In(c.Location()), nil
}

// span returns the time from a to b on t's clock: business time for
// business-hours and working-days targets, elapsed time for calendar-hours.
func (t *target) span(c calendar.Calendar, a, b time.Time) time.Duration {
	if t.clock == CalendarHours {
		return b.Sub(a)
	}
	d, err := c.Between(a, b)
	if err != nil {
		return b.Sub(a)
	}
	return d
}

// Deadline returns the instant a reply to a buyer message of kind k
// received at received is due. It is the fast path: no explanation, no
// allocation. Errors: ErrNoEngine, ErrUnknownKind, ErrNoTarget,
// calendar.ErrZeroTime, calendar.ErrOutOfRange.
func (e Engine) Deadline(k Kind, received time.Time) (time.Time, error) {
	if e.p == nil {
		return time.Time{}, ErrNoEngine
	}
	t, err := e.p.lookup(k)
	if err != nil {
		return time.Time{}, err
	}
	return t.due(e.p.cal, received)
}

// Deadline is a reply deadline with its explanation.
type Deadline struct {
	// Kind is the kind of the buyer message.
	Kind Kind `json:"kind"`
	// Received is when it came; Due when the reply is due.
	Received time.Time `json:"received"`
	Due      time.Time `json:"due"`
	// Target is the reply limit applied (its clock and limit).
	Target Target `json:"target"`
	// Holidays lists the public holidays on scheduled weekdays the clock
	// skipped between receipt and the deadline.
	Holidays []calendar.Holiday `json:"holidays"`
	// Closures lists the pausing closures that moved the deadline.
	Closures []calendar.Closure `json:"closures"`
	// Basis explains the deadline.
	Basis explain.Basis `json:"basis"`
}

// Explain returns the deadline of a buyer message of kind k received at
// received, like Deadline, with the target, clock, skipped holidays and
// closures and the charter clause.
func (e Engine) Explain(k Kind, received time.Time) (Deadline, error) {
	if e.p == nil {
		return Deadline{}, ErrNoEngine
	}
	t, err := e.p.lookup(k)
	if err != nil {
		return Deadline{}, err
	}
	due, err := t.due(e.p.cal, received)
	if err != nil {
		return Deadline{}, err
	}
	d := Deadline{Kind: k, Received: received.In(e.p.cal.Location()), Due: due, Target: t.t}
	var steps []explain.Step
	steps = append(steps, e.p.targetStep(t, k, received))
	hs, hsteps := e.p.holidaysMoved(t, received, due)
	cls, csteps := e.p.closuresMoved(t, received, due)
	d.Holidays, d.Closures = hs, cls
	steps = append(steps, hsteps...)
	steps = append(steps, csteps...)
	steps = append(steps, explain.Step{Rule: "sla.due", Basis: e.p.basisOf(t), Text: textDue, Args: []any{when(due, e.p.cal)},
		Facts: []explain.Fact{explain.F("due", stamp(due, e.p.cal))}})
	d.Basis = explain.Of(steps...)
	return d, nil
}

// DeadlineSources returns what Explain returns for a replay that compares
// decisions: the due instant, the target applied and the sources its
// explanation cites (Explain(k, received).Basis.Sources(), in the same
// order), without building the explanation's texts, facts, holiday and
// closure lists: about 7 times cheaper than Explain
// (BenchmarkDeadlineSources against BenchmarkDeadlineExplained). Errors
// are Explain's.
func (e Engine) DeadlineSources(k Kind, received time.Time) (due time.Time, target Target, sources []string, err error) {
	if e.p == nil {
		return time.Time{}, Target{}, nil, ErrNoEngine
	}
	t, err := e.p.lookup(k)
	if err != nil {
		return time.Time{}, Target{}, nil, err
	}
	if due, err = t.due(e.p.cal, received); err != nil {
		return time.Time{}, Target{}, nil, err
	}
	basis := e.p.basisOf(t)
	sources = make([]string, 0, 2)
	if basis != "" {
		sources = append(sources, basis)
	}
	if e.p.holidayMoved(t, received, due) {
		if src := strings.Join(e.p.cal.Sources(), ", "); src != "" && src != basis {
			sources = append(sources, src)
		}
	}
	if len(sources) == 0 {
		sources = nil // as Basis.Sources
	}
	return due, t.t, sources, nil
}

// holidayMoved reports whether holidaysMoved would list a holiday.
func (p *engine) holidayMoved(t *target, received, due time.Time) bool {
	from, to, ok := p.countSpan(t, received, due)
	if !ok {
		return false
	}
	for d := from; !d.After(to); d = d.AddDays(1) {
		if !p.worked[d.Weekday()] {
			continue
		}
		if _, ok := p.cal.Holiday(d); ok {
			return true
		}
	}
	return false
}

// basisOf returns the clause of t, or the rules' source.
func (p *engine) basisOf(t *target) string {
	if t.t.Basis != "" {
		return t.t.Basis
	}
	return p.rules.Source
}

// when is t in c's time zone as a step argument: written in prose in the
// reader's language, RFC 3339 in JSON.
func when(t time.Time, c calendar.Calendar) explain.Instant {
	return explain.At(t.In(c.Location()))
}

func stamp(t time.Time, c calendar.Calendar) string {
	return t.In(c.Location()).Format(time.RFC3339)
}

// Step texts (catalog keys).
const (
	textTargetBusiness    = "A %s must be answered within %d business hours, counted only inside working time of working days."
	textTargetDays        = "A %s must be answered within %d working days, at the same time of day."
	textTargetCalendar    = "A %s must be answered within %d hours of elapsed time, holidays and closures included."
	textTargetElapsedDays = "A %s must be answered within %d calendar days, at the same time of day."
	textHoliday           = "The clock did not run on %s, a public holiday (%s)."
	textClosure           = "The clock did not run during the seller's closure from %s to %s, registered on %s before it started."
	textClosureAdvance    = "The clock did not run during the seller's closure from %s to %s, registered before it started."
	textClosureLate       = "The closure from %s to %s does not pause the clock: it was registered on %s, after it started."
	textClosurePolicy     = "The closure from %s to %s does not pause the clock: these rules do not exempt seller closures."
	textDue               = "Reply due by %s."
)

func (p *engine) targetStep(t *target, k Kind, received time.Time) explain.Step {
	s := explain.Step{Rule: "sla.target", Basis: p.basisOf(t), Facts: []explain.Fact{
		explain.F("kind", string(k)), explain.F("received", stamp(received, p.cal)),
		explain.F("clock", string(t.clock)), explain.F("limit", t.t.String()),
	}}
	switch t.clock {
	case BusinessHours:
		s.Text, s.Args = textTargetBusiness, []any{k, t.t.Hours}
	case WorkingDays:
		s.Text, s.Args = textTargetDays, []any{k, t.t.Days}
	default:
		if t.days != 0 {
			s.Text, s.Args = textTargetElapsedDays, []any{k, t.t.Days}
		} else {
			s.Text, s.Args = textTargetCalendar, []any{k, t.t.Hours}
		}
	}
	return s
}

// countSpan returns the dates over which the clock of t ran from received
// to due: for business hours the day of receipt to the day of the last
// business instant before due; for working days the day after receipt to
// the day of due.
func (p *engine) countSpan(t *target, received, due time.Time) (from, to calendar.Date, ok bool) {
	if t.clock == CalendarHours || !due.After(received) {
		return from, to, false
	}
	from = p.cal.DateOf(received)
	to = p.cal.DateOf(due.Add(-time.Nanosecond))
	if t.clock == WorkingDays {
		from = from.AddDays(1)
		to = p.cal.DateOf(due)
	}
	return from, to, !to.Before(from)
}

// holidaysMoved lists the public holidays on scheduled weekdays within the
// counting span.
func (p *engine) holidaysMoved(t *target, received, due time.Time) ([]calendar.Holiday, []explain.Step) {
	from, to, ok := p.countSpan(t, received, due)
	if !ok {
		return nil, nil
	}
	var hs []calendar.Holiday
	var steps []explain.Step
	src := strings.Join(p.cal.Sources(), ", ")
	for d := from; !d.After(to); d = d.AddDays(1) {
		if !p.worked[d.Weekday()] {
			continue
		}
		if name, ok := p.cal.Holiday(d); ok {
			hs = append(hs, calendar.Holiday{Date: d, Name: name})
			steps = append(steps, explain.Step{Rule: "sla.holiday", Basis: src, Text: textHoliday, Args: []any{d, name},
				Facts: []explain.Fact{explain.F("holiday", d)}})
		}
	}
	return hs, steps
}

// overlapsWorked reports whether [a, b] ∩ [from, to] holds a day that the
// schedule works and that is no public holiday.
func (p *engine) overlapsWorked(a, b, from, to calendar.Date) bool {
	if a.Before(from) {
		a = from
	}
	if b.After(to) {
		b = to
	}
	for d := a; !d.After(b); d = d.AddDays(1) {
		if _, hol := p.base.Holiday(d); p.worked[d.Weekday()] && !hol {
			return true
		}
	}
	return false
}

// closuresMoved lists the pausing closures that cover a worked day of the
// counting span, and explains closures that overlap it without pausing.
func (p *engine) closuresMoved(t *target, received, due time.Time) ([]calendar.Closure, []explain.Step) {
	from, to, ok := p.countSpan(t, received, due)
	if !ok {
		return nil, nil
	}
	var cls []calendar.Closure
	var steps []explain.Step
	basis := p.basisOf(t)
	for _, v := range p.paused {
		if !p.overlapsWorked(v.From, v.To, from, to) {
			continue
		}
		cls = append(cls, v.Closure())
		s := explain.Step{Rule: "sla.closure", Basis: basis, Facts: []explain.Fact{explain.F("closure", v.From.String()+".."+v.To.String())}}
		if v.Registered.IsZero() {
			s.Text, s.Args = textClosureAdvance, []any{v.From, v.To}
		} else {
			s.Text, s.Args = textClosure, []any{v.From, v.To, when(v.Registered, p.cal)}
		}
		steps = append(steps, s)
	}
	for _, iv := range p.ignored {
		if !p.overlapsWorked(iv.v.From, iv.v.To, from, to) {
			continue
		}
		s := explain.Step{Rule: "sla.closure-ignored", Basis: basis, Facts: []explain.Fact{explain.F("closure", iv.v.From.String()+".."+iv.v.To.String())}}
		if iv.why == ignorePolicy {
			s.Text, s.Args = textClosurePolicy, []any{iv.v.From, iv.v.To}
		} else {
			s.Text, s.Args = textClosureLate, []any{iv.v.From, iv.v.To, when(iv.v.Registered, p.cal)}
		}
		steps = append(steps, s)
	}
	return cls, steps
}
