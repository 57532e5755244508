package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// brandWord reports a product word removed before scoring (w in lower
// case). A brand, or a token with a digit, starts a product name: the
// model words (modelWord) that follow it are removed too ("iPhone 13 Pro
// Max", "Galaxy S23 Ultra", "128 Go").
func brandWord(w string) bool {
	switch w {
	case "airpods", "apple", "fairphone", "galaxy", "google", "honor", "huawei", "imac", "ipad", "iphone", "ipod",
		"macbook", "motorola", "nokia", "oneplus", "oppo", "pixel", "poco", "realme", "redmi", "samsung",
		"sony", "vivo", "xiaomi", "xperia":
		return true
	}
	return false
}

// modelWord reports a word that continues a product name in lower case.
func modelWord(w string) bool {
	switch w {
	case "pro", "max", "ultra", "plus", "mini", "lite", "fe", "edge", "note", "go", "gb", "tb", "mo", "gt", "neo":
		return true
	}
	return false
}

// clean splits text into words and gives a.word each word to score:
// lower-case letters only (at most maxWord bytes, cut at a rune boundary).
// It drops URLs, e-mail addresses, tokens with a digit (numbers, order
// references, model codes), ALL-CAPS tokens and product names.
func clean(text string, a *accum) {
	product := false // inside a product name
	for len(text) > 0 {
		// next whitespace-separated token
		i := 0
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		text = text[i:]
		j := 0
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		tok := text[:j]
		text = text[j:]
		if tok == "" {
			continue
		}
		ends := strings.ContainsAny(tok[len(tok)-1:], ".!?:;")
		core := strings.TrimFunc(tok, func(r rune) bool { return !isWordRune(r) && !unicode.IsDigit(r) })
		switch kind := classify(tok, core); {
		case kind == tokDrop:
		case kind == tokProduct:
			product = true
		case product && isProductTail(core):
		default:
			product = false
			words(core, a)
		}
		if ends {
			product = false
		}
	}
}

const (
	tokWord = iota
	tokDrop
	tokProduct
)

func classify(tok, core string) int {
	if core == "" {
		return tokDrop
	}
	if strings.Contains(tok, "://") || strings.Contains(tok, "@") || hasPrefixFold(core, "www.") {
		return tokDrop
	}
	letters, upper, lower := 0, 0, 0
	for _, r := range core {
		switch {
		case unicode.IsDigit(r):
			return tokProduct
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if letters >= 2 && lower == 0 && upper == letters {
		return tokDrop
	}
	if isBrand(core) {
		return tokProduct
	}
	return tokWord
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isBrand reports core (or its part before an apostrophe or hyphen) a
// brand word.
func isBrand(core string) bool {
	if i := strings.IndexAny(core, "'’-"); i > 0 {
		core = core[:i]
	}
	if len(core) > 12 {
		return false
	}
	var buf [12]byte
	n := 0
	for i := 0; i < len(core); i++ {
		c := core[i]
		if c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return brandWord(string(buf[:n]))
}

// isProductTail reports a word that continues a product name: a model
// word (pro, max, …) in any case.
func isProductTail(core string) bool {
	if len(core) > 5 {
		return false
	}
	var buf [5]byte
	for i := 0; i < len(core); i++ {
		c := core[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return modelWord(string(buf[:len(core)]))
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// words emits the runs of letters of core, lower-cased.
func words(core string, a *accum) {
	n := 0
	for _, r := range core {
		if !isWordRune(r) {
			if n > 0 {
				a.word(a.buf[:n])
				n = 0
			}
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > maxWord {
			continue // a word longer than maxWord is cut
		}
		n += utf8.EncodeRune(a.buf[n:], r)
	}
	if n > 0 {
		a.word(a.buf[:n])
	}
}
