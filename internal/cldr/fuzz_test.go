package cldr

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// digitsOf returns the ASCII digits of s in order.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < 40; i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// FuzzAppendMoney checks invariants of AppendNumber and AppendMoney in
// every language: valid UTF-8; the digits come out in order, none added
// or lost; exactly one decimal separator between them when there is a
// fraction (and none otherwise); the minus sign present exactly when neg;
// the symbol present once.
func FuzzAppendMoney(f *testing.F) {
	f.Add(uint8(0), true, "1234", "50", "EUR")
	f.Add(uint8(9), false, "1234567", "", "CHF")
	f.Add(uint8(17), true, "0", "005", "XYZ")
	f.Fuzz(func(t *testing.T, li uint8, neg bool, i, fr, code string) {
		i, fr = onlyDigits(i), onlyDigits(fr)
		if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			code = "EUR" // an ISO 4217 code is three letters A–Z
		}
		l := Locale{i: li % uint8(len(locales))}
		d := l.data()
		intWant := i
		if intWant == "" {
			intWant = "0"
		}
		for _, money := range []bool{false, true} {
			var out string
			if money {
				out = string(l.AppendMoney(nil, neg, i, fr, code))
			} else {
				out = string(l.AppendNumber(nil, neg, i, fr))
			}
			if !utf8.ValidString(out) {
				t.Fatalf("%s: invalid UTF-8 %q", d.lang, out)
			}
			if got := digitsOf(out); got != intWant+fr {
				t.Fatalf("%s %q: digits %q, want %q", d.lang, out, got, intWant+fr)
			}
			// The decimal separator is the one between the integer and
			// the fraction digits.
			nd := strings.Count(out, d.decimal)
			if d.decimal == "." && money {
				nd -= strings.Count(l.Symbol(code), ".")
			}
			if fr != "" && nd != 1 || fr == "" && d.decimal != d.group && nd != 0 {
				t.Fatalf("%s %q: %d decimal separators %q", d.lang, out, nd, d.decimal)
			}
			if fr != "" && !strings.HasSuffix(out[:strings.LastIndex(out, d.decimal)+len(d.decimal)+len(fr)], fr) {
				t.Fatalf("%s %q: fraction %q not right after the separator", d.lang, out, fr)
			}
			if got := strings.Contains(out, d.minus); got != neg {
				t.Fatalf("%s %q: minus %v, want %v", d.lang, out, got, neg)
			}
			if money && strings.Count(out, l.Symbol(code)) < 1 {
				t.Fatalf("%s %q: no symbol %q", d.lang, out, l.Symbol(code))
			}
		}
	})
}
