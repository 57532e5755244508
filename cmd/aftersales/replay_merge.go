package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aftersales/aftersales/policy/replay"
)

// The layout of a replay --json output, which replay writes and replay
// merge reads: changesMarker ends the head (the envelope's members before
// the streamed changes); each change follows on its own line after
// changeIndent, compact.
const (
	changesMarker = ",\n  \"changes\": ["
	changeIndent  = "\n    "
)

// shardOutput streams one shard's replay --json output line by line: its
// head, its changes one at a time, then its summary. The output is read
// as replay writes it: one change a line (compact JSON, which holds no raw
// newline), each checked (json.Valid, its line number, file order); the
// envelope and the summary around them as indented JSON.
type shardOutput struct {
	name  string
	f     *os.File
	r     *bufio.Reader
	head  []byte
	buf   []byte // the current line
	cur   []byte // the next change (in buf), nil at the end of the changes
	line  int
	comma bool // the last change read was followed by a comma
	done  bool // the changes are read
	sum   json.RawMessage
	valid bool // the changes were checked by a first pass: json.Valid is skipped
}

// errNotOutput is what a file that is not a replay --json output gets.
var errNotOutput = fmt.Errorf("not the --json output of aftersales replay (no changes member)")

func openShardOutput(name string, valid bool) (*shardOutput, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	s := &shardOutput{name: name, f: f, r: bufio.NewReaderSize(f, 64<<10), valid: valid}
	var head []byte
	for {
		l, err := s.readLine()
		if err != nil || (len(head) == 0 && string(l) != "{") || len(head) > 1<<20 {
			f.Close()
			return nil, errNotOutput
		}
		if line := changesMarker[2:]; string(l) == line || string(l) == line+"]," {
			if !bytes.HasSuffix(head, []byte(",\n")) {
				f.Close()
				return nil, errNotOutput
			}
			s.head = head[:len(head)-2]
			s.done = bytes.HasSuffix(l, []byte("],"))
			break
		}
		head = append(append(head, l...), '\n')
	}
	if err := s.next(); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// readLine reads the next line into s.buf, without its newline. A file
// that ends without one is cut short.
func (s *shardOutput) readLine() ([]byte, error) {
	s.buf = s.buf[:0]
	for {
		chunk, err := s.r.ReadSlice('\n')
		s.buf = append(s.buf, chunk...)
		switch err {
		case nil:
			return s.buf[:len(s.buf)-1], nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			return nil, io.ErrUnexpectedEOF
		default:
			return nil, err
		}
	}
}

// next reads the next change; at the end of the changes it reads the
// summary.
func (s *shardOutput) next() error {
	if !s.done {
		l, err := s.readLine()
		if err != nil {
			return fmt.Errorf("changes: %v", err)
		}
		if string(l) == "  ]," && !s.comma {
			s.done = true
		} else {
			if !bytes.HasPrefix(l, []byte(changeIndent[1:]+"{")) || (s.line > 0 && !s.comma) {
				return fmt.Errorf("changes: malformed after line %d", s.line)
			}
			var raw []byte
			raw, s.comma = bytes.CutSuffix(l[len(changeIndent)-1:], []byte(","))
			line, ok := changeLine(raw)
			if !ok || (!s.valid && !json.Valid(raw)) {
				return fmt.Errorf("changes: a change without its line number")
			}
			if s.cur != nil && line <= s.line {
				return fmt.Errorf("changes: line %d after line %d (not in file order)", line, s.line)
			}
			s.cur, s.line = raw, line
			return nil
		}
	}
	s.cur = nil
	rest, err := io.ReadAll(s.r)
	if err != nil {
		return err
	}
	var tail map[string]json.RawMessage
	if err := json.Unmarshal(append([]byte("{"), rest...), &tail); err != nil {
		return fmt.Errorf("summary: %v", err)
	}
	if s.sum = tail["summary"]; s.sum == nil {
		return fmt.Errorf("no summary member")
	}
	return nil
}

// changeLine returns the line number a change starts with: replay writes
// {"line":N first.
func changeLine(raw []byte) (int, bool) {
	rest, ok := bytes.CutPrefix(raw, []byte(`{"line":`))
	if !ok {
		return 0, false
	}
	n, i := 0, 0
	for ; i < len(rest) && i < 10 && rest[i] >= '0' && rest[i] <= '9'; i++ {
		n = n*10 + int(rest[i]-'0')
	}
	if i == 0 || rest[0] == '0' || i >= len(rest) || (rest[i] != ',' && rest[i] != '}') {
		return 0, false
	}
	return n, true
}

// runReplayMerge merges the --json outputs of the shards of one replay
// (replay --shard i/n) into the output of one unsharded run: the changes
// in line order (streamed: memory does not grow with their number) and
// the merged summary.
func runReplayMerge(e *env, args []string) int {
	c := newCmd(e, "replay merge", false)
	// Files come first; flags may follow.
	var files []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		files = append(files, args[0])
		args = args[1:]
	}
	if st, ok := c.parse(args); !ok {
		return st
	}
	if len(files) == 0 {
		return c.fail(badf("want the --json outputs of every shard: replay merge FILE... [--json]"))
	}
	// First pass: every change checked and the summaries (at the end of
	// each file), so that a damaged, missing or foreign shard is refused
	// before anything is written.
	sums := make([][]byte, len(files))
	for i, name := range files {
		o, err := openShardOutput(name, false)
		for err == nil && o.sum == nil {
			err = o.next()
		}
		if o != nil {
			o.f.Close()
		}
		if err != nil {
			return c.fail(badf("%s: %v", name, err))
		}
		sums[i] = o.sum
	}
	sum, err := replay.MergeJSON(sums...)
	if err != nil {
		return c.fail(badf("%v", strings.TrimPrefix(err.Error(), "replay: ")))
	}
	outs := make([]*shardOutput, 0, len(files))
	defer func() {
		for _, o := range outs {
			o.f.Close()
		}
	}()
	for _, name := range files {
		o, err := openShardOutput(name, true)
		if err != nil {
			return c.fail(badf("%s: %v", name, err))
		}
		if len(outs) > 0 && !bytes.Equal(o.head, outs[0].head) {
			return c.fail(badf("%s: not the same replay as %s (policies or language differ)", name, outs[0].name))
		}
		outs = append(outs, o)
	}
	var head struct {
		From string `json:"from"`
		To   string `json:"to"`
	}
	if err := json.Unmarshal(append(bytes.Clone(outs[0].head), '}'), &head); err != nil {
		return c.fail(badf("%s: %v", files[0], err))
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	if *c.asJSON {
		w.Write(outs[0].head)
		w.WriteString(changesMarker)
	}
	first := true
	for {
		var min *shardOutput
		for _, o := range outs {
			if o.cur != nil && (min == nil || o.line < min.line) {
				min = o
			}
		}
		if min == nil {
			break
		}
		if *c.asJSON {
			if !first {
				w.WriteString(",")
			}
			w.WriteString(changeIndent)
			w.Write(min.cur)
		} else {
			var cc replay.CaseChange
			if err := json.Unmarshal(min.cur, &cc); err != nil {
				return c.fail(badf("%s: line %d: %v", min.name, min.line, err))
			}
			c.writeChangeText(w, cc)
		}
		first = false
		if err := min.next(); err != nil {
			return c.fail(badf("%s: %v", min.name, err))
		}
	}
	if !*c.asJSON {
		c.writeSummaryText(w, head.From, head.To, sum)
		return 0
	}
	b, err := json.MarshalIndent(sum, "  ", "  ")
	if err != nil {
		return c.fail(err)
	}
	if !first {
		w.WriteString("\n  ")
	}
	fmt.Fprintf(w, "],\n  \"summary\": %s,\n  \"explain\": []\n}\n", b)
	return 0
}
