package refund

import (
	"errors"
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
)

// Engine answers refund questions — withdrawal windows and refund quotes —
// for one set of Rules on one calendar. Build it once with New; it is an
// immutable, pointer-sized value, safe for concurrent use: nothing it
// returns shares memory with it, and nothing given to New is kept. The
// zero Engine is not usable: its methods return ErrNoEngine.
//
// Daylight-saving time only affects Window.Closes (midnight local time
// at the end of the last day, in the calendar's location).
type Engine struct{ e *engine }

type engine struct {
	rules Rules
	cal   calendar.Calendar
}

// New validates r (Rules.Validate) and returns an Engine answering with r
// on cal, whose public holidays move a withdrawal period's last day off a
// rest day. r is copied: changing it afterwards does not change the
// Engine. A zero Rules gives an Engine that has no rule (its answers
// match explain.ErrNoRule), never an implicit statute.
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

// Window returns the withdrawal window for rc: the day it is counted from
// (receipt of the last parcel, or the first for regular deliveries), the
// last day (rolled off rest days), the closing instant, the L221-20
// extension when the buyer was not informed, and whether the right
// applies (buyer kind, L221-28 exclusions).
//
// rc is validated first (Receipt.Validate); errors are *field.Error values
// naming the receipt's field ("delivered[1]: …"). Rules without a
// withdrawal right give an error matching explain.ErrNoRule. A window
// whose dates would leave the calendar's range (years 1 to 9999) is an
// error, never a wrong date.
func (e Engine) Window(rc Receipt) (Window, error) {
	if e.e == nil {
		return Window{}, ErrNoEngine
	}
	return window(&e.e.rules, e.e.cal, rc)
}

// Quote returns the refund owed for c: its components in a fixed order,
// their total, the day it is due and the late surcharge when it was paid
// late. c is validated first (Case.Validate); errors are *field.Error
// values naming the case's field ("lines[2].unit_price: …") that also
// match ErrInvalidCase. A reason the rules have no components for, or a
// withdrawal under rules without a withdrawal right, gives an error at
// "reason" matching explain.ErrNoRule.
func (e Engine) Quote(c Case) (Quote, error) {
	if e.e == nil {
		return Quote{}, ErrNoEngine
	}
	return quote(&e.e.rules, e.e.cal, c, false)
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("refund: zero Engine (use New)")

// noRule is the error for a question the rules have no rule for.
func noRule(format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, explain.ErrNoRule)...)
}
