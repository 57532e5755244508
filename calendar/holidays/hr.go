package holidays

func croatia() marketData {
	const b = "Zakon o blagdanima, spomendanima i neradnim danima u RH čl. 1"
	const b19 = "Zakon o blagdanima, spomendanima i neradnim danima u RH čl. 1 (NN 110/19)"
	return marketData{defs: []Definition{
		def("Nova godina", "New Year's Day", b, fd(jan, 1)),
		def("Bogojavljenje ili Sveta tri kralja", "Epiphany", b, fd(jan, 6)),
		def("Uskrs", "Easter Sunday", b, EasterDay(0)),
		def("Uskrsni ponedjeljak", "Easter Monday", b, EasterDay(1)),
		def("Praznik rada", "Labour Day", b, fd(may, 1)),
		def("Dan državnosti", "Statehood Day", b19, fd(may, 30)).since(2020),
		def("Tijelovo", "Corpus Christi", b, EasterDay(60)),
		def("Dan antifašističke borbe", "Anti-Fascist Struggle Day", b, fd(jun, 22)),
		// Statehood Day was 30 May until the 2001 amendment (NN 96/01) moved
		// it to 25 June from 2002; the 2019 law moved it back from 2020.
		def("Dan državnosti", "Statehood Day", "Zakon o blagdanima, spomendanima i neradnim danima u RH čl. 1 (NN 33/96)", fd(may, 30)).until(2001),
		def("Dan državnosti", "Statehood Day", "Zakon o blagdanima, spomendanima i neradnim danima u RH čl. 1 (NN 96/01)", fd(jun, 25)).years(2002, 2019),
		def("Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja", "Victory and Homeland Thanksgiving Day", b, fd(aug, 5)),
		def("Velika Gospa", "Assumption Day", b, fd(aug, 15)),
		def("Dan neovisnosti", "Independence Day", b, fd(oct, 8)).until(2019),
		def("Svi sveti", "All Saints' Day", b, fd(nov, 1)),
		def("Dan sjećanja na žrtve Domovinskog rata i Dan sjećanja na žrtvu Vukovara i Škabrnje", "Remembrance Day", b19, fd(nov, 18)).since(2020),
		def("Božić", "Christmas Day", b, fd(dec, 25)),
		def("Sveti Stjepan", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
