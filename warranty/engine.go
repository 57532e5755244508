package warranty

import (
	"github.com/aftersales/aftersales/calendar"
)

// Engine assesses guarantee claims and lists listing duties for one set of
// Rules on one calendar. Build it once with New and share it: it is an
// immutable, pointer-sized value, safe for concurrent use, that shares no
// memory with the Rules it was built from or hands out. The calendar
// decides which days are rest days when a rule rolls a last day over them;
// every period is counted in calendar dates, so daylight-saving time never
// changes an answer.
//
// The zero Engine is not usable: its methods return ErrNoEngine. An Engine
// built from the zero Rules has no guarantee rule: Assess and
// ListingDuties return an error wrapping ErrNoRules (and
// explain.ErrNoRule).
type Engine struct{ e *engine }

type engine struct {
	rules Rules
	cal   calendar.Calendar
}

// New validates r and returns an Engine answering with r on cal. r is
// deep-copied: changing it (or its slices) afterwards does not change the
// Engine. cal must not be the zero Calendar (calendar.ErrNoCalendar). The
// zero Rules is accepted and means "no guarantee rule"; for the French
// statute pass its rules explicitly.
func New(r Rules, cal calendar.Calendar) (Engine, error) {
	if cal.IsZero() {
		return Engine{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return Engine{}, err
	}
	return Engine{&engine{rules: r.clone(), cal: cal}}, nil
}

// Rules returns a deep copy of the engine's rules (the zero Rules for the
// zero Engine).
func (e Engine) Rules() Rules {
	if e.e == nil {
		return Rules{}
	}
	return e.e.rules.clone()
}

// Calendar returns the engine's calendar (the zero Calendar for the zero
// Engine).
func (e Engine) Calendar() calendar.Calendar {
	if e.e == nil {
		return calendar.Calendar{}
	}
	return e.e.cal
}

// IsZero reports whether e is the zero Engine.
func (e Engine) IsZero() bool { return e.e == nil }

// Assess assesses the claim c on its assessment date (c.Assessed, or the
// day the defect appeared): the legal guarantee of conformity, the
// hidden-defect guarantee, the commercial warranty, the remedies open on
// that date and the limitation of the court action, each step with its
// basis.
//
// An invalid case returns the *field.Error of c.Validate. The zero Rules
// returns ErrNoRules; a contract date no regime governs, a *field.Error at
// "contract" wrapping ErrNoRegime; a category the rules do not list, one at
// "category" wrapping ErrUnknownCategory (all three satisfy
// errors.Is(err, explain.ErrNoRule)). A date that would fall after
// 9999-12-31 is refused with a *field.Error wrapping ErrOutOfRange, never
// returned wrong.
func (e Engine) Assess(c Case) (Assessment, error) {
	if e.e == nil {
		return Assessment{}, ErrNoEngine
	}
	return assess(e.e.rules, e.e.cal, c)
}

// ListingDuties returns what a listing of category must show on day on: the
// spare-parts statement (C. consom. L111-4), the index in force for the
// category (repairability, durability or EU energy label) and the
// platform's own listing statements. A category the rules do not list is a
// *field.Error at "category" wrapping ErrUnknownCategory that names the
// known ones; a zero on is one at "on". The zero Rules returns ErrNoRules.
func (e Engine) ListingDuties(category string, on calendar.Date) (Duties, error) {
	if e.e == nil {
		return Duties{}, ErrNoEngine
	}
	return listingDuties(e.e.rules, category, on)
}

// Categories returns the category names of the engine's rules, in the
// rules' order (a fresh slice).
func (e Engine) Categories() []string {
	if e.e == nil {
		return nil
	}
	return e.e.rules.Categories()
}
