package policy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

// TestNumbersOutsideTheirRangeAreRefused: every number beyond its
// documented range is a *field.Error naming its path, at the bound and one
// past it.
func TestNumbersOutsideTheirRangeAreRefused(t *testing.T) {
	tests := []struct {
		path  string
		set   func(p *policy.Policy, v int)
		max   int
		allow bool // the max itself is valid in the preset's context
	}{
		{"warranty.conformity.long_stop_years", func(p *policy.Policy, v int) { p.Warranty.Conformity.LongStopYears = v }, 100, true},
		{"warranty.conformity.limitation_years", func(p *policy.Policy, v int) { p.Warranty.Conformity.LimitationYears = v }, 100, true},
		{"warranty.conformity.regimes[2].months", func(p *policy.Policy, v int) { p.Warranty.Conformity.Regimes[2].Months = v }, 1200, true},
		{"warranty.hidden_defect.months", func(p *policy.Policy, v int) { p.Warranty.HiddenDefect.Months = v }, 1200, true},
		{"warranty.hidden_defect.long_stop_years", func(p *policy.Policy, v int) { p.Warranty.HiddenDefect.LongStopYears = v }, 100, true},
		{"warranty.remedies.conformity_days", func(p *policy.Policy, v int) { p.Warranty.Remedies.ConformityDays = v }, 3650, true},
		{"warranty.commercial.months", func(p *policy.Policy, v int) {
			p.Warranty.Commercial.Months, p.Warranty.Commercial.Basis = v, "charter"
		}, 1200, true},
		{"conduct.listing.min_photos", func(p *policy.Policy, v int) { p.Conduct.Listing.MinPhotos = v }, 1000, true},
		{"conduct.listing.max_delivery_days.FR", func(p *policy.Policy, v int) { p.Conduct.Listing.MaxDeliveryDays["FR"] = v }, 3650, true},
		{"conduct.listing.default_max_delivery_days", func(p *policy.Policy, v int) { p.Conduct.Listing.DefaultMaxDeliveryDays = v }, 3650, true},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p := preset.Opisto()
			tt.set(&p, tt.max)
			if err := p.Validate(); (err == nil) != tt.allow {
				t.Errorf("at the bound %d: %v", tt.max, err)
			}
			for _, v := range []int{tt.max + 1, 1 << 62} {
				p := preset.Opisto()
				tt.set(&p, v)
				err := p.Validate()
				var fe *field.Error
				if !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), tt.path+":") {
					t.Errorf("%d: Validate = %v, want a *field.Error at %s", v, err, tt.path)
				}
			}
		})
	}
	for _, l := range policy.Limits() {
		if l.Min > l.Max || l.Path == "" {
			t.Errorf("limit %+v", l)
		}
	}
}
