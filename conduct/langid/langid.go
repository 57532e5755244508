// Package langid identifies the language of a short marketplace message
// among the 25 languages of the markets the presets serve (bg, cs, da, de,
// el, en, es, et, fi, fr, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro,
// sk, sl, sv).
//
// The method is a naive Bayes classifier over character n-grams (1 to 4
// letters, inside words padded with a space) and whole words. The
// profiles are data: counts built by `go run ./conduct/langid/gen` from the
// training texts in training/<lang>.txt and embedded as profiles.bin.
// Before scoring, Identify removes what says nothing about the language:
// web and e-mail addresses, numbers and order references (tokens with a
// digit), ALL-CAPS tokens and product names (brand words such as iPhone or
// Galaxy and the capitalised words that follow them). Greek letters decide
// el and Cyrillic letters decide bg without scoring.
package langid

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

//go:embed profiles.bin
var profileData string

// Languages returns the codes (ISO 639-1) of the languages Identify knows,
// sorted.
func Languages() []string {
	return []string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}
}

const numLangs = 25

// MinLetters is the number of letters a text needs, once cleaned, for
// Identify to name a language: below it the Result has Lang "" and
// Reliable false.
const MinLetters = 10

// ReliableConfidence is the Confidence from which a Result is Reliable.
const ReliableConfidence = 0.9

// temperature divides the log-likelihoods before they are turned into a
// posterior: the five feature kinds read the same letters, so the naive
// Bayes sum counts the evidence about five times.
const temperature = 5.0

// alpha is the additive smoothing of the counts.
const alpha = 0.5

// maxScores is the number of languages a Result lists.
const maxScores = 3

// Feature kinds: the first byte of every key.
const (
	kindWord  = 'w'
	numKinds  = 5 // '1'..'4' and 'w'
	maxWord   = 64
	maxKeyLen = 1 + maxWord + 2
)

func kindIndex(k byte) int {
	if k == kindWord {
		return 4
	}
	return int(k - '1')
}

// Identifier identifies the language of a text. Build it once with New: it
// is immutable and safe for concurrent use (the profiles are read, never
// written). The zero Identifier has no profiles: Identify on it returns the
// zero Result (Lang "", Reliable false). Identification does not depend on
// time, so daylight-saving time plays no part.
type Identifier struct{ m *model }

type model struct {
	langs [numLangs]string
	index map[string]int32 // feature key → row in logp
	logp  []float32        // row*numLangs + lang
	floor [numKinds][numLangs]float32
	latin []int // languages scored for Latin-script text
	el    int
	bg    int
}

// Score is one language's share of the posterior.
type Score struct {
	Lang  string  `json:"lang"`
	Score float64 `json:"score"`
}

// Result is the answer of Identify.
type Result struct {
	// Lang is the identified language (ISO 639-1), or "" when the text has
	// fewer than MinLetters letters once cleaned.
	Lang string `json:"lang"`
	// Confidence is the posterior probability of Lang (0 to 1) under the
	// model, the log-likelihoods tempered by 5 to discount the overlap of
	// the n-gram features. 0 when Lang is "". A script decision (Greek,
	// Cyrillic) has Confidence 1.
	Confidence float64 `json:"confidence"`
	// Reliable reports Lang named and Confidence at least
	// ReliableConfidence.
	Reliable bool `json:"reliable"`
	// Letters is the number of letters scored, after cleaning.
	Letters int `json:"letters"`
	// Scores lists the best languages (at most three), best first, with
	// their posterior. It is the caller's own slice; [] when Lang is "".
	Scores []Score `json:"scores"`
}

// IsZero reports whether id is the zero Identifier (no profiles).
func (id Identifier) IsZero() bool { return id.m == nil }

// ErrProfiles reports damaged embedded profiles.
var ErrProfiles = errors.New("langid: damaged profiles")

// New loads the embedded profiles.
func New() (Identifier, error) {
	p, err := parseProfiles(profileData)
	if err != nil {
		return Identifier{}, err
	}
	return newIdentifier(p)
}

// profiles is the decoded content of profiles.bin: counts per language.
type profiles struct {
	langs  []string
	counts []map[string]uint32
}

const magic = "LANGID1\n"

