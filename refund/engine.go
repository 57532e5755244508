package refund

import (
	"errors"

	"github.com/aftersales/aftersales/calendar"
)

// Engine answers refund questions — withdrawal windows and refund quotes —
// for one set of Rules on one calendar. Build it once with New; it is an
// immutable, pointer-sized value, safe for concurrent use. The zero Engine
// is not usable: its methods return ErrNoEngine.
type Engine struct{ e *engine }

type engine struct {
	rules Rules
	cal   calendar.Calendar
}

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

// Window returns the withdrawal window for rc (see Rules.Window).
func (e Engine) Window(rc Receipt) (Window, error) {
	if e.e == nil {
		return Window{}, ErrNoEngine
	}
	return e.e.rules.Window(e.e.cal, rc)
}

// Quote returns the refund quote for c (see Rules.Quote).
func (e Engine) Quote(c Case) (Quote, error) {
	if e.e == nil {
		return Quote{}, ErrNoEngine
	}
	return e.e.rules.Quote(e.e.cal, c)
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("refund: zero Engine (use New)")

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules { return r }
