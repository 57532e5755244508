package replay

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
)

// ShardKey says how a sharded replay shares the cases out.
type ShardKey string

// Shard keys.
const (
	// ShardByLine gives line N (1-based, blank lines counted) to shard
	// (N-1) mod Count: the cheapest split, for cases that do not depend
	// on one another.
	ShardByLine ShardKey = "line"
	// ShardByGroup gives a case to the shard chosen by a hash (FNV-1a,
	// 64 bits) of its envelope's "group" member (an order id, a
	// conversation id), or of its "id" when it has no group: cases of one
	// group always land on the same shard whatever the file's order. A
	// line whose envelope cannot be read goes by its line number.
	ShardByGroup ShardKey = "group"
)

// Shard selects a deterministic share of a case stream: shard Index of
// Count (0 ≤ Index < Count). Shards 0 to Count-1 of one stream, with one
// Key, partition it: every line goes to exactly one shard, decided by the
// line alone (its number and bytes), so shards can run on separate
// machines over the same file and Merge their summaries. The zero Shard is
// the whole stream (no sharding). A Shard is a small value, safe to copy
// and share; time zones do not enter it.
type Shard struct {
	Index int      `json:"index"`
	Count int      `json:"count"`
	Key   ShardKey `json:"key"` // ShardByLine or ShardByGroup; empty means ShardByLine
}

// ParseShard parses "i/n" (shard i of n, 0 ≤ i < n ≤ 1,000,000) with the
// given key (empty: ShardByLine).
func ParseShard(s string, key ShardKey) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("want i/n (shard i of n, from 0), got %q", s)
	}
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("want i/n with decimal integers, got %q", s)
	}
	sh := Shard{Index: i, Count: n, Key: key}
	if sh.Key == "" {
		sh.Key = ShardByLine
	}
	return sh, sh.Validate()
}

// MaxShards is the largest shard count.
const MaxShards = 1_000_000

// Validate checks the shard: the zero Shard, or 0 ≤ Index < Count ≤
// MaxShards with a known key.
func (s Shard) Validate() error {
	if s == (Shard{}) {
		return nil
	}
	if s.Count < 1 || s.Count > MaxShards {
		return fmt.Errorf("shard count %d out of range 1..%d", s.Count, MaxShards)
	}
	if s.Index < 0 || s.Index >= s.Count {
		return fmt.Errorf("shard index %d out of range 0..%d", s.Index, s.Count-1)
	}
	switch s.Key {
	case "", ShardByLine, ShardByGroup:
		return nil
	}
	return fmt.Errorf("unknown shard key %q (known: %s, %s)", s.Key, ShardByLine, ShardByGroup)
}

func (s Shard) key() ShardKey {
	if s.Key == "" {
		return ShardByLine
	}
	return s.Key
}

// String returns "i/n by key", or "all" for the zero Shard.
func (s Shard) String() string {
	if s.Count == 0 {
		return "all"
	}
	return strconv.Itoa(s.Index) + "/" + strconv.Itoa(s.Count) + " by " + string(s.key())
}

// Owns reports whether line number line (1-based) with the given text
// (trimmed; nil for a line that could not be read) belongs to the shard.
// The zero Shard owns every line.
func (s Shard) Owns(line int, text []byte) bool {
	if s.Count <= 1 {
		return true
	}
	if s.key() == ShardByGroup && text != nil {
		if k, ok := envelopeKey(text); ok {
			h := fnv.New64a()
			h.Write(k)
			return h.Sum64()%uint64(s.Count) == uint64(s.Index)
		}
	}
	return (line-1)%s.Count == s.Index
}

// envelopeKey returns the raw bytes of the top-level "group" string
// member of a case line, or of its "id" when it has no group, without
// decoding the rest. Escapes are left as written (the key only picks a
// shard).
func envelopeKey(b []byte) ([]byte, bool) {
	var id []byte
	var sc scanner
	sc.b = b
	sc.ws()
	if !sc.eat('{') {
		return nil, false
	}
	sc.ws()
	if sc.eat('}') {
		return nil, false
	}
	for {
		sc.ws()
		name, ok := sc.str()
		if !ok {
			return nil, false
		}
		sc.ws()
		if !sc.eat(':') {
			return nil, false
		}
		sc.ws()
		isGroup, isID := string(name) == "group", string(name) == "id"
		if (isGroup || isID) && sc.peek() == '"' {
			v, ok := sc.str()
			if !ok {
				return nil, false
			}
			if isGroup {
				return v, true
			}
			id = v
		} else if !sc.skip() {
			return nil, false
		}
		sc.ws()
		if sc.eat(',') {
			continue
		}
		if sc.eat('}') {
			return id, id != nil
		}
		return nil, false
	}
}

// scanner is a minimal JSON scanner over one line: enough to find
// top-level members and skip values. It does not validate.
type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) peek() byte {
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

func (s *scanner) eat(c byte) bool {
	if s.peek() == c {
		s.i++
		return true
	}
	return false
}

// str reads a string and returns its raw content (between the quotes).
func (s *scanner) str() ([]byte, bool) {
	if !s.eat('"') {
		return nil, false
	}
	start := s.i
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '\\':
			s.i += 2
		case '"':
			v := s.b[start:s.i]
			s.i++
			return v, true
		default:
			s.i++
		}
	}
	return nil, false
}

