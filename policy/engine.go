package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// Engine is a compiled policy: validated once, each calendar built once,
// each rule package's engine built once. Every question about the policy is
// asked through it (or through the rule engines it hands out).
//
// An Engine is an immutable, pointer-sized value, safe for concurrent use
// by any number of goroutines. The zero Engine is not usable; its accessors
// return zero values. Daylight-saving time is handled by the calendar each
// engine counts on (see calendar.Calendar).
type Engine struct{ e *engine }

type engine struct {
	policy   Policy
	version  string
	cal      calendar.Calendar
	sla      sla.Engine
	refund   refund.Engine
	warranty warranty.Engine
	dispute  dispute.Engine
	conduct  conduct.Engine
	catalog  explain.Catalog
	served   []Market        // the policy's markets, in its order
	markets  []*marketEngine // the engines built: every served market, or those CompileFor names
}

// Compile validates p and builds everything its questions need: the
// calendar, the engine of every rule package and the translation catalog.
// Errors are *field.Error values naming the policy field. p is copied:
// changing it afterwards does not change the Engine.
func Compile(p Policy) (Engine, error) { return compile(p, nil, true, nil) }

// CompileFor is Compile building the engines (Engine.Market) of the named
// markets only, each a market the policy serves (ISO 3166-1 alpha-2):
// each market engine builds that market's calendar, about 0.4 ms, so a
// process answering one question of the policy's own rules (a reply
// deadline) calls CompileFor(p) and builds none. Both build the catalog
// of every language, about 33 ms on the 2-core machine (BenchmarkCatalog:
// about 33 ms): SwapiPhone with its eleven markets takes about 39 ms
// (BenchmarkCompile/swapiphone: about 39 ms), with none of them about
// 32 ms (BenchmarkCompileFor: about 32 ms). A process that renders one
// language compiles with CompileWith and Options.Languages empty, and
// builds that language's catalog alone (BenchmarkCatalogOneLanguage:
// about 1.7 ms). Engine.Market refuses a
// served market whose engine was not built; every other method answers
// as under Compile (same Version). A market's code and region are then
// checked only when its engine is built.
func CompileFor(p Policy, markets ...string) (Engine, error) {
	if markets == nil {
		markets = []string{}
	}
	return compile(p, markets, false, nil)
}

// Options choose what CompileWith builds beside the rules. The zero
// Options builds everything, as Compile does.
type Options struct {
	// Markets names the served markets whose engines (Engine.Market) are
	// built, as CompileFor: nil builds every served market, an empty
	// non-nil slice none.
	Markets []string
	// Languages names the languages the engine's catalog holds (English
	// always): nil holds every supported language, an empty non-nil slice
	// English only. The catalog of every language costs a few
	// milliseconds to build (BenchmarkCatalog); a process rendering one
	// decision builds its one language with CatalogFor instead.
	Languages []language.Tag
}

// CompileWith is Compile building only what o names.
func CompileWith(p Policy, o Options) (Engine, error) {
	return compile(p, o.Markets, o.Markets == nil, o.Languages)
}

func compile(p Policy, only []string, all bool, langs []language.Tag) (Engine, error) {
	if err := p.Validate(); err != nil {
		return Engine{}, err
	}
	enc, err := Encode(p)
	if err != nil {
		return Engine{}, err
	}
	// The copy is the policy decoded again from its canonical encoding: it
	// shares no memory with p.
	cp, err := Decode(enc)
	if err != nil {
		return Engine{}, err
	}
	sum := sha256.Sum256(enc)
	e := &engine{policy: cp, version: "sha256:" + hex.EncodeToString(sum[:])}
	if e.cal, err = calendar.New(cp.Calendar); err != nil {
		return Engine{}, field.At("calendar", err)
	}
	if e.sla, err = sla.New(cp.SLA, e.cal); err != nil {
		return Engine{}, field.At("sla", err)
	}
	if e.refund, err = refund.New(cp.Refund, e.cal); err != nil {
		return Engine{}, field.At("refund", err)
	}
	if e.warranty, err = warranty.New(cp.Warranty, e.cal); err != nil {
		return Engine{}, field.At("warranty", err)
	}
	if e.dispute, err = dispute.New(cp.Dispute, e.cal); err != nil {
		return Engine{}, field.At("dispute", err)
	}
	if e.conduct, err = conduct.New(cp.Conduct, e.cal); err != nil {
		return Engine{}, field.At("conduct", err)
	}
	if e.catalog, err = CatalogFor(langs); err != nil {
		return Engine{}, err
	}
	e.served = cp.markets()
	for i, code := range only {
		if !slices.ContainsFunc(e.served, func(m Market) bool { return m.Code == code }) {
			return Engine{}, field.Errorf(field.Index("market", i), "%q is not served by policy %s", code, cp.Name)
		}
	}
	for i, m := range e.served {
		if !all && !slices.Contains(only, m.Code) {
			continue
		}
		me, err := compileMarket(cp, m, field.Index("markets", i))
		if err != nil {
			return Engine{}, err
		}
		e.markets = append(e.markets, me)
	}
	return Engine{e}, nil
}

