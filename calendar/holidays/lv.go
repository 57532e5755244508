package holidays

func latvia() marketData {
	const b = "Likums \"Par svētku, atceres un atzīmējamām dienām\" 1. pants"
	return marketData{defs: []Definition{
		def("Jaungada diena", "New Year's Day", b, fd(jan, 1)),
		def("Lielā Piektdiena", "Good Friday", b, EasterDay(-2)),
		def("Lieldienas", "Easter Sunday", b, EasterDay(0)),
		def("Otrās Lieldienas", "Easter Monday", b, EasterDay(1)),
		def("Darba svētki", "Labour Day", b, fd(may, 1)),
		def("Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day", b, fd(may, 4)).substitute(),
		def("Līgo diena", "Midsummer Eve", b, fd(jun, 23)),
		def("Jāņu diena", "Midsummer Day", b, fd(jun, 24)),
		def("Latvijas Republikas proklamēšanas diena", "Proclamation Day", b, fd(nov, 18)).substitute(),
		def("Ziemassvētku vakars", "Christmas Eve", b, fd(dec, 24)),
		def("Pirmie Ziemassvētki", "Christmas Day", b, fd(dec, 25)),
		def("Otrie Ziemassvētki", "Second Day of Christmas", b, fd(dec, 26)),
		once(2023, may, 29, "Latvijas hokeja izlases bronzas medaļas diena", "Ice hockey bronze medal day", "Likums \"Par svētku, atceres un atzīmējamām dienām\" (grozījumi 2023. gada 25. maijā)"),
		def("Vecgada diena", "New Year's Eve", b, fd(dec, 31)),
	}}
}
