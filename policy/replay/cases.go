package replay

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

// Kind is the kind of a recorded case: one per kind of decision the
// library makes. The zero Kind is invalid.
type Kind string

// Case kinds.
const (
	KindDeadline     Kind = "deadline"     // the due instant of one buyer message (sla)
	KindConversation Kind = "conversation" // a whole conversation at an instant (sla)
	KindWithdrawal   Kind = "withdrawal"   // the withdrawal window of an order (refund)
	KindQuote        Kind = "quote"        // a refund quote (refund)
	KindWarranty     Kind = "warranty"     // a claim under the guarantees (warranty)
	KindEscalation   Kind = "escalation"   // a complaint on the escalation ladder (dispute)
	KindTakeover     Kind = "takeover"     // platform takeover of the customer contact (dispute)
)

// Kinds returns the kinds of case a Runner can run, sorted.
func Kinds() []Kind {
	return []Kind{KindConversation, KindDeadline, KindEscalation, KindQuote, KindTakeover, KindWarranty, KindWithdrawal}
}

func kindNames() string {
	var b strings.Builder
	for i, k := range Kinds() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(k))
	}
	return b.String()
}

// Decision is an outcome's decision in a word. Each kind has its own set
// (see the package documentation); DecisionNoRule is common to all.
type Decision string

// Decisions by case kind.
const (
	DecisionDue          Decision = "due"           // deadline
	DecisionNoBreach     Decision = "no-breach"     // conversation, no auto-open rule
	DecisionBreach       Decision = "breach"        // conversation, no auto-open rule
	DecisionNoDispute    Decision = "no-dispute"    // conversation under an auto-open rule
	DecisionDisputeOpens Decision = "dispute-opens" // conversation under an auto-open rule
	DecisionApplies      Decision = "applies"       // withdrawal, no "on" date
	DecisionOpen         Decision = "open"          // withdrawal open on "on"
	DecisionClosed       Decision = "closed"        // withdrawal closed on "on"
	DecisionNoRight      Decision = "no-right"      // withdrawal: no right for this buyer or goods
	DecisionRefund       Decision = "refund"        // quote
	DecisionNotEligible  Decision = "not-eligible"  // quote
	DecisionConformity   Decision = "conformity"    // warranty
	DecisionHiddenDefect Decision = "hidden-defect" // warranty
	DecisionCommercial   Decision = "commercial"    // warranty
	DecisionNotCovered   Decision = "not-covered"   // warranty
	DecisionResolved     Decision = "resolved"      // escalation; otherwise "level-N"
	DecisionTakeover     Decision = "takeover"      // takeover
	DecisionNoTakeover   Decision = "no-takeover"   // takeover
	DecisionNoRule       Decision = "no-rule"       // any kind: the policy has no rule for the case
)

// DecisionLevel returns the escalation decision "level-N".
func DecisionLevel(n int) Decision { return Decision("level-" + strconv.Itoa(n)) }

// Case is one recorded decision with all its inputs, the instant it is
// evaluated at included, so that running it never reads the wall clock.
// Cases are stored one per line (JSON Lines):
//
//	{"id": "c1", "kind": "deadline", "input": {...}, "expect": {...}}
//
// Input has the shape of the matching command's case file or flags (see
// the README of each package). Group optionally names what the case
// belongs to (an order id, a conversation id): a replay sharded by
// ShardByGroup keeps the cases of one group on one shard. Policy optionally names the policy a
// policy test runs the case under (a preset name or a file path relative
// to the case file). Expect optionally holds the expected outcome for
// policy tests. The zero Case is invalid.
type Case struct {
	ID     string          `json:"id"`
	Group  string          `json:"group,omitempty"`
	Kind   Kind            `json:"kind"`
	Policy string          `json:"policy,omitempty"`
	Input  json.RawMessage `json:"input"`
	Expect *Expectation    `json:"expect,omitempty"`
}

// Expectation is what a policy test expects of a case's Outcome. Only the
// fields and keys it sets are compared: Decision when not empty, each key
// of Instants (RFC 3339), Values and Money (decimal strings with the
// currency's digits, e.g. "89.90"), and each clause of Clauses, which must
// be among the outcome's clauses.
type Expectation struct {
	Decision Decision          `json:"decision,omitempty"`
	Instants map[string]string `json:"instants,omitempty"`
	Values   map[string]string `json:"values,omitempty"`
	Money    map[string]string `json:"money,omitempty"`
	Clauses  []string          `json:"clauses,omitempty"`
}

