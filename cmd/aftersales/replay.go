package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/replay"
)

func runPolicyFloor(e *env, args []string) int {
	c := newCmd(e, "policy floor", true)
	market := c.fs.String("market", "", "market whose statute is the floor, ISO 3166-1 alpha-2 (default: French law, as before)")
	if st, ok := c.start(args); !ok {
		return st
	}
	p := c.eng.Policy()
	rep := policy.Floor(p)
	if *market != "" {
		var err error
		if rep, err = policy.FloorFor(p, *market); err != nil {
			return c.fail(badf("--market: %v", fieldMsg(err)))
		}
	}
	return c.emit(rep, nil, rep.Basis, func(w io.Writer) {
		c.say(w, "policy %s against the legal floor (law:%s): %d clause(s) below, %d above", p.Name, rep.Market, len(rep.BelowFloor), len(rep.AboveFloor))
		for _, cl := range rep.BelowFloor {
			c.say(w, "  BELOW  %s = %s (law: %s) — %s [%s]", cl.Clause, cl.Policy, cl.Law, cl.Note, cl.Basis)
		}
		for _, cl := range rep.AboveFloor {
			c.say(w, "  above  %s = %s (law: %s) — %s [%s]", cl.Clause, cl.Policy, cl.Law, cl.Note, cl.Basis)
		}
	})
}

