package calendar

import (
	"slices"
	"strings"

	"github.com/aftersales/aftersales/calendar/holidays"

	_ "time/tzdata" // markets must work on machines without a zoneinfo database
)

// Markets returns the ISO 3166-1 alpha-2 codes of the built-in markets,
// sorted: every EU/EEA market of package calendar/holidays (the 27 member
// states, Iceland, Liechtenstein and Norway).
func Markets() []string {
	ms := holidays.Markets()
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Code)
	}
	slices.Sort(out)
	return out
}

// Regions returns the ISO 3166-2 codes of the regions a market offers
// ("DE-BY", "ES-CN", "FR-57", "PT-20", …), sorted; nil for an unknown
// market or one without regions. A Spec's Region also accepts each
// region's aliases (RegionAliases).
func Regions(market string) []string {
	rs, err := holidays.Regions(strings.ToUpper(strings.TrimSpace(market)))
	if err != nil || len(rs) == 0 {
		return nil
	}
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.Code)
	}
	slices.Sort(out)
	return out
}

// RegionAliases returns the other names a region code is also known by
// (FR-57: "alsace-moselle"; FR-974: "reunion"), a fresh slice; nil when
// there are none or the region is unknown.
func RegionAliases(market, region string) []string {
	rs, err := holidays.Regions(strings.ToUpper(strings.TrimSpace(market)))
	if err != nil {
		return nil
	}
	for _, r := range rs {
		if strings.EqualFold(r.Code, region) {
			return slices.Clone(r.Aliases)
		}
	}
	return nil
}
