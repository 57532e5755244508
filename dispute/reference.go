package dispute

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// ReferenceRule says how a platform numbers its complaints: a prefix of
// letters, a zero-padded sequence of Digits digits and two check digits
// computed with ISO/IEC 7064 MOD 97-10 (the IBAN scheme), written
// PREFIX-SEQUENCE-CC, for example "AGA-000123-45". The zero
// ReferenceRule (no prefix) means the policy issues no references.
//
// The check digits catch every single-character substitution and every
// swap of two adjacent characters: letters count as two digits (A=10 …
// Z=35) and 97 is a prime that divides neither a digit difference (at
// most 9), a letter difference (at most 25), nor 9 or 99 (the factors of
// a swap of two digits or two letters). Swaps across a dash and
// substitutions that change a character's class (letter, digit, dash)
// break the format itself.
type ReferenceRule struct {
	// Prefix is 2 to 8 upper-case letters A–Z ("AGA").
	Prefix string `json:"prefix,omitempty"`
	// Digits is the width of the sequence, 1 to 18.
	Digits int `json:"digits,omitempty"`
	// Basis is the clause that gives complaints a reference.
	Basis string `json:"basis,omitempty"`
}

// Reference is a parsed complaint reference.
type Reference struct {
	Prefix   string `json:"prefix"`
	Sequence uint64 `json:"sequence"`
	// Check is the two check digits, 02 to 98.
	Check  int `json:"check"`
	digits int
}

// String returns r in canonical form: "AGA-000123-45".
func (r Reference) String() string {
	return fmt.Sprintf("%s-%0*d-%02d", r.Prefix, r.digits, r.Sequence, r.Check)
}

// ErrNoReferenceRule is returned when a policy issues no references.
var ErrNoReferenceRule error = noRule("no reference rule in this policy")

// ReferenceError is a reference that does not parse or check; Reason
// says what is wrong.
type ReferenceError struct {
	Input  string
	Reason string
}

// Error says which reference is wrong and why.
func (e *ReferenceError) Error() string {
	return fmt.Sprintf("reference %q: %s", e.Input, e.Reason)
}

// IsZero reports whether r issues no references.
func (r ReferenceRule) IsZero() bool { return r.Prefix == "" && r.Digits == 0 }

// Validate reports the first problem in r with its field path.
func (r ReferenceRule) Validate() error {
	if r.IsZero() {
		return nil
	}
	if n := len(r.Prefix); n < 2 || n > 8 {
		return strictjson.Errorf("prefix", "%q: want 2 to 8 upper-case letters A-Z", r.Prefix)
	}
	for _, c := range []byte(r.Prefix) {
		if c < 'A' || c > 'Z' {
			return strictjson.Errorf("prefix", "%q: want 2 to 8 upper-case letters A-Z", r.Prefix)
		}
	}
	if r.Digits < 1 || r.Digits > 18 {
		return strictjson.Errorf("digits", "%d: want 1 to 18", r.Digits)
	}
	return nil
}

// mod97 folds s (letters and digits; letters count as two digits, A=10)
// into rem, returning the remainder modulo 97.
func mod97(rem int, s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return rem
}

// CheckDigits returns the ISO 7064 MOD 97-10 check digits (2 to 98) of
// body, a string of upper-case letters and digits.
func CheckDigits(body string) int {
	return 98 - mod97(0, body)*100%97
}

// New returns the reference of sequence number seq.
//
// Deprecated: use New(rules, cal) and Engine.NewReference.
func (r ReferenceRule) New(seq uint64) (Reference, error) {
	return r.newRef(seq)
}

func (r ReferenceRule) newRef(seq uint64) (Reference, error) {
	if r.IsZero() {
		return Reference{}, ErrNoReferenceRule
	}
	if err := r.Validate(); err != nil {
		return Reference{}, err
	}
	s := strconv.FormatUint(seq, 10)
	if len(s) > r.Digits {
		return Reference{}, fmt.Errorf("sequence %d has more than %d digits", seq, r.Digits)
	}
	body := r.Prefix + strings.Repeat("0", r.Digits-len(s)) + s
	return Reference{Prefix: r.Prefix, Sequence: seq, Check: CheckDigits(body), digits: r.Digits}, nil
}

// Parse reads and checks a reference, ignoring case and surrounding
// space. The error (a *ReferenceError) says what is wrong: the shape,
// the prefix, the sequence width, or check digits that do not match (a
// mistyped reference).
//
// Deprecated: use New(rules, cal) and Engine.ParseReference.
func (r ReferenceRule) Parse(s string) (Reference, error) {
	return r.parse(s)
}

func (r ReferenceRule) parse(s string) (Reference, error) {
	if r.IsZero() {
		return Reference{}, ErrNoReferenceRule
	}
	if err := r.Validate(); err != nil {
		return Reference{}, err
	}
	bad := func(format string, args ...any) (Reference, error) {
		return Reference{}, &ReferenceError{Input: s, Reason: fmt.Sprintf(format, args...)}
	}
	u := strings.ToUpper(strings.TrimSpace(s))
	pre, rest, ok1 := strings.Cut(u, "-")
	seq, chk, ok2 := strings.Cut(rest, "-")
	if !ok1 || !ok2 || strings.Contains(chk, "-") {
		return bad("want three parts separated by dashes, like %s-%s-CC", r.Prefix, strings.Repeat("N", r.Digits))
	}
	for _, c := range []byte(pre) {
		if c < 'A' || c > 'Z' {
			return bad("prefix %q: letters only, want %s", pre, r.Prefix)
		}
	}
	if pre != r.Prefix {
		return bad("prefix %q: want %s", pre, r.Prefix)
	}
	if !allDigits(seq) {
		return bad("sequence %q: digits only", seq)
	}
	if len(seq) != r.Digits {
		return bad("sequence %q: want %d digits", seq, r.Digits)
	}
	if len(chk) != 2 || !allDigits(chk) {
		return bad("check %q: want two digits", chk)
	}
	if mod97(mod97(mod97(0, pre), seq), chk) != 1 {
		return bad("check digits %s do not match: the reference is mistyped", chk)
	}
	n, err := strconv.ParseUint(seq, 10, 64)
	if err != nil {
		return bad("sequence %q: %v", seq, err)
	}
	c, _ := strconv.Atoi(chk)
	return Reference{Prefix: pre, Sequence: n, Check: c, digits: r.Digits}, nil
}

// Explain returns the basis of reference ref under r.
//
// Deprecated: use New(rules, cal) and Engine.ExplainReference.
func (r ReferenceRule) Explain(ref Reference) explain.Basis {
	return r.explainRef(ref)
}

func (r ReferenceRule) explainRef(ref Reference) explain.Basis {
	return explain.Of(explain.Step{Rule: "dispute.reference", Basis: r.Basis,
		Facts: []explain.Fact{explain.F("prefix", r.Prefix), explain.F("sequence", ref.Sequence)},
		Text:  "Reference %s: prefix %s, sequence %d, check digits %02d (ISO 7064 MOD 97-10).",
		Args:  []any{ref.String(), r.Prefix, ref.Sequence, ref.Check}})
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
