package sla

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// UpdateStatus says when the next seller update on an open case is due.
type UpdateStatus struct {
	// Opened is when the case opened; Last the last seller message since
	// (zero when none).
	Opened time.Time `json:"opened"`
	Last   time.Time `json:"last,omitzero"`
	// Due is EveryWorkingDays working days after the later of Opened and
	// Last, at the same wall-clock time.
	Due time.Time `json:"due"`
	// State is Open, DueSoon (within the due-soon margin, business time)
	// or Breached at the instant asked.
	State State `json:"state"`
	// Remaining or Late is the business time to or past Due.
	Remaining calendar.Duration `json:"remaining"`
	Late      calendar.Duration `json:"late"`
	// Basis explains the status.
	Basis explain.Basis `json:"basis"`
}

// Step texts of update checks (catalog keys).
const (
	textUpdateRule = "While a case is open the seller must post an update at least every %d working days."
	textUpdateFrom = "Counted from %s, the case opening or the last seller message since."
	textUpdateDue  = "Next seller update due by %s."
	textUpdateLate = "No seller update by %s: overdue."
)

// NextUpdate returns when the next seller update on a case opened at
// opened is due, given the last seller message since (zero when none), and
// where it stands at at. It counts working days on the engine's calendar
// (pausing closures included). ErrNoUpdateRule when the rules have none.
func (e Engine) NextUpdate(opened, last, at time.Time) (UpdateStatus, error) {
	if e.p == nil {
		return UpdateStatus{}, ErrNoEngine
	}
	r := e.p.rules.Updates
	if r == nil {
		return UpdateStatus{}, ErrNoUpdateRule
	}
	if opened.IsZero() {
		return UpdateStatus{}, strictjson.At("opened", calendar.ErrZeroTime)
	}
	if at.IsZero() {
		return UpdateStatus{}, strictjson.At("at", calendar.ErrZeroTime)
	}
	c := e.p.cal
	from := opened
	if last.After(from) {
		from = last
	}
	due, err := c.AddWorkingDays(from, r.EveryWorkingDays)
	if err != nil {
		return UpdateStatus{}, err
	}
	u := UpdateStatus{Opened: opened.In(c.Location()), Due: due, State: Open}
	if !last.IsZero() {
		u.Last = last.In(c.Location())
	}
	if at.After(due) {
		u.State = Breached
		late, _ := c.Between(due, at)
		u.Late = calendar.Duration(late)
	} else {
		rem, _ := c.Between(at, due)
		u.Remaining = calendar.Duration(rem)
		if e.p.dueSoon > 0 && rem <= e.p.dueSoon {
			u.State = DueSoon
		}
	}
	src := r.Basis
	if src == "" {
		src = e.p.rules.Source
	}
	steps := []explain.Step{
		{Rule: "sla.update.rule", Basis: src, Text: textUpdateRule, Args: []any{r.EveryWorkingDays}},
		{Rule: "sla.update.from", Basis: src, Text: textUpdateFrom, Args: []any{when(from, c)}, Facts: []explain.Fact{explain.F("opened", stamp(opened, c))}},
	}
	if u.State == Breached {
		steps = append(steps, explain.Step{Rule: "sla.update", Basis: src, Text: textUpdateLate, Args: []any{when(due, c)}, Facts: []explain.Fact{explain.F("due", stamp(due, c))}})
	} else {
		steps = append(steps, explain.Step{Rule: "sla.update", Basis: src, Text: textUpdateDue, Args: []any{when(due, c)}, Facts: []explain.Fact{explain.F("due", stamp(due, c))}})
	}
	u.Basis = explain.Of(steps...)
	return u, nil
}
