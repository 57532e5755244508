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

// changesMarker ends the head of a replay --json output: the envelope's
// members before the streamed changes.
const changesMarker = ",\n  \"changes\": ["

// shardOutput streams one shard's replay --json output: its head, its
// changes one at a time, then its summary.
type shardOutput struct {
	name string
	f    *os.File
	head []byte
	dec  *json.Decoder
	cur  json.RawMessage // the next change, nil at the end of the array
	line int
	sum  json.RawMessage
}

func openShardOutput(name string) (*shardOutput, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	s := &shardOutput{name: name, f: f}
	buf := make([]byte, 64<<10)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		f.Close()
		return nil, err
	}
	buf = buf[:n]
	i := bytes.Index(buf, []byte(changesMarker))
	if i < 0 || !bytes.HasPrefix(buf, []byte("{")) {
		f.Close()
		return nil, fmt.Errorf("not the --json output of aftersales replay (no changes member)")
	}
	s.head = buf[:i]
	// Decode the rest as an object {"changes": [...], "summary": ...}.
	s.dec = json.NewDecoder(io.MultiReader(strings.NewReader(`{"changes": [`), bytes.NewReader(buf[i+len(changesMarker):]), f))
	for range 3 { // {, "changes", [
		if _, err := s.dec.Token(); err != nil {
			f.Close()
			return nil, fmt.Errorf("changes: %v", err)
		}
	}
	if err := s.next(); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// next reads the next change; at the end of the array it reads the
// summary.
func (s *shardOutput) next() error {
	if s.dec.More() {
		var raw json.RawMessage
		if err := s.dec.Decode(&raw); err != nil {
			return fmt.Errorf("changes: %v", err)
		}
		var cc struct {
			Line int `json:"line"`
		}
		if err := json.Unmarshal(raw, &cc); err != nil || cc.Line < 1 {
			return fmt.Errorf("changes: a change without its line number")
		}
		if s.cur != nil && cc.Line <= s.line {
			return fmt.Errorf("changes: line %d after line %d (not in file order)", cc.Line, s.line)
		}
		s.cur, s.line = raw, cc.Line
		return nil
	}
	s.cur = nil
	if _, err := s.dec.Token(); err != nil { // ]
		return fmt.Errorf("changes: %v", err)
	}
	for s.dec.More() {
		t, err := s.dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := s.dec.Decode(&raw); err != nil {
			return fmt.Errorf("%v: %v", t, err)
		}
		if t == "summary" {
			s.sum = raw
		}
	}
	if s.sum == nil {
		return fmt.Errorf("no summary member")
	}
	return nil
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
	// First pass: the summaries (at the end of each file), so that a
	// missing or foreign shard is refused before anything is written.
	sums := make([][]byte, len(files))
	for i, name := range files {
		o, err := openShardOutput(name)
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
		o, err := openShardOutput(name)
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
			w.WriteString("\n    ")
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
