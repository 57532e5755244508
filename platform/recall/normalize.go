package recall

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form brands, models and lots are compared in:
// accents removed (NFD, combining marks dropped), letters in lower case,
// every run of characters that are not letters or digits turned into one
// space, no space at either end. "Bébé-Confort  X3" and "bebe confort x3"
// normalise alike.
func Normalize(s string) string { return string(appendNormalized(nil, s)) }

// appendNormalized appends the normal form of s to dst. ASCII input takes
// a fast path without allocating beyond dst.
func appendNormalized(dst []byte, s string) []byte {
	start := len(dst)
	space := true // at the start, or after a separator
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		// Rune by rune with its canonical decomposition from the tables
		// (no norm.Iter: it would escape to the heap).
		emit := func(r rune) {
			switch {
			case unicode.Is(unicode.Mn, r):
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			default:
				space = true
			}
		}
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r >= utf8.RuneSelf {
				if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil {
					for len(d) > 0 {
						x, n := utf8.DecodeRune(d)
						d = d[n:]
						emit(x)
					}
					i += size
					continue
				}
			}
			emit(r)
			i += size
		}
		return dst
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst
}
