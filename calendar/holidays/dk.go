package holidays

func denmark() marketData {
	const b = "Helligdagsloven (lovbekendtgørelse nr. 230 af 2022) §2"
	return marketData{defs: []Definition{
		def("Nytårsdag", "New Year's Day", b, fd(jan, 1)),
		def("Skærtorsdag", "Maundy Thursday", b, EasterDay(-3)),
		def("Langfredag", "Good Friday", b, EasterDay(-2)),
		def("Påskedag", "Easter Sunday", b, EasterDay(0)),
		def("2. påskedag", "Easter Monday", b, EasterDay(1)),
		// Abolished by lov nr. 238 af 28. februar 2023.
		def("Store bededag", "General Prayer Day", b, EasterDay(26)).until(2023),
		def("Kristi himmelfartsdag", "Ascension Day", b, EasterDay(39)),
		def("Pinsedag", "Whit Sunday", b, EasterDay(49)),
		def("2. pinsedag", "Whit Monday", b, EasterDay(50)),
		def("Juledag", "Christmas Day", b, fd(dec, 25)),
		def("2. juledag", "Boxing Day", b, fd(dec, 26)),
	}}
}
