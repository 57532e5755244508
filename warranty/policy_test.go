package warranty_test

import (
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// TestPresetsRoundTrip checks the warranty section of every preset: valid,
// and equal after policy.Encode then policy.Decode.
func TestPresetsRoundTrip(t *testing.T) {
	for _, name := range preset.Names() {
		t.Run(name, func(t *testing.T) {
			p, err := preset.Get(name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Warranty.IsZero() {
				t.Fatal("preset has no warranty section")
			}
			if err := p.Warranty.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			b, err := policy.Encode(p)
			if err != nil {
				t.Fatal(err)
			}
			q, err := policy.Decode(b)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if diff := cmp.Diff(p.Warranty, q.Warranty, cmp.AllowUnexported(calendar.Date{})); diff != "" {
				t.Errorf("warranty section changed (-before +after):\n%s", diff)
			}
		})
	}
}

// TestPresetsKeepTheStatute checks no preset is below the French statute
// for the current regime (C. consom. L217-3, L217-7, L217-13 are d'ordre
// public, L241-5).
func TestPresetsKeepTheStatute(t *testing.T) {
	law := fr.Warranty().Conformity.Regimes
	cur := law[len(law)-1]
	for _, name := range preset.Names() {
		p, _ := preset.Get(name)
		rs := p.Warranty.Conformity.Regimes
		g := rs[len(rs)-1]
		if g.Months < cur.Months || g.PresumptionNewMonths < cur.PresumptionNewMonths || g.PresumptionUsedMonths < cur.PresumptionUsedMonths ||
			g.RepairExtensionMonths < cur.RepairExtensionMonths || !g.RenewOnImposedReplacement || !g.SuspendWhileImmobilised {
			t.Errorf("%s: current regime %+v below the statute %+v", name, g, cur)
		}
	}
}
