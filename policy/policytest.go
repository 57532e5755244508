package policy

import (
	"fmt"
	"os"
	"path/filepath"
)

// TestResult is the result of one case of a policy test file.
type TestResult struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	ID     string `json:"id,omitempty"`
	Kind   string `json:"kind,omitempty"`
	Policy string `json:"policy,omitempty"`
	Passed bool   `json:"passed"`
	// Diff is the go-cmp diff (-want +got) of a failed expectation.
	Diff string `json:"diff,omitempty"`
	// Error says why the case could not run (bad line, unknown kind, bad
	// policy, no expectation).
	Error string `json:"error,omitempty"`
}

// TestSummary counts a policy test file's results.
type TestSummary struct {
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Errors int `json:"errors"`
}

// RunTestFile runs a file of cases with expectations (JSON Lines; see
// Case and Expectation) and returns one result per case, in file order.
// Each case runs under the policy it names — a preset or a policy file,
// relative to the case file's folder — or, when it names none, under def.
// A case without an expectation, a malformed line or a case whose policy
// cannot be loaded is an error result, never a silent pass. The error
// return is for the file itself (it cannot be opened).
func RunTestFile(path string, def *Policy) ([]TestResult, TestSummary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, TestSummary{}, err
	}
	defer f.Close()
	runners := map[string]*Runner{}
	runnerFor := func(name string) (*Runner, string, error) {
		if name == "" {
			if def == nil {
				return nil, "", fmt.Errorf("the case names no policy and none was given")
			}
			name = "\x00default"
		}
		if r, ok := runners[name]; ok {
			return r, r.p.Name, nil
		}
		var p Policy
		switch {
		case name == "\x00default":
			p = *def
		default:
			ref := name
			if _, ok := presets()[name]; !ok && !filepath.IsAbs(name) {
				ref = filepath.Join(filepath.Dir(path), name)
			}
			if p, err = Load(ref); err != nil {
				return nil, "", err
			}
		}
		r, err := NewRunner(p)
		if err != nil {
			return nil, "", fmt.Errorf("policy %s: %w", name, err)
		}
		runners[name] = r
		return r, p.Name, nil
	}
	var out []TestResult
	var sum TestSummary
	err = ReadCases(f, func(line int, c Case, err error) error {
		res := TestResult{File: path, Line: line, ID: c.ID, Kind: c.Kind}
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
			res.Error = err.Error()
			return nil
		}
		if c.Expect == nil {
			res.Error = "no expectation (\"expect\")"
			return nil
		}
		r, name, err := runnerFor(c.Policy)
		res.Policy = name
		if err != nil {
			res.Error = err.Error()
			return nil
		}
		got, err := r.Run(c)
		if err != nil {
			res.Error = err.Error()
			return nil
		}
		res.Diff = Check(*c.Expect, got)
		res.Passed = res.Diff == ""
		return nil
	})
	return out, sum, err
}
