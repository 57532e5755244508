package main

import (
	"testing"

	"github.com/aftersales/aftersales/internal/golden"
)

// TestOutput keeps the program's output in testdata/output.txt (go test
// ./examples/swapiphone -update rewrites it after a deliberate change).
func TestOutput(t *testing.T) { golden.Check(t, "testdata/output.txt", run) }
