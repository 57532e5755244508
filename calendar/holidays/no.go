package holidays

func norway() marketData {
	const b = "Lov om helligdager og helligdagsfred §2"
	const m = "Lov om 1. og 17. mai som offentlige høgtidsdager §1"
	return marketData{defs: []Definition{
		def("Første nyttårsdag", "New Year's Day", b, fd(jan, 1)),
		def("Skjærtorsdag", "Maundy Thursday", b, EasterDay(-3)),
		def("Langfredag", "Good Friday", b, EasterDay(-2)),
		def("Første påskedag", "Easter Sunday", b, EasterDay(0)),
		def("Andre påskedag", "Easter Monday", b, EasterDay(1)),
		def("Offentlig høytidsdag", "Labour Day", m, fd(may, 1)),
		def("Grunnlovsdag", "Constitution Day", m, fd(may, 17)),
		def("Kristi himmelfartsdag", "Ascension Day", b, EasterDay(39)),
		def("Første pinsedag", "Whit Sunday", b, EasterDay(49)),
		def("Andre pinsedag", "Whit Monday", b, EasterDay(50)),
		def("Første juledag", "Christmas Day", b, fd(dec, 25)),
		def("Andre juledag", "Boxing Day", b, fd(dec, 26)),
	}}
}
