package policy

import (
	"sort"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/refund"
)

// Limit is the documented range of one policy number. Validate refuses a
// value outside [Min, Max] with a *field.Error naming Path. Paths use "[i]"
// for every element of a list and "[market]" for every key of a map.
type Limit struct {
	Path string `json:"path"`
	Min  int    `json:"min"`
	Max  int    `json:"max"`
}

// Limits returns the ranges Validate enforces at the policy level, on top
// of each section's own Validate (which checks, for example, that a reply
// target is positive and at most sla.MaxHours). The bounds are wide enough
// for any real policy and small enough that no date arithmetic overflows:
// periods in days at most 3650 (ten years), in months at most 1200, in
// years at most 100.
func Limits() []Limit {
	out := make([]Limit, 0, len(limitChecks))
	for _, l := range limitChecks {
		out = append(out, Limit{Path: l.path, Min: l.min, Max: l.max})
	}
	return out
}

const (
	maxDays   = 3650
	maxMonths = 1200
	maxYears  = 100
)

type limitCheck struct {
	path     string
	min, max int
	// values returns the numbers at path with their concrete paths.
	values func(p Policy) []pathValue
}

type pathValue struct {
	path string
	v    int
}

func one(path string, v int) []pathValue { return []pathValue{{path, v}} }

var limitChecks = []limitCheck{
	{"sla.due_soon_hours", 0, 8784, func(p Policy) []pathValue { return one("sla.due_soon_hours", p.SLA.DueSoonHours) }},
	{"sla.absence.more_than_working_days", 0, maxDays, func(p Policy) []pathValue {
		if p.SLA.Absence == nil {
			return nil
		}
		return one("sla.absence.more_than_working_days", p.SLA.Absence.MoreThanWorkingDays)
	}},
	{"refund.withdrawal.days", 1, 3650, func(p Policy) []pathValue {
		if p.Refund.Withdrawal.IsZero() { // no withdrawal rule
			return nil
		}
		return one("refund.withdrawal.days", p.Refund.Withdrawal.Days)
	}},
	{"refund.withdrawal.not_informed_months", 0, 120, func(p Policy) []pathValue {
		return one("refund.withdrawal.not_informed_months", p.Refund.Withdrawal.NotInformedMonths)
	}},
	{"refund.withdrawal.informed_late_days", 0, 3650, func(p Policy) []pathValue {
		return one("refund.withdrawal.informed_late_days", p.Refund.Withdrawal.InformedLateDays)
	}},
	{"refund.on_*.deadline_days", 1, 3650, func(p Policy) []pathValue {
		var out []pathValue
		for _, c := range []struct {
			path string
			c    refund.Components
		}{
			{"refund.on_withdrawal.deadline_days", p.Refund.OnWithdrawal},
			{"refund.on_conformity.deadline_days", p.Refund.OnConformity},
			{"refund.on_non_delivery.deadline_days", p.Refund.OnNonDelivery},
		} {
			if !c.c.IsZero() { // a zero section is "no rule"
				out = append(out, pathValue{c.path, c.c.DeadlineDays})
			}
		}
		return out
	}},
	{"warranty.conformity.regimes[i].*_months", 0, maxMonths, func(p Policy) []pathValue {
		var out []pathValue
		for i, g := range p.Warranty.Conformity.Regimes {
			pre := field.Index("warranty.conformity.regimes", i) + "."
			out = append(out, pathValue{pre + "months", g.Months}, pathValue{pre + "presumption_new_months", g.PresumptionNewMonths},
				pathValue{pre + "presumption_used_months", g.PresumptionUsedMonths}, pathValue{pre + "repair_extension_months", g.RepairExtensionMonths})
		}
		return out
	}},
	{"warranty.conformity.*_years", 0, maxYears, func(p Policy) []pathValue {
		return []pathValue{{"warranty.conformity.limitation_years", p.Warranty.Conformity.LimitationYears}, {"warranty.conformity.long_stop_years", p.Warranty.Conformity.LongStopYears}}
	}},
	{"warranty.hidden_defect.months", 0, maxMonths, func(p Policy) []pathValue {
		return one("warranty.hidden_defect.months", p.Warranty.HiddenDefect.Months)
	}},
	{"warranty.hidden_defect.long_stop_years", 0, maxYears, func(p Policy) []pathValue {
		return one("warranty.hidden_defect.long_stop_years", p.Warranty.HiddenDefect.LongStopYears)
	}},
	{"warranty.commercial.months", 0, maxMonths, func(p Policy) []pathValue { return one("warranty.commercial.months", p.Warranty.Commercial.Months) }},
	{"warranty.commercial.immobilisation_min_days", 0, maxDays, func(p Policy) []pathValue {
		return one("warranty.commercial.immobilisation_min_days", p.Warranty.Commercial.ImmobilisationMinDays)
	}},
	{"warranty.remedies.*_days", 0, maxDays, func(p Policy) []pathValue {
		return []pathValue{{"warranty.remedies.conformity_days", p.Warranty.Remedies.ConformityDays}, {"warranty.remedies.refund_days", p.Warranty.Remedies.RefundDays}}
	}},
	{"conduct.canned.min_buyers", 0, 1_000_000, func(p Policy) []pathValue { return one("conduct.canned.min_buyers", p.Conduct.Canned.MinBuyers) }},
	{"conduct.canned.min_words", 0, 100_000, func(p Policy) []pathValue { return one("conduct.canned.min_words", p.Conduct.Canned.MinWords) }},
	{"conduct.listing.min_photos", 0, 1000, func(p Policy) []pathValue { return one("conduct.listing.min_photos", p.Conduct.Listing.MinPhotos) }},
	{"conduct.listing.*max_delivery_days", 0, maxDays, func(p Policy) []pathValue {
		out := one("conduct.listing.default_max_delivery_days", p.Conduct.Listing.DefaultMaxDeliveryDays)
		keys := make([]string, 0, len(p.Conduct.Listing.MaxDeliveryDays))
		for k := range p.Conduct.Listing.MaxDeliveryDays {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = append(out, pathValue{"conduct.listing.max_delivery_days." + k, p.Conduct.Listing.MaxDeliveryDays[k]})
		}
		return out
	}},
}

// checkLimits returns the first number of p outside its Limit.
func checkLimits(p Policy) error {
	for _, l := range limitChecks {
		for _, pv := range l.values(p) {
			if pv.v < l.min || pv.v > l.max {
				return field.Errorf(pv.path, "%d out of range (%d to %d)", pv.v, l.min, l.max)
			}
		}
	}
	return nil
}
