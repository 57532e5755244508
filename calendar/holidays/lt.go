package holidays

import "time"

func lithuania() marketData {
	const b = "Darbo kodeksas 123 str. 1 d."
	return marketData{defs: []Definition{
		def("Naujieji metai", "New Year's Day", b, fd(jan, 1)),
		def("Lietuvos valstybės atkūrimo diena", "Day of Restoration of the State of Lithuania", b, fd(feb, 16)),
		def("Lietuvos nepriklausomybės atkūrimo diena", "Day of Restoration of Independence", b, fd(mar, 11)),
		def("Velykos", "Easter Sunday", b, EasterDay(0)),
		def("Antroji Velykų diena", "Easter Monday", b, EasterDay(1)),
		// Reinstated as a holiday by the law of 26 April 2001.
		def("Tarptautinė darbo diena", "International Labour Day", b, fd(may, 1)).since(2001),
		def("Motinos diena", "Mother's Day", b, Nth(may, time.Sunday, 1)),
		def("Tėvo diena", "Father's Day", b, Nth(jun, time.Sunday, 1)),
		def("Rasos ir Joninių diena", "St John's Day (Midsummer)", b, fd(jun, 24)),
		def("Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena", "Statehood Day", b, fd(jul, 6)),
		def("Žolinė", "Assumption Day", b, fd(aug, 15)),
		def("Visų šventųjų diena", "All Saints' Day", b, fd(nov, 1)),
		def("Mirusiųjų atminimo (Vėlinių) diena", "All Souls' Day", b, fd(nov, 2)).since(2020),
		// A one-off in 2010, then a holiday of the Labour Code from 2011.
		once(2010, dec, 24, "Kūčios", "Christmas Eve (2010)", "Lietuvos Respublikos Vyriausybės sprendimas, 2010 m. gruodžio mėn."),
		def("Kūčios", "Christmas Eve", b, fd(dec, 24)).since(2011),
		def("Kalėdos", "Christmas Day", b, fd(dec, 25)),
		def("Antroji Kalėdų diena", "Second Day of Christmas", b, fd(dec, 26)),
	}}
}
