package calendar

import (
	"sort"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	calat "github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"

	_ "time/tzdata" // markets must work on machines without a zoneinfo database
)

func fixed(name, basis string, m time.Month, d int) rule {
	return rule{name: name, basis: basis, dates: func(year int) (Date, Date) {
		dt, err := NewDate(year, m, d)
		if err != nil {
			return Date{}, Date{}
		}
		return dt, dt
	}}
}

type region struct {
	name     string
	location string
	extra    func() []rule
	basis    string
}

type market struct {
	code     string
	name     string
	location string
	holidays func() []*cal.Holiday
	regions  []region
	basis    string
	// partDay gives the start of the holidays that begin during the day,
	// by rickar/cal name.
	partDay map[string]Clock
}

// markets returns the built-in market table: the EU and EEA countries for
// which rickar/cal has holiday data. It is a function so that the table is
// a constant of the program, never shared mutable state.
func markets() []market {
	h := func(l []*cal.Holiday) func() []*cal.Holiday { return func() []*cal.Holiday { return l } }
	ms := []market{
		{"AT", "Austria", "Europe/Vienna", h(calat.Holidays), nil, "", nil},
		{"BE", "Belgium", "Europe/Brussels", h(be.Holidays), nil, "", nil},
		{"BG", "Bulgaria", "Europe/Sofia", h(bg.Holidays), nil, "", nil},
		{"CY", "Cyprus", "Asia/Nicosia", h(cy.Holidays), nil, "", nil},
		{"CZ", "Czechia", "Europe/Prague", h(cz.Holidays), nil, "", nil},
		{"DE", "Germany", "Europe/Berlin", h(de.Holidays), nil, "", nil},
		{"DK", "Denmark", "Europe/Copenhagen", h(dk.Holidays), nil, "", nil},
		{"EE", "Estonia", "Europe/Tallinn", h(ee.Holidays), nil, "", nil},
		{"ES", "Spain", "Europe/Madrid", h(es.Holidays), nil, "", nil},
		{"FI", "Finland", "Europe/Helsinki", h(fi.Holidays), nil, "", nil},
		{"FR", "France", "Europe/Paris", h(fr.Holidays), frenchRegions(), "C. trav. L3133-1", nil},
		{"GR", "Greece", "Europe/Athens", h(gr.Holidays), nil, "", nil},
		{"HR", "Croatia", "Europe/Zagreb", h(hr.Holidays), nil, "", nil},
		{"HU", "Hungary", "Europe/Budapest", h(hu.Holidays), nil, "", nil},
		{"IE", "Ireland", "Europe/Dublin", h(ie.Holidays), nil, "", nil},
		{"IS", "Iceland", "Atlantic/Reykjavik", h(is.Holidays), nil, "", nil},
		{"IT", "Italy", "Europe/Rome", h(it.Holidays), nil, "", nil},
		{"LT", "Lithuania", "Europe/Vilnius", h(lt.Holidays), nil, "", nil},
		{"LU", "Luxembourg", "Europe/Luxembourg", h(lu.Holidays), nil, "", nil},
		{"LV", "Latvia", "Europe/Riga", h(lv.Holidays), nil, "", nil},
		{"MT", "Malta", "Europe/Malta", h(mt.Holidays), nil, "", nil},
		{"NL", "Netherlands", "Europe/Amsterdam", h(nl.Holidays), nil, "", nil},
		{"NO", "Norway", "Europe/Oslo", h(no.Holidays), nil, "", nil},
		{"PL", "Poland", "Europe/Warsaw", h(pl.Holidays), nil, "", nil},
		{"PT", "Portugal", "Europe/Lisbon", h(pt.Holidays), nil, "", nil},
		{"RO", "Romania", "Europe/Bucharest", h(ro.Holidays), nil, "", nil},
		{"SE", "Sweden", "Europe/Stockholm", h(se.Holidays), nil, "", nil},
		{"SI", "Slovenia", "Europe/Ljubljana", h(si.Holidays), nil, "", nil},
		{"SK", "Slovakia", "Europe/Bratislava", h(sk.Holidays), nil, "", nil},
	}
	for i := range ms {
		if ms[i].code == "IS" {
			// Christmas Eve and New Year's Eve are holidays from 13:00
			// (part-day holidays): worked in the morning.
			ms[i].partDay = map[string]Clock{"Aðfangadagur": 13 * 3600, "Gamlársdagur": 13 * 3600}
		}
	}
	return ms
}

// frenchRegions lists France's regional variants: Alsace-Moselle
// (C. trav. L3134-13) and the overseas départements and collectivities with
// their day commemorating the abolition of slavery (C. trav. L3422-2,
// LEGAL.md §7.3).
func frenchRegions() []region {
	one := func(name string, m time.Month, d int) func() []rule {
		return func() []rule { return []rule{fixed(name, "C. trav. L3422-2", m, d)} }
	}
	return []region{
		{"alsace-moselle", "Europe/Paris", func() []rule {
			return []rule{
				fromCal(aa.GoodFriday.Clone(&cal.Holiday{Name: "Vendredi saint"}), "C. trav. L3134-13"),
				fixed("Saint-Étienne", "C. trav. L3134-13", time.December, 26),
			}
		}, "C. trav. L3134-13"},
		{"guadeloupe", "America/Guadeloupe", one("Abolition de l'esclavage", time.May, 27), "C. trav. L3422-2"},
		{"guyane", "America/Cayenne", one("Abolition de l'esclavage", time.June, 10), "C. trav. L3422-2"},
		{"martinique", "America/Martinique", one("Abolition de l'esclavage", time.May, 22), "C. trav. L3422-2"},
		{"mayotte", "Indian/Mayotte", one("Abolition de l'esclavage", time.April, 27), "C. trav. L3422-2"},
		{"reunion", "Indian/Reunion", one("Abolition de l'esclavage", time.December, 20), "C. trav. L3422-2"},
		// LEGAL.md §7.3 notes some sources give 28 May for Saint-Martin;
		// we follow the 27 May listed there and let policies adjust with
		// add_holidays / remove_holidays.
		{"saint-martin", "America/Marigot", one("Abolition de l'esclavage", time.May, 27), "C. trav. L3422-2"},
		{"saint-barthelemy", "America/St_Barthelemy", one("Abolition de l'esclavage", time.October, 9), "C. trav. L3422-2"},
	}
}

func findMarket(code string) (market, bool) {
	for _, m := range markets() {
		if m.code == code {
			return m, true
		}
	}
	return market{}, false
}

// Markets returns the ISO 3166-1 alpha-2 codes of the built-in markets,
// sorted: France and every EU/EEA country rickar/cal has holidays for.
func Markets() []string {
	var out []string
	for _, m := range markets() {
		out = append(out, m.code)
	}
	sort.Strings(out)
	return out
}

// Regions returns the region names a market offers ("alsace-moselle",
// "guadeloupe", ... for FR), sorted; nil for an unknown market or one
// without regions.
func Regions(market string) []string {
	m, ok := findMarket(strings.ToUpper(market))
	if !ok {
		return nil
	}
	var out []string
	for _, r := range m.regions {
		out = append(out, r.name)
	}
	sort.Strings(out)
	return out
}
