package conduct

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftersales/aftersales/explain"
)

// MaxMessageBytes is the largest message Screen accepts, in bytes.
const MaxMessageBytes = 64 << 10

// Errors returned by Screen, wrapped with details; test with errors.Is.
var (
	// ErrInvalidUTF8 reports a message that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("conduct: message is not valid UTF-8")
	// ErrTooLarge reports a message longer than MaxMessageBytes.
	ErrTooLarge = errors.New("conduct: message too large")
)

// Finding is one piece of forbidden content in a text. Start and End are
// byte offsets in the screened text (Text == text[Start:End]); they fall
// on UTF-8 boundaries.
type Finding struct {
	Kind  Kind          `json:"kind"`
	Start int           `json:"start"`
	End   int           `json:"end"`
	Text  string        `json:"text"`
	Rule  string        `json:"rule"`  // "conduct.contact.phone"
	Basis explain.Basis `json:"basis"` // cites the clause forbidding Kind
}

// Result is the outcome of screening one text. Findings are sorted by
// Start and do not overlap. Masked is the text with each finding replaced
// by its mask ("[phone]", see Mask); it equals the input when there are no
// findings. Basis lists the findings' steps, or one step saying nothing
// forbidden was found.
type Result struct {
	Findings []Finding     `json:"findings"`
	Masked   string        `json:"masked"`
	Basis    explain.Basis `json:"basis"`
}

// Mask returns the text that replaces a finding of kind k in
// Result.Masked: the kind in square brackets ("[email]", "[phone]").
func Mask(k Kind) string { return "[" + string(k) + "]" }

const numKinds = 6

func kindIndex(k Kind) int {
	switch k {
	case Email:
		return 0
	case Phone:
		return 1
	case URL:
		return 2
	case Social:
		return 3
	case Payment:
		return 4
	case Marketing:
		return 5
	}
	return -1
}

// Screener finds forbidden content in messages and listings under one set
// of Rules. Build it with NewScreener; the zero Screener is not usable. A
// Screener is immutable and safe for concurrent use. Screening does not
// depend on time, so daylight-saving time plays no part.
type Screener struct {
	rules   Rules
	clause  [numKinds]string
	enabled [numKinds]bool
	any     bool
	lex     map[string]uint32
	lexPre  *[1 << 13]byte // bit set of the first two bytes of lex's words
	lexTab  *lexTable      // lex as a hash table looked up with bytes
	lexQuad *[1 << 13]byte // bit set of the quadKeys of lex's words
	tld     map[string]bool
	mail    map[string]bool
	hosts   map[string]Kind
	phones  map[string][2]int
	ibans   map[string]int
	clean   explain.Basis
}

// NewScreener returns a Screener for r, or r's validation error. r is
// copied: changing it afterwards does not change the Screener.
//
// Deprecated: use New, whose Engine has the call shape of every rule
// package; NewScreener stays for one release.
func NewScreener(r Rules) (*Screener, error) { return newScreener(r) }

