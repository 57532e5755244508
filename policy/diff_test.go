package policy_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

func change(path, old, new string) policy.Change {
	c := policy.Change{Path: path}
	if old != "" {
		c.Old = json.RawMessage(old)
	}
	if new != "" {
		c.New = json.RawMessage(new)
	}
	return c
}

func TestDiff(t *testing.T) {
	opisto48 := preset.Opisto()
	for i := range opisto48.SLA.Targets {
		opisto48.SLA.Targets[i].Hours = 48
	}
	noSurcharge := preset.Opisto()
	noSurcharge.Refund.OnWithdrawal.DeliverySurcharge = false
	alsace := preset.Opisto()
	alsace.Calendar.Region = "alsace-moselle"
	oneTargetLess := preset.Opisto()
	oneTargetLess.SLA.Targets = oneTargetLess.SLA.Targets[:2]
	schema1 := preset.Opisto()
	schema1.Schema = 1
	tests := []struct {
		name string
		a, b policy.Policy
		want []policy.Change
	}{
		{"identical policies", preset.Opisto(), preset.Opisto(), nil},
		{"schema version is no clause", preset.Opisto(), schema1, nil},
		{"Opisto 72 to 48 hours", preset.Opisto(), opisto48, []policy.Change{
			change("sla.targets[kind=question].hours", "72", "48"),
			change("sla.targets[kind=complaint].hours", "72", "48"),
			change("sla.targets[kind=negative-review].hours", "72", "48"),
		}},
		{"a refund component removed", preset.Opisto(), noSurcharge, []policy.Change{
			change("refund.on_withdrawal.delivery_surcharge", "true", "false"),
		}},
		{"a calendar change", preset.Opisto(), alsace, []policy.Change{
			change("calendar.region", "", `"alsace-moselle"`),
		}},
		{"a target removed", preset.Opisto(), oneTargetLess, []policy.Change{
			change("sla.targets[kind=negative-review]", mustJSON(preset.Opisto().SLA.Targets[2]), ""),
		}},
		{"a name change", preset.Opisto(), func() policy.Policy { p := preset.Opisto(); p.Name = "opisto-2"; return p }(), []policy.Change{
			change("name", `"opisto"`, `"opisto-2"`),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := policy.Diff(tt.a, tt.b)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
			// Diff is symmetric in its paths: b against a lists the same
			// clauses with old and new swapped.
			back := policy.Diff(tt.b, tt.a)
			if len(back) != len(got) {
				t.Errorf("Diff(b, a) has %d changes, Diff(a, b) %d", len(back), len(got))
			}
		})
	}
}

// TestDiffPresets: every pair of distinct presets differs, and each
// preset is identical to itself, in a stable order.
func TestDiffPresets(t *testing.T) {
	for _, a := range preset.Names() {
		for _, b := range preset.Names() {
			pa, _ := preset.Get(a)
			pb, _ := preset.Get(b)
			d := policy.Diff(pa, pb)
			if (a == b) != (len(d) == 0) {
				t.Errorf("%s vs %s: %d changes", a, b, len(d))
			}
			if diff := cmp.Diff(d, policy.Diff(pa, pb)); diff != "" {
				t.Errorf("%s vs %s: order not stable:\n%s", a, b, diff)
			}
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
