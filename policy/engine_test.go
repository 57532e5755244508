package policy_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

func TestCompilePresets(t *testing.T) {
	for _, name := range preset.Names() {
		t.Run(name, func(t *testing.T) {
			p, err := preset.Get(name)
			if err != nil {
				t.Fatal(err)
			}
			eng, err := policy.Compile(p)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			if eng.Name() != p.Name || len(eng.Version()) != len("sha256:")+64 {
				t.Errorf("Name %q Version %q", eng.Name(), eng.Version())
			}
			again, err := policy.Compile(eng.Policy())
			if err != nil || again.Version() != eng.Version() {
				t.Errorf("recompiling the engine's own policy: %v, version %q != %q", err, again.Version(), eng.Version())
			}
		})
	}
}

func TestCompileRefusesWithFieldPath(t *testing.T) {
	p := preset.Opisto()
	p.SLA.Targets[1].Hours = 0
	_, err := policy.Compile(p)
	var fe *field.Error
	if !errors.As(err, &fe) || fe.Path != "sla.targets[1].hours" {
		t.Errorf("Compile = %v, want a *field.Error at sla.targets[1].hours", err)
	}
}

// answers asks eng one question of every rule package and returns the
// answers as text, to compare engines.
func answers(t testing.TB, eng policy.Engine) string {
	t.Helper()
	var b strings.Builder
	received := time.Date(2026, 11, 20, 15, 0, 0, 0, eng.Calendar().Location())
	due, err := eng.SLA().Deadline(sla.Complaint, received)
	b.WriteString("sla " + due.String() + " " + errString(err) + "\n")
	w, err := eng.Refund().Window(refund.Receipt{Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}})
	b.WriteString("window " + w.LastDay.String() + " " + errString(err) + "\n")
	a, err := eng.Warranty().Assess(warranty.Case{Contract: calendar.MustParseDate("2025-03-01"), Delivered: calendar.MustParseDate("2025-03-03"),
		Appeared: calendar.MustParseDate("2026-11-02"), Condition: warranty.Used})
	b.WriteString("warranty " + a.Conformity.Until.String() + " " + a.Conformity.PresumedUntil.String() + " " + errString(err) + "\n")
	r := eng.Conduct().Rules()
	b.WriteString("conduct " + strings.Repeat("c", len(r.Contact)) + "\n")
	d := eng.Dispute().Rules()
	b.WriteString("dispute " + strings.Join(d.AutoOpen.Kinds, ",") + "\n")
	return b.String()
}

func errString(err error) string {
	if err == nil {
		return "ok"
	}
	return err.Error()
}

// TestEngineSharedAcrossGoroutines shares one Engine between goroutines
// (run with -race) while the Policy it was compiled from and every Policy
// it handed out are edited: the answers never change.
func TestEngineSharedAcrossGoroutines(t *testing.T) {
	p := preset.Opisto()
	eng, err := policy.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := answers(t, eng)
	version := eng.Version()
	n := 200
	if testing.Short() {
		n = 20
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				if got := answers(t, eng); got != want {
					t.Errorf("answers changed:\n%s\nwant\n%s", got, want)
					return
				}
				if eng.Version() != version {
					t.Error("version changed")
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			mutate(&p, i)
			q := eng.Policy()
			mutate(&q, i)
			r := eng.Refund().Rules()
			r.Withdrawal.Days = 1
			s := eng.SLA().Rules()
			if len(s.Targets) > 0 {
				s.Targets[0].Hours = 1
			}
		}
	}()
	wg.Wait()
	if got := answers(t, eng); got != want {
		t.Errorf("answers changed after edits:\n%s\nwant\n%s", got, want)
	}
}

