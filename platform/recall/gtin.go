package recall

import (
	"errors"
	"fmt"
)

// GTIN is a Global Trade Item Number (GTIN-8, -12, -13 or -14, the
// barcode's EAN or UPC) normalised to 14 digits: leading zeros pad the
// shorter forms, so 3 250392 814908 (EAN-13) is 03250392814908. The zero
// GTIN is "no GTIN". A GTIN is a comparable value.
type GTIN uint64

// Errors of ParseGTIN, wrapped with the offending value.
var (
	// ErrGTINSyntax: not digits (after removing spaces), or too long.
	ErrGTINSyntax = errors.New("not a GTIN (want up to 14 digits, spaces allowed)")
	// ErrGTINCheckDigit: the last digit is not the GS1 check digit of
	// the others.
	ErrGTINCheckDigit = errors.New("wrong GS1 check digit")
)

// ParseGTIN normalises s to a GTIN: spaces (and non-breaking spaces) are
// removed, the rest must be digits; leading zeros beyond 14 digits are
// dropped (the RappelConso export writes GTINs as integers of 8 to 17
// digits); the value is padded to 14 digits and its GS1 check digit
// verified. The empty string (or only spaces) is the zero GTIN with no
// error. It does not allocate on valid input.
func ParseGTIN(s string) (GTIN, error) {
	g, want, err := parseGTIN(s)
	switch err {
	case nil:
		return g, nil
	case ErrGTINCheckDigit:
		return 0, fmt.Errorf("%q: %w (want %d)", s, err, want)
	}
	return 0, fmt.Errorf("%q: %w", s, err)
}

// parseGTIN is ParseGTIN without formatting its error (the sentinel), so
// that screening never allocates; want is the expected check digit.
func parseGTIN(s string) (GTIN, int, error) {
	var v uint64
	n := 0         // significant digits (after leading zeros)
	digits := 0    // all digits
	var d [14]byte // significant digits, most significant first
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0
			i++
			continue
		case c < '0' || c > '9':
			return 0, 0, ErrGTINSyntax
		}
		digits++
		if n == 0 && c == '0' {
			continue
		}
		if n == 14 {
			return 0, 0, ErrGTINSyntax
		}
		d[n] = c - '0'
		n++
		v = v*10 + uint64(c-'0')
	}
	if digits == 0 {
		return 0, 0, nil
	}
	if n == 0 {
		return 0, 0, ErrGTINSyntax
	}
	// GS1: from the digit left of the check digit, weights 3, 1, 3, …
	sum := 0
	w := 3
	for i := n - 2; i >= 0; i-- {
		sum += int(d[i]) * w
		w = 4 - w
	}
	if check := (10 - sum%10) % 10; int(d[n-1]) != check {
		return 0, check, ErrGTINCheckDigit
	}
	return GTIN(v), 0, nil
}

// CheckDigit returns the GS1 check digit of the digits of body (at most
// 13): the digit a GTIN ending with body would need.
func CheckDigit(body uint64) int {
	sum, w := 0, 3
	for ; body > 0; body /= 10 {
		sum += int(body%10) * w
		w = 4 - w
	}
	return (10 - sum%10) % 10
}

// IsZero reports whether g is the zero GTIN (none).
func (g GTIN) IsZero() bool { return g == 0 }

// String returns the 14 digits of g, or "" for the zero GTIN.
func (g GTIN) String() string {
	if g == 0 {
		return ""
	}
	var b [14]byte
	x := uint64(g)
	for i := 13; i >= 0; i-- {
		b[i] = byte('0' + x%10)
		x /= 10
	}
	return string(b[:])
}

// MarshalText writes the 14 digits (empty for the zero GTIN).
func (g GTIN) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads a GTIN with ParseGTIN.
func (g *GTIN) UnmarshalText(b []byte) error {
	x, err := ParseGTIN(string(b))
	if err != nil {
		return err
	}
	*g = x
	return nil
}

// gtinOf builds a GTIN from a 13-digit body by appending its check
// digit (tests and benchmarks).
func gtinOf(body uint64) GTIN { return GTIN(body*10 + uint64(CheckDigit(body))) }
