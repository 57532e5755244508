package sla

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Author says who wrote a message.
type Author string

// The authors of conversation messages.
const (
	Buyer    Author = "buyer"
	Seller   Author = "seller"
	Platform Author = "platform"
)

// Message is one message of a conversation. Buyer messages have a Kind
// (and Stars for reviews); seller and platform messages have neither.
// The zero Message is invalid (no author, no time).
type Message struct {
	// ID identifies the message for people; optional.
	ID string `json:"id,omitempty"`
	// From is the author.
	From Author `json:"from"`
	// At is when the message was sent (buyer) or posted (seller,
	// platform). Required.
	At time.Time `json:"at"`
	// Kind is the kind of a buyer message.
	Kind Kind `json:"kind,omitempty"`
	// Stars is a review's rating, 1 to 5: required for Review, optional
	// (1 to 3) for NegativeReview, not allowed otherwise.
	Stars int `json:"stars,omitempty"`
}

// Conversation is a thread between a buyer and a seller, with the
// platform possibly posting in it, in any order (times decide).
//
// The zero Conversation has no message and evaluates to no status.
type Conversation struct {
	// ID identifies the conversation; optional.
	ID string `json:"id,omitempty"`
	// Messages are the thread's messages.
	Messages []Message `json:"messages"`
	// Vacations are the seller's closures with their registration
	// instants.
	Vacations []Vacation `json:"vacations,omitempty"`
	// CaseOpened is when a case (return, repair) needing periodic seller
	// updates opened; zero when none.
	CaseOpened time.Time `json:"case_opened,omitzero"`
	// CaseClosed is when that case closed; zero while it is open.
	CaseClosed time.Time `json:"case_closed,omitzero"`
}

// Validate reports the first problem in c with its field path
// ("messages[2].stars: 6 is outside 1 to 5").
func (c Conversation) Validate() error {
	for i := range c.Messages {
		if err := c.Messages[i].validate(); err != nil {
			return strictjson.At(strictjson.Index("messages", i), err)
		}
	}
	for i, v := range c.Vacations {
		if err := v.Validate(); err != nil {
			return strictjson.At(strictjson.Index("vacations", i), err)
		}
	}
	if !c.CaseClosed.IsZero() && c.CaseOpened.IsZero() {
		return strictjson.Errorf("case_closed", "set without case_opened")
	}
	if !c.CaseClosed.IsZero() && c.CaseClosed.Before(c.CaseOpened) {
		return strictjson.Errorf("case_closed", "before case_opened")
	}
	return nil
}

// validate checks one message; it does not allocate on valid input.
func (m *Message) validate() error {
	if m.At.IsZero() {
		return strictjson.Errorf("at", "missing (every message needs its time)")
	}
	switch m.From {
	case Buyer:
	case Seller, Platform:
		if m.Kind != "" {
			return strictjson.Errorf("kind", "only buyer messages have a kind")
		}
		if m.Stars != 0 {
			return strictjson.Errorf("stars", "only buyer reviews have stars")
		}
		return nil
	case "":
		return strictjson.Errorf("from", "missing (want buyer, seller or platform)")
	default:
		return strictjson.Errorf("from", "unknown author %q (want buyer, seller or platform)", string(m.From))
	}
	if m.Kind == "" {
		return strictjson.Errorf("kind", "missing (want question, complaint, negative-review, review or message)")
	}
	if !m.Kind.Valid() {
		return strictjson.Errorf("kind", "unknown kind %q (want question, complaint, negative-review, review or message)", string(m.Kind))
	}
	if m.Stars < 0 || m.Stars > 5 {
		return strictjson.Errorf("stars", "%d is outside 1 to 5", m.Stars)
	}
	switch m.Kind {
	case Review:
		if m.Stars == 0 {
			return strictjson.Errorf("stars", "missing for a review (1 to 5)")
		}
	case NegativeReview:
		if m.Stars > 3 {
			return strictjson.Errorf("stars", "a negative review has 1 to 3 stars, not %d", m.Stars)
		}
	default:
		if m.Stars != 0 {
			return strictjson.Errorf("stars", "only reviews have stars")
		}
	}
	return nil
}

