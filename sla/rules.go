package sla

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
)

// Kind is the kind of a buyer message. The zero Kind is invalid.
type Kind string

// The kinds of buyer message.
const (
	// Question is a request for information.
	Question Kind = "question"
	// Complaint is a complaint (réclamation) about an order.
	Complaint Kind = "complaint"
	// NegativeReview is a review of 1 to 3 stars.
	NegativeReview Kind = "negative-review"
	// PlainMessage is any other buyer message.
	PlainMessage Kind = "message"
	// Review is a review whose stars decide: 1 to 3 stars make it a
	// NegativeReview, 4 or 5 stars need no reply. Targets are never
	// declared for Review.
	Review Kind = "review"
)

// Kinds returns the kinds a target can be declared for, in a fixed order.
func Kinds() []Kind { return []Kind{Question, Complaint, NegativeReview, PlainMessage} }

// kindIndex returns the index of k in Kinds, or -1.
func kindIndex(k Kind) int {
	switch k {
	case Question:
		return 0
	case Complaint:
		return 1
	case NegativeReview:
		return 2
	case PlainMessage:
		return 3
	}
	return -1
}

// Valid reports whether k is a known kind (Review included).
func (k Kind) Valid() bool { return kindIndex(k) >= 0 || k == Review }

// Phrase names k for people, in English ("negative review"): the
// catalog key under which explanations translate it (explain.Phraser).
func (k Kind) Phrase() string {
	switch k {
	case NegativeReview:
		return "negative review"
	case Question:
		return "question"
	case Complaint:
		return "complaint"
	case PlainMessage:
		return "message"
	case Review:
		return "review"
	}
	return string(k)
}

// Clock names how a target is counted. It is
// calendar.DelayClock: one clock type for every rule package.
type Clock = calendar.DelayClock

// Deprecated clock names, kept for source compatibility. Their JSON names
// are the calendar clocks' ("business", "working-days", "elapsed"); the
// schema-1 names "business-hours" and "calendar-hours" still decode.
const (
	// BusinessHours counts hours of business time on the policy calendar.
	//
	// Deprecated: use calendar.Business.
	BusinessHours = calendar.Business
	// WorkingDays steps whole working days of the policy calendar and keeps
	// the wall-clock time of receipt.
	//
	// Deprecated: use calendar.WorkingDays.
	WorkingDays = calendar.WorkingDays
	// CalendarHours counts plain elapsed hours; holidays and closures do not
	// matter.
	//
	// Deprecated: use calendar.Elapsed.
	CalendarHours = calendar.Elapsed
)

// Limits on target lengths, far above any charter, so that deadlines stay
// inside the calendar's tables: at most a year of hours (MaxHours) or of
// days (MaxDays).
const (
	MaxHours = 24 * 366
	MaxDays  = 366
)

// Target is the reply limit for one kind of buyer message: a
// calendar.Delay (Hours on the business or elapsed clock, Days on the
// working-days or elapsed clock) for one Kind. The zero Target is invalid.
//
// Its JSON form is {"kind":"question","clock":"business","hours":72}; the
// schema-1 clock names "business-hours" and "calendar-hours" still decode.
type Target struct {
	// Kind is the buyer message kind the target applies to (not Review).
	Kind Kind `json:"kind"`
	// Clock is how the limit is counted.
	Clock Clock `json:"clock"`
	// Hours is the limit in hours (business or elapsed clock), 1 to
	// MaxHours.
	Hours int `json:"hours,omitempty"`
	// Days is the limit in days (working-days or elapsed clock), 1 to
	// MaxDays.
	Days int `json:"days,omitempty"`
	// Basis is the charter clause the target comes from; Rules.Source
	// when empty.
	Basis string `json:"basis,omitempty"`
}

// Delay returns the target's limit as a calendar.Delay (with the clock
// normalised); Calendar.From(received, t.Delay()) is the deadline.
func (t Target) Delay() calendar.Delay {
	c, err := calendar.ParseDelayClock(string(t.Clock))
	if err != nil {
		c = t.Clock
	}
	return calendar.Delay{Hours: t.Hours, Days: t.Days, Clock: c}
}

// Validate reports the first problem in t with its field path.
func (t Target) Validate() error {
	if t.Kind == "" {
		return field.Errorf("kind", "missing")
	}
	if t.Kind == Review {
		return field.Errorf("kind", "%q has no target: a review of 1 to 3 stars is %q and 4 or 5 stars need no reply", Review, NegativeReview)
	}
	if kindIndex(t.Kind) < 0 {
		return field.Errorf("kind", "unknown kind %q (want question, complaint, negative-review or message)", string(t.Kind))
	}
	if t.Clock == "" {
		return field.Errorf("clock", "missing (want business, working-days or elapsed)")
	}
	if _, err := calendar.ParseDelayClock(string(t.Clock)); err != nil {
		return field.Errorf("clock", "unknown clock %q (want business, working-days or elapsed)", string(t.Clock))
	}
	switch {
	case t.Hours < 0:
		return field.Errorf("hours", "must be positive")
	case t.Days < 0:
		return field.Errorf("days", "must be positive")
	}
	d := t.Delay()
	if err := d.Validate(); err != nil {
		return err
	}
	switch {
	case d.IsZero() && d.Clock == calendar.WorkingDays:
		return field.Errorf("days", "must be positive")
	case d.IsZero():
		return field.Errorf("hours", "must be positive")
	case d.Hours > MaxHours:
		return field.Errorf("hours", "at most %d", MaxHours)
	case d.Days > MaxDays:
		return field.Errorf("days", "at most %d", MaxDays)
	}
	return nil
}

