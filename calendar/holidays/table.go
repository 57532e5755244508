package holidays

import "time"

// entry is one market of the table; data builds its regions and holiday
// definitions afresh on each call, so nothing is shared or mutable.
type entry struct {
	market Market
	data   func() marketData
}

type marketData struct {
	regions []Region // sorted by code
	defs    []Definition
}

// table is the market table, sorted by code. It is a function so that it is
// a constant of the program, never shared mutable state.
func table() []entry {
	return []entry{
		{Market{"AT", "Österreich", "de", "Europe/Vienna"}, austria},
		{Market{"BE", "Belgique", "fr", "Europe/Brussels"}, belgium},
		{Market{"BG", "България", "bg", "Europe/Sofia"}, bulgaria},
		{Market{"CY", "Κύπρος", "el", "Asia/Nicosia"}, cyprus},
		{Market{"CZ", "Česko", "cs", "Europe/Prague"}, czechia},
		{Market{"DE", "Deutschland", "de", "Europe/Berlin"}, germany},
		{Market{"DK", "Danmark", "da", "Europe/Copenhagen"}, denmark},
		{Market{"EE", "Eesti", "et", "Europe/Tallinn"}, estonia},
		{Market{"ES", "España", "es", "Europe/Madrid"}, spain},
		{Market{"FI", "Suomi", "fi", "Europe/Helsinki"}, finland},
		{Market{"FR", "France", "fr", "Europe/Paris"}, france},
		{Market{"GR", "Ελλάδα", "el", "Europe/Athens"}, greece},
		{Market{"HR", "Hrvatska", "hr", "Europe/Zagreb"}, croatia},
		{Market{"HU", "Magyarország", "hu", "Europe/Budapest"}, hungary},
		{Market{"IE", "Éire / Ireland", "en", "Europe/Dublin"}, ireland},
		{Market{"IS", "Ísland", "is", "Atlantic/Reykjavik"}, iceland},
		{Market{"IT", "Italia", "it", "Europe/Rome"}, italy},
		{Market{"LI", "Liechtenstein", "de", "Europe/Vaduz"}, liechtenstein},
		{Market{"LT", "Lietuva", "lt", "Europe/Vilnius"}, lithuania},
		{Market{"LU", "Lëtzebuerg", "fr", "Europe/Luxembourg"}, luxembourg},
		{Market{"LV", "Latvija", "lv", "Europe/Riga"}, latvia},
		{Market{"MT", "Malta", "mt", "Europe/Malta"}, malta},
		{Market{"NL", "Nederland", "nl", "Europe/Amsterdam"}, netherlands},
		{Market{"NO", "Norge", "nb", "Europe/Oslo"}, norway},
		{Market{"PL", "Polska", "pl", "Europe/Warsaw"}, poland},
		{Market{"PT", "Portugal", "pt", "Europe/Lisbon"}, portugal},
		{Market{"RO", "România", "ro", "Europe/Bucharest"}, romania},
		{Market{"SE", "Sverige", "sv", "Europe/Stockholm"}, sweden},
		{Market{"SI", "Slovenija", "sl", "Europe/Ljubljana"}, slovenia},
		{Market{"SK", "Slovensko", "sk", "Europe/Bratislava"}, slovakia},
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
