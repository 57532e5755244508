package refund

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
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
	rates []Rate // the legal interest table: LegalInterestRates() extended by WithInterestRates
}

// Option configures an Engine built by New.
type Option func(*engine) error

// WithInterestRates extends the legal interest table (LegalInterestRates)
// with later half-years, oldest first: each rate starts on 1 January or 1
// July, the half-year after the previous one, with rates of 0 to 10000
// basis points and a non-blank source. A rate for a half-year already in
// the table must equal it. The engine copies the rates.
func WithInterestRates(rates ...Rate) Option {
	rates = slices.Clone(rates)
	return func(e *engine) error {
		for i, x := range rates {
			p := strictjson.Index("interest_rates", i)
			if m, d := x.From.Month(), x.From.Day(); x.From.IsZero() || d != 1 || (m != time.January && m != time.July) {
				return strictjson.Errorf(p+".from", "%s is not a 1 January or 1 July", x.From)
			}
			if x.Consumer < 0 || x.Consumer > 10000 || x.Other < 0 || x.Other > 10000 {
				return strictjson.Errorf(p, "rates out of range (want 0 to 10000 basis points)")
			}
			if err := checkBasis(p+".source", x.Source); err != nil {
				return err
			}
			last := e.rates[len(e.rates)-1]
			switch {
			case !x.From.After(last.From):
				known := false
				for _, y := range e.rates {
					if y.From.Equal(x.From) {
						known = true
						if y != x && (y.Consumer != x.Consumer || y.Other != x.Other) {
							return strictjson.Errorf(p, "the table already has other rates for the half-year from %s", x.From)
						}
					}
				}
				if !known {
					return strictjson.Errorf(p+".from", "%s is inside the table but not one of its half-years", x.From)
				}
			case !x.From.Equal(last.From.AddMonths(6)):
				return strictjson.Errorf(p+".from", "%s leaves a gap after the half-year from %s", x.From, last.From)
			default:
				e.rates = append(e.rates, x)
			}
		}
		return nil
	}
}

// New validates r (Rules.Validate) and returns an Engine answering with r
// on cal, whose public holidays move a withdrawal period's last day off a
// rest day. r is copied: changing it afterwards does not change the
// Engine. A zero Rules gives an Engine that has no rule (its answers
// match explain.ErrNoRule), never an implicit statute.
//
// Options extend the engine: WithInterestRates adds legal interest rates.
func New(r Rules, cal calendar.Calendar, opts ...Option) (Engine, error) {
	if cal.IsZero() {
		return Engine{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return Engine{}, err
	}
	e := &engine{rules: r.clone(), cal: cal, rates: LegalInterestRates()}
	if !r.InterestRates.IsZero() {
		_ = WithInterestRates(r.InterestRates.Rates()...)(e) // validated above
	}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(e); err != nil {
			return Engine{}, err
		}
	}
	return Engine{e}, nil
}

// InterestRates returns a copy of the engine's legal interest table.
func (e Engine) InterestRates() []Rate {
	if e.e == nil {
		return nil
	}
	return slices.Clone(e.e.rates)
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
	return quote(&e.e.rules, e.e.cal, e.e.rates, c, false, nil)
}

// Workspace is memory that Engine.QuoteIn reuses from one quote to the
// next, for quoting many cases in a row (a replay, a bulk check): a quote
// then allocates no working memory of its own. The zero Workspace is ready
// to use. A Workspace is not safe for concurrent use: give each goroutine
// its own. Time zones and daylight-saving time do not concern it.
type Workspace struct {
	plain  *outStore
	market *marketOut
}

// QuoteIn is Quote using w's memory. The Quote it returns shares that
// memory (its Basis, Components and splits), so it is valid only until
// the next QuoteIn with w, which overwrites it; keep what you need from it
// before (amounts, dates and strings are values and stay valid). Use Quote
// for a quote you keep. A nil w is Quote.
func (e Engine) QuoteIn(w *Workspace, c Case) (Quote, error) {
	if e.e == nil {
		return Quote{}, ErrNoEngine
	}
	return quote(&e.e.rules, e.e.cal, e.e.rates, c, false, w)
}

// ErrNoEngine is returned by the methods of the zero Engine.
var ErrNoEngine = errors.New("refund: zero Engine (use New)")

// noRule is the error for a question the rules have no rule for.
func noRule(format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, explain.ErrNoRule)...)
}
