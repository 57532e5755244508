package costdoc

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const root = "../.."

// TestBenchmarkRefsExist fails when a doc comment names a benchmark that
// its package does not declare (renamed or removed).
func TestBenchmarkRefsExist(t *testing.T) {
	refs, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) < 8 {
		t.Fatalf("found %d benchmark references in doc comments, want at least 8", len(refs))
	}
	byDir := map[string][]string{}
	for _, r := range refs {
		if r.Dir == "internal/costdoc" { // its own documentation shows the forms
			continue
		}
		names, ok := byDir[r.Dir]
		if !ok {
			if names, err = Benchmarks(filepath.Join(root, r.Dir)); err != nil {
				t.Fatal(err)
			}
			byDir[r.Dir] = names
		}
		if !slices.Contains(names, r.Func()) {
			t.Errorf("%s:%d names %s, which package %s does not declare", r.File, r.Line, r.Name, r.Dir)
		}
	}
}

// TestClaimsAgreeWithLatest fails when a doc comment's "BenchmarkX: about
// N ns" is more than twice or less than half the median bench/run last
// measured (bench/latest.txt): update the comment or the measurement.
func TestClaimsAgreeWithLatest(t *testing.T) {
	refs, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	med, err := ReadMedians(filepath.Join(root, "bench", "latest.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range refs {
		if r.Claim == 0 || r.Dir == "internal/costdoc" {
			continue
		}
		m, ok := med[r.Name]
		if !ok {
			t.Errorf("%s:%d claims %s ns for %s, which bench/latest.txt does not measure (add it to bench/run)", r.File, r.Line, fmtNs(r.Claim), r.Name)
			continue
		}
		checked++
		if r.Claim > 2*m || r.Claim < m/2 {
			t.Errorf("%s:%d claims about %s ns for %s; bench/latest.txt measured %s ns", r.File, r.Line, fmtNs(r.Claim), r.Name, fmtNs(m))
		}
	}
	if checked < 3 {
		t.Errorf("%d claims checked, want at least 3", checked)
	}
}

func fmtNs(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func TestMedians(t *testing.T) {
	in := `goos: linux
BenchmarkA-2   	 100	 30.0 ns/op	 0 B/op
BenchmarkA-2   	 100	 10.0 ns/op
BenchmarkA-2   	 100	 20.0 ns/op
BenchmarkB/x-2 	 10	 5 ns/op
BenchmarkB/x-2 	 10	 7 ns/op
BenchmarkC     	 1	 100 ns/op
BenchmarkC-2   	 1	 50 ns/op
PASS
`
	got, err := Medians(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"BenchmarkA": 20, "BenchmarkB/x": 6, "BenchmarkC": 100}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

func TestCommentRefs(t *testing.T) {
	src := `package p

// F costs little (BenchmarkF/fast: about 1,234.5 µs), see also BenchmarkG
// and BenchmarkH: 3 ns (not the checked form).
func F() {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p/f.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := commentRefs(fset, f.Comments[0], "p/f.go")
	want := []Ref{
		{Dir: "p", File: "p/f.go", Line: 3, Name: "BenchmarkF/fast", Claim: 1234500},
		{Dir: "p", File: "p/f.go", Line: 3, Name: "BenchmarkG"},
		{Dir: "p", File: "p/f.go", Line: 4, Name: "BenchmarkH"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}