func newScreener(r Rules) (*Screener, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	s := &Screener{
		rules:  r.clone(),
		lex:    lexicon(),
		tld:    tlds(),
		mail:   mailHosts(),
		hosts:  hostKinds(),
		phones: phoneLengths(),
		ibans:  ibanLengths(),
	}
	s.lexTab = newLexTable(s.lex)
	s.lexQuad = new([1 << 13]byte)
	for w := range s.lex {
		if n := len(w); n > 0 {
			var c1 byte
			if n > 1 {
				c1 = w[1]
			}
			q := quadKey(w[0], c1, w[n-1], n)
			s.lexQuad[q>>3] |= 1 << (q & 7)
		}
	}
	s.lexPre = new([1 << 13]byte)
	for w := range s.lex {
		k := prefixKey(w)
		s.lexPre[k>>3] |= 1 << (k & 7)
	}
	var kinds, clauses []string
	for _, c := range r.Contact {
		i := kindIndex(c.Kind)
		s.enabled[i] = true
		s.clause[i] = c.Clause
		s.any = true
		kinds = append(kinds, string(c.Kind))
		if !contains(clauses, c.Clause) {
			clauses = append(clauses, c.Clause)
		}
	}
	if s.any {
		s.clean = explain.Of(explain.Step{
			Rule:  "conduct.contact",
			Basis: strings.Join(clauses, "; "),
			Facts: []explain.Fact{explain.F("checked", strings.Join(kinds, ", "))},
			Text:  "no forbidden content found (checked: %s)",
			Args:  []any{strings.Join(kinds, ", ")},
		})
	} else {
		s.clean = explain.Of(explain.Step{
			Rule: "conduct.contact",
			Text: "the rules forbid no content in messages",
		})
	}
	return s, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Rules returns a copy of the rules the Screener applies.
func (s *Screener) Rules() Rules { return s.rules.clone() }

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules {
	r.Contact = append([]ContactRule(nil), r.Contact...)
	if r.Listing.MaxDeliveryDays != nil {
		m := make(map[string]int, len(r.Listing.MaxDeliveryDays))
		for k, v := range r.Listing.MaxDeliveryDays {
			m[k] = v
		}
		r.Listing.MaxDeliveryDays = m
	}
	return r
}

// Screen finds the content r forbids in text. An empty or blank text is
// clear (no findings, no error). A text over MaxMessageBytes returns an
// error wrapping ErrTooLarge; invalid UTF-8 returns an error wrapping
// ErrInvalidUTF8.
//
// Every Result is the caller's own: nothing in it is shared with the
// Screener or with other Results.
func (s *Screener) Screen(text string) (Result, error) { return s.screen(text, false) }

// screen is Screen; all runs every detector whatever the pre-checks say
// (the slow reference of the tests).
func (s *Screener) screen(text string, all bool) (Result, error) {
	if len(text) > MaxMessageBytes {
		return Result{}, fmt.Errorf("%w: %d bytes, the cap is %d bytes", ErrTooLarge, len(text), MaxMessageBytes)
	}
	if !utf8.ValidString(text) {
		return Result{}, &UTF8Error{Offset: firstInvalid(text)}
	}
	if !s.any {
		return Result{Masked: text, Basis: s.cleanBasis()}, nil
	}
	// A short text's tokens stay on the stack.
	var cands []cand
	var tokBuf [smallToks]token
	sc := scan{s: s, text: text, all: all, cands: &cands}
	sc.toks, sc.anyCls, sc.sawAt = tokenize(s, text, tokBuf[:0])
	if len(sc.toks) == 0 && !strings.ContainsAny(text, "@%") {
		return Result{Masked: text, Basis: s.cleanBasis()}, nil
	}
	sc.detect()
	found := sc.resolve()
	if len(found) == 0 {
		return Result{Masked: text, Basis: s.cleanBasis()}, nil
	}
	return s.result(text, found), nil
}

// cleanBasis returns a copy of the basis of a clear result: a caller that
// edits the steps of its Result changes no other Result.
func (s *Screener) cleanBasis() explain.Basis {
	steps := make([]explain.Step, len(s.clean.Steps))
	for i, st := range s.clean.Steps {
		st.Facts = append([]explain.Fact(nil), st.Facts...)
		st.Args = append([]any(nil), st.Args...)
		steps[i] = st
	}
	return explain.Basis{Steps: steps}
}

// UTF8Error reports text that is not valid UTF-8, with the byte offset of
// the first bad byte, so that a caller can point at it (errors.As). It
// matches ErrInvalidUTF8 with errors.Is.
type UTF8Error struct {
	Offset int
}

// Error returns "conduct: message is not valid UTF-8 (first bad byte at
// offset N)".
func (e *UTF8Error) Error() string {
	return fmt.Sprintf("%v (first bad byte at offset %d)", ErrInvalidUTF8, e.Offset)
}

// Is reports whether target is ErrInvalidUTF8.
func (e *UTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(s)
}

func (s *Screener) result(text string, found []cand) Result {
	// One backing array per field for all findings (each finding's slices
	// capped, so that appending to one never writes into another): a few
	// allocations whatever the number of findings.
	n := len(found)
	res := Result{Findings: make([]Finding, n)}
	steps := make([]explain.Step, 2*n) // n for the findings, n for res.Basis
	facts := make([]explain.Fact, 3*n)
	args := make([]any, n)
	var nb [24 * 8]byte
	nums := nb[:0]
	for _, c := range found {
		nums = strconv.AppendInt(nums, int64(c.start), 10)
		nums = append(nums, '-')
		nums = strconv.AppendInt(nums, int64(c.end), 10)
	}
	ranges := string(nums)
	var sb strings.Builder
	sb.Grow(len(text) + 16*n)
	last, at := 0, 0
	for i, c := range found {
		t := text[c.start:c.end]
		kind := kindsByIndex[c.kind]
		rule := ruleName(kind)
		w := digitsLen(c.start) + 1 + digitsLen(c.end)
		fs := facts[3*i : 3*i+3 : 3*i+3]
		fs[0] = explain.Fact{Name: "kind", Value: string(kind)}
		fs[1] = explain.Fact{Name: "text", Value: t}
		fs[2] = explain.Fact{Name: "bytes", Value: ranges[at : at+w]}
		at += w
		args[i] = t
		steps[i] = explain.Step{
			Rule:  rule,
			Basis: s.clause[c.kind],
			Facts: fs,
			Text:  findingText(kind),
			Args:  args[i : i+1 : i+1],
		}
		steps[n+i] = steps[i]
		res.Findings[i] = Finding{
			Kind:  kind,
			Start: c.start,
			End:   c.end,
			Text:  t,
			Rule:  rule,
			Basis: explain.Basis{Steps: steps[i : i+1 : i+1]},
		}
		sb.WriteString(text[last:c.start])
		sb.WriteByte('[')
		sb.WriteString(string(kind))
		sb.WriteByte(']')
		last = c.end
	}
	sb.WriteString(text[last:])
	res.Masked = sb.String()
	res.Basis = explain.Basis{Steps: steps[n : 2*n : 2*n]}
	return res
}

// digitsLen returns the number of decimal digits of v >= 0.
func digitsLen(v int) int {
	n := 1
	for v >= 10 {
		v /= 10
		n++
	}
	return n
}

func ruleName(k Kind) string {
	switch k {
	case Email:
		return "conduct.contact.email"
	case Phone:
		return "conduct.contact.phone"
	case URL:
		return "conduct.contact.url"
	case Social:
		return "conduct.contact.social"
	case Payment:
		return "conduct.contact.payment"
	}
	return "conduct.contact.marketing"
}

func findingText(k Kind) string {
	switch k {
	case Email:
		return "the text gives an e-mail address (%s): exchanges must stay on the platform"
	case Phone:
		return "the text gives a phone number (%s): exchanges must stay on the platform"
	case URL:
		return "the text gives a web address (%s): exchanges must stay on the platform"
	case Social:
		return "the text points to a messaging app or social network (%s): exchanges must stay on the platform"
	case Payment:
		return "the text gives payment details for outside the platform (%s): payments must stay on the platform"
	}
	return "the text carries marketing wording (%s): sellers must not contact buyers for marketing"
}

// token is a maximal run of word characters (letters, digits, marks, '_').
type token struct {
	start, end int32
	digits     int16 // ASCII digits
	others     int16 // other characters (letters, '_', marks)
	cls        uint32
}

func (t token) allDigits() bool { return t.others == 0 && t.digits > 0 }
func (t token) len() int        { return int(t.end - t.start) }

// cand is a candidate finding before overlaps are resolved. alt is the
// kind reported when kind is not forbidden but alt is (a payment or social
// link is still a web address).
//
// cand holds no pointers (kinds by index), so that a stack buffer of
// candidates does not escape.
type cand struct {
	kind, alt  int8 // kindIndex
	start, end int
	prio       int
}

// kindsByIndex inverts kindIndex.
var kindsByIndex = [numKinds]Kind{Email, Phone, URL, Social, Payment, Marketing}

// Detector priorities: lower wins an overlap.
const (
	prioEmail = iota
	prioLink
	prioPayment
	prioPhone
	prioHandle
	prioSocial
	prioMarketing
)

// smallToks is the number of tokens of the stack buffer of a short text
// (up to about 1.2 KB).
const smallToks = 400

type scan struct {
	s     *Screener
	text  string
	toks  []token
	cands *[]cand // a pointer, so that appending leaks no stack buffer of toks
	// Gathered by tokenize for the detectors' pre-checks: the union of
	// the tokens' lexicon classes, and whether the text has an '@'.
	anyCls uint32
	sawAt  bool
	// all runs every detector, whatever the pre-checks say (tests).
	all bool
}

// asciiClass classifies ASCII bytes: 'd' digit, 'w' letter or '_', '.'
// anything else.
const asciiClass = "................................................dddddddddd.......wwwwwwwwwwwwwwwwwwwwwwwwww....w.wwwwwwwwwwwwwwwwwwwwwwwwww....."

func isWordByte(c byte) bool { return c < utf8.RuneSelf && asciiClass[c] != '.' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDotDashColon(c byte) bool { return c == '.' || c == '-' || c == ':' }

// indexAt returns the index of the first '@' in g, or -1; gaps between
// tokens are short, where a loop beats strings.IndexByte's call.
func indexAt(g string) int {
	for i := 0; i < len(g); i++ {
		if g[i] == '@' {
			return i
		}
	}
	return -1
}

func (sc *scan) tokenize() {
	sc.toks, sc.anyCls, sc.sawAt = tokenize(sc.s, sc.text, sc.toks[:0])
}

// tokenize returns the tokens of text, appended to toks (a function, not
// a method, so that a caller's stack buffer does not escape), the union
// of their lexicon classes and whether text has an '@'.
func tokenize(s *Screener, text string, toks []token) (_ []token, anyCls uint32, sawAt bool) {
	sawAt = strings.IndexByte(text, '@') >= 0
	var buf [32]byte
	lexPre, lexQuad, lexTab := s.lexPre, s.lexQuad, s.lexTab
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if wordClass[c] == 0 {
				// Skip the run of ASCII separators in a tight loop.
				for i++; i < len(text) && text[i] < utf8.RuneSelf && wordClass[text[i]] == 0; i++ {
				}
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		j := i
		digits, others := 0, 0
		ascii := true
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				k := wordClass[c]
				if k == 0 {
					break
				}
				digits += int(k & 1)
				others += int(k >> 1)
				j++
				continue
			}
			ascii = false
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			others++
			j += size
		}
		var cls uint32
		if n := j - i; others > 0 && n <= len(buf) && n <= maxWordLen {
			// Most words are not in the lexicon. An ASCII word is its own
			// folded form but for case: a bit set of the lexicon's
			// (first, second, last byte, length) keys skips most look-ups.
			// Other words are folded, then a bit set of the first two
			// bytes skips most look-ups.
			if ascii {
				w := text[i:j]
				var c1 byte
				if n > 1 {
					c1 = lowerByte(w[1])
				}
				if q := quadKey(lowerByte(w[0]), c1, lowerByte(w[n-1]), n); lexQuad[q>>3]&(1<<(q&7)) != 0 {
					for x := 0; x < n; x++ {
						buf[x] = lowerByte(w[x])
					}
					cls = lexTab.get(buf[:n])
					anyCls |= cls
				}
			} else if n := foldWord(buf[:], text[i:j]); n > 0 {
				k := uint16(buf[0]) << 8
				if n > 1 {
					k |= uint16(buf[1])
				}
				if lexPre[k>>3]&(1<<(k&7)) != 0 {
					cls = lexTab.get(buf[:n])
					anyCls |= cls
				}
			}
		}
		// Fields stored in place: a token built field by field on the
		// stack and then copied whole stalls the copy. int16 wraps as the
		// counters did when they were int16 themselves.
		if len(toks) == cap(toks) {
			// Out of room (of the caller's buffer at first): one
			// allocation sized for about one word per 3 bytes, so that a
			// text without words (a run of signs) allocates nothing.
			nt := make([]token, len(toks), max(len(text)/3+8, 2*cap(toks)))
			copy(nt, toks)
			toks = nt
		}
		toks = append(toks, token{})
		tp := &toks[len(toks)-1]
		tp.start, tp.end = int32(i), int32(j)
		tp.digits, tp.others = int16(digits), int16(others)
		tp.cls = cls
		i = j
	}
	return toks, anyCls, sawAt
}

