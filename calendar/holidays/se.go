package holidays

import "time"

func sweden() marketData {
	const b = "Lag (1989:253) om allmänna helgdagar 1 §"
	return marketData{defs: []Definition{
		def("Nyårsdagen", "New Year's Day", b, fd(jan, 1)),
		def("Trettondedag jul", "Epiphany", b, fd(jan, 6)),
		def("Långfredagen", "Good Friday", b, EasterDay(-2)),
		def("Påskdagen", "Easter Sunday", b, EasterDay(0)),
		def("Annandag påsk", "Easter Monday", b, EasterDay(1)),
		def("Första maj", "May Day", b, fd(may, 1)),
		def("Kristi himmelsfärdsdag", "Ascension Day", b, EasterDay(39)),
		def("Pingstdagen", "Whit Sunday", b, EasterDay(49)),
		def("Annandag pingst", "Whit Monday", "Lag (1989:253) om allmänna helgdagar 1 § (upphävd genom SFS 2004:1233)", EasterDay(50)).until(2004),
		def("Sveriges nationaldag", "National Day", "Lag (1989:253) om allmänna helgdagar 1 § (SFS 2004:1233)", fd(jun, 6)).since(2005),
		def("Midsommardagen", "Midsummer Day", b, FirstOnOrAfter(jun, 20, time.Saturday)),
		def("Alla helgons dag", "All Saints' Day", b, FirstOnOrAfter(oct, 31, time.Saturday)),
		def("Juldagen", "Christmas Day", b, fd(dec, 25)),
		def("Annandag jul", "Boxing Day", b, fd(dec, 26)),
	}}
}
