package platform

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExampleSanctionFile decodes examples/data/sanction.json (the format
// documented in README.md) and checks its procedure.
func TestExampleSanctionFile(t *testing.T) {
	b, err := os.ReadFile("../examples/data/sanction.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := DecodeSanction(b)
	if err != nil {
		t.Fatal(err)
	}
	p, err := SanctionProcedure(fr(), s)
	if err != nil {
		t.Fatal(err)
	}
	got := []any{p.Kind, p.Defective, rules(p.Defects), p.ComplaintUntil.String(), len(p.Statement)}
	want := []any{Termination, true, []string{"p2b.4.2.notice"}, "2026-09-02", 4}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("P2B art. 4(2) on the example file (-want +got):\n%s", diff)
	}
}