// wordClass classifies ASCII bytes as asciiClass does, as numbers: 1 digit,
// 2 letter or '_', 0 anything else.
const wordClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x02\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00"

// quadKey hashes the first, second (0 for a one-byte word) and last bytes
// and the length of a word into 16 bits.
func quadKey(c0, c1, cl byte, n int) uint16 {
	h := uint32(c0)<<24 | uint32(c1)<<16 | uint32(cl)<<8 | uint32(n&0xff)
	return uint16((h * 0x9E3779B1) >> 16)
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// prefixKey returns the first two bytes of w as a 16-bit key (a one-byte
// word has 0 as its second byte).
func prefixKey(w string) uint16 {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

// gap returns the text between token i and token i+1.
func (sc *scan) gap(i int) string {
	return sc.text[sc.toks[i].end:sc.toks[i+1].start]
}

func (sc *scan) tok(i int) string { return sc.text[sc.toks[i].start:sc.toks[i].end] }

func (sc *scan) add(k Kind, start, end, prio int) {
	sc.grow()
	*sc.cands = append(*sc.cands, cand{kind: int8(kindIndex(k)), alt: int8(kindIndex(k)), start: start, end: end, prio: prio})
}

// grow gives the first candidate room for a few more: one allocation
// for a message with a few findings.
func (sc *scan) grow() {
	if *sc.cands == nil {
		*sc.cands = make([]cand, 0, 16)
	}
}

// detect runs the detectors the rules enable. A detector whose trigger is
// absent from the text (no '@', no word of its lexicon classes) is skipped
// unless sc.all is set; TestPreChecks checks that skipping never loses a
// finding.
func (sc *scan) detect() {
	e := &sc.s.enabled
	if (e[kindIndex(Email)] || e[kindIndex(URL)] || e[kindIndex(Social)]) && (sc.all || sc.sawAt || sc.anyCls&cAt != 0) {
		sc.emails()
	}
	sc.links()
	if e[kindIndex(Social)] {
		if sc.all || sc.sawAt {
			sc.handles()
		}
		if sc.all || sc.anyCls&cPlatform != 0 {
			sc.platforms()
		}
	}
	if e[kindIndex(Payment)] {
		sc.payments()
	}
	if e[kindIndex(Phone)] {
		sc.phones()
	}
	if e[kindIndex(Marketing)] {
		sc.marketing()
	}
}

// resolve keeps, among overlapping candidates, the one with the best
// priority (then the earliest, then the longest), drops kinds the rules do
// not forbid and returns the rest sorted by start.
//
// It runs in O(n log n) for n candidates: the kept candidates stay sorted
// by start (and so by end, as they do not overlap); each priority level is
// checked against them by binary search, then merged in.
func (sc *scan) resolve() []cand {
	c := *sc.cands
	if len(c) == 0 {
		return nil
	}
	sortCands(c)
	var kb, lb, mb [16]cand
	kept, level, merged := kb[:0], lb[:0], mb[:0]
	for lo := 0; lo < len(c); {
		hi := lo + 1
		for hi < len(c) && c[hi].prio == c[lo].prio {
			hi++
		}
		level = level[:0]
		levelEnd := -1 // end of the last candidate kept at this level
		for _, x := range c[lo:hi] {
			if x.end <= x.start || x.start < levelEnd || overlapsAny(kept, x) {
				continue
			}
			level = append(level, x)
			levelEnd = x.end
		}
		if len(level) > 0 {
			merged = mergeByStart(merged[:0], kept, level)
			kept, merged = merged, kept
		}
		lo = hi
	}
	out := c[:0] // c is no longer needed, and len(kept) <= len(c)
	for _, x := range kept {
		switch {
		case sc.s.enabled[x.kind]:
			out = append(out, x)
		case sc.s.enabled[x.alt]:
			x.kind = x.alt
			out = append(out, x)
		}
	}
	return out
}

// sortCands sorts candidates by priority, then start, then longest first.
func sortCands(c []cand) {
	slices.SortFunc(c, func(a, b cand) int {
		if a.prio != b.prio {
			return cmp.Compare(a.prio, b.prio)
		}
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
}

// overlapsAny reports whether x overlaps one of kept, which are sorted by
// start and do not overlap (so their ends are sorted too).
func overlapsAny(kept []cand, x cand) bool {
	k := sort.Search(len(kept), func(i int) bool { return kept[i].end > x.start })
	return k < len(kept) && kept[k].start < x.end
}

// mergeByStart appends to dst the merge of a and b, both sorted by start.
func mergeByStart(dst, a, b []cand) []cand {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i].start <= b[j].start {
			dst = append(dst, a[i])
			i++
		} else {
			dst = append(dst, b[j])
			j++
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

// trimSB trims spaces and brackets.
func trimSB(s string) string {
	return strings.Trim(s, " \t\u00a0()[]{}<>")
}

func onlySB(s string) bool {
	return s != "" && trimSB(s) == ""
}

func asciiWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return s != ""
}

// lowerASCII returns s in lower case in buf when s is short ASCII.
func lowerASCII(buf []byte, s string) string {
	if len(s) > len(buf) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(s)])
}

func (sc *scan) isTLD(s string) bool {
	var buf [16]byte
	if !isAlpha(s) || len(s) < 2 || len(s) > len(buf) {
		return false
	}
	return sc.s.tld[lowerASCII(buf[:], s)]
}

// emails finds e-mail addresses: local@domain.tld, with spaces around the
// signs, or with the signs written as words or in brackets (at, arobase,
// małpa; dot, point, kropka).
//
// Without a spelled-out "at" in the text, only the gaps holding an '@'
// can start an address: emails visits them alone, in the order of the
// full scan (TestPreChecks compares both).
func (sc *scan) emails() {
	toks, text := sc.toks, sc.text
	if sc.all || sc.anyCls&cAt != 0 {
		for i := 0; i+1 < len(toks); i++ {
			if end := sc.emailAt(i); end >= 0 {
				i = end
			}
		}
		return
	}
	next := 0 // the first token the full scan would still visit
	for p := strings.IndexByte(text, '@'); p >= 0; {
		// The gap after token i holds p.
		i := sort.Search(len(toks), func(k int) bool { return int(toks[k].end) > p }) - 1
		if i+1 >= len(toks) {
			break // no token after p: no later gap either
		}
		if i >= next {
			next = i + 1
			if end := sc.emailAt(i); end >= 0 {
				next = end + 1
			}
		}
		// Every '@' of this gap leads to token i: go on after the gap.
		p = int(toks[i+1].start)
		q := strings.IndexByte(text[p:], '@')
		if q < 0 {
			break
		}
		p += q
	}
}

// emailAt looks for an e-mail address whose '@' (or "at") follows token i
// and returns the index of its last token, or -1.
func (sc *scan) emailAt(i int) int {
	toks := sc.toks
	localEnd, domStart, evasion := -1, -1, false
	g := sc.gap(i)
	plainAt := false
	if at := indexAt(g); at >= 0 && trimSB(g) == "@" {
		// "jean@x.fr" or "jean @ x . fr"; "is @handle" is a handle.
		if at > 0 && at == len(g)-1 {
			return -1
		}
		localEnd, domStart, evasion = i, i+1, g != "@"
	} else if toks[i].cls&cAt != 0 && i > 0 && i+1 < len(toks) && onlySB(sc.gap(i-1)) && onlySB(g) {
		// "at" spelled out: a disguised domain with a known TLD must
		// follow (domain, evasion mode). The English word "at" between
		// spaces also reads "cheaper at ebay.co.uk": it needs spelled-out
		// dots or a webmail domain.
		localEnd, domStart, evasion = i-1, i+1, true
		plainAt = toks[i].cls&cAtWord == 0 && !strings.ContainsAny(g, "([{<")
	}
	if localEnd < 0 {
		return -1
	}
	var lb [16]byte
	first := lowerASCII(lb[:], sc.tok(domStart))
	if first == "www" || plainAt && !sc.s.mail[first] && !sc.spelledDots(domStart) {
		return -1
	}
	ls := localEnd
	for ls > 0 {
		pg := sc.gap(ls - 1)
		if len(pg) == 1 && (pg[0] == '.' || pg[0] == '-' || pg[0] == '+') {
			ls--
			continue
		}
		break
	}
	end := sc.domain(domStart, evasion)
	if end < 0 {
		return -1
	}
	sc.add(Email, int(toks[ls].start), int(toks[end].end), prioEmail)
	return end
}

func asciiUpperAll(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// spelledDots reports whether the domain starting at token d spells its
// first dot out or brackets it ("gmail dot com", "gmail(dot)com").
func (sc *scan) spelledDots(d int) bool {
	if d+1 >= len(sc.toks) {
		return false
	}
	g := sc.gap(d)
	return g != "." && trimSB(g) == "." || onlySB(g) && sc.toks[d+1].cls&cDot != 0
}

// domain parses a domain starting at token d and returns the index of the
// token holding its TLD, or -1. When evasion is set (or becomes set
// through spaced or spelled-out dots) the TLD must be a known one;
// otherwise any alphabetic TLD of 2 to 24 letters is accepted.
func (sc *scan) domain(d int, evasion bool) int {
	toks := sc.toks
	if !asciiWord(sc.tok(d)) {
		return -1
	}
	cur, last, labels := d, -1, 1
	for cur+1 < len(toks) && labels < 8 {
		g := sc.gap(cur)
		next := -1
		switch {
		case g == ".":
			next = cur + 1
		case g == "-":
			cur++
			continue
		case trimSB(g) == "." && len(g) <= 5:
			evasion = true
			next = cur + 1
		case onlySB(g) && cur+2 < len(toks) && toks[cur+1].cls&cDot != 0 && onlySB(sc.gap(cur+1)):
			evasion = true
			next = cur + 2
		}
		if next < 0 {
			break
		}
		cur = next
		labels++
		w := sc.tok(cur)
		if !asciiWord(w) {
			break
		}
		if evasion {
			if sc.isTLD(w) {
				last = cur
			}
		} else if isAlpha(w) && len(w) >= 2 && len(w) <= 24 {
			last = cur
		}
	}
	return last
}

// links finds web addresses: http(s)://..., www...., and bare domains
// ending in a known TLD. Hosts of messaging apps and social networks are
// Social, payment hosts are Payment.
func (sc *scan) links() {
	toks, text := sc.toks, sc.text
	var buf [8]byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.others == 0 || int(t.end) >= len(text) || !isDotDashColon(text[t.end]) {
			continue
		}
		start := int(t.start)
		if start > 0 {
			if b := text[start-1]; b == '.' || b == '@' || b == '/' || b == '-' || isWordByte(b) {
				continue
			}
		}
		w := lowerASCII(buf[:], sc.tok(i))
		hostStart := start
		end := -1
		switch {
		case (w == "http" || w == "https") && strings.HasPrefix(text[t.end:], "://"):
			hostStart = int(t.end) + 3
			end = urlEnd(text, hostStart)
		case w == "www" && i+1 < len(toks) && sc.gap(i) == ".":
			end = urlEnd(text, start)
		default:
			last := -1
			cur := i
			for cur+1 < len(toks) {
				g := sc.gap(cur)
				if g != "." && g != "-" {
					break
				}
				if !asciiWord(sc.tok(cur + 1)) {
					break
				}
				cur++
				if g == "." && sc.isTLD(sc.tok(cur)) {
					last = cur
				}
			}
			if last < 0 || toks[i].allDigits() {
				continue
			}
			end = int(toks[last].end)
			if toks[i].len() < 2 && sc.hostKind(text[start:end]) == URL {
				continue // one-letter labels only for known short links (t.me, m.me)
			}
			if end < len(text) && text[end] == '/' {
				end = urlEnd(text, end)
			} else if end < len(text) && (isWordByte(text[end]) || text[end] == '@') {
				continue
			}
		}
		if end <= hostStart {
			continue
		}
		k := sc.hostKind(text[hostStart:end])
		sc.grow()
		*sc.cands = append(*sc.cands, cand{kind: int8(kindIndex(k)), alt: int8(kindIndex(URL)), start: start, end: end, prio: prioLink})
		for i+1 < len(toks) && int(toks[i+1].start) < end {
			i++
		}
	}
}

// urlEnd returns the end of a URL starting at i: the next space, with
// trailing punctuation left out.
func urlEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>' || c == '\'' {
			break
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || r == '«' || r == '»' || r == '\u2019' || r == '\u201d' {
				break
			}
			j += size
			continue
		}
		j++
	}
	for j > i && strings.IndexByte(".,;:!?)]}*", text[j-1]) >= 0 {
		j--
	}
	return j
}

