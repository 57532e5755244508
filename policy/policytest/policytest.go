// Package policytest runs policy test files inside go test: each case of a
// JSON Lines file (see policy.Case and policy.Expectation) becomes a
// subtest that fails with a go-cmp diff (-want +got) when the policy's
// outcome does not meet the expectation.
//
//	func TestOpistoPolicy(t *testing.T) {
//		policytest.Run(t, "testdata/opisto.jsonl", nil)
//	}
package policytest

import (
	"fmt"
	"testing"

	"github.com/aftersales/aftersales/policy"
)

// Run runs the cases of file as subtests of t, named "line N: ID". Cases
// that name no policy run under def (which may be nil when every case
// names one). A line that cannot run is a failure, never a skip.
func Run(t testing.TB, file string, def *policy.Policy) {
	t.Helper()
	results, sum, err := policy.RunTestFile(file, def)
	if err != nil {
		t.Fatalf("policytest: %v", err)
	}
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
	if sum.Passed+sum.Failed+sum.Errors == 0 {
		t.Errorf("policytest: %s holds no case", file)
	}
}