func parseProfiles(data string) (profiles, error) {
	var p profiles
	if len(data) < len(magic) || data[:len(magic)] != magic {
		return p, fmt.Errorf("%w: no magic", ErrProfiles)
	}
	data = data[len(magic):]
	nl := strings.IndexByte(data, '\n') // header line
	if nl < 0 {
		return p, fmt.Errorf("%w: no header", ErrProfiles)
	}
	r := &reader{s: data[nl+1:]}
	n := r.uvarint()
	if n != numLangs {
		return p, fmt.Errorf("%w: %d languages, want %d", ErrProfiles, n, numLangs)
	}
	for range n {
		lang := r.str()
		nf := r.uvarint()
		if r.err != nil || nf > 1<<20 {
			return p, fmt.Errorf("%w: language %q", ErrProfiles, lang)
		}
		m := make(map[string]uint32, nf)
		for range nf {
			k := r.str()
			c := r.uvarint()
			if r.err != nil || len(k) < 2 || c == 0 || c > 1<<31 {
				return p, fmt.Errorf("%w: language %q", ErrProfiles, lang)
			}
			if k[0] != kindWord && (k[0] < '1' || k[0] > '4') {
				return p, fmt.Errorf("%w: feature kind %q", ErrProfiles, k[0])
			}
			m[k] = uint32(c)
		}
		p.langs = append(p.langs, lang)
		p.counts = append(p.counts, m)
	}
	if r.err != nil || r.s != "" {
		return p, fmt.Errorf("%w: trailing data", ErrProfiles)
	}
	if !slices.Equal(p.langs, Languages()) {
		return p, fmt.Errorf("%w: languages %v", ErrProfiles, p.langs)
	}
	return p, nil
}

