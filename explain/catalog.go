package explain

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// A Phraser is an argument that is itself a phrase of the catalog, such as
// the kind of a message ("negative review") or a component of a refund
// ("the delivery surcharge"): Phrase returns its English text, the message
// key under which each catalog holds its translation. The phrase is
// translated before it is put into the sentence, so catalogs translate the
// word once and every sentence that uses it agrees.
//
// A phrase may carry a context before a bar, "state|open": the context
// tells apart two uses of one English word that other languages translate
// differently, and English shows the text after the bar ("open").
type Phraser interface {
	Phrase() string
}

// A Msg is an argument that is itself a message of the catalog with its
// own arguments, such as a delay ("%d business hours" with 72): the
// catalog renders it in the reader's language before putting it into the
// sentence. Its String and JSON forms are its English rendering, so a step
// that used to carry the English text as a plain string keeps its JSON.
type Msg struct {
	Key  string
	Args []any
}

// String renders m in English.
func (m Msg) String() string { return string(Catalog{}.appendf(nil, langEN, m.Key, m.Args)) }

// MarshalJSON writes m's English rendering as a JSON string.
func (m Msg) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

// A Messager is an argument that renders as a message of the catalog
// (Msg), such as a length of time ("%d h %d min"), while its JSON form
// stays its own (an ISO 8601 duration).
type Messager interface {
	Message() Msg
}

// A LangAppender is a Localizer that appends its text in the language of
// a base code ("fr", one of Languages) without allocating; a Catalog
// prefers it to Appender and Localizer, as it saves deriving the language
// from a tag for every argument.
type LangAppender interface {
	AppendIn(dst []byte, lang string) []byte
}

// An Appender is a Localizer that can append its text to a buffer without
// allocating; a Catalog prefers it to Localize when rendering.
type Appender interface {
	AppendLocalized(dst []byte, tag language.Tag) []byte
}

// Catalog holds the translations of step texts and phrases into the
// supported languages, each compiled once when the Catalog is built. Build
// one with NewCatalog, once per engine: rendering with it never parses a
// format again. The zero Catalog renders English only (through fmt). A
// Catalog is immutable and safe for concurrent use; copies share the same
// read-only tables.
type Catalog struct {
	d *catalogData
}

type catalogData struct {
	msgs [numLangs]map[string]template
	tags [numLangs]language.Tag
}

// Translations maps a language (BCP 47, "fr") to a map from English message
// key (Step.Text, or a Phraser's phrase) to the translated format string
// with the same verbs. A translation may reorder the arguments with
// explicit indexes ("%[2]s … %[1]s").
//
// A translation may choose words by the plural form of an integer
// argument, as CLDR's plural rules give it in that language:
// "{{N:one=jour|other=jours}}" writes "jour" when argument N (1-based, a
// %d of the key) is 1 in French (or 0), "jours" otherwise; the forms are
// zero, one, two, few, many and other (required; a missing form falls back
// to it). Polish: "%d {{1:one=dzień|few=dni|many=dni|other=dnia}}".
// English may give its own key with plural choices added ("Refunded %d
// {{1:one=day|other=days}} late"), and nothing else changed.
type Translations map[string]map[string]string

