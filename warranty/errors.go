package warranty

import (
	"errors"

	"github.com/aftersales/aftersales/explain"
)

// noRule is a sentinel for a rule the Rules do not have: it reads as its own
// message and unwraps to explain.ErrNoRule.
type noRule struct{ msg string }

func (e *noRule) Error() string { return e.msg }
func (e *noRule) Unwrap() error { return explain.ErrNoRule }

// Errors for a rule the Rules do not have. Each satisfies
// errors.Is(err, explain.ErrNoRule); the errors returned add the field path
// and details.
var (
	// ErrNoRules is returned by Assess and ListingDuties for the zero
	// Rules: a policy without a warranty section has no guarantee rule (it
	// never stands for the statute, which must be given explicitly).
	ErrNoRules error = &noRule{"no guarantee rules (the warranty section is empty)"}
	// ErrUnknownCategory is returned by ListingDuties (and Assess, for a
	// case naming a category) for a category the rules do not list, as a
	// *field.Error at "category".
	ErrUnknownCategory error = &noRule{"unknown category"}
	// ErrNoRegime is returned by Assess, as a *field.Error at "contract",
	// when no conformity regime governs the contract date (the first
	// regime starts later).
	ErrNoRegime error = &noRule{"no conformity regime"}
)

// ErrOutOfRange is wrapped by the *field.Error Assess returns when a date it
// would compute falls outside the supported years (after 9999-12-31). No
// date is ever returned wrong: the assessment is refused.
var ErrOutOfRange = errors.New("date outside years 1 to 9999")

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("warranty: zero Engine (use New)")

// ErrNoCalendar is returned by the deprecated Assess when a rule rolls
// deadlines over rest days and no calendar was given. New refuses the zero
// Calendar, so an Engine never returns it.
var ErrNoCalendar = errors.New("warranty: a calendar is needed to roll deadlines over rest days")