// String returns the limit for people: "72 business hours", "2 working
// days", "48 hours".
func (t Target) String() string {
	if t.Kind == "" && t.Clock == "" {
		return "no limit"
	}
	return t.Delay().String()
}

// AbsenceRule says how early a seller must announce an absence: an absence
// of more than MoreThanWorkingDays working days must be announced at least
// NoticeDays calendar days before its first day. The zero AbsenceRule
// (0, 0) requires nothing; use a nil *AbsenceRule for "no rule".
type AbsenceRule struct {
	// MoreThanWorkingDays is the longest absence, in working days of the
	// policy calendar, that needs no notice.
	MoreThanWorkingDays int `json:"more_than_working_days"`
	// NoticeDays is the minimum number of calendar days from the
	// announcement to the first day of the absence.
	NoticeDays int `json:"notice_days"`
	// Basis is the charter clause; Rules.Source when empty.
	Basis string `json:"basis,omitempty"`
}

// Validate reports the first problem in a with its field path.
func (a AbsenceRule) Validate() error {
	if a.MoreThanWorkingDays < 0 {
		return field.Errorf("more_than_working_days", "must not be negative")
	}
	if a.MoreThanWorkingDays > MaxDays {
		return field.Errorf("more_than_working_days", "at most %d", MaxDays)
	}
	if a.NoticeDays < 0 {
		return field.Errorf("notice_days", "must not be negative")
	}
	if a.NoticeDays > 3660 {
		return field.Errorf("notice_days", "at most 3660")
	}
	return nil
}

// UpdateRule asks the seller to send an update at least every
// EveryWorkingDays working days while a case (a return, a repair) is open.
// The zero UpdateRule is invalid; use a nil *UpdateRule for "no rule".
type UpdateRule struct {
	// EveryWorkingDays is the longest gap, in working days of the policy
	// calendar, between the case opening or the last seller message and
	// the next seller update.
	EveryWorkingDays int `json:"every_working_days"`
	// Basis is the charter clause; Rules.Source when empty.
	Basis string `json:"basis,omitempty"`
}

// Validate reports the first problem in u with its field path.
func (u UpdateRule) Validate() error {
	if u.EveryWorkingDays <= 0 {
		return field.Errorf("every_working_days", "must be positive")
	}
	if u.EveryWorkingDays > MaxDays {
		return field.Errorf("every_working_days", "at most %d", MaxDays)
	}
	return nil
}

// Rules is the sla section of a policy: reply targets per buyer message
// kind, the due-soon margin, whether registered seller closures pause the
// clock, and the optional absence-notice and periodic-update rules.
//
// The zero Rules sets no target: no buyer message needs a reply within any
// limit (every message is "no-reply-needed", Deadline returns
// ErrNoTarget), there is no due-soon state, closures never pause a clock,
// and no absence or update rule applies.
//
// Rules is plain data; it round-trips through JSON. The Absence and
// Updates pointers are shared when Rules is copied: treat a Rules value
// handed to other goroutines as read-only. New and Engine.Rules copy it
// deeply, so an Engine never shares memory with its caller.
//
// Ranges (Validate): target hours 1 to MaxHours, days 1 to MaxDays;
// due_soon_hours 0 to MaxHours; absence more_than_working_days 0 to
// MaxDays, notice_days 0 to 3660; updates every_working_days 1 to MaxDays.
type Rules struct {
	// Source names the charter the rules come from ("Opisto seller
	// charter §I"); cited in explanations when a target has no Basis.
	Source string `json:"source,omitempty"`
	// Targets holds at most one target per kind.
	Targets []Target `json:"targets,omitempty"`
	// DueSoonHours is the margin before a deadline, measured on the
	// target's clock (business time for business-hours and working-days
	// targets, elapsed time for calendar-hours ones), within which an
	// unanswered message is "due-soon". 0 disables the state.
	DueSoonHours int `json:"due_soon_hours,omitempty"`
	// RegisteredClosuresPause makes seller vacations registered before
	// they started pause business-hours and working-days clocks.
	RegisteredClosuresPause bool `json:"registered_closures_pause,omitempty"`
	// Absence is the absence-notice rule; nil when the policy has none.
	Absence *AbsenceRule `json:"absence,omitempty"`
	// Updates is the periodic-update rule for open cases; nil when the
	// policy has none.
	Updates *UpdateRule `json:"updates,omitempty"`
}

// Validate reports the first problem in r with its field path
// ("targets[0].hours: must be positive").
func (r Rules) Validate() error {
	seen := [4]int{-1, -1, -1, -1}
	for i, t := range r.Targets {
		p := field.Index("targets", i)
		if err := t.Validate(); err != nil {
			return field.At(p, err)
		}
		k := kindIndex(t.Kind)
		if seen[k] >= 0 {
			return field.Errorf(field.Join(p, "kind"), "%q already has a target at targets[%d]", string(t.Kind), seen[k])
		}
		seen[k] = i
	}
	if r.DueSoonHours < 0 {
		return field.Errorf("due_soon_hours", "must not be negative")
	}
	if r.DueSoonHours > MaxHours {
		return field.Errorf("due_soon_hours", "at most %d", MaxHours)
	}
	if r.Absence != nil {
		if err := r.Absence.Validate(); err != nil {
			return field.At("absence", err)
		}
	}
	if r.Updates != nil {
		if err := r.Updates.Validate(); err != nil {
			return field.At("updates", err)
		}
	}
	return nil
}

// Target returns the target for kind k, if r declares one.
func (r Rules) Target(k Kind) (Target, bool) {
	for _, t := range r.Targets {
		if t.Kind == k {
			return t, true
		}
	}
	return Target{}, false
}