// Outcome is a case's result in a form that compares across policies: the
// decision in a word, the instants and values it produced, the money it
// moved and the clauses (statute articles, charter clauses) that decided
// it. The zero Outcome is empty.
type Outcome struct {
	Kind     Kind                    `json:"kind"`
	Decision Decision                `json:"decision"`
	Instants map[string]time.Time    `json:"instants,omitempty"`
	Values   map[string]string       `json:"values,omitempty"`
	Money    map[string]money.Amount `json:"money,omitempty"`
	Clauses  []string                `json:"clauses,omitempty"`
}

// Change is a kind of difference between two outcomes of a case.
type Change string

// Changes reported by Compare, in this order.
const (
	ChangeDecision Change = "decision"
	ChangeInstant  Change = "instant"
	ChangeValue    Change = "value"
	ChangeMoney    Change = "money"
	ChangeClauses  Change = "clauses"
)

// Compare returns the kinds of change from a to b (empty when they agree)
// and a diff with one "-" line (a) and one "+" line (b) per field that
// differs, in a fixed order: decision, instants, values, money, clauses.
// It compares field by field, without reflection, because a replay calls it
// for every case.
func Compare(a, b Outcome) (changes []Change, diff string) {
	// The diff is written into a buffer on the stack and copied once; the
	// kinds of change are bits until the end.
	var buf [512]byte
	out := buf[:0]
	line := func(sign byte, prefix, key string) {
		out = append(out, sign, ' ')
		out = append(out, prefix...)
		out = append(out, key...)
		out = append(out, ": "...)
	}
	pair := func(prefix, key, x, y string) {
		line('-', prefix, key)
		out = append(append(out, x...), '\n')
		line('+', prefix, key)
		out = append(append(out, y...), '\n')
	}
	var kinds [5]bool   // decision, instant, value, money, clauses
	var keys [16]string // the keys of one map at a time
	if a.Decision != b.Decision {
		kinds[0] = true
		pair("", "decision", string(a.Decision), string(b.Decision))
	}
	instant := func(t time.Time, ok bool) {
		if ok {
			out = t.AppendFormat(out, time.RFC3339Nano)
		} else {
			out = append(out, "(none)"...)
		}
		out = append(out, '\n')
	}
	for _, k := range diffKeys(keys[:0], a.Instants, b.Instants, func(x, y time.Time) bool { return x.Equal(y) }) {
		x, okx := a.Instants[k]
		y, oky := b.Instants[k]
		if okx != oky || !x.Equal(y) {
			kinds[1] = true
			line('-', "instants.", k)
			instant(x, okx)
			line('+', "instants.", k)
			instant(y, oky)
		}
	}
	for _, k := range diffKeys(keys[:0], a.Values, b.Values, func(x, y string) bool { return x == y }) {
		x, okx := a.Values[k]
		y, oky := b.Values[k]
		if okx != oky || x != y {
			kinds[2] = true
			if !okx {
				x = "(none)"
			}
			if !oky {
				y = "(none)"
			}
			pair("values.", k, x, y)
		}
	}
	for _, k := range diffKeys(keys[:0], a.Money, b.Money, func(x, y money.Amount) bool { return x.Equal(y) }) {
		x, okx := a.Money[k]
		y, oky := b.Money[k]
		if okx != oky || !x.Equal(y) {
			kinds[3] = true
			xs, ys := "(none)", "(none)"
			if okx {
				xs = x.String()
			}
			if oky {
				ys = y.String()
			}
			pair("money.", k, xs, ys)
		}
	}
	if !slices.Equal(a.Clauses, b.Clauses) {
		kinds[4] = true
		line('-', "", "clauses")
		out = appendJoined(out, a.Clauses)
		line('+', "", "clauses")
		out = appendJoined(out, b.Clauses)
	}
	n := 0
	for _, k := range kinds {
		if k {
			n++
		}
	}
	if n == 0 {
		return nil, ""
	}
	changes = make([]Change, 0, n)
	for i, c := range [...]Change{ChangeDecision, ChangeInstant, ChangeValue, ChangeMoney, ChangeClauses} {
		if kinds[i] {
			changes = append(changes, c)
		}
	}
	return changes, string(out)
}

// appendJoined appends the clauses joined by "; " and a newline.
func appendJoined(out []byte, clauses []string) []byte {
	for i, c := range clauses {
		if i > 0 {
			out = append(out, "; "...)
		}
		out = append(out, c...)
	}
	return append(out, '\n')
}

// diffKeys returns the sorted union of the keys of a and b, appended to
// dst, or nil when the maps hold the same keys with equal values (the
// common case of a replay, checked without sorting or allocating).
func diffKeys[V any](dst []string, a, b map[string]V, equal func(x, y V) bool) []string {
	if len(a) == len(b) {
		same := true
		for k, x := range a {
			if y, ok := b[k]; !ok || !equal(x, y) {
				same = false
				break
			}
		}
		if same {
			return nil
		}
	}
	for k := range a {
		dst = append(dst, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			dst = append(dst, k)
		}
	}
	slices.Sort(dst)
	return dst
}

