package holidays

func slovakia() marketData {
	const b = "Zákon č. 241/1993 Z. z. §1–2"
	// 1 September stays a state holiday but is no day of rest from 2024
	// (zákon č. 530/2023 Z. z.); the 2025 consolidation act ends the day of
	// rest on 17 November (from 2025) and suspends it on 8 May and 15
	// September (from 2026, "temporarily": no end year is set yet).
	const c23 = "Zákon č. 241/1993 Z. z. §2 (v znení zákona č. 530/2023 Z. z.)"
	const c25 = "Zákon č. 241/1993 Z. z. §2 (v znení konsolidačného zákona z roku 2025)"
	return marketData{defs: []Definition{
		def("Deň vzniku Slovenskej republiky", "Day of the Establishment of the Slovak Republic", b, fd(jan, 1)),
		def("Zjavenie Pána (Traja králi)", "Epiphany", b, fd(jan, 6)),
		def("Veľký piatok", "Good Friday", b, EasterDay(-2)),
		def("Veľkonočný pondelok", "Easter Monday", b, EasterDay(1)),
		def("Sviatok práce", "Labour Day", b, fd(may, 1)),
		def("Deň víťazstva nad fašizmom", "Day of Victory over Fascism", c25, fd(may, 8)).until(2025),
		def("Sviatok svätého Cyrila a Metoda", "St Cyril and Methodius Day", b, fd(jul, 5)),
		def("Výročie Slovenského národného povstania", "Slovak National Uprising Anniversary", b, fd(aug, 29)),
		def("Deň Ústavy Slovenskej republiky", "Constitution Day", c23, fd(sep, 1)).until(2023),
		def("Sedembolestná Panna Mária", "Our Lady of Seven Sorrows", c25, fd(sep, 15)).until(2025),
		def("Sviatok Všetkých svätých", "All Saints' Day", b, fd(nov, 1)),
		def("Deň boja za slobodu a demokraciu", "Struggle for Freedom and Democracy Day", c25, fd(nov, 17)).until(2024),
		def("Štedrý deň", "Christmas Eve", b, fd(dec, 24)),
		def("Prvý sviatok vianočný", "Christmas Day", b, fd(dec, 25)),
		def("Druhý sviatok vianočný", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
