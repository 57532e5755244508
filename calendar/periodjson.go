package calendar

import (
	"embed"
	"io/fs"

	"encoding/json"
	"strconv"
	"time"

	"github.com/aftersales/aftersales/explain"
)

// Step texts of a legal period's basis (catalog keys, translated by
// Translations).
const (
	textPeriodDays   = "Counted from %s (the day of the event is not counted), a period of %d days ends on %s."
	textPeriodMonths = "Counted from %s (the day of the event is not counted), a period of %d months ends on %s."
	textPeriodYears  = "Counted from %s (the day of the event is not counted), a period of %d years ends on %s."
	textPeriodRoll   = "%s is a Saturday, Sunday or public holiday (%s): the period ends on the next working day, %s."
)

// periodSource is the rule legal periods follow unless a market's law says
// otherwise.
const periodSource = "Regulation (EEC, Euratom) 1182/71 art. 3"

// Basis returns the explanation of p: how the period was counted and, for
// each rest day the last day moved over, why. It is a fresh value.
func (p Period) Basis() explain.Basis {
	length := strconv.Itoa(p.N) + " " + p.Unit.String()
	text := textPeriodDays
	switch p.Unit {
	case Months:
		text = textPeriodMonths
	case Years:
		text = textPeriodYears
	}
	steps := []explain.Step{{
		Rule:  "calendar.period",
		Basis: periodSource,
		Facts: []explain.Fact{explain.F("event", p.Event), explain.F("length", length), explain.F("nominal_last_day", p.Nominal)},
		Text:  text,
		Args:  []any{p.Event, p.N, p.Nominal},
	}}
	for i, s := range p.Skipped {
		next := p.LastDay
		if i+1 < len(p.Skipped) {
			next = p.Skipped[i+1].Date
		}
		facts := []explain.Fact{explain.F("day", s.Date), explain.F("reason", s.Name)}
		basis := periodSource + "(4)"
		if s.Basis != "" {
			basis += "; " + s.Basis
		}
		if s.Unconfirmed {
			// The day's status as a public holiday is unconfirmed: the
			// step says so, for the caller to check.
			facts = append(facts, explain.F("holiday_unconfirmed", true))
			basis += " (holiday unconfirmed)"
		}
		steps = append(steps, explain.Step{
			Rule:  "calendar.period.roll",
			Basis: basis,
			Facts: facts,
			Text:  textPeriodRoll,
			Args:  []any{s.Date, ReasonArg(s), next},
		})
	}
	return explain.Basis{Steps: steps}
}

// MarshalJSON writes the documented form of a period:
//
//	{"event":"2025-05-26","length":"14 days","nominal_last_day":"2025-06-09",
//	 "last_day":"2025-06-10","closes":"2025-06-11T00:00:00+02:00","rolled":true,
//	 "skipped":[{"date":"2025-06-09","reason":"Lundi de Pentecôte"}],"basis":{…}}
//
// closes is RFC 3339 in the calendar's offset; skipped is [] when nothing
// was skipped.
func (p Period) MarshalJSON() ([]byte, error) {
	type skip struct {
		Date        Date   `json:"date"`
		Reason      string `json:"reason"`
		Unconfirmed bool   `json:"unconfirmed,omitempty"`
	}
	out := struct {
		Event   Date          `json:"event"`
		Length  string        `json:"length"`
		Nominal Date          `json:"nominal_last_day"`
		LastDay Date          `json:"last_day"`
		Closes  time.Time     `json:"closes"`
		Rolled  bool          `json:"rolled"`
		Skipped []skip        `json:"skipped"`
		Basis   explain.Basis `json:"basis"`
	}{p.Event, strconv.Itoa(p.N) + " " + p.Unit.String(), p.Nominal, p.LastDay, p.Closes, p.Rolled(), []skip{}, p.Basis()}
	for _, s := range p.Skipped {
		out.Skipped = append(out.Skipped, skip{s.Date, s.Name, s.Unconfirmed})
	}
	return json.Marshal(out)
}

// Translations returns the translations of every step text and phrase the
// package emits, in every supported language, from the catalogs kept as
// data in texts/ (one JSON object per language, keyed by the English
// text). It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.MustLoadTranslations(Texts())
}

// Texts returns the catalogs of Translations as data: one file LANG.json
// per language (explain.LoadCatalog reads only the languages it is asked
// for).
func Texts() fs.FS {
	sub, _ := fs.Sub(texts, "texts")
	return sub
}

//go:embed texts/*.json
var texts embed.FS
