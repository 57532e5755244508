package policytest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/policy/policytest"
	"github.com/aftersales/aftersales/policy/preset"
)

// TestExpectations runs the policy package's own expectation file, the
// way a marketplace runs its policy tests in go test.
func TestExpectations(t *testing.T) {
	policytest.Run(t, "../testdata/expect.jsonl", nil)
}

func TestExpectationsFS(t *testing.T) {
	policytest.RunFS(t, os.DirFS("../testdata"), "expect.jsonl", nil)
}

func TestExpectationsReader(t *testing.T) {
	p := preset.Opisto()
	policytest.RunReader(t, strings.NewReader(`{"id":"x","kind":"deadline","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"},"expect":{"instants":{"due":"2026-11-25T15:00:00+01:00"}}}`), "inline", &p)
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, f) }
func (r *recorder) Fatalf(f string, a ...any) { r.errors = append(r.errors, f) }

// TestEmptyFileFails: a test file with no case never passes, whether it is
// empty, blank or read from a reader.
func TestEmptyFileFails(t *testing.T) {
	for name, content := range map[string]string{"empty": "", "blank lines": "\n  \n\n"} {
		t.Run(name, func(t *testing.T) {
			rec := &recorder{TB: t}
			policytest.RunReader(rec, strings.NewReader(content), name, nil)
			if len(rec.errors) == 0 {
				t.Error("an empty test file passed")
			}
			file := t.TempDir() + "/empty.jsonl"
			if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			rec = &recorder{TB: t}
			policytest.Run(rec, file, nil)
			if len(rec.errors) == 0 {
				t.Error("an empty test file passed")
			}
		})
	}
}

// TestFailureIsReported: a wrong expectation fails the test.
func TestFailureIsReported(t *testing.T) {
	rec := &recorder{TB: t}
	policytest.RunReader(rec, strings.NewReader(`{"id":"x","kind":"deadline","policy":"opisto","input":{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"},"expect":{"instants":{"due":"2026-11-24T15:00:00+01:00"}}}`), "inline", nil)
	if len(rec.errors) != 1 {
		t.Errorf("errors %v, want one mismatch", rec.errors)
	}
}
