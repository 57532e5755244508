package conduct

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type hit struct {
	Kind Kind
	Text string
}

func hits(t *testing.T, s *Screener, in string) []hit {
	t.Helper()
	res, err := s.Screen(in)
	if err != nil {
		t.Fatalf("Screen(%q): %v", in, err)
	}
	var out []hit
	for _, f := range res.Findings {
		if in[f.Start:f.End] != f.Text {
			t.Errorf("Screen(%q): finding text %q != input[%d:%d]", in, f.Text, f.Start, f.End)
		}
		out = append(out, hit{f.Kind, f.Text})
	}
	return out
}

func mustScreener(t testing.TB, r Rules) *Screener {
	t.Helper()
	s, err := NewScreener(r)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestScreenFinds(t *testing.T) {
	s := mustScreener(t, allKinds())
	tests := []struct {
		name string
		in   string
		want []hit
	}{
		{"email plain", "mail: jean.dupont@orange.fr.", []hit{{Email, "jean.dupont@orange.fr"}}},
		{"email at dot words", "écris à jean at gmail dot com", []hit{{Email, "jean at gmail dot com"}}},
		{"email arobase point", "jean arobase gmail point com", []hit{{Email, "jean arobase gmail point com"}}},
		{"email spaced signs", "jean @ gmail . com", []hit{{Email, "jean @ gmail . com"}}},
		{"email bracketed", "jean(at)gmail(dot)com", []hit{{Email, "jean(at)gmail(dot)com"}}},
		{"email małpa kropka", "jan małpa wp kropka pl", []hit{{Email, "jan małpa wp kropka pl"}}},
		{"email at webmail", "write to jean at gmail.com", []hit{{Email, "jean at gmail.com"}}},
		{"phone FR dots", "06.12.34.56.78", []hit{{Phone, "06.12.34.56.78"}}},
		{"phone FR spaces", "tel 06 12 34 56 78", []hit{{Phone, "06 12 34 56 78"}}},
		{"phone FR block mobile", "0612345678", []hit{{Phone, "0612345678"}}},
		{"phone +33", "+33 6 12 34 56 78", []hit{{Phone, "+33 6 12 34 56 78"}}},
		{"phone +33 trunk", "+33 (0)6 12 34 56 78", []hit{{Phone, "+33 (0)6 12 34 56 78"}}},
		{"phone 0048", "0048 600 700 800", []hit{{Phone, "0048 600 700 800"}}},
		{"phone +48", "+48 600 700 800", []hit{{Phone, "+48 600 700 800"}}},
		{"phone +44 London", "+44 20 7946 0958", []hit{{Phone, "+44 20 7946 0958"}}},
		{"phone PL three groups", "dzwoń 600-700-800", []hit{{Phone, "600-700-800"}}},
		{"phone PL block with context", "zadzwoń 600700800", []hit{{Phone, "600700800"}}},
		{"phone UK mobile", "ring 07700 900123", []hit{{Phone, "07700 900123"}}},
		{"url https", "see https://example.com/x.", []hit{{URL, "https://example.com/x"}}},
		{"url www", "www.pieces-auto.fr", []hit{{URL, "www.pieces-auto.fr"}}},
		{"url bare", "voir allegro.pl svp", []hit{{URL, "allegro.pl"}}},
		{"social wa.me", "wa.me/33612345678", []hit{{Social, "wa.me/33612345678"}}},
		{"social t.me", "on t.me/jean", []hit{{Social, "t.me/jean"}}},
		{"social invitation fr", "contacte-moi sur whatsapp", []hit{{Social, "whatsapp"}}},
		{"social invitation pl", "napisz na whatsappie", []hit{{Social, "whatsappie"}}},
		{"social handle", "insta: @jean_pro", []hit{{Social, "insta"}, {Social, "@jean_pro"}}},
		{"payment IBAN", "IBAN FR76 3000 6000 0112 3456 7890 189", []hit{{Payment, "FR76 3000 6000 0112 3456 7890 189"}}},
		{"payment NRB", "konto 61 1090 1014 0000 0712 1981 2874", []hit{{Payment, "61 1090 1014 0000 0712 1981 2874"}}},
		{"payment RIB with valid key", "30006 00001 12345678901 89", []hit{{Payment, "30006 00001 12345678901 89"}}},
		{"payment RIB with bad key", "30006 00001 12345678901 88", nil},
		{"payment IBAN bad checksum", "FR76 3000 6000 0112 3456 7890 188", nil},
		{"payment paypal.me", "paypal.me/jeanpro", []hit{{Payment, "paypal.me/jeanpro"}}},
		{"payment direct", "paiement par virement directement", []hit{{Payment, "virement"}}},
		{"marketing code", "code promo ETE2026", []hit{{Marketing, "code promo ETE2026"}}},
		{"marketing minus percent", "-20% sur tout", []hit{{Marketing, "-20%"}}},
		{"marketing percent tail", "20 % de réduction", []hit{{Marketing, "20 % de réduction"}}},
		{"marketing soldes", "les soldes", []hit{{Marketing, "soldes"}}},
		{"marketing kod", "kod rabatowy LATO20", []hit{{Marketing, "kod rabatowy LATO20"}}},
		{"marketing cue", "skorzystaj z promocji", []hit{{Marketing, "promocji"}}},
		{"marketing newsletter", "subscribe to our newsletter", []hit{{Marketing, "newsletter"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, hits(t, s, tt.in)); d != "" {
				t.Errorf("Screen(%q) mismatch (-want +got):\n%s", tt.in, d)
			}
		})
	}
}

func TestScreenIgnoresNumbersThatAreNotPhones(t *testing.T) {
	s := mustScreener(t, allKinds())
	for _, in := range []string{
		"commande n° 2026-112233", "order #A1234567", "ref 7700 274 177", "1K0 615 301 AA", "A 000 420 12 20",
		"1 234,50 €", "120.00 EUR", "12/03/2026", "2026-03-12", "à 14:30", "6A12345678901", "1Z999AA10123456784",
		"LA123456789FR", "IMEI 356938035643809", "VF1RFB00X56789012", "75011 Paris", "31-564 Kraków", "142 000 km",
		"injecteur 0445110183", "0 986 494 020", "numéro de commande 0612345678", "order no. 0612345678",
		"commande #0612345678", "zamówienie 600700800", "600 700 800 zł", "06 12 34 56 78 90 12",
		"0612345678,50", "batterie à 85 %", "TVA 20 %", "WhatsApp ne marche pas sur ce téléphone",
		"pas de signal sur mon téléphone", "le prix promo n'a pas été appliqué", "remise en main propre",
		"cheaper at ebay", "the rabat of the glovebox", "je suis à la maison", "2 pièces @ 15 €",
	} {
		if got := hits(t, s, in); len(got) != 0 {
			t.Errorf("Screen(%q) = %v, want no findings", in, got)
		}
	}
}

func TestScreenMasksAndCites(t *testing.T) {
	s := mustScreener(t, opistoRules())
	in := "Appelez le 06 12 34 56 78 ou écrivez à a.b@orange.fr — profitez de nos promotions !"
	res, err := s.Screen(in)
	if err != nil {
		t.Fatal(err)
	}
	want := "Appelez le [phone] ou écrivez à [email] — profitez de nos promotions !"
	if d := cmp.Diff(want, res.Masked); d != "" {
		t.Errorf("Masked mismatch (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{clauseOpistoCustomerRelations}, res.Basis.Sources()); d != "" {
		t.Errorf("sources mismatch (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"conduct.contact.phone", "conduct.contact.email"}, res.Basis.Rules()); d != "" {
		t.Errorf("rules mismatch (-want +got):\n%s", d)
	}
}

func TestScreenOnlyReportsForbiddenKinds(t *testing.T) {
	tests := []struct {
		name  string
		rules Rules
		in    string
		want  []hit
	}{
		{"french law forbids nothing", frenchLawRules(), "06 12 34 56 78, a@b.fr", nil},
		{"opisto has no marketing rule", opistoRules(), "code promo ETE2026", nil},
		{"swapiphone marketing", swapiphoneRules(), "code promo ETE2026", []hit{{Marketing, "code promo ETE2026"}}},
		{"payment link reported as url without payment rule", agafortRules(), "paypal.me/jean", []hit{{URL, "paypal.me/jean"}}},
		{"social link reported as url without social rule",
			Rules{Contact: []ContactRule{{Kind: URL, Clause: "c"}}}, "wa.me/33612345678", []hit{{URL, "wa.me/33612345678"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, hits(t, mustScreener(t, tt.rules), tt.in)); d != "" {
				t.Errorf("mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestScreenErrors(t *testing.T) {
	s := mustScreener(t, allKinds())
	if _, err := s.Screen("abc\xffdef"); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("invalid UTF-8: err = %v, want ErrInvalidUTF8", err)
	}
	_, err := s.Screen(strings.Repeat("a", MaxMessageBytes+1))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "65536") {
		t.Errorf("too large: err = %v, want ErrTooLarge naming the cap", err)
	}
	if _, err := s.Screen(strings.Repeat("a", MaxMessageBytes)); err != nil {
		t.Errorf("message at the cap: %v", err)
	}
	for _, in := range []string{"", "   \n\t "} {
		res, err := s.Screen(in)
		if err != nil || len(res.Findings) != 0 || res.Masked != in || len(res.Basis.Steps) != 1 {
			t.Errorf("Screen(%q) = %+v, %v; want a clear result", in, res, err)
		}
	}
}

func TestScreenAllocs(t *testing.T) {
	s := mustScreener(t, allKinds())
	msg := "Bonjour, votre commande n° 2026-112233 du 12/03/2026 (réf. 7700 274 177, 1 234,50 €) part demain, suivi 6A12345678901."
	n := testing.AllocsPerRun(100, func() {
		if _, err := s.Screen(msg); err != nil {
			t.Fatal(err)
		}
	})
	// The token buffer, and the caller's own copy of the clear basis (its
	// steps, facts and arguments: nothing is shared between Results).
	if n > 4 {
		t.Errorf("Screen on a clear message: %v allocations, want at most 4", n)
	}
}

func TestScreenConcurrent(t *testing.T) {
	s := mustScreener(t, allKinds())
	lines := readCorpus(t)
	want := make([][]hit, len(lines))
	for i, l := range lines {
		want[i] = hits(t, s, l.Text)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, l := range lines {
				res, err := s.Screen(l.Text)
				if err != nil {
					t.Error(err)
					return
				}
				var got []hit
				for _, f := range res.Findings {
					got = append(got, hit{f.Kind, f.Text})
				}
				if d := cmp.Diff(want[i], got); d != "" {
					t.Errorf("%s: concurrent result differs:\n%s", l.ID, d)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// mod97Ref is the obviously-correct IBAN check with math/big.
func mod97Ref(s string) int {
	r := s[4:] + s[:4]
	var digits strings.Builder
	for _, c := range r {
		if c >= 'A' && c <= 'Z' {
			digits.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		} else {
			digits.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(digits.String(), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func FuzzMod97(f *testing.F) {
	f.Add("FR7630006000011234567890189")
	f.Add("GB29NWBK60161331926819")
	f.Add("PL00000000000000000000000000")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 5 || len(s) > 40 {
			return
		}
		for _, c := range s {
			if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
				return
			}
		}
		if got, want := mod97([]byte(s)), mod97Ref(s); got != want {
			t.Errorf("mod97(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzScreen(f *testing.F) {
	for _, l := range []string{
		"Appelez le 06 12 34 56 78 ou jean at gmail dot com", "+33 (0)6 12 34 56 78", "FR76 3000 6000 0112 3456 7890 189",
		"code promo ETE2026 -20%", "wa.me/336 @handle www.x.fr", "é@é.é", "@", "%", "+", "(0)", "00 00 00",
		"jean @ gmail . com . fr", "napisz na whatsappie: 600 700 800",
	} {
		f.Add(l)
	}
	s := mustScreener(f, allKinds())
	f.Fuzz(func(t *testing.T, in string) {
		res, err := s.Screen(in)
		if !utf8.ValidString(in) || len(in) > MaxMessageBytes {
			if err == nil {
				t.Fatalf("Screen(%q): no error", in)
			}
			return
		}
		if err != nil {
			t.Fatalf("Screen(%q): %v", in, err)
		}
		last := 0
		for _, fd := range res.Findings {
			if fd.Start < last || fd.End <= fd.Start || fd.End > len(in) {
				t.Fatalf("Screen(%q): bad span %d-%d after %d", in, fd.Start, fd.End, last)
			}
			if !utf8.RuneStart(in[fd.Start]) || fd.End < len(in) && !utf8.RuneStart(in[fd.End]) {
				t.Fatalf("Screen(%q): span %d-%d not on rune boundaries", in, fd.Start, fd.End)
			}
			if fd.Text != in[fd.Start:fd.End] {
				t.Fatalf("Screen(%q): text %q != input span", in, fd.Text)
			}
			last = fd.End
		}
		if !utf8.ValidString(res.Masked) {
			t.Fatalf("Screen(%q): masked text not valid UTF-8", in)
		}
		if len(res.Findings) == 0 && res.Masked != in {
			t.Fatalf("Screen(%q): masked text changed without findings", in)
		}
	})
}
