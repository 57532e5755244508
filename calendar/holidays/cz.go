package holidays

func czechia() marketData {
	const b = "Zákon č. 245/2000 Sb. §1–2"
	return marketData{defs: []Definition{
		def("Den obnovy samostatného českého státu; Nový rok", "Restoration Day of the Independent Czech State; New Year's Day", b, fd(jan, 1)),
		def("Velký pátek", "Good Friday", "Zákon č. 245/2000 Sb. §2 (ve znění zákona č. 359/2015 Sb.)", EasterDay(-2)).since(2016),
		def("Velikonoční pondělí", "Easter Monday", b, EasterDay(1)),
		def("Svátek práce", "Labour Day", b, fd(may, 1)),
		def("Den vítězství", "Liberation Day", b, fd(may, 8)),
		def("Den slovanských věrozvěstů Cyrila a Metoděje", "Saints Cyril and Methodius Day", b, fd(jul, 5)),
		def("Den upálení mistra Jana Husa", "Jan Hus Day", b, fd(jul, 6)),
		// Introduced by the 2000 act (first in force for 2000).
		def("Den české státnosti", "St Wenceslas Day (Czech Statehood Day)", b, fd(sep, 28)).since(2000),
		def("Den vzniku samostatného československého státu", "Independent Czechoslovak State Day", b, fd(oct, 28)),
		def("Den boje za svobodu a demokracii", "Struggle for Freedom and Democracy Day", b, fd(nov, 17)).since(2000),
		def("Štědrý den", "Christmas Eve", b, fd(dec, 24)),
		def("1. svátek vánoční", "Christmas Day", b, fd(dec, 25)),
		def("2. svátek vánoční", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
