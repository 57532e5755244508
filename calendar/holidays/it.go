package holidays

import "time"

func italy() marketData {
	const b = "L. 27 maggio 1949 n. 260 art. 2 (mod. L. 5 marzo 1977 n. 54; DPR 28 dicembre 1985 n. 792)"
	return marketData{defs: []Definition{
		def("Capodanno", "New Year's Day", b, fd(jan, 1)),
		def("Epifania", "Epiphany", b, fd(jan, 6)),
		def("Pasqua", "Easter Sunday", b, EasterDay(0)),
		def("Lunedì dell'Angelo", "Easter Monday", b, EasterDay(1)),
		def("Festa della Liberazione", "Liberation Day", b, fd(apr, 25)),
		def("Festa del Lavoro", "Labour Day", b, fd(may, 1)),
		def("Festa della Repubblica", "Republic Day", "L. 27 maggio 1949 n. 260 art. 1 (ripristinata dalla L. 20 novembre 2000 n. 336)", fd(jun, 2)).since(2001),
		def("Festa della Repubblica", "Republic Day", "L. 5 marzo 1977 n. 54 art. 1 (prima domenica di giugno)", Nth(jun, time.Sunday, 1)).until(2000),
		def("Ferragosto", "Assumption Day", b, fd(aug, 15)),
		def("Ognissanti", "All Saints' Day", b, fd(nov, 1)),
		def("Immacolata Concezione", "Immaculate Conception", b, fd(dec, 8)),
		def("Natale", "Christmas Day", b, fd(dec, 25)),
		def("Santo Stefano", "St Stephen's Day", b, fd(dec, 26)),
		def("San Francesco d'Assisi", "St Francis of Assisi Day", "L. 27 maggio 1949 n. 260 art. 2 (mod. L. 8 ottobre 2025 n. 151)", fd(oct, 4)).since(2026),
		once(2011, mar, 17, "150º anniversario dell'Unità d'Italia", "150th Anniversary of the Unification of Italy", "D.L. 22 febbraio 2011 n. 5 art. 1"),
	}}
}
