package holidays

func liechtenstein() marketData {
	// Holidays equated with Sundays; list in force since LGBl. 1986 Nr. 85
	// (Maria Geburt added to the 1970 list).
	const b = "Arbeitsgesetz (LGBl. 1967 Nr. 6) Art. 18 Abs. 2"
	return marketData{defs: []Definition{
		def("Neujahr", "New Year's Day", b, fd(jan, 1)),
		def("Heilige Drei Könige", "Epiphany", b, fd(jan, 6)),
		def("Ostermontag", "Easter Monday", b, EasterDay(1)),
		def("Tag der Arbeit", "Labour Day", b, fd(may, 1)),
		def("Auffahrt", "Ascension Day", b, EasterDay(39)),
		def("Pfingstmontag", "Whit Monday", b, EasterDay(50)),
		def("Fronleichnam", "Corpus Christi", b, EasterDay(60)),
		def("Staatsfeiertag (Mariä Himmelfahrt)", "National Day (Assumption)", b, fd(aug, 15)),
		def("Mariä Geburt", "Nativity of Mary", b, fd(sep, 8)),
		def("Allerheiligen", "All Saints' Day", b, fd(nov, 1)),
		def("Mariä Empfängnis", "Immaculate Conception", b, fd(dec, 8)),
		def("Weihnachten", "Christmas Day", b, fd(dec, 25)),
		def("Stephanstag", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