// NewCatalog builds a Catalog from sets of translations, typically one per
// package (sla.Translations(), refund.Translations(), ...). It refuses, with
// an error naming the language and the key:
//   - a language that is not well-formed BCP 47 or is not supported
//     (Languages);
//   - a translation that does not use exactly the arguments of its key, with
//     the same verb for each (a dropped or added placeholder);
//   - two sets translating one key differently in one language.
func NewCatalog(sets ...Translations) (Catalog, error) {
	d := &catalogData{}
	for i := range d.tags {
		d.tags[i] = language.Make(langCode(i))
		d.msgs[i] = map[string]template{}
	}
	en := d.msgs[langEN]
	for _, set := range sets {
		// Deterministic errors: languages and keys in order.
		langs := make([]string, 0, len(set))
		for l := range set {
			langs = append(langs, l)
		}
		slices.Sort(langs)
		for _, lang := range langs {
			tag, err := language.Parse(lang)
			if err != nil {
				return Catalog{}, fmt.Errorf("explain: translations: language %q: %v", lang, err)
			}
			li := tagIndex(tag)
			if li < 0 {
				return Catalog{}, fmt.Errorf("explain: translations: language %q is not supported; supported: %s", lang, LanguageCodes())
			}
			msgs := set[lang]
			keys := make([]string, 0, len(msgs))
			for k := range msgs {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, key := range keys {
				msg := msgs[key]
				kt, ok := en[key]
				if !ok {
					kt = compile(English(key))
					en[key] = kt
				}
				mt := compile(msg)
				if li == langEN && stripPlurals(mt) != English(key) {
					return Catalog{}, fmt.Errorf("explain: translations[%q][%q]: an English text may only add plural choices to its key", lang, key)
				}
				if err := sameArgs(kt, mt); err != nil {
					return Catalog{}, fmt.Errorf("explain: translations[%q][%q]: %v", lang, key, err)
				}
				if err := checkPlurals(kt, mt); err != nil {
					return Catalog{}, fmt.Errorf("explain: translations[%q][%q]: %v", lang, key, err)
				}
				if prev, ok := d.msgs[li][key]; ok && prev.src != msg && !(li == langEN && prev.src == English(key)) {
					return Catalog{}, fmt.Errorf("explain: translations[%q][%q]: translated twice, differently", lang, key)
				}
				d.msgs[li][key] = mt
			}
		}
	}
	return Catalog{d: d}, nil
}

// LoadTranslations reads translations kept as data: every file NAME.json
// at the root of fsys holds the messages of language NAME as one JSON
// object from English key to translation. Files of other names are
// ignored. An error names the file.
func LoadTranslations(fsys fs.FS) (Translations, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("explain: translations: %v", err)
	}
	out := Translations{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".json" {
			continue
		}
		lang := strings.TrimSuffix(name, ".json")
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("explain: translations: %v", err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("explain: translations: %s: %v", name, err)
		}
		out[lang] = m
	}
	return out, nil
}

// LoadCatalog builds a Catalog from translations kept as data (see
// LoadTranslations), reading only the files of langs: a process that
// renders in one language reads and compiles that language alone (and
// en.json, English's plural choices, when a source has one); nil langs
// reads every file.
func LoadCatalog(langs []language.Tag, sources ...fs.FS) (Catalog, error) {
	var sets []Translations
	for _, fsys := range sources {
		if langs == nil {
			t, err := LoadTranslations(fsys)
			if err != nil {
				return Catalog{}, err
			}
			sets = append(sets, t)
			continue
		}
		t := Translations{}
		for _, tag := range append([]language.Tag{language.English}, langs...) {
			i := tagIndex(tag)
			if i < 0 {
				return Catalog{}, fmt.Errorf("explain: language %q is not supported; supported: %s", tag, LanguageCodes())
			}
			code := langCode(i)
			if _, ok := t[code]; ok {
				continue
			}
			b, err := fs.ReadFile(fsys, code+".json")
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return Catalog{}, fmt.Errorf("explain: translations: %v", err)
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				return Catalog{}, fmt.Errorf("explain: translations: %s.json: %v", code, err)
			}
			t[code] = m
		}
		sets = append(sets, t)
	}
	return NewCatalog(sets...)
}

// MustLoadTranslations is LoadTranslations for data embedded in the
// program, which tests have checked: it panics on an error.
func MustLoadTranslations(fsys fs.FS) Translations {
	t, err := LoadTranslations(fsys)
	if err != nil {
		panic(err)
	}
	return t
}

// Has reports whether the catalog translates key into lang's language
// (English: whether it knows key at all).
func (c Catalog) Has(lang language.Tag, key string) bool {
	if c.d == nil {
		return false
	}
	i := tagIndex(lang)
	if i < 0 {
		return false
	}
	_, ok := c.d.msgs[i][key]
	return ok
}

// Line renders one step as a sentence in lang, followed by its source in
// parentheses when it has one.
func (c Catalog) Line(s Step, lang language.Tag) string {
	return string(c.AppendLine(nil, s, lang))
}

// AppendLine appends Line(s, lang) to dst.
func (c Catalog) AppendLine(dst []byte, s Step, lang language.Tag) []byte {
	li := tagIndex(lang)
	if li < 0 {
		li = langEN
	}
	return c.appendLine(dst, s, li)
}

func (c Catalog) appendLine(dst []byte, s Step, li int) []byte {
	dst = c.appendf(dst, li, s.Text, s.Args)
	if s.Basis != "" {
		dst = append(dst, " ("...)
		dst = append(dst, s.Basis...)
		dst = append(dst, ')')
	}
	return dst
}