// skip skips one value.
func (s *scanner) skip() bool {
	depth := 0
	for s.i < len(s.b) {
		switch c := s.b[s.i]; c {
		case '"':
			if _, ok := s.str(); !ok {
				return false
			}
			if depth == 0 {
				return true
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return true
			}
			depth--
			if depth == 0 {
				s.i++
				return true
			}
		case ',':
			if depth == 0 {
				return true
			}
		}
		s.i++
	}
	return depth == 0
}

// ShardInfo is what a shard's Summary carries so that Merge can rebuild
// the summary of one run: the shard, the sample cases with their line
// numbers (the first SampleSize per kind of change, in line order) and
// the exact money moved per currency (not rounded).
type ShardInfo struct {
	Shard
	Samples    map[Change][]Sample `json:"samples"`
	MoneyMoved map[string]string   `json:"money_moved"`
}

// Sample is a sample case: its line number and id.
type Sample struct {
	Line int    `json:"line"`
	ID   string `json:"id"`
}

// Merge combines the summaries of shards 0 to n-1 of one replay (each with
// its Shard info, in any order) into exactly the Summary one unsharded
// replay of the stream returns: counts and transitions summed, money moved
// summed exactly then rounded, samples and errors the first ones in line
// order. It refuses a missing, duplicated or foreign shard.
func Merge(parts ...Summary) (Summary, error) {
	if len(parts) == 0 {
		return Summary{}, errors.New("replay: no shard summary to merge")
	}
	var first Shard
	seen := map[int]bool{}
	for i, p := range parts {
		if p.Shard == nil {
			return Summary{}, fmt.Errorf("replay: summary %d is not a shard's (no shard member)", i+1)
		}
		sh := p.Shard.Shard
		if err := sh.Validate(); err != nil || sh.Count == 0 {
			return Summary{}, fmt.Errorf("replay: summary %d: bad shard %v", i+1, sh)
		}
		if i == 0 {
			first = sh
		} else if sh.Count != first.Count || sh.key() != first.key() {
			return Summary{}, fmt.Errorf("replay: summary %d is shard %v, summary 1 is shard %v: not one split", i+1, sh, first)
		}
		if seen[sh.Index] {
			return Summary{}, fmt.Errorf("replay: shard %v given twice", sh)
		}
		seen[sh.Index] = true
	}
	if len(seen) != first.Count {
		var missing []string
		for i := 0; i < first.Count; i++ {
			if !seen[i] {
				missing = append(missing, strconv.Itoa(i))
			}
		}
		return Summary{}, fmt.Errorf("replay: shard(s) %s of %d missing", strings.Join(missing, ", "), first.Count)
	}
	s := newSummary()
	trans := map[transKey]int{}
	moved := map[string]decimal.Decimal{}
	samples := map[Change][]Sample{}
	for _, p := range parts {
		s.Cases += p.Cases
		s.Unchanged += p.Unchanged
		s.Changed += p.Changed
		s.Failed += p.Failed
		for k, kc := range p.ByKind {
			m := s.ByKind[k]
			m.Cases += kc.Cases
			m.Changed += kc.Changed
			m.Unchanged += kc.Unchanged
			m.Failed += kc.Failed
			s.ByKind[k] = m
		}
		for ch, n := range p.ByChange {
			s.ByChange[ch] += n
		}
		for _, t := range p.Transitions {
			trans[transKey{t.Kind, t.From, t.To}] += t.Cases
		}
		for cur, v := range p.Shard.MoneyMoved {
			d, err := decimal.NewFromString(v)
			if err != nil {
				return Summary{}, fmt.Errorf("replay: shard %v: money_moved.%s: %v", p.Shard.Shard, cur, err)
			}
			moved[cur] = moved[cur].Add(d)
		}
		for ch, xs := range p.Shard.Samples {
			samples[ch] = append(samples[ch], xs...)
		}
		s.Errors = append(s.Errors, p.Errors...)
	}
	for cur, d := range moved {
		c, err := money.ParseCurrency(cur)
		if err != nil {
			return Summary{}, fmt.Errorf("replay: money_moved.%s: %v", cur, err)
		}
		s.MoneyMoved[cur] = money.New(d, c).Round().Number()
	}
	for ch, xs := range samples {
		sort.Slice(xs, func(i, j int) bool { return xs[i].Line < xs[j].Line })
		ids := make([]string, 0, SampleSize)
		for _, x := range xs[:min(len(xs), SampleSize)] {
			ids = append(ids, x.ID)
		}
		sort.Strings(ids)
		s.Samples[ch] = ids
	}
	sort.SliceStable(s.Errors, func(i, j int) bool { return s.Errors[i].Line < s.Errors[j].Line })
	if len(s.Errors) > maxErrors {
		s.Errors = s.Errors[:maxErrors]
	}
	if len(s.Errors) == 0 {
		s.Errors = nil
	}
	s.Transitions = sortedTransitions(trans)
	return s, nil
}

// MergeJSON is Merge over summaries in their JSON form (the "summary"
// member of aftersales replay --json).
func MergeJSON(parts ...[]byte) (Summary, error) {
	sums := make([]Summary, len(parts))
	for i, b := range parts {
		if err := json.Unmarshal(b, &sums[i]); err != nil {
			return Summary{}, fmt.Errorf("replay: summary %d: %v", i+1, err)
		}
	}
	return Merge(sums...)
}