// effectiveKind resolves reviews by their stars; ok is false when the
// message needs no reply (a review of 4 or 5 stars).
func (m *Message) effectiveKind() (Kind, bool) {
	if m.Kind == Review {
		if m.Stars <= 3 {
			return NegativeReview, true
		}
		return Review, false
	}
	return m.Kind, true
}

// State is where a buyer message stands at an instant.
type State string

// The states of a buyer message.
const (
	// Open: unanswered, deadline not reached, more than the due-soon
	// margin left.
	Open State = "open"
	// DueSoon: unanswered, deadline not reached, at most the due-soon
	// margin left.
	DueSoon State = "due-soon"
	// Breached: unanswered and the deadline has passed.
	Breached State = "breached"
	// AnsweredOnTime: a seller reply came at or before the deadline.
	AnsweredOnTime State = "answered-on-time"
	// AnsweredLate: the first seller reply came after the deadline.
	AnsweredLate State = "answered-late"
	// NoReplyNeeded: a review of 4 or 5 stars, or a kind the rules set no
	// target for.
	NoReplyNeeded State = "no-reply-needed"
)

// MessageStatus is where one buyer message stands at an instant.
type MessageStatus struct {
	// ID is the message's ID as given.
	ID string `json:"id,omitempty"`
	// Index is the message's position in Conversation.Messages.
	Index int `json:"index"`
	// Kind is the kind the target was chosen by: a review of 1 to 3 stars
	// is NegativeReview.
	Kind Kind `json:"kind"`
	// Received is when the buyer message came.
	Received time.Time `json:"received"`
	// Due is the reply deadline; zero (omitted) when no reply is needed.
	Due time.Time `json:"due,omitzero"`
	// Answered is true when a seller message came at or after Received
	// and at or before the evaluation instant; AnsweredAt is the first
	// such message's time (zero when unanswered).
	Answered   bool      `json:"answered"`
	AnsweredAt time.Time `json:"answered_at,omitzero"`
	// State is where the message stands.
	State State `json:"state"`
	// Late is the time past the deadline on the target's clock (business
	// time, or elapsed time for calendar-hours targets) until the reply
	// or, when breached, until the evaluation instant. It is positive only
	// for AnsweredLate and Breached, and may be zero for them when all of
	// the overrun lies outside working time (a Saturday reply after a
	// deadline at the end of Friday).
	Late calendar.Duration `json:"late"`
	// Remaining is the time left to the deadline on the target's clock,
	// for Open and DueSoon; zero otherwise.
	Remaining calendar.Duration `json:"remaining"`
	// Closures lists the registered closures that moved this deadline
	// (filled by Evaluate only).
	Closures []calendar.Closure `json:"closures"`
	// Basis explains the status (filled by Evaluate only).
	Basis explain.Basis `json:"basis"`
}

// Evaluation is a conversation's reply status at an instant.
type Evaluation struct {
	// At is the instant of the evaluation.
	At time.Time `json:"at"`
	// Messages holds one status per buyer message received at or before
	// At, in the conversation's order.
	Messages []MessageStatus `json:"messages"`
	// FirstBreach is the earliest deadline missed by At (answered late or
	// still unanswered past it); zero when none was missed.
	FirstBreach time.Time `json:"first_breach,omitzero"`
	// Update is the periodic-update status when the conversation has a
	// case open at At and the rules have an update rule; nil otherwise.
	Update *UpdateStatus `json:"update,omitempty"`
	// Basis explains the evaluation.
	Basis explain.Basis `json:"basis"`
}

