package holidays

func luxembourg() marketData {
	const b = "Code du travail art. L.232-2"
	return marketData{defs: []Definition{
		def("Jour de l'an", "New Year's Day", b, fd(jan, 1)),
		def("Lundi de Pâques", "Easter Monday", b, EasterDay(1)),
		def("Fête du Travail", "Labour Day", b, fd(may, 1)),
		def("Journée de l'Europe", "Europe Day", "Code du travail art. L.232-2 (loi du 25 avril 2019)", fd(may, 9)).since(2019),
		def("Ascension", "Ascension Day", b, EasterDay(39)),
		def("Lundi de Pentecôte", "Whit Monday", b, EasterDay(50)),
		def("Fête nationale", "National Day", b, fd(jun, 23)),
		def("Assomption", "Assumption Day", b, fd(aug, 15)),
		def("Toussaint", "All Saints' Day", b, fd(nov, 1)),
		def("Noël", "Christmas Day", b, fd(dec, 25)),
		def("Lendemain de Noël", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
