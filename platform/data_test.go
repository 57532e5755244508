package platform

import (
	"os"
	"strings"
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

// TestExampleInformFile decodes examples/data/inform.json (the aftersales
// inform --case format) and checks who is informed.
func TestExampleInformFile(t *testing.T) {
	b, err := os.ReadFile("../examples/data/inform.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := DecodeInformCase(b)
	if err != nil {
		t.Fatal(err)
	}
	in, err := Inform(fr(), c.Reason, c.AwareAt, c.Sales)
	if err != nil {
		t.Fatal(err)
	}
	got := []any{len(in.Inform), len(in.NoContact), in.Outside, in.PublicNotice, rules(in.Findings)}
	want := []any{2, 1, 1, true, []string{"dsa.32.after-aware"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DSA art. 32 on the example file (-want +got):\n%s", diff)
	}
	if _, err := DecodeInformCase([]byte(`{"reason":"illegal","aware_at":"2026-09-15T10:00:00+02:00","sales":[{"id":"a","sold_at":"2026-09-01T10:00:00+02:00","colour":1}]}`)); err == nil || !strings.Contains(err.Error(), "sales[0].colour") {
		t.Errorf("unknown field in a sale: %v", err)
	}
}