// Sprintf formats the message key with args in lang, as a step text is
// rendered: the translation of key when the catalog has one, else key
// itself; Phraser, Appender and Localizer arguments are localised.
func (c Catalog) Sprintf(lang language.Tag, key string, args ...any) string {
	li := tagIndex(lang)
	if li < 0 {
		li = langEN
	}
	return string(c.appendf(nil, li, key, args))
}

// Phrase returns the translation of an English phrase (a message key
// without arguments, with or without a context) in lang; the English
// text when it has none.
func (c Catalog) Phrase(lang language.Tag, phrase string) string {
	return c.Sprintf(lang, phrase)
}

// English returns the English text of a message key: the key itself, or
// the text after the bar of a phrase with a context ("state|open" →
// "open"). A context is a non-empty run of lower-case letters, digits,
// dots, hyphens and underscores.
func English(key string) string {
	for i := 0; i < len(key); i++ {
		switch b := key[i]; {
		case b == '|':
			if i > 0 {
				return key[i+1:]
			}
			return key
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9', b == '.', b == '-', b == '_':
		default:
			return key
		}
	}
	return key
}

// Lines renders every step of b in lang, one sentence per step.
func (c Catalog) Lines(b Basis, lang language.Tag) []string {
	li := tagIndex(lang)
	if li < 0 {
		li = langEN
	}
	out := make([]string, len(b.Steps))
	var buf []byte
	for i, s := range b.Steps {
		buf = c.appendLine(buf[:0], s, li)
		out[i] = string(buf)
	}
	return out
}

// Render renders b in lang as text, one step per line, each line starting
// with "- ".
func (c Catalog) Render(b Basis, lang language.Tag) string {
	return string(c.AppendRender(make([]byte, 0, 320*len(b.Steps)), b, lang))
}

// AppendRender appends Render(b, lang) to dst.
func (c Catalog) AppendRender(dst []byte, b Basis, lang language.Tag) []byte {
	li := tagIndex(lang)
	if li < 0 {
		li = langEN
	}
	for _, s := range b.Steps {
		dst = append(dst, "- "...)
		dst = c.appendLine(dst, s, li)
		dst = append(dst, '\n')
	}
	return dst
}

// tag returns the language tag of index li.
func (c Catalog) tag(li int) language.Tag {
	if c.d != nil {
		return c.d.tags[li]
	}
	return language.Make(langCode(li))
}

// appendf appends the message key, translated into language li, with args.
func (c Catalog) appendf(dst []byte, li int, key string, args []any) []byte {
	if c.d != nil {
		if t, ok := c.d.msgs[li][key]; ok {
			return c.execute(dst, li, t, args)
		}
		if t, ok := c.d.msgs[langEN][key]; ok {
			return c.execute(dst, li, t, args)
		}
	}
	return c.execute(dst, li, compile(English(key)), args)
}

// A template is a compiled format string: literal text and argument
// references.
type template struct {
	src   string
	parts []part
}

// A part is literal text (arg < 0) or one argument formatted with a verb:
// 's', 'v', 'd' or 'q' on the fast path, or spec (the whole verb with its
// flags, "%02d") through fmt.
type part struct {
	lit   string
	arg   int
	verb  byte
	spec  string
	forms *[numForms]string // a plural choice (when not nil): the text of each form
}

// Plural forms, in the order of golang.org/x/text/feature/plural.Form.
const numForms = 6

var formNames = [numForms]string{"other", "zero", "one", "two", "few", "many"}