// Name returns the policy's name ("opisto").
func (e Engine) Name() string {
	if e.e == nil {
		return ""
	}
	return e.e.policy.Name
}

// Version identifies the exact policy the engine was compiled from: the
// SHA-256 of its canonical JSON encoding, as "sha256:<hex>". Two engines
// with the same Version answer every question alike.
func (e Engine) Version() string {
	if e.e == nil {
		return ""
	}
	return e.e.version
}

// Policy returns a copy of the compiled policy.
func (e Engine) Policy() Policy {
	if e.e == nil {
		return Policy{}
	}
	enc, err := Encode(e.e.policy)
	if err != nil {
		return Policy{}
	}
	cp, err := Decode(enc)
	if err != nil {
		return Policy{}
	}
	return cp
}

// Calendar returns the policy's calendar.
func (e Engine) Calendar() calendar.Calendar {
	if e.e == nil {
		return calendar.Calendar{}
	}
	return e.e.cal
}

// SLA returns the reply-deadline engine.
func (e Engine) SLA() sla.Engine {
	if e.e == nil {
		return sla.Engine{}
	}
	return e.e.sla
}

// SellerSLA returns the reply-deadline engine for a seller in market (and
// region): when the policy counts reply deadlines on the seller's
// calendar (reply_calendar "seller"), the policy's SLA rules on that
// market's holidays and time zone with the policy calendar's weekly
// schedule, built on each call (about half a millisecond); otherwise the
// platform's engine, SLA(), whatever the market. A policy on the seller's
// calendar needs the market: "" is a *field.Error at "seller_market", as
// is a market the library has no calendar for.
func (e Engine) SellerSLA(market, region string) (sla.Engine, error) {
	if e.e == nil {
		return sla.Engine{}, field.Errorf("seller_market", "no policy")
	}
	p := e.e.policy
	if p.ReplyCalendar != "seller" {
		return e.e.sla, nil
	}
	if market == "" {
		return sla.Engine{}, field.Errorf("seller_market", "missing: policy %s counts reply deadlines on the seller's calendar", p.Name)
	}
	spec := calendar.Spec{Market: market, Region: region}
	if p.Calendar.Week != nil {
		w := *p.Calendar.Week
		spec.Week = &w
	}
	cal, err := calendar.New(spec)
	if err != nil {
		return sla.Engine{}, field.At("seller_market", err)
	}
	return sla.New(p.SLA, cal)
}

// Refund returns the withdrawal and refund engine.
func (e Engine) Refund() refund.Engine {
	if e.e == nil {
		return refund.Engine{}
	}
	return e.e.refund
}

// Warranty returns the guarantee engine.
func (e Engine) Warranty() warranty.Engine {
	if e.e == nil {
		return warranty.Engine{}
	}
	return e.e.warranty
}

// Dispute returns the dispute engine.
func (e Engine) Dispute() dispute.Engine {
	if e.e == nil {
		return dispute.Engine{}
	}
	return e.e.dispute
}

// Conduct returns the seller-conduct engine.
func (e Engine) Conduct() conduct.Engine {
	if e.e == nil {
		return conduct.Engine{}
	}
	return e.e.conduct
}

// Catalog returns the translation catalog every explanation of the policy
// is rendered with.
func (e Engine) Catalog() explain.Catalog {
	if e.e == nil {
		return explain.Catalog{}
	}
	return e.e.catalog
}