func (sc *scan) hostKind(url string) Kind {
	var buf [64]byte
	host := url
	if k := strings.IndexAny(host, "/?#:"); k >= 0 {
		host = host[:k]
	}
	host = lowerASCII(buf[:], host)
	host = strings.TrimPrefix(host, "www.")
	for host != "" {
		if k, ok := sc.s.hosts[host]; ok {
			return k
		}
		dot := strings.IndexByte(host, '.')
		if dot < 0 {
			break
		}
		host = host[dot+1:]
	}
	return URL
}

// handles finds @handles that are not part of an e-mail address.
func (sc *scan) handles() {
	text := sc.text
	for i := 0; i < len(text); i++ {
		if text[i] != '@' {
			k := strings.IndexByte(text[i:], '@')
			if k < 0 {
				break
			}
			i += k
		}
		if i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.') {
			continue
		}
		j := i + 1
		if j >= len(text) || !(text[j] == '_' || 'a' <= text[j] && text[j] <= 'z' || 'A' <= text[j] && text[j] <= 'Z') {
			continue
		}
		for j < len(text) && (isWordByte(text[j]) || text[j] == '.' && j+1 < len(text) && isWordByte(text[j+1])) {
			j++
		}
		if j-i < 3 || j-i > 31 {
			continue
		}
		sc.add(Social, i, j, prioHandle)
		i = j - 1
	}
}

