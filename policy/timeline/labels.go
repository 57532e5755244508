package timeline

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// labels are the words of a chart in one language: the English labels,
// by key, and the catalog of the chart's language, which holds the
// translation of each label under its phrase key "KEY|English label"
// (phraseKey).
type labels struct {
	lang language.Tag
	en   map[string]string
	cat  explain.Catalog
}

// get is the label of key in the chart's language (English when the
// language's catalog has no translation of it), or key's own text when
// it has none (an enumeration value such as a state the labels do not
// name yet).
func (l labels) get(key string) string {
	if en, ok := l.en[key]; ok {
		return l.cat.Phrase(l.lang, phraseKey(key, en))
	}
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[i+1:]
		}
	}
	return key
}

// phraseKey is the message key of a label in the catalogs: the label's
// key as the phrase's context, then its English text ("state.open|open").
func phraseKey(key, en string) string { return key + "|" + en }

// Languages lists the languages a chart is drawn in: every supported
// language (explain.Languages), by code. A label a language's catalog
// does not translate yet is drawn in English.
func Languages() []string {
	var out []string
	for _, t := range explain.Languages() {
		out = append(out, t.String())
	}
	return out
}

// labelsFor is the labels of lang (its supported base language: "fr-BE"
// → fr); English when lang is not supported. Only lang's catalog file is
// read.
func labelsFor(lang string) labels {
	tag := language.English
	if t, err := language.Parse(strings.TrimSpace(lang)); err == nil && explain.Supported(t) {
		tag = explain.Match(t)
	}
	l := labels{lang: tag, en: labelTable()}
	if tag != language.English {
		// The catalogs are embedded and checked by the tests
		// (TestCatalog): an error leaves the labels in English.
		if cat, err := explain.LoadCatalog([]language.Tag{tag}, Texts()); err == nil {
			l.cat = cat
		}
	}
	return l
}

//go:embed texts/*.json
var textsFS embed.FS

// Texts returns the translations of the labels as data: one file
// LANG.json per language, from phrase key ("state.open|open": the
// label's key, then its English text) to translation.
func Texts() fs.FS {
	sub, err := fs.Sub(textsFS, "texts")
	if err != nil {
		return textsFS
	}
	return sub
}

// Translations returns the translations of Texts, in every language that
// has a file. It returns a fresh map each call.
func Translations() explain.Translations { return explain.MustLoadTranslations(Texts()) }

// labelTable is every label in English, by key (a fresh map each call:
// no package-level state).
func labelTable() map[string]string {
	return map[string]string{

		"title.deadline": "Reply deadline", "title.withdrawal": "Withdrawal", "title.quote": "Refund",
		"title.warranty": "Guarantees", "title.conversation": "Conversation", "title.escalation": "Escalation",
		"reply.window": "reply window", "received": "received", "reply.due": "reply due",
		"delivered": "delivered", "informed": "informed", "shipped_back": "sent back", "goods_back": "goods back",
		"withdrawal.window": "withdrawal window", "withdrawal.normal": "withdrawal period", "withdrawal.extension": "extension (not informed)",
		"withdrawal.last": "last day", "withdrawal.closes": "closes", "withdrawal.on.open": "asked: open", "withdrawal.on.closed": "asked: closed",
		"refund.period": "refund period", "refund.late": "late band", "refund.due": "refund due", "refunded": "refunded",
		"contract": "contract", "appeared": "defect appeared", "discovered": "defect discovered", "assessed": "assessed",
		"warranty.conformity": "legal guarantee", "warranty.presumption": "presumption", "warranty.hidden": "hidden defect",
		"warranty.commercial": "commercial guarantee", "warranty.limitation": "limitation", "warranty.longstop": "long stop",
		"warranty.remedy.due": "repair due", "warranty.refund.due": "refund due",
		"vacation": "vacation", "answered": "answered", "update.due": "update due", "at": "evaluated at",
		"kind.question": "question", "kind.complaint": "complaint", "kind.review": "review", "kind.negative-review": "negative review", "kind.message": "message", "kind.": "reply",
		"state.open": "open", "state.due-soon": "due soon", "state.breached": "breached", "state.answered-on-time": "answered on time",
		"state.answered-late": "answered late", "state.no-reply-needed": "no reply needed",
		"state.pending": "pending", "state.met": "met", "state.missed": "missed", "state.not-applicable": "not applicable",
		"escalation.level": "level", "escalation.commitment": "commitment", "escalation.target": "target",
		"escalation.commitment-met": "commitment met", "escalation.commitment-missed": "commitment missed",
		"escalation.target-missed": "target missed", "escalation.resolved": "resolved",
		"legend.rest": "weekend or rest day", "legend.holiday": "public holiday", "legend.closed": "closure",
		"legend.scale": "days off not shaded at this scale",
	}
}
