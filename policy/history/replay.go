package history

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy/replay"
)

// CaseInstant returns the instant a recorded case happened, by which the
// version in force is chosen: a deadline's received, a conversation's at,
// an escalation's opened, a withdrawal's last delivery, a quote's delivery
// and a warranty claim's contract (the start of that day in cal). A
// takeover case carries no instant and is refused.
func CaseInstant(c replay.Case, cal calendar.Calendar) (time.Time, error) {
	var t time.Time
	var name string
	// A lenient peek at the one field: the case's own runner decodes the
	// input strictly.
	peek := func(key string, v any) error {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(c.Input, &m); err != nil {
			return field.At("input", err)
		}
		raw, ok := m[key]
		if !ok {
			return nil
		}
		if err := json.Unmarshal(raw, v); err != nil {
			return field.At("input."+key, err)
		}
		return nil
	}
	switch c.Kind {
	case replay.KindDeadline:
		name = "input.received"
		if err := peek("received", &t); err != nil {
			return time.Time{}, err
		}
	case replay.KindConversation:
		name = "input.at"
		if err := peek("at", &t); err != nil {
			return time.Time{}, err
		}
	case replay.KindEscalation:
		name = "input.opened"
		if err := peek("opened", &t); err != nil {
			return time.Time{}, err
		}
	case replay.KindWithdrawal:
		name = "input.delivered"
		var ds []calendar.Date
		if err := peek("delivered", &ds); err != nil {
			return time.Time{}, err
		}
		if n := len(ds); n > 0 && !ds[n-1].IsZero() {
			s, err := cal.Start(ds[n-1])
			if err != nil {
				return time.Time{}, field.At(name, err)
			}
			t = s
		}
	case replay.KindQuote, replay.KindWarranty:
		// The sale's terms: a guarantee claim follows the version in force
		// when the contract was concluded, a refund the one in force on
		// delivery (the order carries no contract date).
		key := "contract"
		if c.Kind == replay.KindQuote {
			key = "delivered"
		}
		name = "input." + key
		var d calendar.Date
		if err := peek(key, &d); err != nil {
			return time.Time{}, err
		}
		if !d.IsZero() {
			s, err := cal.Start(d)
			if err != nil {
				return time.Time{}, field.At(name, err)
			}
			t = s
		}
	default:
		return time.Time{}, field.Errorf("kind", "a %s case has no instant to choose a policy version by", c.Kind)
	}
	if t.IsZero() {
		return time.Time{}, field.Errorf(name, "missing")
	}
	return t, nil
}

// CaseResult is one recorded case run under the version in force at its
// instant.
type CaseResult struct {
	Line    int             `json:"line"`
	ID      string          `json:"id,omitempty"`
	Kind    replay.Kind     `json:"kind,omitempty"`
	At      time.Time       `json:"at,omitzero"`
	Version string          `json:"version,omitempty"`
	Policy  string          `json:"policy_version,omitempty"`
	Outcome *replay.Outcome `json:"outcome,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// Run runs case c under the version in force at its own instant.
func (h History) Run(c replay.Case) (replay.Outcome, InForce, error) {
	if len(h.versions) == 0 {
		return replay.Outcome{}, InForce{}, ErrNoVersion
	}
	t, err := CaseInstant(c, h.versions[0].Engine.Calendar())
	if err != nil {
		return replay.Outcome{}, InForce{}, err
	}
	v, i, err := h.at(t)
	if err != nil {
		return replay.Outcome{}, InForce{}, err
	}
	out, err := h.runners[i].Run(c)
	return out, v, err
}

// RunCases reads a case file (JSON Lines, package policy/replay) and runs
// each case under the version in force at its own instant. A bad line or
// a case that cannot run is a result with its error; the reading goes on.
func (h History) RunCases(rd io.Reader) ([]CaseResult, error) {
	out := []CaseResult{}
	if len(h.versions) == 0 {
		return out, ErrNoVersion
	}
	err := replay.ReadCases(rd, func(line int, c replay.Case, err error) error {
		res := CaseResult{Line: line, ID: c.ID, Kind: c.Kind}
		if err != nil {
			res.Error = err.Error()
			out = append(out, res)
			return nil
		}
		o, v, err := h.Run(c)
		if v.ID != "" {
			res.Version, res.Policy = v.ID, v.Version
		}
		if t, terr := CaseInstant(c, h.versions[0].Engine.Calendar()); terr == nil {
			res.At = t
		}
		if err != nil {
			res.Error = fmt.Sprintf("line %d: %v", line, err)
		} else {
			res.Outcome = &o
		}
		out = append(out, res)
		return nil
	})
	return out, err
}