// runReplay streams the changes: the envelope's members are written as
// the cases are replayed (policy and policy_version are the --to policy's),
// so memory stays bounded however long the case stream is. Each line of
// --cases is at most replay.MaxCaseLine bytes.
func runReplay(e *env, args []string) int {
	if len(args) > 0 && args[0] == "merge" {
		return runReplayMerge(e, args[1:])
	}
	c := newCmd(e, "replay", false)
	from := c.fs.String("from", "", "the current policy: preset name or JSON file, at most 1 MiB (required)")
	to := c.fs.String("to", "", "the new policy: preset name or JSON file, at most 1 MiB (required)")
	cases := c.fs.String("cases", "", "recorded cases, JSON Lines, each line at most 1 MiB (required)")
	shardV := c.fs.String("shard", "", "replay only shard i of n (i/n, i from 0): line numbers stay the whole file's; combine the --json outputs of shards 0..n-1 with 'replay merge'")
	shardKey := c.fs.String("shard-key", "line", "with --shard, how cases are shared out: line (by line number) or group (by the case's \"group\", else its \"id\": a group stays on one shard)")
	if st, ok := c.parse(args); !ok {
		return st
	}
	var opts replay.Options
	if *shardV != "" {
		sh, err := replay.ParseShard(*shardV, replay.ShardKey(*shardKey))
		if err != nil {
			if *shardKey != string(replay.ShardByLine) && *shardKey != string(replay.ShardByGroup) {
				return c.fail(badf("--shard-key: %v", err))
			}
			return c.fail(badf("--shard: %v", err))
		}
		opts.Shard = sh
	}
	ea, err := loadEngine("from", *from)
	if err != nil {
		return c.fail(err)
	}
	if err := c.usePolicy("to", *to); err != nil {
		return c.fail(err)
	}
	eb := c.eng
	if err := c.setLang(eb.Calendar().Market()); err != nil {
		return c.fail(err)
	}
	if *cases == "" {
		return c.fail(badf("--cases: required (a JSON Lines file of recorded cases)"))
	}
	f, err := os.Open(*cases)
	if err != nil {
		return c.fail(badf("--cases: %v", err))
	}
	defer f.Close()
	ra, err := replay.NewEngineRunner(ea, false)
	if err != nil {
		return c.fail(badf("--from: %v", err))
	}
	rb, err := replay.NewEngineRunner(eb, false)
	if err != nil {
		return c.fail(badf("--to: %v", err))
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	first := true
	var emit func(replay.CaseChange) error
	if *c.asJSON {
		head, err := c.envelope(struct {
			From string `json:"from"`
			To   string `json:"to"`
		}{ea.Name(), eb.Name()}, nil, explain.Basis{})
		if err != nil {
			return c.fail(err)
		}
		// The envelope without its closing explain member and brace: the
		// changes stream in after it.
		head, ok := bytes.CutSuffix(head, []byte(",\n  \"explain\": []\n}\n"))
		if !ok {
			return c.fail(fmt.Errorf("output: envelope without its explain member"))
		}
		w.Write(head)
		w.WriteString(changesMarker)
		var buf []byte // reused: AppendJSON writes what json.Marshal would
		emit = func(cc replay.CaseChange) error {
			var err error
			if buf, err = cc.AppendJSON(buf[:0]); err != nil {
				return err
			}
			if !first {
				w.WriteString(",")
			}
			first = false
			w.WriteString(changeIndent)
			_, err = w.Write(buf)
			return err
		}
	} else {
		emit = func(cc replay.CaseChange) error {
			c.writeChangeText(w, cc)
			return nil
		}
	}
	sum, err := replay.ReplayWith(context.Background(), ra, rb, f, opts, emit)
	if err != nil {
		if *c.asJSON {
			w.WriteString("\n  ]\n}\n")
		}
		w.Flush()
		return c.failFrom(err, fromFile("cases"))
	}
	if *c.asJSON {
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
	c.writeSummaryText(w, ea.Name(), eb.Name(), sum)
	return 0
}

// writeChangeText writes one changed or failed case in the text form.
func (c *cmd) writeChangeText(w io.Writer, cc replay.CaseChange) {
	if cc.Error != "" {
		c.say(w, "line %d %s: cannot run: %s", cc.Line, cc.ID, cc.Error)
		return
	}
	changes := make([]string, len(cc.Changes))
	for i, ch := range cc.Changes {
		changes[i] = string(ch)
	}
	c.say(w, "line %d %s (%s): %s changed", cc.Line, cc.ID, cc.Kind, strings.Join(changes, ", "))
	for _, l := range strings.Split(strings.TrimRight(cc.Diff, "\n"), "\n") {
		fmt.Fprintf(w, "    %s\n", l)
	}
}

// writeSummaryText writes a replay summary in the text form.
func (c *cmd) writeSummaryText(w io.Writer, from, to string, sum replay.Summary) {
	c.say(w, "%s → %s: %d case(s), %d unchanged, %d changed, %d could not run", from, to, sum.Cases, sum.Unchanged, sum.Changed, sum.Failed)
	if sum.Shard != nil {
		c.say(w, "  shard %s (merge the --json outputs of every shard with 'aftersales replay merge')", sum.Shard.Shard)
	}
	for _, k := range sortedKeys(sum.ByKind) {
		kc := sum.ByKind[k]
		fmt.Fprintf(w, "  %-13s %s\n", k, c.tr("%d case(s), %d changed, %d failed", kc.Cases, kc.Changed, kc.Failed))
	}
	for _, k := range sortedKeys(sum.ByChange) {
		c.say(w, "  change %s %d case(s), e.g. %s", fmt.Sprintf("%-9s", k), sum.ByChange[k], strings.Join(sum.Samples[k], ", "))
	}
	for _, t := range sum.Transitions {
		c.say(w, "  decision %s %s", fmt.Sprintf("%-13s", t.Kind), t.String())
	}
	for _, k := range sortedKeys(sum.MoneyMoved) {
		c.say(w, "  money moved  %s %s", sum.MoneyMoved[k], k)
	}
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func runTest(e *env, args []string) int {
	c := newCmd(e, "test", true)
	run := c.fs.String("run", "", "run only the tests whose name (case id, or \"line N\") matches this regular expression")
	verbose := c.fs.Bool("v", false, "print one line per test, passed ones included")
	// The file or directory comes first; flags may follow.
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return c.fail(badf("want a case file or directory: test FILE.jsonl|DIR [--policy NAME|FILE] [--run PATTERN] [-v] [--json]"))
	}
	target := args[0]
	if st, ok := c.parse(args[1:]); !ok {
		return st
	}
	var match *regexp.Regexp
	if *run != "" {
		var err error
		if match, err = regexp.Compile(*run); err != nil {
			return c.fail(badf("--run: %v", err))
		}
	}
	files, err := caseFiles(target)
	if err != nil {
		return c.fail(err)
	}
	var def *policy.Policy
	market := ""
	if *c.pol != "" {
		if err := c.usePolicy("policy", *c.pol); err != nil {
			return c.fail(err)
		}
		p := c.eng.Policy()
		def, market = &p, c.eng.Calendar().Market()
	}
	if err := c.setLang(market); err != nil {
		return c.fail(err)
	}
	results := []replay.TestResult{}
	total := replay.TestSummary{}
	for _, file := range files {
		res, _, err := replay.RunTestFile(file, def)
		if err != nil {
			if errors.Is(err, replay.ErrNoCases) {
				return c.fail(err)
			}
			return c.fail(fmt.Errorf("%s: %v", file, err))
		}
		for _, r := range res {
			if match != nil && !match.MatchString(r.Name()) {
				continue
			}
			results = append(results, r)
			switch {
			case r.Error != "":
				total.Errors++
			case r.Passed:
				total.Passed++
			default:
				total.Failed++
			}
		}
	}
	if len(results) == 0 {
		return c.fail(badf("--run: no test matches %q", *run))
	}
	status := 0
	if total.Failed > 0 || total.Errors > 0 {
		status = 1
	}
	out := struct {
		Passed  int                 `json:"passed"`
		Failed  int                 `json:"failed"`
		Errors  int                 `json:"errors"`
		Results []replay.TestResult `json:"results"`
	}{total.Passed, total.Failed, total.Errors, results}
	if st := c.emit(out, nil, explain.Basis{}, func(w io.Writer) {
		for _, r := range results {
			switch {
			case *verbose && r.Error == "" && r.Passed:
				fmt.Fprintf(w, "PASS  %s:%d %s\n", r.File, r.Line, r.Name())
			case r.Error != "":
				fmt.Fprintf(w, "ERROR %s:%d %s: %s\n", r.File, r.Line, r.ID, r.Error)
			case !r.Passed:
				fmt.Fprintf(w, "FAIL  %s:%d %s (%s, policy %s) (-want +got):\n%s\n", r.File, r.Line, r.ID, r.Kind, r.Policy, indent(r.Diff))
			}
		}
		c.say(w, "%d passed, %d failed", total.Passed, total.Failed+total.Errors)
	}); st != 0 {
		return st
	}
	return status
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}

// caseFiles returns the case files at path: the file itself, or every
// *.jsonl file below a directory, sorted.
func caseFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".jsonl") {
			out = append(out, p)
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no .jsonl case file", path)
	}
	sort.Strings(out)
	return out, err
}