// compile parses a format string with fmt's syntax for the verbs used in
// messages: %%, flags, width, precision and explicit argument indexes.
func compile(f string) template {
	t := template{src: f}
	argNum := 0
	lit := make([]byte, 0, len(f))
	for i := 0; i < len(f); {
		if f[i] == '{' && i+1 < len(f) && f[i+1] == '{' {
			if end := strings.Index(f[i:], "}}"); end > 0 {
				if p, ok := pluralPart(f[i+2 : i+end]); ok {
					if len(lit) > 0 {
						t.parts = append(t.parts, part{lit: string(lit), arg: -1})
						lit = lit[:0]
					}
					t.parts = append(t.parts, p)
					i += end + 2
					continue
				}
			}
		}
		if f[i] != '%' {
			lit = append(lit, f[i])
			i++
			continue
		}
		j := i + 1
		if j < len(f) && f[j] == '%' {
			lit = append(lit, '%')
			i = j + 1
			continue
		}
		// %[n]
		if j < len(f) && f[j] == '[' {
			k := strings.IndexByte(f[j:], ']')
			if k > 0 {
				if n, err := strconv.Atoi(f[j+1 : j+k]); err == nil && n > 0 {
					argNum = n - 1
					j += k + 1
				}
			}
		}
		specStart := j
		for j < len(f) && strings.IndexByte("+-# 0123456789.", f[j]) >= 0 {
			j++
		}
		if j >= len(f) {
			lit = append(lit, f[i:]...) // a dangling % prints as it is
			break
		}
		if len(lit) > 0 {
			t.parts = append(t.parts, part{lit: string(lit), arg: -1})
			lit = lit[:0]
		}
		p := part{arg: argNum}
		if v := f[j]; j == specStart && (v == 's' || v == 'v' || v == 'd' || v == 'q') {
			p.verb = v
		} else {
			p.spec = "%" + f[specStart:j+1]
			p.verb = f[j]
		}
		t.parts = append(t.parts, p)
		argNum++
		i = j + 1
	}
	if len(lit) > 0 {
		t.parts = append(t.parts, part{lit: string(lit), arg: -1})
	}
	return t
}

// pluralPart parses the inside of a plural choice, "N:one=jour|other=jours":
// the words that follow argument N (1-based, an integer), chosen by the
// CLDR plural form of its value in the reader's language. "other" is
// required; a form the choice does not give falls back to it.
func pluralPart(s string) (part, bool) {
	colon := strings.IndexByte(s, ':')
	if colon < 1 {
		return part{}, false
	}
	n, err := strconv.Atoi(s[:colon])
	if err != nil || n < 1 {
		return part{}, false
	}
	var forms [numForms]string
	seen := [numForms]bool{}
	for _, alt := range strings.Split(s[colon+1:], "|") {
		eq := strings.IndexByte(alt, '=')
		if eq < 0 {
			return part{}, false
		}
		i := slices.Index(formNames[:], alt[:eq])
		if i < 0 || seen[i] {
			return part{}, false
		}
		forms[i], seen[i] = alt[eq+1:], true
	}
	if !seen[0] {
		return part{}, false
	}
	for i := range forms {
		if !seen[i] {
			forms[i] = forms[0]
		}
	}
	return part{arg: n - 1, forms: &forms}, true
}

// args returns the argument indexes t uses, each with its verb, sorted by
// index.
func (t template) args() map[int]byte {
	out := map[int]byte{}
	for _, p := range t.parts {
		if p.arg >= 0 && p.forms == nil {
			out[p.arg] = p.verb
		}
	}
	return out
}

