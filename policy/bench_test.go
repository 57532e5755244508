package policy_test

import (
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/warranty"
)

// BenchmarkMarketAssess assesses a claim for a buyer in Spain under
// swapiphone: three assessments (policy, statute, restated French law)
// combined.
func BenchmarkMarketAssess(b *testing.B) {
	eng, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		b.Fatal(err)
	}
	m, err := eng.Market("ES")
	if err != nil {
		b.Fatal(err)
	}
	d := calendar.MustParseDate
	c := warranty.Case{Condition: warranty.Refurbished, Contract: d("2024-03-01"), Delivered: d("2024-03-05"), Appeared: d("2026-05-20")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Assess(c); err != nil {
			b.Fatal(err)
		}
	}
}
