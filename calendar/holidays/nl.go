package holidays

// netherlands: the holidays that the Algemene termijnenwet art. 3 equates
// with Sunday for statutory periods (Good Friday by Besluit of 1988? see
// README exceptions) — the law legal periods follow.
func netherlands() marketData {
	const b = "Algemene termijnenwet art. 3 lid 1"
	return marketData{defs: []Definition{
		def("Nieuwjaarsdag", "New Year's Day", b, fd(jan, 1)),
		def("Goede Vrijdag", "Good Friday", "Algemene termijnenwet art. 3 lid 3; Besluit van 16 mei 1988 (Stb. 1988, 232)", EasterDay(-2)),
		def("Eerste Paasdag", "Easter Sunday", b, EasterDay(0)),
		def("Tweede Paasdag", "Easter Monday", b, EasterDay(1)),
		def("Koningsdag", "King's Day", b, Rule{Kind: Fixed, Month: apr, Day: 27, SundayShift: -1}).since(2014),
		def("Koninginnedag", "Queen's Day", b, Rule{Kind: Fixed, Month: apr, Day: 30, SundayShift: -1}).until(2013),
		def("Bevrijdingsdag", "Liberation Day", b, fd(may, 5)),
		def("Hemelvaartsdag", "Ascension Day", b, EasterDay(39)),
		def("Eerste Pinksterdag", "Whit Sunday", b, EasterDay(49)),
		def("Tweede Pinksterdag", "Whit Monday", b, EasterDay(50)),
		def("Eerste Kerstdag", "Christmas Day", b, fd(dec, 25)),
		def("Tweede Kerstdag", "Boxing Day", b, fd(dec, 26)),
	}}
}