// Summary counts the states of a conversation's buyer messages at an
// instant: the allocation-free result of Summarize.
type Summary struct {
	Buyer          int `json:"buyer"` // buyer messages received at or before the instant
	NoReplyNeeded  int `json:"no_reply_needed"`
	Open           int `json:"open"`
	DueSoon        int `json:"due_soon"`
	Breached       int `json:"breached"`
	AnsweredOnTime int `json:"answered_on_time"`
	AnsweredLate   int `json:"answered_late"`
	// FirstBreach is as in Evaluation.
	FirstBreach time.Time `json:"first_breach,omitzero"`
}

func (s *Summary) add(st *MessageStatus) {
	s.Buyer++
	switch st.State {
	case NoReplyNeeded:
		s.NoReplyNeeded++
	case Open:
		s.Open++
	case DueSoon:
		s.DueSoon++
	case Breached:
		s.Breached++
	case AnsweredOnTime:
		s.AnsweredOnTime++
	case AnsweredLate:
		s.AnsweredLate++
	}
	if (st.State == Breached || st.State == AnsweredLate) && (s.FirstBreach.IsZero() || st.Due.Before(s.FirstBreach)) {
		s.FirstBreach = st.Due
	}
}

// forConversation validates c and returns the engine with c's vacations
// known at at.
func (e Engine) forConversation(c *Conversation, at time.Time) (Engine, error) {
	if e.p == nil {
		return Engine{}, ErrNoEngine
	}
	if at.IsZero() {
		return Engine{}, strictjson.At("at", calendar.ErrZeroTime)
	}
	if err := c.Validate(); err != nil {
		return Engine{}, err
	}
	if len(c.Vacations) == 0 {
		return e, nil
	}
	return e.with(nil, filterKnown(c.Vacations, at))
}

// answers finds the reply to each buyer message: the first seller message
// at or after its receipt and at or before the evaluation instant (a
// seller reply answers every earlier buyer message still unanswered).
//
// For a conversation in chronological order (the usual case) it sweeps
// once, without allocating: queries must then come in message order. For
// any other order it sorts the seller times once and binary-searches, so
// a conversation of n messages costs O(n log n), never O(n²).
type answers struct {
	msgs   []Message
	at     time.Time
	sorted bool
	j      int         // sorted: first message index not yet known to be before r
	times  []time.Time // unsorted: seller times at or before at, ascending
}

func newAnswers(msgs []Message, at time.Time) answers {
	a := answers{msgs: msgs, at: at, sorted: true}
	for i := 1; i < len(msgs); i++ {
		if msgs[i].At.Before(msgs[i-1].At) {
			a.sorted = false
			break
		}
	}
	if a.sorted {
		return a
	}
	for i := range msgs {
		if msgs[i].From == Seller && !msgs[i].At.After(at) {
			a.times = append(a.times, msgs[i].At)
		}
	}
	slices.SortFunc(a.times, func(x, y time.Time) int { return x.Compare(y) })
	return a
}

// find returns the reply to a buyer message received at r.
func (a *answers) find(r time.Time) (time.Time, bool) {
	if !a.sorted {
		i, _ := slices.BinarySearchFunc(a.times, r, func(x, y time.Time) int { return x.Compare(y) })
		if i < len(a.times) {
			return a.times[i], true
		}
		return time.Time{}, false
	}
	for a.j < len(a.msgs) && (a.msgs[a.j].From != Seller || a.msgs[a.j].At.Before(r)) {
		a.j++
	}
	if a.j < len(a.msgs) && !a.msgs[a.j].At.After(a.at) {
		return a.msgs[a.j].At, true
	}
	return time.Time{}, false
}

// answeredAt is the slow, obviously correct reference for answers.find
// (tests only use it through the reference tests).
func answeredAt(msgs []Message, r, at time.Time) (time.Time, bool) {
	var best time.Time
	found := false
	for i := range msgs {
		m := &msgs[i]
		if m.From != Seller || m.At.Before(r) || m.At.After(at) {
			continue
		}
		if !found || m.At.Before(best) {
			best, found = m.At, true
		}
	}
	return best, found
}

