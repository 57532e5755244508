package replay

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

// TestResult is the result of one case of a policy test file.
type TestResult struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	ID     string `json:"id,omitempty"`
	Kind   Kind   `json:"kind,omitempty"`
	Policy string `json:"policy,omitempty"`
	Passed bool   `json:"passed"`
	// Diff is the go-cmp diff (-want +got) of a failed expectation.
	Diff string `json:"diff,omitempty"`
	// Error says why the case could not run (bad line, unknown kind, bad
	// policy, no expectation).
	Error string `json:"error,omitempty"`
}

// Name is the test's name: its case ID, or "line N" for a line without
// one. `aftersales test --run` and policytest match their patterns on it.
func (r TestResult) Name() string {
	if r.ID != "" {
		return r.ID
	}
	return "line " + strconv.Itoa(r.Line)
}

// TestSummary counts a policy test file's results.
type TestSummary struct {
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Errors int `json:"errors"`
}

// ErrNoCases is returned (wrapped, with the file name) by the test runners
// for a test file without any case: an empty file never passes.
var ErrNoCases = errors.New("no case in the test file")

// MaxPolicyFileSize is the largest policy file a test case may name, in
// bytes (as preset.MaxFileSize).
const MaxPolicyFileSize = preset.MaxFileSize

// LoadFunc resolves the policy a test case names (its "policy" field): a
// preset name or a file reference.
type LoadFunc func(ref string) (policy.Policy, error)

// RunTestFile runs a file of cases with expectations (JSON Lines; see Case
// and Expectation) and returns one result per case, in file order. Each
// case runs under the policy it names — a preset or a policy file, relative
// to the case file's folder — or, when it names none, under def. A case
// without an expectation, a malformed line or a case whose policy cannot be
// loaded is an error result, never a silent pass. The error return is for
// the file itself: it cannot be opened, or it holds no case (ErrNoCases).
func RunTestFile(file string, def *policy.Policy) ([]TestResult, TestSummary, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, TestSummary{}, err
	}
	defer f.Close()
	return RunTests(f, file, def, func(ref string) (policy.Policy, error) {
		if !preset.Is(ref) && !filepath.IsAbs(ref) {
			ref = filepath.Join(filepath.Dir(file), ref)
		}
		return preset.Load(ref)
	})
}

// RunTestFS runs the test file name of fsys as RunTestFile does; policy
// files the cases name are read from fsys, relative to the test file.
func RunTestFS(fsys fs.FS, name string, def *policy.Policy) ([]TestResult, TestSummary, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, TestSummary{}, err
	}
	defer f.Close()
	return RunTests(f, name, def, func(ref string) (policy.Policy, error) {
		if preset.Is(ref) {
			return preset.Get(ref)
		}
		p := path.Join(path.Dir(name), ref)
		pf, err := fsys.Open(p)
		if err != nil {
			return policy.Policy{}, err
		}
		defer pf.Close()
		data, err := io.ReadAll(io.LimitReader(pf, MaxPolicyFileSize+1))
		if err != nil {
			return policy.Policy{}, err
		}
		if len(data) > MaxPolicyFileSize {
			return policy.Policy{}, fmt.Errorf("%s: larger than %d bytes", p, MaxPolicyFileSize)
		}
		pol, err := policy.Decode(data)
		if err != nil {
			return policy.Policy{}, fmt.Errorf("%s: %w", p, err)
		}
		return pol, nil
	})
}

// RunTests runs the test cases read from r, a test file called name (used
// in results and errors). A case's named policy is resolved with load (nil:
// presets only); cases that name none run under def. See RunTestFile.
func RunTests(r io.Reader, name string, def *policy.Policy, load LoadFunc) ([]TestResult, TestSummary, error) {
	if load == nil {
		load = func(ref string) (policy.Policy, error) { return preset.Get(ref) }
	}
	type entry struct {
		r    *Runner
		name string
	}
	runners := map[string]entry{}
	runnerFor := func(ref string) (*Runner, string, error) {
		key := ref
		if ref == "" {
			if def == nil {
				return nil, "", errors.New("the case names no policy and none was given")
			}
			key = "\x00default"
		}
		if e, ok := runners[key]; ok {
			return e.r, e.name, nil
		}
		var p policy.Policy
		if ref == "" {
			p = *def
		} else {
			var err error
			if p, err = load(ref); err != nil {
				return nil, "", err
			}
		}
		r, err := NewRunner(p)
		if err != nil {
			return nil, "", fmt.Errorf("policy %s: %w", ref, err)
		}
		runners[key] = entry{r, p.Name}
		return r, p.Name, nil
	}
	var out []TestResult
	var sum TestSummary
	err := ReadCases(r, func(line int, c Case, err error) error {
		res := TestResult{File: name, Line: line, ID: c.ID, Kind: c.Kind}
		defer func() {
			switch {
			case res.Error != "":
				sum.Errors++
			case res.Passed:
				sum.Passed++
			default:
				sum.Failed++
			}
			out = append(out, res)
		}()
		if err != nil {
			if le := (*LineError)(nil); errors.As(err, &le) {
				err = le.Err
			}
			res.Error = err.Error()
			return nil
		}
		if c.Expect == nil {
			res.Error = "no expectation (\"expect\")"
			return nil
		}
		run, pname, err := runnerFor(c.Policy)
		res.Policy = pname
		if err != nil {
			res.Error = err.Error()
			return nil
		}
		got, err := run.Run(c)
		if err != nil {
			res.Error = err.Error()
			return nil
		}
		res.Diff = Check(*c.Expect, got)
		res.Passed = res.Diff == ""
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: %w", name, ErrNoCases)
	}
	return out, sum, err
}