// platforms finds invitations to a messaging app or social network: the
// app's name after an inviting word ("sur WhatsApp", "napisz na
// whatsappie", "mon Insta") or followed by a number or handle
// ("Telegram: @jean"). Talk about the app itself ("WhatsApp ne marche pas
// sur ce téléphone") is not an invitation.
func (sc *scan) platforms() {
	toks, text := sc.toks, sc.text
	for i, t := range toks {
		if t.cls&cPlatform == 0 {
			continue
		}
		strong := false
		k := int(t.end)
		for k < len(text) && (text[k] == ' ' || text[k] == ':' || text[k] == '-') && k-int(t.end) < 4 {
			k++
		}
		if k < len(text) && k > int(t.end) && (text[k] == '+' || text[k] == '@' || isDigit(text[k])) {
			strong = true
		}
		if !strong && k < len(text) && strings.Contains(text[t.end:k], ":") {
			strong = t.cls&cWeakPlatform == 0
		}
		digitsAfter := false
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if strings.ContainsAny(sc.gap(j-1), ".!?\n") {
				break
			}
			if toks[j].cls&cNumberWord != 0 {
				strong = true // "WhatsApp au même numéro", "on the same number"
			}
			if toks[j].allDigits() && toks[j].digits >= 2 && strings.ContainsAny(sc.gap(j-1), "+:") {
				digitsAfter = true // "WhatsApp me: +33 ..."
			}
		}
		strong = strong || digitsAfter
		weak, verb, neg := false, false, false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			c := toks[j].cls
			if c&cInviteVerb != 0 {
				verb = true
			}
			if c&cInvite != 0 && j >= i-2 {
				weak = true
			}
			if c&cAppTalk != 0 {
				neg = true
			}
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].cls&cAppTalk != 0 {
				neg = true
			}
		}
		ok := strong
		if !ok && !neg {
			if t.cls&cWeakPlatform != 0 {
				ok = verb
			} else {
				ok = weak || verb
			}
		}
		if ok {
			sc.add(Social, int(t.start), int(t.end), prioSocial)
		}
	}
}