type reader struct {
	s   string
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		b := r.s[i]
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.err = ErrProfiles
	return 0
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.s)) {
		r.err = ErrProfiles
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func newIdentifier(p profiles) (Identifier, error) {
	m := &model{index: map[string]int32{}}
	copy(m.langs[:], p.langs)
	var total [numKinds][numLangs]float64
	var vocab [numKinds]float64
	for l, counts := range p.counts {
		for k, c := range counts {
			total[kindIndex(k[0])][l] += float64(c)
			if _, ok := m.index[k]; !ok {
				m.index[k] = int32(len(m.index))
				vocab[kindIndex(k[0])]++
			}
		}
	}
	for k := range numKinds {
		for l := range numLangs {
			m.floor[k][l] = float32(math.Log(alpha / (total[k][l] + alpha*vocab[k])))
		}
	}
	m.logp = make([]float32, len(m.index)*numLangs)
	for k, row := range m.index {
		ki := kindIndex(k[0])
		for l := range numLangs {
			c := float64(p.counts[l][k])
			m.logp[int(row)*numLangs+l] = float32(math.Log((c + alpha) / (total[ki][l] + alpha*vocab[ki])))
		}
	}
	for l, code := range m.langs {
		switch code {
		case "el":
			m.el = l
		case "bg":
			m.bg = l
		default:
			m.latin = append(m.latin, l)
		}
	}
	return Identifier{m}, nil
}

// Identify returns the language of text. It never fails: a text too short
// once cleaned (see MinLetters) gets Lang "" and Reliable false. Invalid
// UTF-8 bytes count as separators.
func (id Identifier) Identify(text string) Result {
	if id.m == nil {
		return Result{Scores: []Score{}}
	}
	var a accum
	a.m = id.m
	clean(text, &a)
	if a.letters < MinLetters {
		return Result{Letters: a.letters, Scores: []Score{}}
	}
	m := id.m
	switch {
	case a.greek*2 > a.letters:
		return scriptResult(m.langs[m.el], a.letters)
	case a.cyrillic*2 > a.letters:
		return scriptResult(m.langs[m.bg], a.letters)
	}
	for k, n := range a.unseen {
		for l := range numLangs {
			a.score[l] += float64(n) * float64(m.floor[k][l])
		}
	}
	// posterior over the Latin-script languages
	best := math.Inf(-1)
	for _, l := range m.latin {
		best = max(best, a.score[l])
	}
	var post [numLangs]float64
	sum := 0.0
	for _, l := range m.latin {
		post[l] = math.Exp((a.score[l] - best) / temperature)
		sum += post[l]
	}
	var top [maxScores]int
	n := 0
	for _, l := range m.latin {
		post[l] /= sum
		// insertion into the top list; ties go to the earlier language
		i := n
		for i > 0 && post[top[i-1]] < post[l] {
			i--
		}
		if i < maxScores {
			if n < maxScores {
				n++
			}
			copy(top[i+1:n], top[i:n-1])
			top[i] = l
		}
	}
	scores := make([]Score, n)
	for i := range n {
		scores[i] = Score{Lang: m.langs[top[i]], Score: post[top[i]]}
	}
	r := Result{Lang: scores[0].Lang, Confidence: scores[0].Score, Letters: a.letters, Scores: scores}
	r.Reliable = r.Confidence >= ReliableConfidence
	return r
}

func scriptResult(lang string, letters int) Result {
	return Result{Lang: lang, Confidence: 1, Reliable: true, Letters: letters, Scores: []Score{{Lang: lang, Score: 1}}}
}

// accum adds up the log-likelihood of each language over the features of
// the words clean gives it; for Train (m nil) it counts the features.
type accum struct {
	m        *model
	counts   map[string]uint32 // Train
	words    *[]string         // tests
	score    [numLangs]float64
	unseen   [numKinds]int // features in no profile, per kind
	letters  int
	greek    int
	cyrillic int
	key      [maxKeyLen]byte
	buf      [maxWord]byte
	pad      [maxWord + 2]byte
}

// word scores one cleaned word: lower-case letters only, at most maxWord
// bytes.
func (a *accum) word(w []byte) {
	for _, r := range string(w) {
		a.letters++
		switch {
		case unicode.Is(unicode.Greek, r):
			a.greek++
		case unicode.Is(unicode.Cyrillic, r):
			a.cyrillic++
		}
	}
	if a.words != nil {
		*a.words = append(*a.words, string(w))
	}
	a.feature(kindWord, w)
	// the character n-grams of " w " (1 to 4 runes; the 1-grams skip the
	// padding spaces)
	a.pad[0] = ' '
	copy(a.pad[1:], w)
	a.pad[len(w)+1] = ' '
	padded := a.pad[:len(w)+2]
	var starts [maxWord + 3]int
	n := 0
	for i := range string(padded) {
		starts[n] = i
		n++
	}
	starts[n] = len(padded)
	for i := range n {
		for order := 1; order <= 4 && i+order <= n; order++ {
			g := padded[starts[i]:starts[i+order]]
			if order == 1 && g[0] == ' ' {
				continue
			}
			a.feature(byte('0'+order), g)
		}
	}
}

func (a *accum) feature(kind byte, g []byte) {
	a.key[0] = kind
	n := copy(a.key[1:], g)
	key := a.key[:n+1]
	m := a.m
	if m == nil {
		if a.counts != nil {
			a.counts[string(key)]++
		}
		return
	}
	row, ok := m.index[string(key)]
	if !ok {
		ki := kindIndex(kind)
		a.unseen[ki]++ // added once per kind by total
		return
	}
	p := m.logp[int(row)*numLangs : int(row)*numLangs+numLangs]
	for l := range numLangs {
		a.score[l] += float64(p[l])
	}
}

// Train counts the features of the training texts, one per language of
// Languages(), and returns the profiles.bin content with header naming
// the generator and the given training set hash. It is the generator's
// (go run ./conduct/langid/gen) only step, exported so that the generator
// and Identify share one tokenizer.
func Train(texts map[string]string, header string) ([]byte, error) {
	var out []byte
	out = append(out, magic...)
	out = append(out, header...)
	out = append(out, '\n')
	out = binary.AppendUvarint(out, numLangs)
	for _, lang := range Languages() {
		text, ok := texts[lang]
		if !ok || text == "" {
			return nil, fmt.Errorf("langid: no training text for %q", lang)
		}
		counts := map[string]uint32{}
		clean(text, &accum{counts: counts})
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out = binary.AppendUvarint(out, uint64(len(lang)))
		out = append(out, lang...)
		out = binary.AppendUvarint(out, uint64(len(keys)))
		for _, k := range keys {
			out = binary.AppendUvarint(out, uint64(len(k)))
			out = append(out, k...)
			out = binary.AppendUvarint(out, uint64(counts[k]))
		}
	}
	return out, nil
}
