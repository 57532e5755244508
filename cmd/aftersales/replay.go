package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/replay"
	"golang.org/x/text/language"
)

func runPolicyFloor(e *env, args []string) int {
	const name = "policy floor"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: preset name or JSON file (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, err := loadPolicy("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	if tag == language.Und {
		tag = language.French // the floor is French law (C. consom.)
	}
	rep := policy.Floor(p)
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	lines := render(rep.Basis)
	if *asJSON {
		return writeJSON(e, struct {
			policy.FloorReport
			Explain []string `json:"explain"`
		}{rep, lines})
	}
	fmt.Fprintf(e.stdout, "policy %s against the legal floor (french-law): %d clause(s) below, %d above\n", p.Name, len(rep.BelowFloor), len(rep.AboveFloor))
	for _, c := range rep.BelowFloor {
		fmt.Fprintf(e.stdout, "  BELOW  %s = %s (law: %s) — %s [%s]\n", c.Clause, c.Policy, c.Law, c.Note, c.Basis)
	}
	for _, c := range rep.AboveFloor {
		fmt.Fprintf(e.stdout, "  above  %s = %s (law: %s) — %s [%s]\n", c.Clause, c.Policy, c.Law, c.Note, c.Basis)
	}
	return 0
}

func runReplay(e *env, args []string) int {
	const name = "replay"
	fs := flags(e, name)
	from := fs.String("from", "", "the current policy: preset name or JSON file (required)")
	to := fs.String("to", "", "the new policy: preset name or JSON file (required)")
	cases := fs.String("cases", "", "recorded cases, JSON Lines (required)")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	pa, ea, err := policyEngine("from", *from)
	if err != nil {
		return fail(e, name, err)
	}
	pb, eb, err := policyEngine("to", *to)
	if err != nil {
		return fail(e, name, err)
	}
	if *cases == "" {
		return fail(e, name, badf("--cases is required (a JSON Lines file of recorded cases)"))
	}
	f, err := os.Open(*cases)
	if err != nil {
		return fail(e, name, badf("--cases: %v", err))
	}
	defer f.Close()
	ra, err := replay.NewEngineRunner(ea, false)
	if err != nil {
		return fail(e, name, badf("--from: %v", err))
	}
	rb, err := replay.NewEngineRunner(eb, false)
	if err != nil {
		return fail(e, name, badf("--to: %v", err))
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	first := true
	var emit func(replay.CaseChange) error
	if *asJSON {
		fmt.Fprintf(w, "{\n  \"from\": %q,\n  \"to\": %q,\n  \"changes\": [", pa.Name, pb.Name)
		emit = func(c replay.CaseChange) error {
			b, err := json.Marshal(c)
			if err != nil {
				return err
			}
			if !first {
				w.WriteString(",")
			}
			first = false
			w.WriteString("\n    ")
			_, err = w.Write(b)
			return err
		}
	} else {
		emit = func(c replay.CaseChange) error {
			if c.Error != "" {
				fmt.Fprintf(w, "line %d %s: cannot run: %s\n", c.Line, c.ID, c.Error)
				return nil
			}
			changes := make([]string, len(c.Changes))
			for i, ch := range c.Changes {
				changes[i] = string(ch)
			}
			fmt.Fprintf(w, "line %d %s (%s): %s changed\n", c.Line, c.ID, c.Kind, strings.Join(changes, ", "))
			for _, l := range strings.Split(strings.TrimRight(c.Diff, "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", l)
			}
			return nil
		}
	}
	sum, err := replay.Replay(context.Background(), ra, rb, f, emit)
	if err != nil {
		if *asJSON {
			w.WriteString("\n  ]\n}\n")
		}
		w.Flush()
		return fail(e, name, badf("--cases: %v", err))
	}
	if *asJSON {
		b, err := json.MarshalIndent(sum, "  ", "  ")
		if err != nil {
			return fail(e, name, err)
		}
		if !first {
			w.WriteString("\n  ")
		}
		fmt.Fprintf(w, "],\n  \"summary\": %s\n}\n", b)
		return 0
	}
	fmt.Fprintf(w, "%s → %s: %d case(s), %d unchanged, %d changed, %d could not run\n", pa.Name, pb.Name, sum.Cases, sum.Unchanged, sum.Changed, sum.Failed)
	for _, k := range sortedKeys(sum.ByKind) {
		c := sum.ByKind[k]
		fmt.Fprintf(w, "  %-13s %d case(s), %d changed, %d failed\n", k, c.Cases, c.Changed, c.Failed)
	}
	for _, k := range sortedKeys(sum.ByChange) {
		fmt.Fprintf(w, "  change %-9s %d case(s), e.g. %s\n", k, sum.ByChange[k], strings.Join(sum.Samples[k], ", "))
	}
	for _, t := range sum.Transitions {
		fmt.Fprintf(w, "  decision %-13s %s\n", t.Kind, t)
	}
	for _, k := range sortedKeys(sum.MoneyMoved) {
		fmt.Fprintf(w, "  money moved  %s %s\n", sum.MoneyMoved[k], k)
	}
	return 0
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
	const name = "test"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy for cases that name none: preset name or JSON file")
	asJSON := fs.Bool("json", false, "print JSON")
	run := fs.String("run", "", "run only the tests whose name (case id, or \"line N\") matches this regular expression")
	verbose := fs.Bool("v", false, "print one line per test, passed ones included")
	// The file or directory comes first; flags may follow.
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fail(e, name, badf("want a case file or directory: test FILE.jsonl|DIR [--policy NAME|FILE] [--run PATTERN] [-v] [--json]"))
	}
	target := args[0]
	if done, st := parse(e, name, fs, args[1:]); done {
		return st
	}
	var match *regexp.Regexp
	if *run != "" {
		var err error
		if match, err = regexp.Compile(*run); err != nil {
			return fail(e, name, badf("--run: %v", err))
		}
	}
	files, err := caseFiles(target)
	if err != nil {
		return fail(e, name, badf("%v", err))
	}
	var def *policy.Policy
	if *pol != "" {
		p, err := loadPolicy("policy", *pol)
		if err != nil {
			return fail(e, name, err)
		}
		def = &p
	}
	results := []replay.TestResult{}
	total := replay.TestSummary{}
	for _, file := range files {
		res, _, err := replay.RunTestFile(file, def)
		if err != nil {
			if errors.Is(err, replay.ErrNoCases) {
				return fail(e, name, badf("%v", err))
			}
			return fail(e, name, badf("%s: %v", file, err))
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
		return fail(e, name, badf("--run: no test matches %q", *run))
	}
	status := 0
	if total.Failed > 0 || total.Errors > 0 {
		status = 1
	}
	if *asJSON {
		writeJSON(e, map[string]any{"passed": total.Passed, "failed": total.Failed, "errors": total.Errors, "results": results})
		return status
	}
	for _, r := range results {
		switch {
		case *verbose && r.Error == "" && r.Passed:
			fmt.Fprintf(e.stdout, "PASS  %s:%d %s\n", r.File, r.Line, r.Name())
		case r.Error != "":
			fmt.Fprintf(e.stdout, "ERROR %s:%d %s: %s\n", r.File, r.Line, r.ID, r.Error)
		case !r.Passed:
			fmt.Fprintf(e.stdout, "FAIL  %s:%d %s (%s, policy %s) (-want +got):\n%s\n", r.File, r.Line, r.ID, r.Kind, r.Policy, indent(r.Diff))
		}
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", total.Passed, total.Failed+total.Errors)
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
