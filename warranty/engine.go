package warranty

import (
	"errors"

	"github.com/aftersales/aftersales/calendar"
)

// Engine assesses guarantee claims and listing duties for one set of Rules
// on one calendar. Build it once with New; it is an immutable,
// pointer-sized value, safe for concurrent use. The zero Engine is not
// usable: its methods return ErrNoEngine.
type Engine struct{ e *engine }

type engine struct {
	rules Rules
	cal   calendar.Calendar
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("warranty: zero Engine (use New)")

// New validates r and returns an Engine answering with r on cal. r is
// copied: changing it afterwards does not change the Engine.
func New(r Rules, cal calendar.Calendar) (Engine, error) {
	if cal.IsZero() {
		return Engine{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return Engine{}, err
	}
	return Engine{&engine{rules: r.clone(), cal: cal}}, nil
}

// Rules returns a copy of the engine's rules.
func (e Engine) Rules() Rules {
	if e.e == nil {
		return Rules{}
	}
	return e.e.rules.clone()
}

// Calendar returns the engine's calendar.
func (e Engine) Calendar() calendar.Calendar {
	if e.e == nil {
		return calendar.Calendar{}
	}
	return e.e.cal
}

// Assess assesses the claim c (see Assess).
func (e Engine) Assess(c Case) (Assessment, error) {
	if e.e == nil {
		return Assessment{}, ErrNoEngine
	}
	return Assess(e.e.rules, e.e.cal, c)
}

// ListingDuties returns the information a listing in category must carry
// on day on (see ListingDuties).
func (e Engine) ListingDuties(category string, on calendar.Date) (Duties, error) {
	if e.e == nil {
		return Duties{}, ErrNoEngine
	}
	return ListingDuties(e.e.rules, category, on)
}

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules { return r }
