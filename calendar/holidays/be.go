package holidays

func belgium() marketData {
	const b = "Loi du 4 janvier 1974 relative aux jours fériés, AR du 18 avril 1974 art. 1"
	return marketData{defs: []Definition{
		def("Jour de l'an", "New Year's Day", b, fd(jan, 1)),
		def("Pâques", "Easter Sunday", b, EasterDay(0)),
		def("Lundi de Pâques", "Easter Monday", b, EasterDay(1)),
		def("Fête du Travail", "Labour Day", b, fd(may, 1)),
		def("Ascension", "Ascension Day", b, EasterDay(39)),
		def("Pentecôte", "Whit Sunday", b, EasterDay(49)),
		def("Lundi de Pentecôte", "Whit Monday", b, EasterDay(50)),
		def("Fête nationale", "National Day", b, fd(jul, 21)),
		def("Assomption", "Assumption Day", b, fd(aug, 15)),
		def("Toussaint", "All Saints' Day", b, fd(nov, 1)),
		def("Armistice", "Armistice Day", b, fd(nov, 11)),
		def("Noël", "Christmas Day", b, fd(dec, 25)),
	}}
}