// status computes the status of buyer message i at at, without basis.
//
// With countOnly, Late and Remaining are left zero (the state is still
// exact): the Summarize path.
func (p *engine) status(msgs []Message, i int, at time.Time, st *MessageStatus, countOnly bool, ans *answers) (*target, error) {
	m := &msgs[i]
	loc := p.cal.Location()
	*st = MessageStatus{ID: m.ID, Index: i, Kind: m.Kind, Received: m.At.In(loc)}
	k, needs := m.effectiveKind()
	st.Kind = k
	if a, ok := ans.find(m.At); ok {
		st.Answered, st.AnsweredAt = true, a.In(loc)
	}
	if !needs {
		st.State = NoReplyNeeded
		return nil, nil
	}
	t := &p.targets[kindIndex(k)]
	if !t.set {
		st.State = NoReplyNeeded
		return nil, nil
	}
	due, err := t.due(p.cal, m.At)
	if err != nil {
		return nil, err
	}
	st.Due = due
	switch {
	case st.Answered && !st.AnsweredAt.After(due):
		st.State = AnsweredOnTime
	case st.Answered:
		st.State = AnsweredLate
		if !countOnly {
			st.Late = calendar.Duration(t.span(p.cal, due, st.AnsweredAt))
		}
	case at.After(due):
		st.State = Breached
		if !countOnly {
			st.Late = calendar.Duration(t.span(p.cal, due, at))
		}
	case countOnly:
		// The time left on either clock is at most the elapsed time left.
		st.State = Open
		if p.dueSoon > 0 && (due.Sub(at) <= p.dueSoon || t.span(p.cal, at, due) <= p.dueSoon) {
			st.State = DueSoon
		}
	default:
		st.Remaining = calendar.Duration(t.span(p.cal, at, due))
		st.State = Open
		if p.dueSoon > 0 && st.Remaining.Std() <= p.dueSoon {
			st.State = DueSoon
		}
	}
	return t, nil
}

// AppendStatuses appends to dst the status of each buyer message of c
// received at or before at, without explanations (Closures and Basis
// empty), and returns the extended slice and the summary. With a dst of
// enough capacity and no vacations in c it does not allocate.
func (e Engine) AppendStatuses(dst []MessageStatus, c Conversation, at time.Time) ([]MessageStatus, Summary, error) {
	var sum Summary
	e, err := e.forConversation(&c, at)
	if err != nil {
		return dst, sum, err
	}
	ans := newAnswers(c.Messages, at)
	for i := range c.Messages {
		m := &c.Messages[i]
		if m.From != Buyer || m.At.After(at) {
			continue
		}
		dst = append(dst, MessageStatus{})
		st := &dst[len(dst)-1]
		if _, err := e.p.status(c.Messages, i, at, st, false, &ans); err != nil {
			return dst[:len(dst)-1], sum, strictjson.At(strictjson.Index("messages", i), err)
		}
		sum.add(st)
	}
	return dst, sum, nil
}

// Summarize returns the counts of c's buyer message states at at and the
// first breach. With no vacations in c it does not allocate.
func (e Engine) Summarize(c Conversation, at time.Time) (Summary, error) {
	var sum Summary
	e, err := e.forConversation(&c, at)
	if err != nil {
		return sum, err
	}
	var st MessageStatus
	ans := newAnswers(c.Messages, at)
	for i := range c.Messages {
		m := &c.Messages[i]
		if m.From != Buyer || m.At.After(at) {
			continue
		}
		if _, err := e.p.status(c.Messages, i, at, &st, true, &ans); err != nil {
			return sum, strictjson.At(strictjson.Index("messages", i), err)
		}
		sum.add(&st)
	}
	return sum, nil
}

