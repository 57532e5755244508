package conduct

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"github.com/google/go-cmp/cmp"
)

// refResult builds, the slow and obvious way, the Result that Screen must
// return for the findings spans of got: one finding, step and facts per
// span, the masked text by concatenation.
func refResult(s *Screener, text string, got []Finding) Result {
	if len(got) == 0 {
		return Result{Masked: text, Basis: s.cleanBasis()}
	}
	var res Result
	var bases []explain.Basis
	masked, last := "", 0
	for _, g := range got {
		t := text[g.Start:g.End]
		rule := ruleName(g.Kind)
		b := explain.Basis{Steps: []explain.Step{{
			Rule:  rule,
			Basis: s.clause[kindIndex(g.Kind)],
			Facts: []explain.Fact{
				{Name: "kind", Value: string(g.Kind)},
				{Name: "text", Value: t},
				{Name: "bytes", Value: strconv.Itoa(g.Start) + "-" + strconv.Itoa(g.End)},
			},
			Text: findingText(g.Kind),
			Args: []any{t},
		}}}
		res.Findings = append(res.Findings, Finding{Kind: g.Kind, Start: g.Start, End: g.End, Text: t, Rule: rule, Basis: b})
		bases = append(bases, b)
		masked += text[last:g.Start] + Mask(g.Kind)
		last = g.End
	}
	res.Masked = masked + text[last:]
	res.Basis = explain.Join(bases...)
	return res
}

// refClasses returns the lexicon classes of each token of text looked up
// the slow way: fold every word, look it up in the lexicon map.
func refClasses(s *Screener, sc *scan) []uint32 {
	out := make([]uint32, len(sc.toks))
	var buf [32]byte
	for i, t := range sc.toks {
		w := sc.tok(i)
		if t.others == 0 || len(w) > maxWordLen {
			continue
		}
		if n := foldWord(buf[:], w); n > 0 {
			out[i] = s.lex[string(buf[:n])]
		}
	}
	return out
}

// checkPreChecks compares, for one text, Screen with the reference mode
// that runs every detector unconditionally, the result builder with
// refResult, and the tokens' classes with refClasses.
func checkPreChecks(t *testing.T, s *Screener, in string) {
	t.Helper()
	got, err := s.Screen(in)
	want, werr := s.screen(in, true)
	if (err == nil) != (werr == nil) {
		t.Fatalf("Screen(%q): error %v, reference %v", in, err, werr)
	}
	if err != nil {
		return
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Screen(%q) differs from running every detector (-all +pre-checked):\n%s", in, d)
	}
	if d := cmp.Diff(refResult(s, in, got.Findings), got); d != "" {
		t.Fatalf("Screen(%q) differs from the reference result builder (-ref +got):\n%s", in, d)
	}
	sc := scan{s: s, text: in}
	sc.tokenize()
	ref := refClasses(s, &sc)
	var any uint32
	for i, tk := range sc.toks {
		if tk.cls != ref[i] {
			t.Fatalf("tokenize(%q): token %q has classes %#x, the lexicon says %#x", in, sc.tok(i), tk.cls, ref[i])
		}
		any |= tk.cls
	}
	if sc.anyCls != any || sc.sawAt != strings.Contains(in, "@") {
		t.Fatalf("tokenize(%q): anyCls %#x sawAt %v, want %#x %v", in, sc.anyCls, sc.sawAt, any, strings.Contains(in, "@"))
	}
}

// preCheckRules are rule sets under which the pre-checks are tried: all
// kinds, and each kind alone (a detector's gate depends on the kinds).
func preCheckRules() []Rules {
	out := []Rules{allKinds()}
	for _, c := range allKinds().Contact {
		r := allKinds()
		r.Contact = []ContactRule{c}
		out = append(out, r)
	}
	return out
}

func TestPreChecks(t *testing.T) {
	var texts []string
	for _, l := range readCorpus(t) {
		texts = append(texts, l.Text)
	}
	texts = append(texts, message1KB())
	for _, m := range adversarial(1024) {
		texts = append(texts, m)
	}
	// Random texts from pieces that trigger and confuse the detectors.
	pieces := []string{"jean", "@", " at ", " dot ", ".", "gmail", "com", "fr", " ", "06", "12", "+33", "(0)", "-", "%",
		"WhatsApp", "sur", "code", "promo", "IBAN", "FR76", "3000", "6000", "0112", "3456", "7890", "189", "www", "://",
		"https", "/", "é", "Ą", "newsletter", "soldes", "offre", "spéciale", "tel", ":", "€", "n°", "#", "paypal", "me",
		"Telegram", "virement", "direct", "arobase", "kropka", "wa.me", "x", "\n", "_", "00", "48", "600", "700", "800"}
	r := rand.New(rand.NewPCG(17, 1))
	for range 2000 {
		var b strings.Builder
		for n := r.IntN(30); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, rules := range preCheckRules() {
		s := mustScreener(t, rules)
		for _, in := range texts {
			checkPreChecks(t, s, in)
		}
	}
}

func FuzzPreChecks(f *testing.F) {
	for _, l := range []string{
		"Appelez le 06 12 34 56 78 ou jean at gmail dot com", "jean@gmail.com @handle", "x @ y . fr", "a@b@c.fr",
		"FR76 3000 6000 0112 3456 7890 189", "code promo ETE2026 -20%", "sur WhatsApp +33 6 12 34 56 78", "é@é.é",
	} {
		f.Add(l)
	}
	s := mustScreener(f, allKinds())
	f.Fuzz(func(t *testing.T, in string) { checkPreChecks(t, s, in) })
}
