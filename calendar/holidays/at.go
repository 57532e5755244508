package holidays

func austria() marketData {
	const b = "Feiertagsruhegesetz 1957 §1"
	return marketData{defs: []Definition{
		def("Neujahr", "New Year's Day", b, fd(jan, 1)),
		def("Heilige Drei Könige", "Epiphany", b, fd(jan, 6)),
		def("Ostersonntag", "Easter Sunday", b, EasterDay(0)),
		def("Ostermontag", "Easter Monday", b, EasterDay(1)),
		def("Staatsfeiertag", "National Holiday", b, fd(may, 1)),
		def("Christi Himmelfahrt", "Ascension Day", b, EasterDay(39)),
		def("Pfingstsonntag", "Whit Sunday", b, EasterDay(49)),
		def("Pfingstmontag", "Whit Monday", b, EasterDay(50)),
		def("Fronleichnam", "Corpus Christi", b, EasterDay(60)),
		def("Mariä Himmelfahrt", "Assumption Day", b, fd(aug, 15)),
		def("Nationalfeiertag", "National Day", b, fd(oct, 26)),
		def("Allerheiligen", "All Saints' Day", b, fd(nov, 1)),
		def("Mariä Empfängnis", "Immaculate Conception", b, fd(dec, 8)),
		def("Christtag", "Christmas Day", b, fd(dec, 25)),
		def("Stefanitag", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