// Step texts of evaluations (catalog keys).
const (
	textNoReplyStars   = "No reply needed: a review of %d stars."
	textNoReplyTarget  = "No reply needed: these rules set no reply target for a %s."
	textOnTime         = "Answered on %s, on time."
	textLate           = "Answered on %s, %s after the deadline."
	textBreached       = "Not answered: the deadline passed, %s ago on the target's clock."
	textOpen           = "Not answered yet: %s left."
	textDueSoon        = "Not answered yet and due soon: only %s left."
	textFirstBreach    = "The first missed deadline was %s (message %s)."
	textNoBreach       = "No reply deadline was missed by %s."
	textIgnoresPlatfrm = "Platform messages answer nothing: only a seller reply does."
)

// Evaluate returns where each buyer message of c stands at instant at,
// with explanations: which target and clock, which holidays and closures
// moved each deadline, the reply that answered it, the first breach and,
// when a case is open and the rules ask for periodic updates, when the
// next seller update is due. Messages after at are not seen yet; a seller
// reply answers every earlier buyer message still unanswered (a reply at
// the same instant as a buyer message answers it); platform messages answer
// nothing. A seller message sent before a buyer message answers nothing of
// it.
func (e Engine) Evaluate(c Conversation, at time.Time) (Evaluation, error) {
	e, err := e.forConversation(&c, at)
	if err != nil {
		return Evaluation{}, err
	}
	p := e.p
	ev := Evaluation{At: at.In(p.cal.Location())}
	var sum Summary
	platform := false
	ans := newAnswers(c.Messages, at)
	for i := range c.Messages {
		m := &c.Messages[i]
		if m.At.After(at) {
			continue
		}
		if m.From == Platform {
			platform = true
		}
		if m.From != Buyer {
			continue
		}
		var st MessageStatus
		t, err := p.status(c.Messages, i, at, &st, false, &ans)
		if err != nil {
			return Evaluation{}, strictjson.At(strictjson.Index("messages", i), err)
		}
		st.Basis = p.statusBasis(m, t, &st)
		if t != nil {
			st.Closures, _ = p.closuresMoved(t, st.Received, st.Due)
		}
		sum.add(&st)
		ev.Messages = append(ev.Messages, st)
	}
	ev.FirstBreach = sum.FirstBreach
	var steps []explain.Step
	if platform {
		steps = append(steps, explain.Step{Rule: "sla.platform", Basis: p.rules.Source, Text: textIgnoresPlatfrm})
	}
	if ev.FirstBreach.IsZero() {
		steps = append(steps, explain.Step{Rule: "sla.first-breach", Basis: p.rules.Source, Text: textNoBreach, Args: []any{when(at, p.cal)}})
	} else {
		firstID := ""
		for i := range ev.Messages {
			if s := &ev.Messages[i]; (s.State == Breached || s.State == AnsweredLate) && s.Due.Equal(ev.FirstBreach) {
				firstID = label(s)
				break
			}
		}
		steps = append(steps, explain.Step{Rule: "sla.first-breach", Basis: p.rules.Source, Text: textFirstBreach, Args: []any{when(ev.FirstBreach, p.cal), firstID},
			Facts: []explain.Fact{explain.F("first_breach", stamp(ev.FirstBreach, p.cal))}})
	}
	ev.Basis = explain.Of(steps...)
	if p.rules.Updates != nil && !c.CaseOpened.IsZero() && !c.CaseOpened.After(at) && (c.CaseClosed.IsZero() || c.CaseClosed.After(at)) {
		var last time.Time
		for i := range c.Messages {
			m := &c.Messages[i]
			if m.From == Seller && !m.At.Before(c.CaseOpened) && !m.At.After(at) && m.At.After(last) {
				last = m.At
			}
		}
		u, err := e.NextUpdate(c.CaseOpened, last, at)
		if err != nil {
			return Evaluation{}, strictjson.At("case_opened", err)
		}
		ev.Update = &u
	}
	return ev, nil
}

