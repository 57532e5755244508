package langid

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func mustNew(t testing.TB) Identifier {
	t.Helper()
	id, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// brief is the part of a Result the table test pins: the scores move
// with the training texts.
type brief struct {
	Lang     string
	Reliable bool
}

func TestIdentify(t *testing.T) {
	id := mustNew(t)
	tests := []struct {
		name string
		text string
		want brief
	}{
		{"french with a product name", "Votre iPhone 13 Pro 128 Go est parti ce matin.", brief{"fr", true}},
		{"danish", "Hej, tak for din besked, vi sender pakken i morgen.", brief{"da", true}},
		{"norwegian", "Hei, takk for meldingen, vi sender pakken i morgen.", brief{"nb", true}},
		{"swedish", "Hej, tack för meddelandet, vi skickar paketet i morgon.", brief{"sv", true}},
		{"czech", "Dobrý den, balík jsme odeslali včera, přijde zítra.", brief{"cs", true}},
		{"slovak", "Dobrý deň, balík sme odoslali včera, príde zajtra.", brief{"sk", true}},
		{"croatian", "Poštovani, paket je poslan jučer i stići će sutra.", brief{"hr", true}},
		{"slovene", "Spoštovani, paket smo poslali včeraj in bo prispel jutri.", brief{"sl", true}},
		{"spanish", "Hola, el paquete ya salió y llegará mañana por la tarde.", brief{"es", true}},
		{"portuguese", "Olá, a encomenda já saiu e chega amanhã à tarde.", brief{"pt", true}},
		{"italian", "Ciao, il pacco è già partito e arriverà domani pomeriggio.", brief{"it", true}},
		{"greek by script", "Το δέμα σας στάλθηκε χθες.", brief{"el", true}},
		{"bulgarian by script", "Пратката ви беше изпратена вчера.", brief{"bg", true}},
		{"too short", "Merci !", brief{"", false}},
		{"only a product and a reference", "iPhone 13 Pro Max CMD-2026-112233", brief{"", false}},
		{"only a url and an e-mail", "https://example.com/suivi jean.dupont@example.com", brief{"", false}},
		{"empty", "", brief{"", false}},
		{"all caps shouting is removed", "URGENT REMBOURSEMENT SVP", brief{"", false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := id.Identify(tt.text)
			if diff := cmp.Diff(tt.want, brief{r.Lang, r.Reliable}); diff != "" {
				t.Errorf("Identify(%q) (-want +got):\n%s\nscores %v", tt.text, diff, r.Scores)
			}
		})
	}
}

func TestIdentifyShape(t *testing.T) {
	id := mustNew(t)
	tests := []struct {
		name string
		text string
		want Result
	}{
		{"zero result for short text", "Merci", Result{Letters: 5, Scores: []Score{}}},
		{"script decision", "Ευχαριστώ πολύ για το μήνυμα", Result{Lang: "el", Confidence: 1, Reliable: true, Letters: 24, Scores: []Score{{"el", 1}}}},
		{"cyrillic", "Благодаря за съобщението", Result{Lang: "bg", Confidence: 1, Reliable: true, Letters: 22, Scores: []Score{{"bg", 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, id.Identify(tt.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff(Result{Scores: []Score{}}, Identifier{}.Identify("Bonjour, votre colis est parti.")); diff != "" {
		t.Errorf("zero Identifier (-want +got):\n%s", diff)
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"product name and capacity", "Votre iPhone 13 Pro 128 Go est parti", []string{"votre", "est", "parti"}},
		{"galaxy model", "Le Samsung Galaxy S23 Ultra arrive demain.", []string{"le", "arrive", "demain"}},
		{"urls, e-mails, references", "Voir https://x.fr/a?b=1 ou www.exemple.fr, écrire à a@b.fr, commande CMD-2026-1", []string{"voir", "ou", "écrire", "à", "commande"}},
		{"all caps", "Merci SAV OK bonne journée", []string{"merci", "bonne", "journée"}},
		{"sentence end closes the product name", "Pixel 7. Pro forma", []string{"pro", "forma"}},
		{"a capitalised word after a number stays", "Commande 12345 Merci beaucoup", []string{"commande", "merci", "beaucoup"}},
		{"apostrophes and hyphens split words", "L'appareil est-il il-pakkett", []string{"l", "appareil", "est", "il", "il", "pakkett"}},
		{"capitalised words without a product", "Bonjour Marie, Merci", []string{"bonjour", "marie", "merci"}},
		{"invalid utf-8 separates", "ab\xffcd", []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			clean(tt.text, &accum{words: &got})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("clean(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestProfilesUpToDate regenerates the profiles from the training texts
// and compares them with the embedded profiles.bin: run go run
// ./conduct/langid/gen after changing a training text.
func TestProfilesUpToDate(t *testing.T) {
	texts := map[string]string{}
	h := sha256.New()
	for _, lang := range Languages() {
		b, err := os.ReadFile(filepath.Join("training", lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 3000 {
			t.Errorf("training/%s.txt has %d bytes, want several KB", lang, len(b))
		}
		texts[lang] = string(b)
		fmt.Fprintf(h, "%s %d\n", lang, len(b))
		h.Write(b)
	}
	out, err := Train(texts, "generated by go run ./conduct/langid/gen from training/*.txt sha256 "+hex.EncodeToString(h.Sum(nil))+"; DO NOT EDIT")
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != profileData {
		t.Errorf("profiles.bin is stale: run go run ./conduct/langid/gen")
	}
}

func TestDamagedProfiles(t *testing.T) {
	for _, data := range []string{"", "LANGID1\n", "LANGID1\nheader\n\x19", profileData[:len(profileData)/2], profileData + "x", "XX" + profileData[2:]} {
		if _, err := parseProfiles(data); err == nil {
			t.Errorf("parseProfiles accepted %d damaged bytes", len(data))
		}
	}
	if _, err := Train(map[string]string{"fr": "bonjour"}, "h"); err == nil {
		t.Error("Train accepted a training set without every language")
	}
}

// reference scores text the slow, obvious way: features as strings, counts
// looked up in the decoded profiles, log-probabilities computed on the
// spot.
func reference(p profiles, text string) (langs []string, scores []float64, letters int) {
	var words, feats []string
	clean(text, &accum{words: &words})
	for _, w := range words {
		letters += utf8.RuneCountInString(w)
		feats = append(feats, "w"+string(w))
		pad := " " + string(w) + " "
		runes := []rune(pad)
		for i := range runes {
			for n := 1; n <= 4 && i+n <= len(runes); n++ {
				g := string(runes[i : i+n])
				if n == 1 && g == " " {
					continue
				}
				feats = append(feats, fmt.Sprint(n)+g)
			}
		}
	}
	vocab := map[byte]map[string]bool{}
	total := make([]map[byte]float64, len(p.langs))
	for l, counts := range p.counts {
		total[l] = map[byte]float64{}
		for k, c := range counts {
			if vocab[k[0]] == nil {
				vocab[k[0]] = map[string]bool{}
			}
			vocab[k[0]][k] = true
			total[l][k[0]] += float64(c)
		}
	}
	for l, lang := range p.langs {
		if lang == "el" || lang == "bg" {
			continue
		}
		s := 0.0
		for _, f := range feats {
			c := float64(p.counts[l][f])
			s += float64(float32(math.Log((c + alpha) / (total[l][f[0]] + alpha*float64(len(vocab[f[0]]))))))
		}
		langs = append(langs, lang)
		scores = append(scores, s)
	}
	return langs, scores, letters
}

// TestAgainstReference checks the fast path against the reference on the
// corpus: same letters, same best language, same posterior.
func TestAgainstReference(t *testing.T) {
	id := mustNew(t)
	p, err := parseProfiles(profileData)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range loadCorpus(t)[:200] {
		r := id.Identify(e.Text)
		langs, scores, letters := reference(p, e.Text)
		if letters != r.Letters {
			t.Fatalf("%q: letters %d, reference %d", e.Text, r.Letters, letters)
		}
		if r.Lang == "" || r.Lang == "el" || r.Lang == "bg" {
			continue
		}
		best, sum := math.Inf(-1), 0.0
		bestLang := ""
		for i, s := range scores {
			if s > best {
				best, bestLang = s, langs[i]
			}
		}
		for _, s := range scores {
			sum += math.Exp((s - best) / temperature)
		}
		want := Result{Lang: bestLang, Confidence: 1 / sum}
		got := Result{Lang: r.Lang, Confidence: r.Confidence}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-6), cmpopts.IgnoreFields(Result{}, "Scores")); diff != "" {
			t.Errorf("%q (-reference +fast):\n%s", e.Text, diff)
		}
	}
}

// TestInvariance: identification is deterministic and does not change when
// URLs, e-mail addresses, numbers, references and product names are added
// around the text.
func TestInvariance(t *testing.T) {
	id := mustNew(t)
	noise := []string{"https://suivi.example.com/colis/123", "12345", "CMD-2026-000042", "contact@example.com", "iPhone 15 Pro Max", "128 GB", "+33 6 12 34 56 78", "SAV"}
	for i, e := range loadCorpus(t) {
		want := id.Identify(e.Text)
		if diff := cmp.Diff(want, id.Identify(e.Text)); diff != "" {
			t.Fatalf("not deterministic on %q:\n%s", e.Text, diff)
		}
		pre, post := noise[i%len(noise)], noise[(i*3+1)%len(noise)]
		got := id.Identify(pre + " " + e.Text + " " + post)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q with %q and %q around (-plain +noisy):\n%s", e.Text, pre, post, diff)
		}
	}
}

func TestScoresAreTheCallersOwn(t *testing.T) {
	id := mustNew(t)
	text := "Bonjour, votre colis est parti ce matin."
	a := id.Identify(text)
	a.Scores[0].Lang = "xx"
	if b := id.Identify(text); b.Scores[0].Lang != "fr" {
		t.Errorf("second call sees the first caller's change: %v", b.Scores)
	}
	for _, s := range id.Identify(text).Scores {
		if s.Score < 0 || s.Score > 1 {
			t.Errorf("score %v outside [0,1]", s)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	id := mustNew(t)
	corpus := loadCorpus(t)
	want := make([]Result, len(corpus))
	for i, e := range corpus {
		want[i] = id.Identify(e.Text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(corpus); i += 3 {
				if diff := cmp.Diff(want[i], id.Identify(corpus[i].Text)); diff != "" {
					errs <- diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Error(d)
	}
}

func TestIdentifyAllocations(t *testing.T) {
	id := mustNew(t)
	text := strings.Repeat("Bonjour, votre colis est parti ce matin et arrivera jeudi. ", 10)
	allocs := testing.AllocsPerRun(50, func() { id.Identify(text) })
	if allocs > 2 {
		t.Errorf("Identify allocates %.0f times, want at most 2 (the accumulator and the Scores slice)", allocs)
	}
}

func FuzzIdentify(f *testing.F) {
	for _, s := range []string{"", "Votre iPhone 13 Pro 128 Go est parti", "Το δέμα", "ab\xffcd", strings.Repeat("x", 200), "Ⅻ ǅ ß ﬁ İ"} {
		f.Add(s)
	}
	id := mustNew(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := id.Identify(text)
		if r.Lang == "" {
			if r.Reliable || r.Confidence != 0 || len(r.Scores) != 0 {
				t.Fatalf("undetermined result with content: %+v", r)
			}
			return
		}
		if r.Letters < MinLetters || !knownLang(r.Lang) || len(r.Scores) == 0 || r.Scores[0].Lang != r.Lang {
			t.Fatalf("bad result %+v", r)
		}
		if math.IsNaN(r.Confidence) || r.Confidence <= 0 || r.Confidence > 1+1e-9 || r.Reliable != (r.Confidence >= ReliableConfidence) {
			t.Fatalf("bad confidence %+v", r)
		}
		for i := 1; i < len(r.Scores); i++ {
			if r.Scores[i].Score > r.Scores[i-1].Score {
				t.Fatalf("scores not sorted: %+v", r.Scores)
			}
		}
	})
}

func BenchmarkIdentify40(b *testing.B) {
	id := mustNew(b)
	text := "Votre colis est parti ce matin, merci !" // 40 bytes
	b.ReportAllocs()
	for b.Loop() {
		id.Identify(text)
	}
}

func BenchmarkIdentify1KB(b *testing.B) {
	id := mustNew(b)
	text := strings.Repeat("Vielen Dank für Ihre Nachricht, das Paket ist heute unterwegs. ", 17)[:1024]
	b.ReportAllocs()
	for b.Loop() {
		id.Identify(text)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