// stripPlurals returns the source of t without its plural choices
// (their "other" form kept): what an English override must equal.
func stripPlurals(t template) string {
	var b strings.Builder
	src := t.src
	for {
		i := strings.Index(src, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(src[i:], "}}")
		if j < 0 {
			break
		}
		p, ok := pluralPart(src[i+2 : i+j])
		if !ok {
			b.WriteString(src[:i+2])
			src = src[i+2:]
			continue
		}
		b.WriteString(src[:i])
		b.WriteString(p.forms[0])
		src = src[i+j+2:]
	}
	b.WriteString(src)
	return b.String()
}

// checkPlurals reports a plural choice on an argument that is not an
// integer (%d) of the key.
func checkPlurals(key, msg template) error {
	ka := key.args()
	for _, p := range msg.parts {
		if p.forms != nil && ka[p.arg] != 'd' {
			return fmt.Errorf("a plural choice on argument %d, which is not an integer (%%d) of the key", p.arg+1)
		}
	}
	return nil
}

// sameArgs reports whether a translation uses exactly the arguments of its
// key, each with the same verb.
func sameArgs(key, msg template) error {
	ka, ma := key.args(), msg.args()
	for i, v := range ka {
		w, ok := ma[i]
		if !ok {
			return fmt.Errorf("drops argument %d (%%%c)", i+1, v)
		}
		if w != v {
			return fmt.Errorf("argument %d is %%%c in the key, %%%c in the translation", i+1, v, w)
		}
	}
	for i, w := range ma {
		if _, ok := ka[i]; !ok {
			return fmt.Errorf("adds argument %d (%%%c)", i+1, w)
		}
	}
	return nil
}

// execute appends t filled with args, localised for language li.
func (c Catalog) execute(dst []byte, li int, t template, args []any) []byte {
	argDot := false // the last argument written ended with a period
	for _, p := range t.parts {
		if p.arg < 0 {
			lit := p.lit
			if argDot && lit[0] == '.' {
				// "3:30 μ.μ." or "5 Std." ending a sentence: one period.
				lit = lit[1:]
			}
			dst = append(dst, lit...)
			argDot = false
			continue
		}
		if p.forms != nil {
			dst = append(dst, p.forms[c.pluralForm(li, args, p.arg)]...)
			continue
		}
		if p.arg >= len(args) {
			dst = append(dst, "%!"...)
			dst = append(dst, p.verb)
			dst = append(dst, "(MISSING)"...)
			continue
		}
		n := len(dst)
		dst = c.appendArg(dst, li, p, args[p.arg])
		argDot = len(dst) > n && dst[len(dst)-1] == '.'
	}
	return dst
}

// pluralForm returns the CLDR plural form, in language li, of argument
// i: "other" when it is missing or not an integer.
func (c Catalog) pluralForm(li int, args []any, i int) plural.Form {
	if i >= len(args) {
		return plural.Other
	}
	var n int64
	switch v := args[i].(type) {
	case int:
		n = int64(v)
	case int64:
		n = v
	case int32:
		n = int64(v)
	case int16:
		n = int64(v)
	case uint:
		n = int64(v % 10_000_000)
	default:
		return plural.Other
	}
	if n < 0 {
		n = -n
	}
	if n < 0 || n > 10_000_000 { // operands may be taken modulo 10,000,000
		n %= 10_000_000
		if n < 0 {
			n = -n
		}
	}
	return plural.Cardinal.MatchPlural(c.tag(li), int(n), 0, 0, 0, 0)
}

// appendArg appends one argument: phrases are translated, localizers
// localised, then the verb applies as fmt would apply it.
func (c Catalog) appendArg(dst []byte, li int, p part, a any) []byte {
	switch v := a.(type) {
	case Msg:
		return c.appendText(dst, p, c.appendf(nil, li, v.Key, v.Args))
	case Messager:
		m := v.Message()
		return c.appendText(dst, p, c.appendf(nil, li, m.Key, m.Args))
	case Phraser:
		return c.appendText(dst, p, c.appendf(nil, li, v.Phrase(), nil))
	case LangAppender:
		if p.spec == "" && (p.verb == 's' || p.verb == 'v') {
			return v.AppendIn(dst, langCode(li))
		}
		return c.appendText(dst, p, v.AppendIn(nil, langCode(li)))
	case Appender:
		if p.verb == 's' || p.verb == 'v' {
			if p.spec == "" {
				return v.AppendLocalized(dst, c.tag(li))
			}
		}
		return c.appendText(dst, p, v.AppendLocalized(nil, c.tag(li)))
	case Localizer:
		return c.appendString(dst, p, v.Localize(c.tag(li)))
	}
	if p.spec != "" {
		return fmt.Appendf(dst, p.spec, a)
	}
	switch v := a.(type) {
	case string:
		return c.appendString(dst, p, v)
	case int:
		if p.verb != 'q' {
			return strconv.AppendInt(dst, int64(v), 10)
		}
	case int64:
		if p.verb != 'q' {
			return strconv.AppendInt(dst, v, 10)
		}
	}
	return fmt.Appendf(dst, "%"+string(p.verb), a)
}

func (c Catalog) appendText(dst []byte, p part, b []byte) []byte {
	if p.spec == "" && p.verb != 'q' {
		return append(dst, b...)
	}
	return c.appendString(dst, p, string(b))
}

func (c Catalog) appendString(dst []byte, p part, s string) []byte {
	switch {
	case p.spec != "":
		return fmt.Appendf(dst, p.spec, s)
	case p.verb == 'q':
		return strconv.AppendQuote(dst, s)
	case p.verb != 's' && p.verb != 'v':
		return fmt.Appendf(dst, "%"+string(p.verb), s) // as fmt: %!d(string=…)
	}
	return append(dst, s...)
}
