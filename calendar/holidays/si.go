package holidays

func slovenia() marketData {
	const b = "Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji 1. in 2. člen"
	ny2 := def("Novo leto", "New Year's Day (second day)", b, fd(jan, 2))
	return marketData{defs: []Definition{
		def("Novo leto", "New Year's Day", b, fd(jan, 1)),
		ny2.until(2012),
		ny2.since(2017),
		def("Prešernov dan, slovenski kulturni praznik", "Prešeren Day", b, fd(feb, 8)),
		def("Velikonočna nedelja", "Easter Sunday", b, EasterDay(0)),
		def("Velikonočni ponedeljek", "Easter Monday", b, EasterDay(1)),
		def("Dan upora proti okupatorju", "Day of Uprising Against Occupation", b, fd(apr, 27)),
		def("Praznik dela", "Labour Day", b, fd(may, 1)),
		def("Praznik dela", "Labour Day (second day)", b, fd(may, 2)),
		def("Binkoštna nedelja", "Whit Sunday", b, EasterDay(49)),
		def("Dan državnosti", "Statehood Day", b, fd(jun, 25)),
		def("Marijino vnebovzetje", "Assumption Day", b, fd(aug, 15)),
		def("Dan reformacije", "Reformation Day", b, fd(oct, 31)),
		def("Dan spomina na mrtve", "Remembrance Day", b, fd(nov, 1)),
		def("Božič", "Christmas Day", b, fd(dec, 25)),
		def("Dan samostojnosti in enotnosti", "Independence and Unity Day", b, fd(dec, 26)),
	}}
}
