package dispute_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/dispute"
	"github.com/google/go-cmp/cmp"
)

func aga() dispute.ReferenceRule {
	return dispute.ReferenceRule{Prefix: "AGA", Digits: 6, Basis: "Agafort dispute resolution policy §3"}
}

// refCheck is the slow reference for ISO 7064 MOD 97-10: spell letters
// as numbers (A=10), append "00", take the big integer modulo 97, check
// = 98 - remainder.
func refCheck(body string) int {
	var sb strings.Builder
	for _, c := range body {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprintf(&sb, "%d", c-'A'+10)
		} else {
			sb.WriteRune(c)
		}
	}
	sb.WriteString("00")
	n, _ := new(big.Int).SetString(sb.String(), 10)
	return 98 - int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func TestCheckDigitsKnown(t *testing.T) {
	// IBAN examples (ISO 13616): the check digits of the BBAN + country
	// code + "00" are the IBAN's check digits.
	tests := []struct {
		body string
		want int
	}{
		{"WEST12345698765432GB", 82},      // GB82 WEST 1234 5698 7654 32
		{"370400440532013000DE", 89},      // DE89 3704 0044 0532 0130 00
		{"20041010050500013M02606FR", 14}, // FR14 2004 1010 0505 0001 3M02 606
	}
	for _, tc := range tests {
		if got := dispute.CheckDigits(tc.body); got != tc.want {
			t.Errorf("CheckDigits(%q) = %d, want %d", tc.body, got, tc.want)
		}
	}
}

func TestCheckDigitsAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i := 0; i < 5000; i++ {
		b := make([]byte, 1+r.IntN(30))
		for j := range b {
			b[j] = alnum[r.IntN(len(alnum))]
		}
		if got, want := dispute.CheckDigits(string(b)), refCheck(string(b)); got != want {
			t.Fatalf("CheckDigits(%q) = %d, reference %d", b, got, want)
		}
	}
}

func TestReferenceNewParse(t *testing.T) {
	tests := []struct {
		name string
		seq  uint64
		want string
	}{
		{"first", 0, fmt.Sprintf("AGA-000000-%02d", refCheck("AGA000000"))},
		{"issue format", 123, fmt.Sprintf("AGA-000123-%02d", refCheck("AGA000123"))},
		{"widest", 999999, fmt.Sprintf("AGA-999999-%02d", refCheck("AGA999999"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref, err := aga().New(tc.seq)
			if err != nil {
				t.Fatal(err)
			}
			if ref.String() != tc.want {
				t.Errorf("New(%d) = %s, want %s", tc.seq, ref, tc.want)
			}
			for _, in := range []string{tc.want, strings.ToLower(tc.want), "  " + tc.want + "\n"} {
				got, err := aga().Parse(in)
				if err != nil {
					t.Fatalf("Parse(%q): %v", in, err)
				}
				if diff := cmp.Diff(ref.String(), got.String()); diff != "" || got.Sequence != tc.seq {
					t.Errorf("Parse(%q) = %v (seq %d)", in, got, got.Sequence)
				}
			}
		})
	}
}

func TestReferenceErrors(t *testing.T) {
	good, _ := aga().New(123)
	tests := []struct{ in, want string }{
		{"", `reference "": want three parts separated by dashes, like AGA-NNNNNN-CC`},
		{"AGA000123" + good.String()[11:], `want three parts separated by dashes, like AGA-NNNNNN-CC`},
		{"OPI-000123-45", `prefix "OPI": want AGA`},
		{"A1A-000123-45", `prefix "A1A": letters only, want AGA`},
		{"AGA-00012X-45", `sequence "00012X": digits only`},
		{"AGA-00123-45", `sequence "00123": want 6 digits`},
		{"AGA-000123-4", `check "4": want two digits`},
		{"AGA-000124-" + good.String()[11:], `check digits ` + good.String()[11:] + ` do not match: the reference is mistyped`},
	}
	for _, tc := range tests {
		_, err := aga().Parse(tc.in)
		var re *dispute.ReferenceError
		if !errors.As(err, &re) {
			t.Fatalf("Parse(%q) error %v is not a *ReferenceError", tc.in, err)
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %q, want it to contain %q", tc.in, err, tc.want)
		}
	}
	if _, err := aga().New(1_000_000); err == nil || err.Error() != "sequence 1000000 has more than 6 digits" {
		t.Errorf("New(1000000) error = %v", err)
	}
	if _, err := (dispute.ReferenceRule{}).New(1); !errors.Is(err, dispute.ErrNoReferenceRule) {
		t.Errorf("zero rule: %v", err)
	}
	if _, err := (dispute.ReferenceRule{}).Parse("AGA-000123-45"); !errors.Is(err, dispute.ErrNoReferenceRule) {
		t.Errorf("zero rule: %v", err)
	}
}

func TestReferenceRuleValidate(t *testing.T) {
	tests := []struct {
		r    dispute.ReferenceRule
		want string
	}{
		{dispute.ReferenceRule{}, ""},
		{aga(), ""},
		{dispute.ReferenceRule{Prefix: "A", Digits: 6}, `prefix: "A": want 2 to 8 upper-case letters A-Z`},
		{dispute.ReferenceRule{Prefix: "aga", Digits: 6}, `prefix: "aga": want 2 to 8 upper-case letters A-Z`},
		{dispute.ReferenceRule{Prefix: "AGA", Digits: 19}, `digits: 19: want 1 to 18`},
		{dispute.ReferenceRule{Prefix: "AGA"}, `digits: 0: want 1 to 18`},
	}
	for _, tc := range tests {
		got := ""
		if err := tc.r.Validate(); err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%+v: Validate() = %q, want %q", tc.r, got, tc.want)
		}
	}
}

