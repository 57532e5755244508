package history

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

func at(t testing.TB, s string) time.Time {
	t.Helper()
	x, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func loader(dir string) LoadFunc {
	return func(ref string) (policy.Policy, error) {
		if preset.Is(ref) {
			return preset.Get(ref)
		}
		return preset.Load(filepath.Join(dir, ref))
	}
}

func example(t *testing.T) History {
	t.Helper()
	data, err := os.ReadFile("../../examples/data/policy-history.json")
	if err != nil {
		t.Fatal(err)
	}
	h, err := Decode(data, loader("../../examples/data"))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func mustPreset(t *testing.T, name string) policy.Policy {
	p, err := preset.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExampleHistoryFile(t *testing.T) {
	h := example(t)
	r, err := h.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Versions) != 2 || len(r.Changes) != 1 || r.Lawful {
		t.Fatalf("%+v", r)
	}
	c := r.Changes[0]
	got := []any{c.From, c.To, c.Notice.LegalEarliest.Format(time.RFC3339), c.Notice.ContractEarliest.Format(time.RFC3339), c.Notice.Void, c.Notice.TooEarly}
	want := []any{"2026-01", "2026-10", "2026-09-17T00:00:00+02:00", "2026-10-02T00:00:00+02:00", false, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Opisto charter one month vs P2B art. 3(2) (-want +got):\n%s", diff)
	}
	var paths []string
	for _, x := range c.Clauses {
		paths = append(paths, x.Path)
	}
	if !contains(paths, "name") || !slicesAny(paths, func(p string) bool { return strings.HasPrefix(p, "sla.targets") }) {
		t.Errorf("clauses the change alters: %v", paths)
	}
}

func contains(s []string, x string) bool { return slicesAny(s, func(y string) bool { return y == x }) }

func slicesAny(s []string, f func(string) bool) bool {
	for _, x := range s {
		if f(x) {
			return true
		}
	}
	return false
}

func TestAt(t *testing.T) {
	h := example(t)
	tests := []struct {
		name, at, want string
		err            error
	}{
		{"before the first version", "2025-12-31T23:59:59+01:00", "", ErrNoVersion},
		{"first instant of the first version", "2026-01-01T00:00:00+01:00", "2026-01", nil},
		{"last instant before the change", "2026-09-30T23:59:59+02:00", "2026-01", nil},
		{"first instant of the change", "2026-10-01T00:00:00+02:00", "2026-10", nil},
		{"long after", "2030-01-01T00:00:00+01:00", "2026-10", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := h.At(at(t, tt.at))
			if !errors.Is(err, tt.err) || v.ID != tt.want {
				t.Errorf("At = %q, %v; want %q, %v", v.ID, err, tt.want, tt.err)
			}
			if err == nil && v.Version != v.Engine.Version() {
				t.Errorf("version %s, engine %s", v.Version, v.Engine.Version())
			}
		})
	}
}

func TestAtUntilLeavesAGap(t *testing.T) {
	op := mustPreset(t, "opisto")
	h, err := New(platform.P2B(), []Version{
		{ID: "a", Policy: op, EffectiveAt: at(t, "2026-01-01T00:00:00+01:00"), Until: at(t, "2026-02-01T00:00:00+01:00")},
		{ID: "b", Policy: op, NotifiedAt: at(t, "2026-01-05T00:00:00+01:00"), EffectiveAt: at(t, "2026-03-01T00:00:00+01:00"), DurableMedium: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.At(at(t, "2026-02-15T00:00:00+01:00")); !errors.Is(err, ErrNoVersion) {
		t.Errorf("gap: %v", err)
	}
	r, err := h.Check()
	if err != nil || len(r.Changes[0].Clauses) != 0 || !r.Lawful {
		t.Errorf("identical policies, 55 days' notice: %+v %v", r, err)
	}
}

func TestNewRefusals(t *testing.T) {
	op := mustPreset(t, "opisto")
	jan, feb, mar := at(t, "2026-01-01T00:00:00+01:00"), at(t, "2026-02-01T00:00:00+01:00"), at(t, "2026-03-01T00:00:00+01:00")
	bad := op
	bad.Name = ""
	tests := []struct {
		name string
		vs   []Version
		path string
		msg  string
	}{
		{"no versions", nil, "versions", "none"},
		{"P2B art. 3(2): version effective before it was notified", []Version{{ID: "a", Policy: op, EffectiveAt: jan}, {ID: "b", Policy: op, NotifiedAt: mar, EffectiveAt: feb}}, "versions[1].effective_at", "before notified_at"},
		{"overlapping versions: same effective instant", []Version{{ID: "a", Policy: op, EffectiveAt: feb}, {ID: "b", Policy: op, NotifiedAt: jan, EffectiveAt: feb}}, "versions[1].effective_at", "overlap"},
		{"unsorted versions", []Version{{ID: "a", Policy: op, EffectiveAt: mar}, {ID: "b", Policy: op, NotifiedAt: jan, EffectiveAt: feb}}, "versions[1].effective_at", "out of order"},
		{"overlapping versions: until past the next", []Version{{ID: "a", Policy: op, EffectiveAt: jan, Until: mar}, {ID: "b", Policy: op, NotifiedAt: jan, EffectiveAt: feb}}, "versions[0].until", "overlap"},
		{"change not notified", []Version{{ID: "a", Policy: op, EffectiveAt: jan}, {ID: "b", Policy: op, EffectiveAt: feb}}, "versions[1].notified_at", "missing"},
		{"duplicate id", []Version{{ID: "a", Policy: op, EffectiveAt: jan}, {ID: "a", Policy: op, NotifiedAt: jan, EffectiveAt: feb}}, "versions[1].id", "repeats"},
		{"invalid policy", []Version{{ID: "a", Policy: bad, EffectiveAt: jan}}, "versions[0].policy.name", "missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(platform.P2B(), tt.vs)
			p, ok := field.PathOf(err)
			if !ok || p != tt.path || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v, want %s: …%s…", err, tt.path, tt.msg)
			}
		})
	}
}

func TestDecodeRefusals(t *testing.T) {
	tests := []struct{ name, in, path string }{
		{"unknown field", `{"versions":[],"extra":1}`, "extra"},
		{"policy missing", `{"versions":[{"id":"a","effective_at":"2026-01-01T00:00:00+01:00"}]}`, "versions[0].policy"},
		{"policy of the wrong type", `{"versions":[{"id":"a","policy":3,"effective_at":"2026-01-01T00:00:00+01:00"}]}`, "versions[0].policy"},
		{"unknown preset", `{"versions":[{"id":"a","policy":"nope","effective_at":"2026-01-01T00:00:00+01:00"}]}`, "versions[0].policy"},
		{"bad notice", `{"notice":{"min_days":-1,"termination_days":15},"versions":[]}`, "notice.min_days"},
		{"bad instant", `{"versions":[{"id":"a","policy":"opisto","effective_at":"2026-01-01"}]}`, "versions[0].effective_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in), loader("."))
			if p, ok := field.PathOf(err); !ok || p != tt.path {
				t.Errorf("got %v, want an error at %s", err, tt.path)
			}
		})
	}
}

func TestRunCasesUnderTheVersionInForce(t *testing.T) {
	h := example(t)
	f, err := os.Open("../../examples/data/recorded.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := h.RunCases(f)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]CaseResult{}
	for _, r := range res {
		byID[r.ID] = r
	}
	// d2 (July) runs under the first version, d1 (November) under the
	// 48-hour one: complaint due 48 business hours after Friday 15:00.
	if byID["d2"].Version != "2026-01" || byID["d1"].Version != "2026-10" {
		t.Fatalf("versions: d2 %q, d1 %q", byID["d2"].Version, byID["d1"].Version)
	}
	if got := byID["d1"].Outcome.Instants["due"].Format(time.RFC3339); got != "2026-11-24T15:00:00+01:00" {
		t.Errorf("d1 due %s under the 48 h version", got)
	}
	if byID["d1"].Policy != h.Versions()[1].Version {
		t.Errorf("d1 names version %s", byID["d1"].Policy)
	}
}

func TestHistorySharedAcrossGoroutines(t *testing.T) {
	h := example(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for k := range 100 {
				tt := at(t, "2026-01-01T00:00:00+01:00").Add(time.Duration(i*100+k) * 12 * time.Hour)
				v, err := h.At(tt)
				want := "2026-01"
				if !tt.Before(at(t, "2026-10-01T00:00:00+02:00")) {
					want = "2026-10"
				}
				if err != nil || v.ID != want {
					t.Errorf("%s: %v %v", tt, v.ID, err)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestChangeBeforeP2BHasNoNoticeCheck(t *testing.T) {
	op := mustPreset(t, "opisto")
	h, err := New(platform.P2B(), []Version{
		{ID: "2019", Policy: op, EffectiveAt: at(t, "2019-01-01T00:00:00+01:00")},
		{ID: "2020-07", Policy: op, NotifiedAt: at(t, "2020-07-01T00:00:00+02:00"), EffectiveAt: at(t, "2020-07-11T23:59:59+02:00")},
		{ID: "2020-08", Policy: op, NotifiedAt: at(t, "2020-07-01T00:00:00+02:00"), EffectiveAt: at(t, "2020-08-01T00:00:00+02:00"), DurableMedium: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Check()
	if err != nil {
		t.Fatal(err)
	}
	if r.Changes[0].Notice != nil || r.Changes[1].Notice == nil || !r.Lawful {
		t.Errorf("P2B art. 19: the change the day before it applied has no check, the next one has: %+v", r.Changes)
	}
}