// Check compares an outcome with an expectation and returns a go-cmp diff
// (-want +got) of the compared fields, or "" when the outcome meets it.
func Check(want Expectation, got Outcome) string {
	var sub Expectation
	if want.Decision != "" {
		sub.Decision = got.Decision
	}
	pick := func(keys map[string]string, f func(k string) (string, bool)) map[string]string {
		if len(keys) == 0 {
			return nil
		}
		out := map[string]string{}
		for k := range keys {
			if v, ok := f(k); ok {
				out[k] = v
			} else {
				out[k] = "(missing)"
			}
		}
		return out
	}
	sub.Instants = pick(want.Instants, func(k string) (string, bool) {
		t, ok := got.Instants[k]
		if !ok {
			return "", false
		}
		if w, err := time.Parse(time.RFC3339Nano, want.Instants[k]); err == nil && w.Equal(t) {
			return want.Instants[k], true // same instant written with another offset
		}
		return t.Format(time.RFC3339Nano), true
	})
	sub.Values = pick(want.Values, func(k string) (string, bool) { v, ok := got.Values[k]; return v, ok })
	sub.Money = pick(want.Money, func(k string) (string, bool) {
		a, ok := got.Money[k]
		if !ok {
			return "", false
		}
		return a.Number(), true
	})
	if len(want.Clauses) > 0 {
		for _, c := range want.Clauses {
			if slices.Contains(got.Clauses, c) {
				sub.Clauses = append(sub.Clauses, c)
			} else {
				sub.Clauses = append(sub.Clauses, "(not cited) "+c)
			}
		}
	}
	return cmp.Diff(want, sub)
}

// LineError is a case that could not be read or run, with its line number
// in the case file (1-based) and its cause: a *field.Error for a bad
// envelope or input, or a plain error (a line too long). ReadCases passes
// it to its callback; errors.As finds it, errors.Unwrap gives the cause. In
// JSON the cause is its message: {"line": 7, "id": "c1", "error": "..."}.
type LineError struct {
	Line int
	ID   string
	Err  error
}

