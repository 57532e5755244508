package replay

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strconv"

	"github.com/aftersales/aftersales/money"
)

// CaseRunner runs cases under one policy. *Runner implements it; tests may
// supply their own.
type CaseRunner interface {
	Run(c Case) (Outcome, error)
}

// CaseChange is one case whose outcome differs between the two policies of
// a replay, or that could not be run (Error set).
type CaseChange struct {
	Line    int      `json:"line"`
	ID      string   `json:"id,omitempty"`
	Kind    Kind     `json:"kind,omitempty"`
	Changes []Change `json:"changes,omitempty"`
	Diff    string   `json:"diff,omitempty"`
	From    *Outcome `json:"from,omitempty"`
	To      *Outcome `json:"to,omitempty"`
	Error   string   `json:"error,omitempty"`
}

// KindCount counts the cases of one kind in a replay.
type KindCount struct {
	Cases     int `json:"cases"`
	Changed   int `json:"changed"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
}

// SampleSize is how many case ids a ReplaySummary keeps per kind of change.
const SampleSize = 5

// Transition counts the cases whose decision went from From to To in a
// replay (its String is "no-dispute → dispute-opens: 412").
type Transition struct {
	Kind  Kind     `json:"kind"`
	From  Decision `json:"from"`
	To    Decision `json:"to"`
	Cases int      `json:"cases"`
}

// String returns "from → to: cases".
func (t Transition) String() string {
	return string(t.From) + " → " + string(t.To) + ": " + strconv.Itoa(t.Cases)
}

// Summary sums up a replay: counts by case kind and by kind of change,
// the decision transitions, the money moved per currency (the sum over
// changed cases of the "total" amount under the new policy minus under the
// old one), sample case ids per kind of change, and the cases that could
// not be run. Maps marshal with sorted keys.
type Summary struct {
	Cases     int                `json:"cases"`
	Unchanged int                `json:"unchanged"`
	Changed   int                `json:"changed"`
	Failed    int                `json:"failed"`
	ByKind    map[Kind]KindCount `json:"by_kind"`
	ByChange  map[Change]int     `json:"by_change"`
	// Transitions counts the decision changes, one entry per (kind, from,
	// to), sorted by kind, then from, then to. Empty when no decision
	// changed.
	Transitions []Transition `json:"transitions"`
	// MoneyMoved maps a currency code to the signed total moved, as a
	// decimal string with the currency's digits.
	MoneyMoved map[string]string   `json:"money_moved"`
	Samples    map[Change][]string `json:"samples"`
	// Errors holds the first failures (at most SampleSize*4) with their
	// line numbers; Failed counts them all.
	Errors []LineError `json:"errors,omitempty"`
	// Shard is set by a sharded replay (Options.Shard): what Merge needs
	// to rebuild the summary of one run. Nil otherwise.
	Shard *ShardInfo `json:"shard,omitempty"`
}

// maxErrors is how many errors a Summary keeps.
const maxErrors = SampleSize * 4

// Options are a replay's options. The zero Options replay the whole
// stream.
type Options struct {
	// Shard, when not zero, replays only the shard's share of the lines
	// (line numbers stay those of the whole stream) and sets
	// Summary.Shard.
	Shard Shard
}

func newSummary() Summary {
	return Summary{
		ByKind:      map[Kind]KindCount{},
		ByChange:    map[Change]int{},
		Transitions: []Transition{},
		MoneyMoved:  map[string]string{},
		Samples:     map[Change][]string{},
	}
}

type transKey struct {
	kind     Kind
	from, to Decision
}

func sortedTransitions(trans map[transKey]int) []Transition {
	out := []Transition{}
	for k, n := range trans {
		out = append(out, Transition{Kind: k.kind, From: k.from, To: k.to, Cases: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.To < b.To
	})
	return out
}

type replayItem struct {
	line       int
	start, end int    // the line's bytes in its batch's buf (end > start: a case to run)
	text       []byte // set from buf when the batch is sent
	res        CaseChange
	cur        string
	move       money.Amount
}

type replayBatch struct {
	items []replayItem
	buf   []byte // the lines of the batch, one after the other: one allocation, not one a line
	done  chan struct{}
}

// Replay reads JSON Lines cases from r, runs each under from and to, and
// calls emit, in case order, for every case whose outcome changed or that
// could not be run. A malformed line, an unknown kind or a failing case is
// counted and reported, never fatal. Cases run on every core
// (runtime.GOMAXPROCS) in bounded memory: at most a few thousand lines are
// in flight whatever the size of the input. Replaying a policy against
// itself reports no change.
//
// The runners are usually *Runner values (NewReplayRunner), which decode
// each case once for both policies.
func Replay(ctx context.Context, from, to CaseRunner, r io.Reader, emit func(CaseChange) error) (Summary, error) {
	return ReplayWith(ctx, from, to, r, Options{}, emit)
}

// ReplayWith is Replay with options: with opts.Shard set it replays only
// that shard's lines, and its Summary carries the Shard member Merge
// needs. An invalid shard is an error before any line is read.
func ReplayWith(ctx context.Context, from, to CaseRunner, r io.Reader, opts Options, emit func(CaseChange) error) (Summary, error) {
	if err := opts.Shard.Validate(); err != nil {
		return Summary{}, fmt.Errorf("replay: %v", err)
	}
	shard := opts.Shard
	workers := runtime.GOMAXPROCS(0)
	const batchSize = 256
	work := make(chan *replayBatch, 2*workers)
	order := make(chan *replayBatch, 4*workers)
	// Batches done with come back to the reader through free, so that a
	// replay of any length allocates a bounded number of them.
	free := make(chan *replayBatch, 4*workers+2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	for w := 0; w < workers; w++ {
		go func() {
			var sc scratch // this worker's, reused from case to case
			for b := range work {
				for i := range b.items {
					runItem(from, to, &b.items[i], &sc)
				}
				close(b.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(work)
		defer close(order)
		b := &replayBatch{done: make(chan struct{})}
		flush := func() bool {
			if len(b.items) == 0 {
				return true
			}
			for i := range b.items {
				if it := &b.items[i]; it.end > it.start {
					it.text = b.buf[it.start:it.end:it.end]
				}
			}
			select {
			case order <- b:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- b:
			case <-ctx.Done():
				return false
			}
			select {
			case nb := <-free:
				nb.items, nb.buf, nb.done = nb.items[:0], nb.buf[:0], make(chan struct{})
				b = nb
			default:
				b = &replayBatch{items: make([]replayItem, 0, batchSize), buf: make([]byte, 0, len(b.buf)+len(b.buf)/8), done: make(chan struct{})}
			}
			return true
		}
		errStop := errors.New("stop")
		err := readLines(r, func(line int, text []byte, err error) error {
			if !shard.Owns(line, text) {
				return nil
			}
			it := replayItem{line: line}
			if err != nil {
				it.res = CaseChange{Line: line, Error: err.Error()}
			} else {
				it.start = len(b.buf)
				b.buf = append(b.buf, text...)
				it.end = len(b.buf)
			}
			b.items = append(b.items, it)
			if len(b.items) == batchSize && !flush() {
				return errStop
			}
			return nil
		})
		if err == nil && !flush() {
			err = errStop
		}
		if err == errStop {
			err = ctx.Err()
		}
		readErr <- err
	}()

	s := newSummary()
	samples := map[Change][]Sample{}
	moved := map[string]money.Amount{}
	trans := map[transKey]int{}
	var emitErr error
	for b := range order {
		<-b.done
		if emitErr != nil {
			continue // drain
		}
		for i := range b.items {
			it := &b.items[i]
			s.Cases++
			kc := s.ByKind[it.res.Kind]
			kc.Cases++
			switch {
			case it.res.Error != "":
				s.Failed++
				kc.Failed++
				if len(s.Errors) < maxErrors {
					s.Errors = append(s.Errors, LineError{Line: it.line, ID: it.res.ID, Err: errors.New(it.res.Error)})
				}
			case len(it.res.Changes) == 0:
				s.Unchanged++
				kc.Unchanged++
			default:
				s.Changed++
				kc.Changed++
				if f, t := it.res.From, it.res.To; f != nil && t != nil && f.Decision != t.Decision {
					trans[transKey{it.res.Kind, f.Decision, t.Decision}]++
				}
				for _, ch := range it.res.Changes {
					s.ByChange[ch]++
					if len(samples[ch]) < SampleSize {
						samples[ch] = append(samples[ch], Sample{Line: it.line, ID: it.res.ID})
					}
				}
				if it.cur != "" {
					if prev, ok := moved[it.cur]; ok {
						if sum, err := prev.Add(it.move); err == nil {
							moved[it.cur] = sum
						}
					} else {
						moved[it.cur] = it.move
					}
				}
			}
			if it.res.Kind != "" || it.res.Error != "" {
				s.ByKind[it.res.Kind] = kc
			}
			if (it.res.Error != "" || len(it.res.Changes) > 0) && emit != nil {
				if err := emit(it.res); err != nil {
					emitErr = err
					cancel()
					break
				}
			}
		}
		// Done with b: the reader may refill it (emit had copies of its
		// results, which point to nothing in it).
		clear(b.items)
		select {
		case free <- b:
		default:
		}
	}
	delete(s.ByKind, "")
	for cur, a := range moved {
		s.MoneyMoved[cur] = a.Round().Number()
	}
	for ch, xs := range samples {
		ids := make([]string, len(xs))
		for i, x := range xs {
			ids[i] = x.ID
		}
		sort.Strings(ids)
		s.Samples[ch] = ids
	}
	s.Transitions = sortedTransitions(trans)
	if shard.Count > 0 {
		info := &ShardInfo{Shard: shard, Samples: samples, MoneyMoved: map[string]string{}}
		info.Key = shard.key()
		for cur, a := range moved {
			info.MoneyMoved[cur] = a.Decimal().String()
		}
		s.Shard = info
	}
	if err := <-readErr; err != nil && emitErr == nil {
		return s, err
	}
	return s, emitErr
}

func runItem(from, to CaseRunner, it *replayItem, sc *scratch) {
	if it.res.Error != "" {
		return
	}
	ra, okA := from.(*Runner)
	rb, okB := to.(*Runner)
	// Our runners keep nothing of the input, which may then alias the
	// batch's buffer; a caller's CaseRunner gets its own copy.
	c, err := decodeCase(it.text, !okA || !okB)
	it.text = nil
	it.res.Line = it.line
	if err != nil {
		it.res.Error = err.Error()
		return
	}
	it.res.ID, it.res.Kind = c.ID, c.Kind
	var a, b Outcome
	if okA && okB {
		// Decode the input once for both policies.
		in, err := Prepare(c)
		if err != nil {
			it.res.Error = err.Error()
			return
		}
		if a, err = ra.runPrepared(in, sc); err != nil {
			it.res.Error = "from policy: " + err.Error()
			return
		}
		if b, err = rb.runPrepared(in, sc); err != nil {
			it.res.Error = "to policy: " + err.Error()
			return
		}
	} else {
		if a, err = from.Run(c); err != nil {
			it.res.Error = "from policy: " + err.Error()
			return
		}
		if b, err = to.Run(c); err != nil {
			it.res.Error = "to policy: " + err.Error()
			return
		}
	}
	changes, diff := Compare(a, b)
	if len(changes) == 0 {
		return
	}
	it.res.Changes, it.res.Diff = changes, diff
	it.res.From, it.res.To = &a, &b
	ta, oka := a.Money["total"]
	tb, okb := b.Money["total"]
	if oka && okb {
		if d, err := tb.Sub(ta); err == nil && !d.IsZero() {
			it.cur, it.move = d.Currency().Code(), d
		}
	}
}
