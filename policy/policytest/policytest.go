// Package policytest runs policy test files inside go test: each case of a
// JSON Lines file (see replay.Case and replay.Expectation) becomes a
// subtest that fails with a go-cmp diff (-want +got) when the policy's
// outcome does not meet the expectation. A file without any case fails.
//
//	func TestOpistoPolicy(t *testing.T) {
//		policytest.Run(t, "testdata/opisto.jsonl", nil)
//	}
//
// RunReader reads the cases from an io.Reader and RunFS from an fs.FS (for
// example an embed.FS).
package policytest

import (
	"fmt"
	"io"
	"io/fs"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/replay"
)

// Run runs the cases of file as subtests of t, named "line N: ID". Cases
// that name no policy run under def (which may be nil when every case
// names one); a case's policy is a preset or a file relative to file. A
// line that cannot run is a failure, never a skip; so is a file with no
// case.
func Run(t testing.TB, file string, def *policy.Policy) {
	t.Helper()
	results, _, err := replay.RunTestFile(file, def)
	report(t, results, err)
}

// RunReader runs the cases read from r (named name in messages) as Run
// does; a case may name a preset, not a policy file.
func RunReader(t testing.TB, r io.Reader, name string, def *policy.Policy) {
	t.Helper()
	results, _, err := replay.RunTests(r, name, def, nil)
	report(t, results, err)
}

// RunFS runs the cases of the file name in fsys as Run does; policy files
// the cases name are read from fsys, relative to name.
func RunFS(t testing.TB, fsys fs.FS, name string, def *policy.Policy) {
	t.Helper()
	results, _, err := replay.RunTestFS(fsys, name, def)
	report(t, results, err)
}

func report(t testing.TB, results []replay.TestResult, err error) {
	t.Helper()
	for _, r := range results {
		check := func(t testing.TB) {
			t.Helper()
			switch {
			case r.Error != "":
				t.Errorf("%s:%d %s: cannot run: %s", r.File, r.Line, r.ID, r.Error)
			case !r.Passed:
				t.Errorf("%s:%d %s (%s, policy %s) mismatch (-want +got):\n%s", r.File, r.Line, r.ID, r.Kind, r.Policy, r.Diff)
			}
		}
		if tt, ok := t.(*testing.T); ok {
			tt.Run(fmt.Sprintf("line %d: %s", r.Line, r.ID), func(t *testing.T) { check(t) })
		} else {
			check(t)
		}
	}
	if err != nil {
		t.Errorf("policytest: %v", err)
	}
}