// mutate edits every kind of memory a Policy holds: scalars, slices, maps
// and pointers of every section.
func mutate(p *policy.Policy, i int) {
	p.Name = "edited"
	if len(p.Sources) > 0 {
		p.Sources[0] = "edited"
	}
	for j := range p.SLA.Targets {
		p.SLA.Targets[j].Hours = 1 + i%5
	}
	p.Refund.Withdrawal.Days = 1 + i%3
	for j := range p.Warranty.Conformity.Regimes {
		p.Warranty.Conformity.Regimes[j].Months = 1
	}
	for j := range p.Warranty.Listing.Categories {
		p.Warranty.Listing.Categories[j].Name = "x"
		for k := range p.Warranty.Listing.Categories[j].Indices {
			p.Warranty.Listing.Categories[j].Indices[k].Basis = "x"
		}
	}
	if len(p.Dispute.AutoOpen.Kinds) > 0 {
		p.Dispute.AutoOpen.Kinds[0] = "question"
	}
	for k := range p.Conduct.Listing.MaxDeliveryDays {
		p.Conduct.Listing.MaxDeliveryDays[k] = 1
	}
	if len(p.Conduct.Contact) > 0 {
		p.Conduct.Contact[0].Clause = "x"
	}
	p.Calendar.Region = "alsace-moselle"
}

// TestEditingPoliciesChangesNoAnswer: editing the Policy given to Compile
// and the one returned by Engine.Policy changes no answer (sequentially,
// so that the check does not depend on the race detector).
func TestEditingPoliciesChangesNoAnswer(t *testing.T) {
	for _, name := range preset.Names() {
		t.Run(name, func(t *testing.T) {
			p, _ := preset.Get(name)
			eng, err := policy.Compile(p)
			if err != nil {
				t.Fatal(err)
			}
			want, wantPolicy := answers(t, eng), eng.Policy()
			mutate(&p, 1)
			q := eng.Policy()
			mutate(&q, 2)
			if got := answers(t, eng); got != want {
				t.Errorf("answers changed (-want +got):\n%s", cmp.Diff(want, got))
			}
			if d := policy.Diff(wantPolicy, eng.Policy()); len(d) != 0 {
				t.Errorf("Engine.Policy changed: %v", d)
			}
		})
	}
}

// TestSchema1FilesLoad: every preset as written by schema 1 (frozen in
// testdata/schema1, with the old clock names) decodes unchanged, to the
// same clauses as the schema-2 preset, and compiles to an engine that
// answers alike.
func TestSchema1FilesLoad(t *testing.T) {
	for _, name := range preset.Names() {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "schema1", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), `"schema": 1`) {
				t.Fatal("not a schema-1 file")
			}
			old, err := policy.Decode(data)
			if err != nil {
				t.Fatalf("Decode(schema 1): %v", err)
			}
			if old.Schema != policy.SchemaVersion {
				t.Errorf("decoded schema %d, want %d", old.Schema, policy.SchemaVersion)
			}
			cur, _ := preset.Get(name)
			cur = beforeRepairDirective(cur)
			if d := policy.Diff(cur, old); len(d) != 0 {
				t.Errorf("schema-1 file differs from the preset: %v", d)
			}
			e1, err := policy.Compile(old)
			if err != nil {
				t.Fatal(err)
			}
			e2, err := policy.Compile(cur)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(answers(t, e2), answers(t, e1)); diff != "" {
				t.Errorf("answers (-schema 2 +schema 1):\n%s", diff)
			}
			if e1.Version() != e2.Version() {
				t.Errorf("versions differ: %s %s", e1.Version(), e2.Version())
			}
			enc, _ := policy.Encode(old)
			if !strings.Contains(string(enc), `"schema": 2`) {
				t.Error("Encode does not write schema 2")
			}
		})
	}
}

// beforeRepairDirective returns p without the conformity regimes of
// contracts from 2026-07-31 (Directive (EU) 2024/1799), without its
// markets and with the conformity refund counted from the request, as
// the frozen schema-1 files have them; every other clause must be
// unchanged.
func beforeRepairDirective(p policy.Policy) policy.Policy {
	cut := calendar.MustParseDate("2026-07-31")
	var keep []warranty.Regime
	for _, g := range p.Warranty.Conformity.Regimes {
		if g.From.Before(cut) {
			keep = append(keep, g)
		}
	}
	p.Warranty.Conformity.Regimes = keep
	p.Markets = nil
	p.Refund.OnConformity.DeadlineFrom = ""     // L217-17 counted from the return since
	p.Conduct.Language = conduct.LanguageRule{} // the reply-language rule, added since (issue 16)
	return p
}
