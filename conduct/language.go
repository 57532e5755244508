package conduct

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/conduct/langid"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/cldr"
	"golang.org/x/text/language"
)

// LanguageVerdict is the outcome of a language check.
type LanguageVerdict string

// The verdicts of CheckLanguage.
const (
	// LanguageOK: the reply is written in the market's language.
	LanguageOK LanguageVerdict = "ok"
	// LanguageWrong: the reply is reliably identified in another language.
	LanguageWrong LanguageVerdict = "wrong_language"
	// LanguageUndetermined: the reply is too short, or its language too
	// uncertain, to say. It is never reported as a breach.
	LanguageUndetermined LanguageVerdict = "undetermined"
)

// LanguageCheck is the result of LanguageChecker.Check: the language a
// seller's reply is written in against the language of the market where
// the sale takes place. It marshals to {"language", "expected",
// "verdict", "confidence", "basis"}.
type LanguageCheck struct {
	// Language is the identified language (ISO 639-1), "" when the reply
	// is too short to identify.
	Language string `json:"language"`
	// Expected is the market's language (ISO 639-1).
	Expected string `json:"expected"`
	// Verdict is ok, wrong_language or undetermined.
	Verdict LanguageVerdict `json:"verdict"`
	// Confidence is langid's posterior of Language (0 to 1, three
	// decimals); 0 when Language is "".
	Confidence float64 `json:"confidence"`
	// Basis cites the charter clause.
	Basis explain.Basis `json:"basis"`
}

// Breach reports a reply reliably written in another language than the
// market's. An undetermined check is never a breach.
func (c LanguageCheck) Breach() bool { return c.Verdict == LanguageWrong }

// LanguageChecker checks that replies are written in the language of the
// market where the sale takes place, with the language identifier of
// package langid. Build it once with NewLanguageChecker: it is immutable
// and safe for concurrent use. The zero LanguageChecker is not usable: its
// Check returns ErrNoLanguageChecker. Checking does not depend on time, so
// daylight-saving time plays no part.
type LanguageChecker struct {
	id     langid.Identifier
	clause string
}

// ErrNoLanguageChecker is returned by Check on the zero LanguageChecker.
var ErrNoLanguageChecker = errors.New("conduct: zero LanguageChecker (use NewLanguageChecker)")

// NewLanguageChecker loads the language profiles and returns a checker
// citing clause (for Swapiphone, preset.ClauseSwapiphoneLanguage). An
// empty clause is an error: every finding cites the charter.
func NewLanguageChecker(clause string) (LanguageChecker, error) {
	if strings.TrimSpace(clause) == "" {
		return LanguageChecker{}, &field.Error{Path: "clause", Err: errors.New("must cite the clause requiring the market's language")}
	}
	id, err := langid.New()
	if err != nil {
		return LanguageChecker{}, err
	}
	return LanguageChecker{id: id, clause: clause}, nil
}

// NewLanguageCheckerWith is NewLanguageChecker sharing an identifier
// already built (langid.New): building one costs tens of milliseconds, so
// a process builds it once. A zero id is refused.
func NewLanguageCheckerWith(id langid.Identifier, clause string) (LanguageChecker, error) {
	if strings.TrimSpace(clause) == "" {
		return LanguageChecker{}, &field.Error{Path: "clause", Err: errors.New("must cite the clause requiring the market's language")}
	}
	if id.IsZero() {
		return LanguageChecker{}, ErrNoLanguageChecker
	}
	return LanguageChecker{id: id, clause: clause}, nil
}

// MarketLanguage returns the ISO 639-1 code langid knows for lang, a BCP
// 47 tag ("fr", "fr-BE", "no" or "nn" for Norwegian Bokmål), or a
// *field.Error at path "market_lang".
func MarketLanguage(lang string) (string, error) {
	tag, err := language.Parse(lang)
	if err != nil {
		return "", &field.Error{Path: "market_lang", Err: fmt.Errorf("%q is not a language tag (want an ISO 639-1 code such as fr)", lang)}
	}
	base, _ := tag.Base()
	code := base.String()
	if code == "no" || code == "nn" {
		code = "nb"
	}
	for _, l := range langid.Languages() {
		if l == code {
			return code, nil
		}
	}
	return "", &field.Error{Path: "market_lang", Err: fmt.Errorf("%q is not a market language (want one of %s)", lang, strings.Join(langid.Languages(), ", "))}
}

