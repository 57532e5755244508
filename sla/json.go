package sla

import (
	"encoding/json"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
)

// MarshalJSON writes the documented form of d (sla/README.md): kind,
// received, due, clock and limit (the target's delay as the commands have
// always printed it: "business", "72 business hours"), the target itself,
// holidays and closures ([] when none, never null) and basis.
func (d Deadline) MarshalJSON() ([]byte, error) {
	out := struct {
		Kind     Kind                `json:"kind"`
		Received time.Time           `json:"received"`
		Due      time.Time           `json:"due"`
		Clock    calendar.DelayClock `json:"clock"`
		Limit    string              `json:"limit"`
		Target   Target              `json:"target"`
		Holidays []calendar.Holiday  `json:"holidays"`
		Closures []calendar.Closure  `json:"closures"`
		Basis    explain.Basis       `json:"basis"`
	}{d.Kind, d.Received, d.Due, d.Target.Delay().Clock, d.Target.Delay().String(), d.Target, d.Holidays, d.Closures, d.Basis}
	if out.Holidays == nil {
		out.Holidays = []calendar.Holiday{}
	}
	if out.Closures == nil {
		out.Closures = []calendar.Closure{}
	}
	return json.Marshal(out)
}

// MarshalJSON writes the documented form of s (sla/README.md): late and
// remaining as ISO 8601 durations, each followed by the same length in
// whole seconds (late_seconds, remaining_seconds, as the commands have
// always printed them), and closures as [] when none, never null.
func (s MessageStatus) MarshalJSON() ([]byte, error) {
	out := struct {
		ID               string             `json:"id,omitempty"`
		Index            int                `json:"index"`
		Kind             Kind               `json:"kind"`
		Received         time.Time          `json:"received"`
		Due              time.Time          `json:"due,omitzero"`
		Answered         bool               `json:"answered"`
		AnsweredAt       time.Time          `json:"answered_at,omitzero"`
		State            State              `json:"state"`
		Late             calendar.Duration  `json:"late"`
		LateSeconds      int64              `json:"late_seconds"`
		Remaining        calendar.Duration  `json:"remaining"`
		RemainingSeconds int64              `json:"remaining_seconds"`
		Closures         []calendar.Closure `json:"closures"`
		Basis            explain.Basis      `json:"basis"`
	}{s.ID, s.Index, s.Kind, s.Received, s.Due, s.Answered, s.AnsweredAt, s.State,
		s.Late, int64(s.Late.Std() / time.Second), s.Remaining, int64(s.Remaining.Std() / time.Second), s.Closures, s.Basis}
	if out.Closures == nil {
		out.Closures = []calendar.Closure{}
	}
	return json.Marshal(out)
}

// MarshalJSON writes the documented form of ev: an empty list of messages
// is [], never null.
func (ev Evaluation) MarshalJSON() ([]byte, error) {
	type plain Evaluation
	p := plain(ev)
	if p.Messages == nil {
		p.Messages = []MessageStatus{}
	}
	return json.Marshal(p)
}