// payments finds bank accounts (IBAN with a valid mod-97 check, Polish
// NRB, French RIB with a valid key), account numbers announced by a
// keyword, and payment means offered "directly" or outside the platform.
func (sc *scan) payments() {
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].ibanStart() { // otherwise sc.iban(i) returns -1 at once
			if end := sc.iban(i); end >= 0 {
				sc.add(Payment, int(toks[i].start), int(toks[end].end), prioPayment)
				i = end
				continue
			}
		}
		t := toks[i]
		if t.cls&cAccount != 0 {
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if !toks[j].allDigits() {
					continue
				}
				end, n := j, int(toks[j].digits)
				for end+1 < len(toks) && toks[end+1].allDigits() && len(sc.gap(end)) == 1 && strings.IndexByte(" -.", sc.gap(end)[0]) >= 0 {
					end++
					n += int(toks[end].digits)
				}
				if n >= 10 {
					sc.add(Payment, int(toks[j].start), int(toks[end].end), prioPayment)
				}
				break
			}
		}
		if t.cls&cPayKw != 0 {
			for j := max(0, i-4); j < len(toks) && j <= i+4; j++ {
				if toks[j].cls&cDirect != 0 {
					sc.add(Payment, int(t.start), int(t.end), prioPayment)
					break
				}
			}
		}
	}
}

// iban returns the last token of a valid IBAN, NRB or RIB starting at
// token i, or -1.
func (sc *scan) iban(i int) int {
	toks := sc.toks
	t := toks[i]
	if !t.ibanStart() {
		return -1
	}
	w := sc.tok(i)
	var buf [40]byte
	var ends [12]int // buf length after each token
	n, k := 0, 0
	switch {
	case len(w) >= 4 && isAlpha(w[:2]) && isDigit(w[2]) && isDigit(w[3]) && asciiWord(w):
	case t.allDigits() && (t.digits == 2 || t.digits == 26 || t.digits == 5):
	default:
		return -1
	}
	j := i
	for {
		tw := sc.tok(j)
		if n+len(tw) > len(buf) || !asciiWord(tw) || strings.IndexByte(tw, '_') >= 0 {
			break
		}
		for x := 0; x < len(tw); x++ {
			c := tw[x]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		ends[k] = n
		k++
		if k == len(ends) || j+1 >= len(toks) || sc.gap(j) != " " {
			break
		}
		j++
	}
	if isAlpha(string(buf[:2])) {
		want := sc.s.ibans[string(buf[:2])]
		for x := k - 1; x >= 0; x-- {
			if want > 0 && ends[x] != want || want == 0 && (ends[x] < 15 || ends[x] > 34) {
				continue
			}
			if mod97(buf[:ends[x]]) == 1 {
				return i + x
			}
		}
		return -1
	}
	for x := k - 1; x >= 0; x-- {
		if ends[x] == 26 {
			var pl [28]byte
			copy(pl[:], "PL")
			copy(pl[2:], buf[:26])
			if mod97(pl[:]) == 1 {
				return i + x
			}
		}
		if x == 3 && ends[0] == 5 && ends[1] == 10 && ends[2] == 21 && ends[3] == 23 && ribKey(buf[:23]) {
			return i + x
		}
	}
	return -1
}

// ibanStart reports whether t has the counts of the first token of an
// IBAN, NRB or RIB (iban's cases): two letters and two digits at least,
// or 2, 5 or 26 digits alone.
func (t token) ibanStart() bool {
	if t.others == 0 {
		return t.digits == 2 || t.digits == 26 || t.digits == 5
	}
	return t.digits >= 2 && t.others >= 2
}

// mod97 returns the IBAN check value of s (upper-case letters and digits):
// the first four characters moved to the end, letters as 10–35, modulo 97.
func mod97(s []byte) int {
	if len(s) < 5 {
		return -1
	}
	r := 0
	for x := 0; x < len(s); x++ {
		c := s[(x+4)%len(s)]
		switch {
		case '0' <= c && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case 'A' <= c && c <= 'Z':
			v := int(c-'A') + 10
			r = (r*100 + v) % 97
		default:
			return -1
		}
	}
	return r
}

// ribKey checks the key of a French RIB: bank (5 digits), branch (5),
// account (11, letters converted), key (2).
func ribKey(s []byte) bool {
	num := func(b []byte) int {
		v := 0
		for _, c := range b {
			d := 0
			switch {
			case '0' <= c && c <= '9':
				d = int(c - '0')
			case 'A' <= c && c <= 'Z':
				d = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9}[c-'A']
			default:
				return -1
			}
			v = (v*10 + d) % 97
		}
		return v
	}
	bank, branch, account, key := num(s[:5]), num(s[5:10]), num(s[10:21]), num(s[21:23])
	if bank < 0 || branch < 0 || account < 0 || key < 0 {
		return false
	}
	return (89*bank+15*branch+3*account+key)%97 == 0
}

