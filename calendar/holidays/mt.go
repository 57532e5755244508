package holidays

func malta() marketData {
	const b = "National Holidays and Other Public Holidays Act (Cap. 252) art. 2"
	return marketData{defs: []Definition{
		def("L-Ewwel tas-Sena", "New Year's Day", b, fd(jan, 1)),
		def("Il-Festa tan-Nawfraġju ta' San Pawl", "Feast of St Paul's Shipwreck", b, fd(feb, 10)),
		def("Il-Festa ta' San Ġużepp", "Feast of St Joseph", b, fd(mar, 19)),
		def("Il-Ġimgħa l-Kbira", "Good Friday", b, EasterDay(-2)),
		def("Jum il-Ħelsien", "Freedom Day", b, fd(mar, 31)),
		def("Jum il-Ħaddiem", "Worker's Day", b, fd(may, 1)),
		def("Sette Giugno", "Sette Giugno", b, fd(jun, 7)),
		def("L-Imnarja", "Feast of St Peter and St Paul", b, fd(jun, 29)),
		def("Santa Marija", "Assumption Day", b, fd(aug, 15)),
		def("Jum il-Vitorja", "Victory Day", b, fd(sep, 8)),
		def("Jum l-Indipendenza", "Independence Day", b, fd(sep, 21)),
		def("Il-Immakulata Kunċizzjoni", "Immaculate Conception", b, fd(dec, 8)),
		def("Jum ir-Repubblika", "Republic Day", b, fd(dec, 13)),
		def("Il-Milied", "Christmas Day", b, fd(dec, 25)),
	}}
}
