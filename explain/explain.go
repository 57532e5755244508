// Package explain records the basis of a decision: which rule, applied to
// which facts, under which statute article or policy clause, produced each
// step of a result. Every decision type in aftersales carries a Basis.
//
// A Basis is plain data: it marshals to JSON for audit logs and renders as
// text for people in the market's language through a Catalog of
// translations, one per supported language (Languages), compiled once per
// engine. Languages without a translation fall back to English, which is
// also the message key.
package explain

import (
	"fmt"
	"slices"

	"golang.org/x/text/language"
)

// A Fact is one input a rule used, as a name and a printable value
// ("delivered" = "2026-02-14"). Values are already formatted: dates as
// YYYY-MM-DD, instants in RFC 3339, amounts as decimal strings with their
// currency.
type Fact struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// F returns the Fact name = value, formatting value with fmt's %v verb.
// Types with a String method (calendar.Date, money.Amount, time.Duration)
// print through it.
func F(name string, value any) Fact {
	switch v := value.(type) {
	case string:
		return Fact{Name: name, Value: v}
	case fmt.Stringer:
		return Fact{Name: name, Value: v.String()}
	}
	return Fact{Name: name, Value: fmt.Sprint(value)}
}

// A Step is one rule applied: its stable identifier (Rule, for example
// "withdrawal.period"), its source (Basis, a statute article such as
// "C. consom. L221-18" or a policy clause such as "Opisto charter §II"), the
// facts it used and a sentence saying what it concluded.
//
// The sentence is a message key in English with fmt verbs (Text) and its
// arguments (Args). Args that implement Localizer are localised before
// formatting; other arguments print with fmt. The zero Step is empty and
// renders as an empty line.
type Step struct {
	Rule  string `json:"rule"`
	Basis string `json:"basis,omitempty"`
	Facts []Fact `json:"facts,omitempty"`
	Text  string `json:"text"`
	Args  []any  `json:"args,omitempty"`
}

// A Localizer is an argument that formats itself for a language, such as an
// amount of money ("1 234,50 €" in French, "€1,234.50" in English).
type Localizer interface {
	Localize(tag language.Tag) string
}

// Basis is the ordered list of steps behind a decision. The zero Basis has
// no steps. A Basis is a value: Add returns a new Basis and never changes
// the receiver's visible steps, so a Basis can be shared between
// goroutines once built.
type Basis struct {
	Steps []Step `json:"steps"`
}

// Of returns a Basis holding steps.
func Of(steps ...Step) Basis {
	return Basis{Steps: append([]Step(nil), steps...)}
}

// Add returns b with steps appended. The receiver is left unchanged.
func (b Basis) Add(steps ...Step) Basis {
	out := make([]Step, 0, len(b.Steps)+len(steps))
	out = append(out, b.Steps...)
	out = append(out, steps...)
	return Basis{Steps: out}
}

// Join returns the steps of all bases, in order, as one Basis.
func Join(bases ...Basis) Basis {
	n := 0
	for _, b := range bases {
		n += len(b.Steps)
	}
	out := make([]Step, 0, n)
	for _, b := range bases {
		out = append(out, b.Steps...)
	}
	return Basis{Steps: out}
}

// Sources returns the distinct sources (Step.Basis) cited by b, in order of
// first appearance.
func (b Basis) Sources() []string {
	var out []string
	var seen map[string]bool // only for long lists: a short one is searched
	for _, s := range b.Steps {
		if s.Basis == "" {
			continue
		}
		if seen != nil {
			if seen[s.Basis] {
				continue
			}
			seen[s.Basis] = true
		} else if slices.Contains(out, s.Basis) {
			continue
		} else if len(out) == 32 {
			seen = make(map[string]bool, 64)
			for _, x := range out {
				seen[x] = true
			}
			seen[s.Basis] = true
		}
		out = append(out, s.Basis)
	}
	return out
}

// Rules returns the rule identifiers of b's steps, in order.
func (b Basis) Rules() []string {
	out := make([]string, 0, len(b.Steps))
	for _, s := range b.Steps {
		out = append(out, s.Rule)
	}
	return out
}
