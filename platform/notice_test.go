package platform

import (
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func opisto() NoticeRules {
	r := P2B()
	r.ContractualMonths, r.ContractSource = 1, "Opisto charter, preamble"
	return r
}

func TestCheckNotice(t *testing.T) {
	notified := "2026-03-02T10:00:00+01:00" // Monday; the 15th day after is 17 March
	tests := []struct {
		name     string
		rules    NoticeRules
		change   Change
		earliest string
		void     bool
		tooEarly bool
		findings []string
	}{
		{"P2B art. 3(2): effective when the 15th day has ended", P2B(), Change{EffectiveAt: at(t, "2026-03-18T00:00:00+01:00")}, "2026-03-18T00:00:00+01:00", false, false, []string{}},
		{"P2B art. 3(2): effective during the 15th day is too early", P2B(), Change{EffectiveAt: at(t, "2026-03-17T09:00:00+01:00")}, "2026-03-18T00:00:00+01:00", true, true, []string{"p2b.3.2.too-early"}},
		{"P2B art. 3(2): effective on the 14th day is too early", P2B(), Change{EffectiveAt: at(t, "2026-03-16T00:00:00+01:00")}, "2026-03-18T00:00:00+01:00", true, true, []string{"p2b.3.2.too-early"}},
		{"P2B art. 3(2): no durable medium voids the change", P2B(), Change{EffectiveAt: at(t, "2026-04-01T00:00:00+02:00"), DurableMedium: false}, "2026-03-18T00:00:00+01:00", true, true, []string{"p2b.3.2.durable-medium"}},
		{"Opisto charter: one month's notice governs over 15 days", opisto(), Change{EffectiveAt: at(t, "2026-04-03T00:00:00+02:00")}, "2026-04-03T00:00:00+02:00", false, false, []string{}},
		{"Opisto charter: lawful under P2B but before the month", opisto(), Change{EffectiveAt: at(t, "2026-03-20T00:00:00+01:00")}, "2026-04-03T00:00:00+02:00", false, true, []string{"contract.notice.too-early"}},
		{"P2B art. 3(2): adaptation needs longer notice (30 days set)", NoticeRules{MinDays: 15, AdaptationDays: 30, TerminationDays: 15}, Change{EffectiveAt: at(t, "2026-03-25T00:00:00+01:00"), Adaptation: true}, "2026-04-02T00:00:00+02:00", true, true, []string{"p2b.3.2.too-early"}},
		{"P2B art. 3(2): adaptation with no period set is flagged", P2B(), Change{EffectiveAt: at(t, "2026-03-25T00:00:00+01:00"), Adaptation: true}, "2026-03-18T00:00:00+01:00", false, false, []string{"p2b.3.2.adaptation-unset"}},
		{"P2B art. 3(4): exception lifts the notice", P2B(), Change{EffectiveAt: at(t, "2026-03-02T12:00:00+01:00"), Exception: ImminentDanger}, notified, false, false, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.change
			c.NotifiedAt = at(t, notified)
			if !strings.Contains(tt.name, "durable medium") {
				c.DurableMedium = true
			}
			nc, err := CheckNotice(fr(), tt.rules, c)
			if err != nil {
				t.Fatal(err)
			}
			got := []any{nc.Earliest.Format(time.RFC3339), nc.Void, nc.TooEarly, rules(nc.Findings)}
			want := []any{tt.earliest, tt.void, tt.tooEarly, tt.findings}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckNoticeTerminationWindow(t *testing.T) {
	nc, err := CheckNotice(fr(), P2B(), Change{NotifiedAt: at(t, "2026-03-02T10:00:00+01:00"), EffectiveAt: at(t, "2026-04-01T00:00:00+02:00"), DurableMedium: true})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{nc.TerminateFrom.Format(time.RFC3339), nc.TerminateUntil.Format(time.RFC3339), nc.TerminationEffectiveBy.Format(time.RFC3339)}
	want := []string{"2026-03-02T10:00:00+01:00", "2026-04-01T00:00:00+02:00", "2026-03-18T00:00:00+01:00"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("P2B art. 3(2) third subparagraph (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{FactReg1182Applies}, facts(nc.Unconfirmed)); diff != "" {
		t.Errorf("unconfirmed (-want +got):\n%s", diff)
	}
}

func TestCheckNoticeRefusals(t *testing.T) {
	n := at(t, "2026-03-02T10:00:00+01:00")
	tests := []struct {
		name  string
		rules NoticeRules
		c     Change
		path  string
	}{
		{"effective before notified", P2B(), Change{NotifiedAt: n, EffectiveAt: n.Add(-time.Second)}, "effective_at"},
		{"no notification", P2B(), Change{EffectiveAt: n}, "notified_at"},
		{"no effective instant", P2B(), Change{NotifiedAt: n}, "effective_at"},
		{"unknown exception", P2B(), Change{NotifiedAt: n, EffectiveAt: n, Exception: "convenience"}, "exception"},
		{"negative minimum", NoticeRules{MinDays: -1}, Change{NotifiedAt: n, EffectiveAt: n}, "rules.min_days"},
		{"adaptation not longer", NoticeRules{MinDays: 15, AdaptationDays: 15}, Change{NotifiedAt: n, EffectiveAt: n}, "rules.adaptation_days"},
		{"promise without its clause", NoticeRules{MinDays: 15, ContractualMonths: 1}, Change{NotifiedAt: n, EffectiveAt: n}, "rules.contract_source"},
		{"before P2B applied", P2B(), Change{NotifiedAt: at(t, "2020-01-01T00:00:00+01:00"), EffectiveAt: at(t, "2020-02-01T00:00:00+01:00")}, "effective_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckNotice(fr(), tt.rules, tt.c)
			if p, ok := field.PathOf(err); !ok || p != tt.path {
				t.Errorf("got %v, want an error at %s", err, tt.path)
			}
		})
	}
}
