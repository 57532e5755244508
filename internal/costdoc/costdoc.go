// Package costdoc keeps the costs that doc comments state honest: it finds
// every benchmark a comment of the module names ("BenchmarkBetween1Y") and
// every figure it claims for one ("BenchmarkBetween1Y/aftersales: about
// 26 ns"), and reads the medians bench/run measured, so that a test can
// fail when a comment names a benchmark that does not exist or claims a
// figure the last measurement contradicts.
//
// It holds no state; every function reads what it is given.
package costdoc

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Ref is one benchmark named in a doc comment, with the figure the comment
// claims for it when it uses the checked form "BenchmarkName: about N
// unit" (unit ns, µs or ms; Claim 0 otherwise).
type Ref struct {
	Dir   string  // package directory, relative to the module root
	File  string  // file, relative to the module root
	Line  int     // line of the mention
	Name  string  // "BenchmarkBetween1Y/aftersales": the benchmark and its sub-benchmark if any
	Claim float64 // claimed ns/op, 0 when the comment states none in the checked form
}

// Func returns the benchmark function's name: Name without its
// sub-benchmark.
func (r Ref) Func() string {
	f, _, _ := strings.Cut(r.Name, "/")
	return f
}

var (
	mention = regexp.MustCompile(`\bBenchmark[A-Z][A-Za-z0-9_]*(/[A-Za-z0-9_-]+)?`)
	claim   = regexp.MustCompile(`^:\s+about\s+([0-9][0-9.,]*)\s*(ns|µs|ms)\b`)
)

// Scan returns the benchmarks the comments of the non-test Go files under
// root name, in file order.
func Scan(root string) ([]Ref, error) {
	var refs []Ref
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != root && (strings.HasPrefix(n, ".") || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for _, cg := range f.Comments {
			refs = append(refs, commentRefs(fset, cg, rel)...)
		}
		return nil
	})
	return refs, err
}

func commentRefs(fset *token.FileSet, cg *ast.CommentGroup, file string) []Ref {
	var out []Ref
	for _, c := range cg.List {
		text := c.Text
		for _, loc := range mention.FindAllStringIndex(text, -1) {
			r := Ref{Dir: filepath.Dir(file), File: file, Name: text[loc[0]:loc[1]],
				Line: fset.Position(c.Pos()).Line + strings.Count(text[:loc[0]], "\n")}
			if m := claim.FindStringSubmatch(text[loc[1]:]); m != nil {
				if v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
					r.Claim = v * map[string]float64{"ns": 1, "µs": 1e3, "ms": 1e6}[m[2]]
				}
			}
			out = append(out, r)
		}
	}
	return out
}

// Benchmarks returns the names of the benchmark functions declared in the
// _test.go files of directory dir.
func Benchmarks(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, path := range files {
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Benchmark") {
				out = append(out, fn.Name.Name)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// Medians reads `go test -bench` output (several runs of a benchmark
// allowed, packages mixed) and returns the median ns/op of each benchmark
// by name without its -GOMAXPROCS suffix ("BenchmarkBetween1Y/aftersales").
// A name measured at several GOMAXPROCS values keeps the first one seen.
func Medians(r io.Reader) (map[string]float64, error) {
	runs := map[string][]float64{}
	procs := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || fields[3] != "ns/op" {
			continue
		}
		name, p := fields[0], ""
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name, p = name[:i], name[i+1:]
			}
		}
		if prev, ok := procs[name]; ok && prev != p {
			continue
		}
		procs[name] = p
		v, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			continue
		}
		runs[name] = append(runs[name], v)
	}
	out := map[string]float64{}
	for name, vs := range runs {
		slices.Sort(vs)
		m := vs[len(vs)/2]
		if len(vs)%2 == 0 {
			m = (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
		}
		out[name] = m
	}
	return out, sc.Err()
}

// ReadMedians is Medians of a file.
func ReadMedians(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Medians(f)
}
