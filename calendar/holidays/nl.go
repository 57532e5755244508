package holidays

// netherlands: the "algemeen erkende feestdagen" of the Algemene
// termijnenwet, the law statutory periods follow: art. 3 lid 1 lists them
// (5 May every year), lid 2 equates Good Friday, and lid 3 lets a royal
// decree equate bridge days, which are one-off data below where the decree
// is known.
func netherlands() marketData {
	const b = "Algemene termijnenwet art. 3 lid 1"
	defs := []Definition{
		def("Nieuwjaarsdag", "New Year's Day", b, fd(jan, 1)),
		def("Goede Vrijdag", "Good Friday", "Algemene termijnenwet art. 3 lid 2", EasterDay(-2)),
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
	}
	const g = "Algemene termijnenwet art. 3 lid 3; Besluit van 24 oktober 2016, nr. 2016001827 (gelijkstelling)"
	for _, d := range [][3]int{{2017, 4, 28}, {2017, 5, 26}, {2018, 5, 11}, {2018, 12, 24}, {2018, 12, 31}, {2019, 5, 31}, {2019, 12, 27}} {
		defs = append(defs, once(d[0], monthOf(d[1]), d[2], "Met een algemeen erkende feestdag gelijkgestelde dag", "Day equated with a public holiday (bridge day)", g))
	}
	return marketData{defs: defs}
}