// Check identifies the language of message and compares it with
// marketLang (see MarketLanguage). The verdict is:
//
//   - undetermined when the message has fewer than langid.MinLetters
//     letters once URLs, numbers, references and product names are
//     removed, when another language leads without being reliable, or
//     when another language leads but at least MixedMarketSharePercent of
//     the letters are in the market's language (a mixed reply);
//   - ok when the identified language is the market's;
//   - wrong_language when another language is reliably identified.
//
// A message
// over MaxMessageBytes returns an error wrapping ErrTooLarge; invalid
// UTF-8 an error wrapping ErrInvalidUTF8; an unknown market language a
// *field.Error at "market_lang".
func (c LanguageChecker) Check(message, marketLang string) (LanguageCheck, error) {
	if c.clause == "" {
		return LanguageCheck{}, ErrNoLanguageChecker
	}
	if len(message) > MaxMessageBytes {
		return LanguageCheck{}, fmt.Errorf("%w: %d bytes, the cap is %d bytes", ErrTooLarge, len(message), MaxMessageBytes)
	}
	if !utf8.ValidString(message) {
		return LanguageCheck{}, &UTF8Error{Offset: firstInvalid(message)}
	}
	want, err := MarketLanguage(marketLang)
	if err != nil {
		return LanguageCheck{}, err
	}
	r := c.id.Identify(message)
	out := LanguageCheck{Language: r.Lang, Expected: want, Confidence: math.Round(r.Confidence*1000) / 1000}
	step := explain.Step{Rule: "conduct.language", Basis: c.clause}
	facts := []explain.Fact{explain.F("expected", want), explain.F("identified", r.Lang), explain.F("confidence", out.Confidence)}
	switch {
	case r.Lang == "":
		out.Verdict = LanguageUndetermined
		step.Facts = facts[:1:1]
		step.Text = textLangShort
		step.Args = []any{r.Letters, langid.MinLetters}
	case r.Lang == want:
		out.Verdict = LanguageOK
		step.Facts = facts
		step.Text = textLangOK
		step.Args = []any{langName(want)}
	case !r.Reliable:
		out.Verdict = LanguageUndetermined
		step.Facts = facts
		step.Text = textLangUncertain
		step.Args = []any{langName(r.Lang), int(math.Round(r.Confidence * 100))}
	case c.marketShare(message, want) >= MixedMarketSharePercent:
		share := c.marketShare(message, want)
		out.Verdict = LanguageUndetermined
		step.Facts = append(facts, explain.F("market_language_share_percent", share))
		step.Text = textLangMixed
		step.Args = []any{langName(r.Lang), langName(want), share}
	default:
		out.Verdict = LanguageWrong
		step.Facts = facts
		step.Text = textLangWrong
		step.Args = []any{langName(r.Lang), langName(want)}
	}
	out.Basis = explain.Of(step)
	return out, nil
}

// MixedMarketSharePercent is the share of a reply's letters, in percent,
// written in the market's language from which a reply identified as
// another language is a mixed reply: undetermined, not a breach. The
// share is counted over the reply's clauses (split at , . ; : ! ? followed
// by a space, and at line ends) of at least langid.MinLetters letters; a
// clause counts for the market's language when its posterior for it is at
// least 0.1.
const MixedMarketSharePercent = 33

// marketShare returns the percentage of the letters of message's
// identifiable clauses that are in lang.
func (c LanguageChecker) marketShare(message, lang string) int {
	in, all := 0, 0
	for len(message) > 0 {
		end := clauseEnd(message)
		r := c.id.Identify(message[:end])
		message = message[end:]
		if r.Lang == "" {
			continue
		}
		all += r.Letters
		for _, s := range r.Scores {
			if s.Lang == lang && s.Score >= 0.1 {
				in += r.Letters
			}
		}
	}
	if all == 0 {
		return 0
	}
	return in * 100 / all
}

// clauseEnd returns the end of the first clause of s: after a , . ; : ! ?
// followed by white space or the end, or after a line end.
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i + 1
		case ',', '.', ';', ':', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n' || s[i+1] == '\r' {
				return i + 1
			}
		}
	}
	return len(s)
}

// The step texts of Check.
const (
	textLangOK        = "the reply is written in %s, the language of the market where the sale takes place"
	textLangWrong     = "the reply is written in %s, not in %s, the language of the market where the sale takes place"
	textLangShort     = "the reply has %d letters once numbers, addresses and product names are removed, fewer than the %d needed to identify its language: not reported as a breach"
	textLangUncertain = "the reply looks written in %s but the identification is uncertain (confidence %d %%): not reported as a breach"
	textLangMixed     = "the reply mixes %s with %s, the language of the market (%d%% of its letters): not reported as a breach"
)

// langName is a language code as a step argument: written as the
// language's name in the reader's language ("allemand" in French, from
// CLDR), and as the code in JSON.
type langName string

// AppendIn appends the name of n in the language of base code lang
// (explain.LangAppender).
func (n langName) AppendIn(dst []byte, lang string) []byte {
	l, _ := cldr.For(lang)
	return append(dst, l.LanguageName(string(n))...)
}

// Localize returns the name of n in the language of tag.
func (n langName) Localize(tag language.Tag) string {
	base, _ := tag.Base()
	return string(n.AppendIn(nil, base.String()))
}

// String returns the English name of n.
func (n langName) String() string { return string(n.AppendIn(nil, "en")) }