// TestReferenceCatchesTypos proves, over random references, that every
// single-character substitution and every swap of two adjacent different
// characters is rejected.
func TestReferenceCatchesTypos(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
	n := 400
	if testing.Short() {
		n = 40
	}
	for i := 0; i < n; i++ {
		rule := dispute.ReferenceRule{Prefix: "", Digits: 1 + r.IntN(18)}
		for j := 0; j < 2+r.IntN(7); j++ {
			rule.Prefix += string(rune('A' + r.IntN(26)))
		}
		seq := r.Uint64N(pow10(rule.Digits))
		ref, err := rule.New(seq)
		if err != nil {
			t.Fatal(err)
		}
		s := ref.String()
		if _, err := rule.Parse(s); err != nil {
			t.Fatalf("%s does not parse: %v", s, err)
		}
		b := []byte(s)
		for k := range b {
			for _, c := range []byte(alphabet) {
				if c == b[k] {
					continue
				}
				m := append([]byte(nil), b...)
				m[k] = c
				if _, err := rule.Parse(string(m)); err == nil {
					t.Fatalf("substitution %s -> %s accepted", s, m)
				}
			}
			if k+1 < len(b) && b[k] != b[k+1] {
				m := append([]byte(nil), b...)
				m[k], m[k+1] = m[k+1], m[k]
				if _, err := rule.Parse(string(m)); err == nil {
					t.Fatalf("transposition %s -> %s accepted", s, m)
				}
			}
		}
	}
}

// TestReferenceChecksumAloneCatchesTypos checks the arithmetic claim
// without the format's help: for bodies of letters then digits, any
// single substitution within a class, or swap of adjacent same-class
// characters, changes the MOD 97-10 check digits.
func TestReferenceChecksumAloneCatchesTypos(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 300; i++ {
		body := []byte{}
		for j := 0; j < 2+r.IntN(6); j++ {
			body = append(body, byte('A'+r.IntN(26)))
		}
		for j := 0; j < 1+r.IntN(12); j++ {
			body = append(body, byte('0'+r.IntN(10)))
		}
		ck := dispute.CheckDigits(string(body))
		for k := range body {
			lo, hi := byte('0'), byte('9')
			if body[k] >= 'A' {
				lo, hi = 'A', 'Z'
			}
			for c := lo; c <= hi; c++ {
				if c == body[k] {
					continue
				}
				m := append([]byte(nil), body...)
				m[k] = c
				if dispute.CheckDigits(string(m)) == ck {
					t.Fatalf("substitution %s -> %s keeps check %d", body, m, ck)
				}
			}
			if k+1 < len(body) && body[k] != body[k+1] && (body[k] >= 'A') == (body[k+1] >= 'A') {
				m := append([]byte(nil), body...)
				m[k], m[k+1] = m[k+1], m[k]
				if dispute.CheckDigits(string(m)) == ck {
					t.Fatalf("transposition %s -> %s keeps check %d", body, m, ck)
				}
			}
		}
	}
}

func pow10(n int) uint64 {
	p := uint64(1)
	for i := 0; i < n; i++ {
		p *= 10
	}
	return p
}

func TestReferenceAllocs(t *testing.T) {
	rule := aga()
	s := "AGA-000123-" + fmt.Sprintf("%02d", refCheck("AGA000123"))
	if n := testing.AllocsPerRun(100, func() { _ = dispute.CheckDigits("AGA000123") }); n != 0 {
		t.Errorf("CheckDigits allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = rule.New(123) }); n > 1 {
		t.Errorf("New allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = rule.Parse(s) }); n != 0 {
		t.Errorf("Parse allocates %v times", n)
	}
}

func FuzzReferenceParse(f *testing.F) {
	good, _ := aga().New(123)
	for _, s := range []string{good.String(), "aga-000123-00", "", "---", "AGA-99999999999999999999-11", "AGA--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref, err := aga().Parse(s)
		if err != nil {
			return
		}
		again, err := aga().Parse(ref.String())
		if err != nil || again != ref {
			t.Fatalf("%q parsed to %v, which reparses to %v, %v", s, ref, again, err)
		}
		if !strings.EqualFold(strings.TrimSpace(s), ref.String()) {
			t.Fatalf("%q parsed to %v", s, ref)
		}
	})
}

func BenchmarkReferenceNew(b *testing.B) {
	rule := aga()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.New(123456); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReferenceParse(b *testing.B) {
	rule := aga()
	ref, _ := rule.New(123456)
	s := ref.String()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.Parse(s); err != nil {
			b.Fatal(err)
		}
	}
}
