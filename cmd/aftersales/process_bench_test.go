package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkDeadlineProcess measures a whole `aftersales deadline` process,
// from start to exit (the CLI target: under 15 ms), as a caller in
// another language pays it: the binary is built once, then run b.N times.
func BenchmarkDeadlineProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "aftersales")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	args := []string{"deadline", "--policy", "swapiphone", "--kind", "question", "--received", "2026-07-13T10:00:00+02:00", "--json"}
	for b.Loop() {
		out, err := exec.Command(bin, args...).Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("%v: %v", args, err)
		}
	}
}
