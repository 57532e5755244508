// Package golden runs the example programs and keeps their output as
// golden files, so that an example cannot rot unnoticed.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Main runs run on standard output and exits with status 1, naming the
// program, when it fails.
func Main(name string, run func(io.Writer) error) {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

// Check runs run and compares its output with the file at path; with
// -update it rewrites the file first.
func Check(t *testing.T, path string, run func(io.Writer) error) {
	t.Helper()
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("output (-%s +got):\n%s", path, diff)
	}
}
