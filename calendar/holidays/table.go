package holidays

import (
	"strconv"
	"time"
)

// entry is one market of the table; data builds its regions and holiday
// definitions afresh on each call, so nothing is shared or mutable.
type entry struct {
	market Market
	data   func() marketData
	// regional, when not nil, returns further definitions of one region
	// ("" for all): large tables that For builds only for the region asked.
	regional func(region string) []Definition
}

type marketData struct {
	regions []Region // sorted by code
	defs    []Definition
}

// table is the market table, sorted by code. It is a function so that it is
// a constant of the program, never shared mutable state.
func table() []entry {
	return []entry{
		{Market{"AT", "Österreich", "de", "Europe/Vienna"}, austria, nil},
		{Market{"BE", "Belgique", "fr", "Europe/Brussels"}, belgium, nil},
		{Market{"BG", "България", "bg", "Europe/Sofia"}, bulgaria, nil},
		{Market{"CY", "Κύπρος", "el", "Asia/Nicosia"}, cyprus, nil},
		{Market{"CZ", "Česko", "cs", "Europe/Prague"}, czechia, nil},
		{Market{"DE", "Deutschland", "de", "Europe/Berlin"}, germany, nil},
		{Market{"DK", "Danmark", "da", "Europe/Copenhagen"}, denmark, nil},
		{Market{"EE", "Eesti", "et", "Europe/Tallinn"}, estonia, nil},
		{Market{"ES", "España", "es", "Europe/Madrid"}, spain, spanishDecreeDays},
		{Market{"FI", "Suomi", "fi", "Europe/Helsinki"}, finland, nil},
		{Market{"FR", "France", "fr", "Europe/Paris"}, france, nil},
		{Market{"GR", "Ελλάδα", "el", "Europe/Athens"}, greece, nil},
		{Market{"HR", "Hrvatska", "hr", "Europe/Zagreb"}, croatia, nil},
		{Market{"HU", "Magyarország", "hu", "Europe/Budapest"}, hungary, nil},
		{Market{"IE", "Éire / Ireland", "en", "Europe/Dublin"}, ireland, nil},
		{Market{"IS", "Ísland", "is", "Atlantic/Reykjavik"}, iceland, nil},
		{Market{"IT", "Italia", "it", "Europe/Rome"}, italy, nil},
		{Market{"LI", "Liechtenstein", "de", "Europe/Vaduz"}, liechtenstein, nil},
		{Market{"LT", "Lietuva", "lt", "Europe/Vilnius"}, lithuania, nil},
		{Market{"LU", "Lëtzebuerg", "fr", "Europe/Luxembourg"}, luxembourg, nil},
		{Market{"LV", "Latvija", "lv", "Europe/Riga"}, latvia, nil},
		{Market{"MT", "Malta", "mt", "Europe/Malta"}, malta, nil},
		{Market{"NL", "Nederland", "nl", "Europe/Amsterdam"}, netherlands, nil},
		{Market{"NO", "Norge", "nb", "Europe/Oslo"}, norway, nil},
		{Market{"PL", "Polska", "pl", "Europe/Warsaw"}, poland, nil},
		{Market{"PT", "Portugal", "pt", "Europe/Lisbon"}, portugal, nil},
		{Market{"RO", "România", "ro", "Europe/Bucharest"}, romania, nil},
		{Market{"SE", "Sverige", "sv", "Europe/Stockholm"}, sweden, nil},
		{Market{"SI", "Slovenija", "sl", "Europe/Ljubljana"}, slovenia, nil},
		{Market{"SK", "Slovensko", "sk", "Europe/Bratislava"}, slovakia, nil},
	}
}

// def is a national definition in force over all the years of the data;
// the methods below narrow it.
func def(name, en, basis string, r Rule) Definition {
	return Definition{Name: name, NameEN: en, Basis: basis, Rule: r, First: FirstYear, Last: LastYear}
}

func (d Definition) years(first, last int) Definition { d.First, d.Last = first, last; return d }
func (d Definition) since(first int) Definition       { d.First = first; return d }
func (d Definition) until(last int) Definition        { d.Last = last; return d }
func (d Definition) in(region string) Definition      { d.Region = region; return d }
func (d Definition) from(sec int) Definition          { d.From = sec; return d }
func (d Definition) substitute() Definition           { d.Rule.Substitute = true; return d }
func (d Definition) unconfirmed() Definition          { d.Unconfirmed = true; return d }

// once is a holiday of a single year.
func once(y int, m time.Month, day int, name, en, basis string) Definition {
	return def(name, en, basis, FixedDate(m, day)).years(y, y)
}

// fd is FixedDate, short for the tables.
func fd(m time.Month, d int) Rule { return FixedDate(m, d) }

const (
	jan = time.January
	feb = time.February
	mar = time.March
	apr = time.April
	may = time.May
	jun = time.June
	jul = time.July
	aug = time.August
	sep = time.September
	oct = time.October
	nov = time.November
	dec = time.December
)

func monthOf(m int) time.Month { return time.Month(m) }

// itoa formats a year for basis strings.
func itoa(n int) string { return strconv.Itoa(n) }