// phones finds telephone numbers: international numbers (+CC or 00CC with a
// national number of plausible length for the country), French numbers
// (0[1-9] and 8 digits, as one block or five pairs), Polish mobile numbers
// in three groups of three, and other 9 to 10 digit numbers right after a
// word announcing a phone ("tel", "zadzwoń", "call me"). Separators must
// be consistent. Numbers announced as orders, references, IMEIs, tracking
// numbers, followed by a unit or currency, or glued to letters are not
// phones.
func (sc *scan) phones() {
	toks, text := sc.toks, sc.text
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.allDigits() || t.digits > 15 {
			continue
		}
		start := int(t.start)
		plus := false
		if start > 0 {
			b := text[start-1]
			switch {
			case b == '+':
				plus = true
				start--
				if start > 0 && (isWordByte(text[start-1]) || text[start-1] == '+') {
					continue
				}
			case (b == '.' || b == '-' || b == '/' || b == ',' || b == ':') && start > 1 && isDigit(text[start-2]):
				continue
			case b == '#':
				continue
			}
		}
		var groups [8]int
		var digits [24]byte
		ng, nd := 0, 0
		trunk := false
		appendTok := func(j int) bool {
			w := sc.tok(j)
			if nd+len(w) > len(digits) || ng == len(groups) {
				return false
			}
			nd += copy(digits[nd:], w)
			groups[ng] = len(w)
			ng++
			return true
		}
		appendTok(i)
		intl := plus || t.digits >= 4 && text[t.start] == '0' && text[t.start+1] == '0' || t.digits == 2 && sc.tok(i) == "00"
		j := i
		var natSep byte
		broken := false
		for j+1 < len(toks) && toks[j+1].allDigits() {
			if ng == len(groups) {
				broken = true // too many groups for a phone number
				break
			}
			g := sc.gap(j)
			if intl && ng == 1 && !trunk && (g == "(" || g == " (") && sc.tok(j+1) == "0" && j+2 < len(toks) &&
				(sc.gap(j+1) == ")" || sc.gap(j+1) == ") ") && toks[j+2].allDigits() {
				trunk = true
				j += 2
				if !appendTok(j) {
					broken = true
					break
				}
				continue
			}
			if len(g) != 1 || (g[0] != ' ' && g[0] != '.' && g[0] != '-') {
				break
			}
			// Separators between national groups must agree; the one after
			// the country code (or after a lone "00") may differ.
			national := !intl || ng >= 2 || trunk
			if national {
				if natSep == 0 {
					natSep = g[0]
				} else if g[0] != natSep {
					broken = true
					break
				}
			}
			j++
			if !appendTok(j) {
				broken = true
				break
			}
		}
		end := int(toks[j].end)
		i = j
		if broken || nd < 8 {
			continue
		}
		if end < len(text) {
			b := text[end]
			if isWordByte(b) || b == '%' || (strings.IndexByte(".,/:-", b) >= 0 && end+1 < len(text) && isDigit(text[end+1])) {
				continue
			}
		}
		if sc.unitAfter(j) {
			continue
		}
		ctx := sc.phoneContext(i - ng + 1 - boolInt(trunk)*2)
		d := digits[:nd]
		ok := false
		if intl {
			rest := d
			if !plus {
				if ctx < 0 {
					continue
				}
				rest = d[2:]
			}
			ok = sc.intlOK(rest, plus)
		} else {
			if ctx < 0 {
				continue
			}
			fr := nd == 10 && d[0] == '0' && d[1] != '0'
			frMobile := fr && (d[1] == '6' || d[1] == '7')
			pl := nd == 9 && d[0] >= '4' && d[0] <= '8'
			uk := nd == 11 && d[0] == '0' && (d[1] == '1' || d[1] == '2' || d[1] == '3' || d[1] == '7')
			g := groups[:ng]
			switch {
			case fr && ng == 5 && allEq(g, 2), frMobile && ng == 1:
				// Five pairs, or an unbroken mobile number: an unbroken
				// landline-looking block is too often a part number.
				ok = true
			case pl && ng == 3 && allEq(g, 3):
				ok = true
			case uk && d[1] == '7' && (ng == 2 && g[0] == 5 || ng == 3 && g[0] == 5 && g[1] == 3):
				ok = true // 07700 900123, 07700 900 123
			case ctx > 0 && (fr || uk || nd == 9 && d[0] != '0') && ng <= 5 && minOf(g) >= 2:
				ok = true
			}
		}
		if ok {
			sc.add(Phone, start, end, prioPhone)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func allEq(xs []int, v int) bool {
	for _, x := range xs {
		if x != v {
			return false
		}
	}
	return true
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func (sc *scan) intlOK(rest []byte, plus bool) bool {
	if len(rest) == 0 || rest[0] == '0' {
		return false
	}
	for l := 1; l <= 3 && l < len(rest); l++ {
		if r, ok := sc.s.phones[string(rest[:l])]; ok {
			nsn := len(rest) - l
			if nsn >= r[0] && nsn <= r[1] {
				return true
			}
		}
	}
	if !plus {
		return false
	}
	// Unknown country code after "+": a plausible E.164 length.
	for l := 1; l <= 3; l++ {
		if _, ok := sc.s.phones[string(rest[:l])]; ok {
			return false
		}
	}
	return len(rest) >= 9 && len(rest) <= 15
}

// phoneContext looks at up to six words before token i and returns 1 when
// the nearest telling word announces a phone, -1 when it announces another
// kind of number (order, reference, IMEI...), 0 when there is none. A "#"
// or "n°" right before the number counts as another kind of number.
func (sc *scan) phoneContext(i int) int {
	if i < 0 {
		i = 0
	}
	toks, text := sc.toks, sc.text
	s := int(toks[i].start)
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		c := text[k]
		if c == ' ' || c == ':' || c == '+' || c == '.' {
			continue
		}
		if c == '#' {
			return -1
		}
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeLastRuneInString(text[:k+1])
			if r == '°' || r == 'º' || r == '№' {
				return -1
			}
		}
		break
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		c := toks[j].cls
		if c&cPhoneCtx != 0 {
			return 1
		}
		if c&cNumberCtx != 0 && j >= i-3 {
			return -1
		}
	}
	return 0
}

// unitAfter reports whether a unit or currency follows token j.
func (sc *scan) unitAfter(j int) bool {
	text := sc.text
	k := int(sc.toks[j].end)
	for k < len(text) && (text[k] == ' ') {
		k++
	}
	if k < len(text) && text[k] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[k:])
		if r == '€' || r == '£' || r == '\u00a0' || r == '\u202f' {
			return true
		}
	}
	if k < len(text) && (text[k] == '$' || text[k] == '%') {
		return true
	}
	if j+1 < len(sc.toks) && int(sc.toks[j+1].start) == k && sc.toks[j+1].cls&cUnit != 0 {
		return true
	}
	return false
}

