package conduct

import (
	"errors"
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct/langid"
	"github.com/aftersales/aftersales/explain"
)

// Engine screens seller messages, canned replies and listings for one set
// of Rules. Build it once with New; it is an immutable, pointer-sized
// value, safe for concurrent use. The zero Engine is not usable: its
// methods return ErrNoEngine.
type Engine struct{ e *engine }

type engine struct {
	s   *Screener
	cal calendar.Calendar
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("conduct: zero Engine (use New)")

// New validates r and returns an Engine screening with r; r is copied, so
// changing it afterwards does not change the Engine. The calendar is the
// policy's (conduct rules do not count time today; it is kept for the one
// call shape of every rule package and may be the zero Calendar). The zero
// Rules forbids nothing and checks nothing: it means "no conduct rule".
func New(r Rules, cal calendar.Calendar) (Engine, error) {
	s, err := newScreener(r)
	if err != nil {
		return Engine{}, err
	}
	return Engine{&engine{s: s, cal: cal}}, nil
}

// Rules returns a copy of the engine's rules.
func (e Engine) Rules() Rules {
	if e.e == nil {
		return Rules{}
	}
	return e.e.s.Rules()
}

// Calendar returns the engine's calendar.
func (e Engine) Calendar() calendar.Calendar {
	if e.e == nil {
		return calendar.Calendar{}
	}
	return e.e.cal
}

// Screen screens one seller message (see Screener.Screen).
func (e Engine) Screen(text string) (Result, error) {
	if e.e == nil {
		return Result{}, ErrNoEngine
	}
	return e.e.s.Screen(text)
}

// CheckListing checks a listing's completeness (see CheckListing).
func (e Engine) CheckListing(l Listing) (ListingResult, error) {
	if e.e == nil {
		return ListingResult{}, ErrNoEngine
	}
	return e.e.s.CheckListing(l)
}

// Canned finds groups of near-identical replies sent to different buyers
// (see the package function Canned for the normalisation). replies is
// only read.
func (e Engine) Canned(replies []Reply) ([]CannedFinding, error) {
	if e.e == nil {
		return nil, ErrNoEngine
	}
	return canned(replies, e.e.s.rules)
}

// CheckLanguage checks that a seller's reply is written in marketLang,
// the language of the buyer's market (a BCP 47 tag), under the policy's
// language rule (Rules.Language), with id the language identifier. The
// identifier is built once per process (langid.New: tens of
// milliseconds and megabytes of profiles) and shared, as the engine is:
// the engine never builds it itself. A policy without the rule returns
// explain.ErrNoRule; a zero id, ErrNoLanguageChecker.
func (e Engine) CheckLanguage(id langid.Identifier, message, marketLang string) (LanguageCheck, error) {
	if e.e == nil {
		return LanguageCheck{}, ErrNoEngine
	}
	r := e.e.s.rules.Language
	if !r.Check {
		return LanguageCheck{}, fmt.Errorf("conduct: the policy has no language rule: %w", explain.ErrNoRule)
	}
	c, err := NewLanguageCheckerWith(id, r.Clause)
	if err != nil {
		return LanguageCheck{}, err
	}
	return c.Check(message, marketLang)
}
