package sla

import (
	"encoding/json"

	"github.com/aftersales/aftersales/calendar"
)

// MarshalJSON writes the documented form of d: an empty list of holidays
// or closures is [], never null, so that every script can iterate it.
func (d Deadline) MarshalJSON() ([]byte, error) {
	type plain Deadline
	p := plain(d)
	if p.Holidays == nil {
		p.Holidays = []calendar.Holiday{}
	}
	if p.Closures == nil {
		p.Closures = []calendar.Closure{}
	}
	return json.Marshal(p)
}

// MarshalJSON writes the documented form of s: an empty list of closures
// is [], never null.
func (s MessageStatus) MarshalJSON() ([]byte, error) {
	type plain MessageStatus
	p := plain(s)
	if p.Closures == nil {
		p.Closures = []calendar.Closure{}
	}
	return json.Marshal(p)
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