// marketing finds promotional wording: discount codes ("code promo",
// "kod rabatowy", "discount code" and the code after them), percentage
// discounts ("-20%", "20 % de réduction", "20% taniej"), words that are
// marketing on their own (newsletter, soldes, coupon), promotion words
// with a marketing cue ("profitez de nos promotions", "skorzystaj z
// promocji"), promotional pairs ("offre spéciale", "special offer") and
// invitations to visit the seller's shop ("visitez notre boutique").
func (sc *scan) marketing() {
	toks, text := sc.toks, sc.text
	if !sc.all && sc.anyCls&(cCode|cMktStrong|cPromo|cPromoPair|cVisit) == 0 {
		toks = nil // no marketing word: only percentages remain
	}
	for i, t := range toks {
		switch {
		case t.cls&cCode != 0:
			first, last := -1, -1
			if i > 0 && toks[i-1].cls&(cPromo|cMktStrong|cPromoPair) != 0 && onlySB(sc.gap(i-1)) {
				first, last = i-1, i
			}
			for j := i + 1; j < len(toks) && j <= i+2; j++ {
				if !onlySB(sc.gap(j-1)) && sc.gap(j-1) != "'" {
					break
				}
				if toks[j].cls&(cPromo|cMktStrong|cPromoPair) != 0 {
					if first < 0 {
						first = i
					}
					last = j
					break
				}
			}
			if first < 0 {
				continue
			}
			// The code itself: "code promo : ETE2026".
			if last+1 < len(toks) {
				g := strings.TrimSpace(sc.gap(last))
				w := sc.tok(last + 1)
				if (g == "" || g == ":" || g == "\"" || g == "«") && len(w) >= 4 && asciiWord(w) && (toks[last+1].digits > 0 || asciiUpperAll(w)) {
					last++
				}
			}
			sc.add(Marketing, int(toks[first].start), int(toks[last].end), prioMarketing)
		case t.cls&cMktStrong != 0:
			sc.add(Marketing, int(t.start), int(t.end), prioMarketing)
		case t.cls&cPromo != 0 || t.cls&cPromoPair != 0:
			cue := false
			for j := max(0, i-3); j < len(toks) && j <= i+3; j++ {
				if j != i && toks[j].cls&cMktCue != 0 && t.cls&cPromo != 0 {
					cue = true
				}
			}
			end := int(t.end)
			if i+1 < len(toks) && toks[i+1].cls&(cPromoPair|cPromo) != 0 && onlySB(sc.gap(i)) {
				cue = true
				end = int(toks[i+1].end)
			}
			if cue {
				sc.add(Marketing, int(t.start), end, prioMarketing)
			}
		case t.cls&cVisit != 0:
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if toks[j].cls&cOur == 0 {
					continue
				}
				for k := j + 1; k < len(toks) && k <= j+2; k++ {
					if toks[k].cls&cShop != 0 {
						sc.add(Marketing, int(t.start), int(toks[k].end), prioMarketing)
						break
					}
				}
				break
			}
		}
	}
	// Percentage discounts.
	for p := strings.IndexByte(text, '%'); p >= 0; {
		sc.percent(p)
		q := strings.IndexByte(text[p+1:], '%')
		if q < 0 {
			break
		}
		p += 1 + q
	}
}

func (sc *scan) percent(p int) {
	text := sc.text
	k := p
	if k > 0 && text[k-1] == ' ' {
		k--
	} else if k >= 2 && text[k-2:k] == "\u00a0"[:2] {
		k -= 2
	}
	e := k
	for k > 0 && isDigit(text[k-1]) {
		k--
	}
	if k == e || e-k > 3 {
		return
	}
	start := k
	discount := false
	if k > 0 && (text[k-1] == '-') {
		if k == 1 || text[k-2] == ' ' || text[k-2] == '(' || text[k-2] == '\'' || text[k-2] == ':' {
			discount = true
			start = k - 1
		}
	} else if k > 1 && text[k-1] == ' ' && text[k-2] == '-' && (k == 2 || text[k-3] == ' ') {
		discount = true
		start = k - 2
	}
	end := p + 1
	// Words after: "20 % de réduction", "20% off", "20% taniej".
	ti := sort.Search(len(sc.toks), func(i int) bool { return int(sc.toks[i].start) > p })
	for j := ti; j < len(sc.toks) && j < ti+2; j++ {
		if sc.toks[j].cls&cDiscountTail != 0 {
			discount = true
			end = int(sc.toks[j].end)
			break
		}
	}
	if k > 0 && isWordByte(text[k-1]) {
		return
	}
	if discount {
		sc.add(Marketing, start, end, prioMarketing)
	}
}
