package policytest_test

import (
	"testing"

	"github.com/aftersales/aftersales/policy/policytest"
)

// TestExpectations runs the policy package's own expectation file, the
// way a marketplace runs its policy tests in go test.
func TestExpectations(t *testing.T) {
	policytest.Run(t, "../testdata/expect.jsonl", nil)
}
