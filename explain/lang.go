package explain

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// codes are the supported languages: the official languages of the
// supported EU/EEA markets, by base language code, in alphabetical order.
// English (index langEN) is the language of the message keys.
const codes = "bg cs da de el en es et fi fr hr hu is it lt lv mt nb nl pl pt ro sk sl sv"

// numLangs is the number of supported languages; langEN is English's index.
const (
	numLangs = 25
	langEN   = 5
)

// langCode returns the code of the supported language with index i.
func langCode(i int) string { return codes[3*i : 3*i+2] }

// langIndex returns the index of a base language code among the supported
// languages ("no" is Norwegian Bokmål), or -1.
func langIndex(code string) int {
	if code == "no" {
		code = "nb"
	}
	if len(code) != 2 {
		return -1
	}
	for i := 0; i < numLangs; i++ {
		if codes[3*i] == code[0] && codes[3*i+1] == code[1] {
			return i
		}
	}
	return -1
}

// tagIndex returns the index of tag's base language, or -1.
func tagIndex(tag language.Tag) int {
	b, conf := tag.Base()
	if conf == language.No {
		return -1
	}
	return langIndex(b.String())
}

// Languages returns the supported languages, the official languages of
// every supported market, in alphabetical order of their codes (bg, cs,
// da, …, sv). It returns a fresh slice on each call.
func Languages() []language.Tag {
	out := make([]language.Tag, numLangs)
	for i := range out {
		out[i] = language.Make(langCode(i))
	}
	return out
}

// LanguageCodes returns the codes of the supported languages, as
// Languages, joined with ", " — the list an error about an unsupported
// language shows.
func LanguageCodes() string {
	return strings.ReplaceAll(codes, " ", ", ")
}

// Supported reports whether tag's base language is supported: regional
// variants (de-AT, fr-BE) are, as is "no" for Norwegian Bokmål.
func Supported(tag language.Tag) bool { return tagIndex(tag) >= 0 }

// Match returns the supported language of tag's base language ("fr-BE" →
// fr, "no" → nb), English when it has none.
func Match(tag language.Tag) language.Tag {
	i := tagIndex(tag)
	if i < 0 {
		i = langEN
	}
	return language.Make(langCode(i))
}

// ParseLanguage parses a BCP 47 tag and refuses a language that is not
// supported, with an error listing the supported ones. The result is the
// supported base language ("de-AT" → de).
func ParseLanguage(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("language %q is not a BCP 47 tag; supported: %s", s, LanguageCodes())
	}
	i := tagIndex(tag)
	if i < 0 {
		return language.Und, fmt.Errorf("language %q is not supported; supported: %s", s, LanguageCodes())
	}
	return language.Make(langCode(i)), nil
}
