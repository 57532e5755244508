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
// an escalation's opened, a withdrawal's last delivery (the start of that
// day in cal). Quote, warranty and takeover cases carry no single instant
// and are refused.
func CaseInstant(c replay.Case, cal calendar.Calendar) (time.Time, error) {
	var in struct {
		Received  time.Time       `json:"received"`
		At        time.Time       `json:"at"`
		Opened    time.Time       `json:"opened"`
		Delivered []calendar.Date `json:"delivered"`
	}
	// A lenient peek: the case's own runner decodes it strictly.
	if err := json.Unmarshal(c.Input, &in); err != nil {
		return time.Time{}, field.At("input", err)
	}
	var t time.Time
	var name string
	switch c.Kind {
	case replay.KindDeadline:
		t, name = in.Received, "input.received"
	case replay.KindConversation:
		t, name = in.At, "input.at"
	case replay.KindEscalation:
		t, name = in.Opened, "input.opened"
	case replay.KindWithdrawal:
		name = "input.delivered"
		if n := len(in.Delivered); n > 0 && !in.Delivered[n-1].IsZero() {
			s, err := cal.Start(in.Delivered[n-1])
			if err != nil {
				return time.Time{}, field.At(name, err)
			}
			t = s
		}
	default:
		return time.Time{}, field.Errorf("kind", "a %s case has no single instant to choose a policy version by", c.Kind)
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