// label names a message in explanations: its ID or its position.
func label(s *MessageStatus) string {
	if s.ID != "" {
		return s.ID
	}
	return "#" + strconv.Itoa(s.Index)
}

// statusBasis explains one message status.
func (p *engine) statusBasis(m *Message, t *target, st *MessageStatus) explain.Basis {
	if t == nil {
		if m.Kind == Review && m.Stars > 3 {
			return explain.Of(explain.Step{Rule: "sla.no-reply", Basis: p.rules.Source, Text: textNoReplyStars, Args: []any{m.Stars},
				Facts: []explain.Fact{explain.F("stars", m.Stars)}})
		}
		return explain.Of(explain.Step{Rule: "sla.no-reply", Basis: p.rules.Source, Text: textNoReplyTarget, Args: []any{st.Kind},
			Facts: []explain.Fact{explain.F("kind", string(st.Kind))}})
	}
	steps := []explain.Step{p.targetStep(t, st.Kind, st.Received)}
	_, hs := p.holidaysMoved(t, st.Received, st.Due)
	_, cs := p.closuresMoved(t, st.Received, st.Due)
	steps = append(steps, hs...)
	steps = append(steps, cs...)
	steps = append(steps, explain.Step{Rule: "sla.due", Basis: p.basisOf(t), Text: textDue, Args: []any{when(st.Due, p.cal)},
		Facts: []explain.Fact{explain.F("due", stamp(st.Due, p.cal))}})
	s := explain.Step{Rule: "sla.state", Basis: p.basisOf(t), Facts: []explain.Fact{explain.F("state", string(st.State))}}
	switch st.State {
	case AnsweredOnTime:
		s.Text, s.Args = textOnTime, []any{when(st.AnsweredAt, p.cal)}
	case AnsweredLate:
		s.Text, s.Args = textLate, []any{when(st.AnsweredAt, p.cal), Span(st.Late)}
		s.Facts = append(s.Facts, explain.F("late", Span(st.Late)))
	case Breached:
		s.Text, s.Args = textBreached, []any{Span(st.Late)}
		s.Facts = append(s.Facts, explain.F("late", Span(st.Late)))
	case DueSoon:
		s.Text, s.Args = textDueSoon, []any{Span(st.Remaining)}
		s.Facts = append(s.Facts, explain.F("remaining", Span(st.Remaining)))
	default:
		s.Text, s.Args = textOpen, []any{Span(st.Remaining)}
		s.Facts = append(s.Facts, explain.F("remaining", Span(st.Remaining)))
	}
	if st.Answered {
		s.Facts = append(s.Facts, explain.F("answered", stamp(st.AnsweredAt, p.cal)))
	}
	steps = append(steps, s)
	return explain.Of(steps...)
}

// Span is a duration printed for people without trailing zero units:
// "72h", "1h30m", "45m", "0s".
type Span time.Duration

// MarshalText writes s as an ISO 8601 duration ("PT72H"), the wire form
// of every length of time (calendar.Duration).
func (s Span) MarshalText() ([]byte, error) { return calendar.Duration(s).MarshalText() }

// Message returns s for people in explanations, in the reader's language
// ("72 h", "1 h 30 min"; calendar.Duration.Message).
func (s Span) Message() explain.Msg { return calendar.Duration(s).Message() }

// String returns s as "72h", "1h30m", "45m10s" or "0s".
func (s Span) String() string {
	d := time.Duration(s)
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	if neg {
		d = -d
	}
	h := int64(d / time.Hour)
	m := int64(d % time.Hour / time.Minute)
	sec := d % time.Minute
	out := ""
	if h > 0 {
		out += strconv.FormatInt(h, 10) + "h"
	}
	if m > 0 {
		out += strconv.FormatInt(m, 10) + "m"
	}
	if sec > 0 {
		out += fmt.Sprint(sec)
	}
	if neg {
		out = "-" + out
	}
	return out
}
