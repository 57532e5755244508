package holidays

import "time"

func sweden() marketData {
	const b = "Lag (1989:253) om allmänna helgdagar 1 §"
	// Midsummer Eve, Christmas Eve and New Year's Eve are not public
	// holidays but end no statutory time limit (lag om beräkning av
	// lagstadgad tid 2 §).
	const tl = "Lag (1930:173) om beräkning av lagstadgad tid 2 §"
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
		def("Midsommarafton", "Midsummer Eve", tl, FirstOnOrAfter(jun, 19, time.Friday)),
		def("Midsommardagen", "Midsummer Day", b, FirstOnOrAfter(jun, 20, time.Saturday)),
		def("Alla helgons dag", "All Saints' Day", b, FirstOnOrAfter(oct, 31, time.Saturday)),
		def("Julafton", "Christmas Eve", tl, fd(dec, 24)),
		def("Juldagen", "Christmas Day", b, fd(dec, 25)),
		def("Annandag jul", "Boxing Day", b, fd(dec, 26)),
		def("Nyårsafton", "New Year's Eve", tl, fd(dec, 31)),
	}}
}