// Error returns "line N (case ID): cause".
func (e *LineError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("line %d (case %s): %v", e.Line, e.ID, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns the cause.
func (e *LineError) Unwrap() error { return e.Err }

// MarshalJSON writes {"line", "id" (when set), "error"}.
func (e LineError) MarshalJSON() ([]byte, error) {
	msg := ""
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return json.Marshal(struct {
		Line int    `json:"line"`
		ID   string `json:"id,omitempty"`
		Err  string `json:"error"`
	}{e.Line, e.ID, msg})
}

// UnmarshalJSON reads the form MarshalJSON writes (the cause becomes a
// plain error with its message).
func (e *LineError) UnmarshalJSON(b []byte) error {
	var v struct {
		Line int    `json:"line"`
		ID   string `json:"id"`
		Err  string `json:"error"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*e = LineError{Line: v.Line, ID: v.ID, Err: errors.New(v.Err)}
	return nil
}

// MaxCaseLine is the longest case line ReadCases accepts, in bytes.
const MaxCaseLine = 1 << 20

// strictCase decodes a case line with the strict decoder (its Case lives
// on the heap, the fast path's on the stack).
func strictCase(line []byte) (Case, error) {
	var c Case
	err := strictjson.Decode(line, &c)
	return c, err
}

// DecodeCase decodes one case line strictly and checks its envelope: an
// id, a known kind and an input object.
func DecodeCase(line []byte) (Case, error) { return decodeCase(line, true) }

// decodeCase is DecodeCase; with own unset, the fast path's Input aliases
// line (a replay worker decodes from its batch's buffer, which outlives
// the case).
func decodeCase(line []byte, own bool) (Case, error) {
	c, ok := decodeEnvelopeFast(line, own)
	if !ok {
		var err error
		if c, err = strictCase(line); err != nil {
			return Case{}, err
		}
	}
	if strings.TrimSpace(c.ID) == "" {
		return Case{}, strictjson.Errorf("id", "missing")
	}
	if !slices.Contains(Kinds(), c.Kind) {
		return Case{}, strictjson.Errorf("kind", "unknown case kind %q (known: %s)", c.Kind, kindNames())
	}
	if len(bytes.TrimSpace(c.Input)) == 0 || bytes.TrimSpace(c.Input)[0] != '{' {
		return Case{}, strictjson.Errorf("input", "want an object")
	}
	return c, nil
}

// ReadCases reads JSON Lines of cases from r and calls fn for each
// non-blank line, in order, with its line number and either the case or
// the *LineError that line has (its cause a *field.Error). A bad line never
// stops the reading; fn's own error does, and is returned. Lines longer
// than MaxCaseLine are reported as errors and skipped.
func ReadCases(r io.Reader, fn func(line int, c Case, err error) error) error {
	return readLines(r, func(line int, text []byte, err error) error {
		if err != nil {
			return fn(line, Case{}, &LineError{Line: line, Err: err})
		}
		c, derr := DecodeCase(text)
		if derr != nil {
			return fn(line, c, &LineError{Line: line, ID: c.ID, Err: derr})
		}
		return fn(line, c, nil)
	})
}

// readLines calls fn with each non-blank line of r (trimmed; the slice is
// only valid during the call) or with the error of a line too long.
func readLines(r io.Reader, fn func(line int, text []byte, err error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if len(buf)+len(chunk) <= MaxCaseLine {
				buf = append(buf, chunk...)
				continue
			}
			line++
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			buf = buf[:0]
			if ferr := fn(line, nil, fmt.Errorf("line longer than %d bytes", MaxCaseLine)); ferr != nil {
				return ferr
			}
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			continue
		}
		text := chunk // a whole line in the reader's buffer: no copy
		if len(buf) > 0 {
			buf = append(buf, chunk...)
			text = buf
		}
		if len(text) > 0 {
			line++
			if len(bytes.TrimRight(text, "\r\n")) > MaxCaseLine {
				// The last chunk of a long line comes without
				// ErrBufferFull: check the whole line here too.
				buf = buf[:0]
				if ferr := fn(line, nil, fmt.Errorf("line longer than %d bytes", MaxCaseLine)); ferr != nil {
					return ferr
				}
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return err
				}
				continue
			}
			if text := bytes.TrimSpace(text); len(text) > 0 {
				if ferr := fn(line, text, nil); ferr != nil {
					return ferr
				}
			}
		}
		buf = buf[:0]
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// decodeEnvelopeFast decodes the common case line in one scan: an object
// whose members are among id, group, kind, policy (strings of printable
// ASCII without escapes) and input (any value but null), each once. It
// reports false for anything else (expect, escapes, other types, unknown
// or repeated members, malformed JSON), and DecodeCase then decodes the
// line strictly, so errors are always the strict decoder's. When it
// reports true the strict decoder gives the same Case
// (TestDecodeEnvelopeFast, FuzzDecodeEnvelopeFast).
func decodeEnvelopeFast(line []byte, own bool) (Case, bool) {
	b := trimJSONSpace(line)
	if len(b) == 0 || b[0] != '{' {
		return Case{}, false
	}
	// One pass: every member is scanned as it is read (strings by str,
	// the input object by skip), so the walk checks the whole structure.
	sc := scanner{b: b, i: 1}
	var c Case
	var seen [5]bool
	sc.ws()
	if sc.eat('}') {
		return c, sc.i == len(b)
	}
	for {
		sc.ws()
		k, ok := sc.str()
		if !ok || !plainASCII(k) {
			return Case{}, false
		}
		sc.ws()
		if !sc.eat(':') {
			return Case{}, false
		}
		sc.ws()
		slot := -1
		switch string(k) {
		case "id":
			slot = 0
		case "group":
			slot = 1
		case "kind":
			slot = 2
		case "policy":
			slot = 3
		case "input":
			slot = 4
		default:
			return Case{}, false
		}
		if seen[slot] {
			return Case{}, false
		}
		seen[slot] = true
		start := sc.i
		if slot == 4 {
			if sc.peek() != '{' || !sc.skip() {
				return Case{}, false
			}
			c.Input = b[start:sc.i:sc.i]
			if own {
				c.Input = append(json.RawMessage(nil), c.Input...)
			}
		} else {
			v, ok := sc.str()
			if !ok || !plainASCII(v) {
				return Case{}, false
			}
			switch slot {
			case 0:
				c.ID = string(v)
			case 1:
				c.Group = string(v)
			case 2:
				c.Kind = Kind(v)
			case 3:
				c.Policy = string(v)
			}
		}
		sc.ws()
		if sc.eat(',') {
			continue
		}
		if sc.eat('}') && sc.i == len(b) {
			return c, true
		}
		return Case{}, false
	}
}

// plainASCII reports whether a raw string needs no unescaping: printable
// ASCII without backslash or quote.
func plainASCII(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c >= 0x80 || c == '\\' || c == '"' {
			return false
		}
	}
	return true
}

// trimJSONSpace removes JSON whitespace around b.
func trimJSONSpace(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\n' || b[j-1] == '\r') {
		j--
	}
	return b[i:j]
}
