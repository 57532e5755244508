// Package explain records the basis of a decision: which rule, applied to
// which facts, under which statute article or policy clause, produced each
// step of a result. Every decision type in aftersales carries a Basis.
//
// A Basis is plain data: it marshals to JSON for audit logs and renders as
// text for people in the market's language through a Catalog of
// translations (golang.org/x/text/message). Languages without a translation
// fall back to English, which is also the message key.
package explain

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
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
	seen := map[string]bool{}
	for _, s := range b.Steps {
		if s.Basis == "" || seen[s.Basis] {
			continue
		}
		seen[s.Basis] = true
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

// Languages lists the languages a Catalog may hold translations for.
// English is the language of the message keys.
var supported = []language.Tag{language.English, language.French, language.Polish}

// Catalog holds translations of step texts. Build one with NewCatalog; the
// zero Catalog renders English only. A Catalog is immutable once built and
// safe for concurrent use.
type Catalog struct {
	b *catalog.Builder
}

// Translations maps a language (BCP 47, "fr") to a map from English message
// key (Step.Text) to the translated format string with the same verbs.
type Translations map[string]map[string]string

// NewCatalog builds a Catalog from sets of translations, typically one per
// package (sla.Translations(), refund.Translations(), ...). A language that
// is not well-formed BCP 47 is an error naming it.
func NewCatalog(sets ...Translations) (Catalog, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, set := range sets {
		for lang, msgs := range set {
			tag, err := language.Parse(lang)
			if err != nil {
				return Catalog{}, fmt.Errorf("explain: translations: language %q: %v", lang, err)
			}
			for key, msg := range msgs {
				if err := b.SetString(tag, key, msg); err != nil {
					return Catalog{}, fmt.Errorf("explain: translations[%q][%q]: %v", lang, key, err)
				}
			}
		}
	}
	return Catalog{b: b}, nil
}

// Match returns the supported language closest to tag (English, French or
// Polish), English when nothing is close.
func Match(tag language.Tag) language.Tag {
	// A supported tag matches itself exactly: no matcher needed (building
	// one per call cost a quarter of a served decision).
	for _, s := range supported {
		if tag == s {
			return s
		}
	}
	m := language.NewMatcher(supported)
	_, i, conf := m.Match(tag)
	if conf == language.No {
		return language.English
	}
	return supported[i]
}

// Line renders one step as a sentence in lang, followed by its source in
// parentheses when it has one.
func (c Catalog) Line(s Step, lang language.Tag) string {
	lang = Match(lang)
	return c.line(c.printer(lang), s, lang)
}

func (c Catalog) printer(lang language.Tag) *message.Printer {
	if c.b == nil {
		return nil
	}
	return message.NewPrinter(lang, message.Catalog(c.b))
}

func (c Catalog) line(p *message.Printer, s Step, lang language.Tag) string {
	args := make([]any, len(s.Args))
	for i, a := range s.Args {
		if l, ok := a.(Localizer); ok {
			args[i] = l.Localize(lang)
		} else {
			args[i] = a
		}
	}
	var text string
	if p != nil {
		text = p.Sprintf(s.Text, args...)
	} else {
		text = fmt.Sprintf(s.Text, args...)
	}
	if s.Basis != "" {
		text += " (" + s.Basis + ")"
	}
	return text
}

// Lines renders every step of b in lang, one sentence per step.
func (c Catalog) Lines(b Basis, lang language.Tag) []string {
	lang = Match(lang)
	p := c.printer(lang)
	out := make([]string, len(b.Steps))
	for i, s := range b.Steps {
		out[i] = c.line(p, s, lang)
	}
	return out
}

// Render renders b in lang as text, one step per line, each line starting
// with "- ".
func (c Catalog) Render(b Basis, lang language.Tag) string {
	var sb strings.Builder
	for _, l := range c.Lines(b, lang) {
		sb.WriteString("- ")
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	return sb.String()
}
