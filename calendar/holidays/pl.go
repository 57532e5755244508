package holidays

func poland() marketData {
	const b = "Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy art. 1"
	return marketData{defs: []Definition{
		def("Nowy Rok", "New Year's Day", b, fd(jan, 1)),
		def("Święto Trzech Króli", "Epiphany", b, fd(jan, 6)).since(2011),
		def("Wielkanoc", "Easter Sunday", b, EasterDay(0)),
		def("Poniedziałek Wielkanocny", "Easter Monday", b, EasterDay(1)),
		def("Święto Państwowe", "Labour Day", b, fd(may, 1)),
		def("Święto Narodowe Trzeciego Maja", "Constitution Day", b, fd(may, 3)),
		def("Zielone Świątki", "Whit Sunday", b, EasterDay(49)),
		def("Boże Ciało", "Corpus Christi", b, EasterDay(60)),
		def("Wniebowzięcie Najświętszej Maryi Panny", "Assumption Day", b, fd(aug, 15)),
		def("Wszystkich Świętych", "All Saints' Day", b, fd(nov, 1)),
		def("Narodowe Święto Niepodległości", "Independence Day", b, fd(nov, 11)),
		def("Wigilia Bożego Narodzenia", "Christmas Eve", b, fd(dec, 24)).since(2025),
		def("Boże Narodzenie", "Christmas Day", b, fd(dec, 25)),
		def("Drugi dzień Bożego Narodzenia", "Second Day of Christmas", b, fd(dec, 26)),
		once(2018, nov, 12, "Narodowe Święto Niepodległości (100. rocznica)", "Independence Day centenary", "Ustawa z dnia 7 listopada 2018 r."),
	}}
}
