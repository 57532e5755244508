package holidays

func latvia() marketData {
	const b = "Likums \"Par svētku, atceres un atzīmējamām dienām\" 1. pants"
	const b07 = b + " (grozījumi 24.05.2007.)"
	const b14 = b + " (grozījumi 02.10.2014.)"
	return marketData{defs: []Definition{
		def("Jaungada diena", "New Year's Day", b, fd(jan, 1)),
		def("Lielā Piektdiena", "Good Friday", b, EasterDay(-2)),
		def("Lieldienas", "Easter Sunday", b, EasterDay(0)),
		def("Otrās Lieldienas", "Easter Monday", b, EasterDay(1)),
		def("Darba svētki", "Labour Day", b, fd(may, 1)),
		// A day off from 2002 (law of 21 March 2002); the next working day
		// replaces it on a weekend from 2007 (law of 24 May 2007).
		def("Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day", b, fd(may, 4)).years(2002, 2006),
		def("Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day", b07, fd(may, 4)).since(2007).substitute(),
		def("Līgo diena", "Midsummer Eve", b, fd(jun, 23)),
		def("Jāņu diena", "Midsummer Day", b, fd(jun, 24)),
		def("Latvijas Republikas proklamēšanas diena", "Proclamation Day", b, fd(nov, 18)).until(2006),
		def("Latvijas Republikas proklamēšanas diena", "Proclamation Day", b07, fd(nov, 18)).since(2007).substitute(),
		// The closing day of the General Latvian Song and Dance Festival
		// (from the law of 2 October 2014), with the next working day when
		// it is a Sunday.
		def("Vispārējo latviešu Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day", b14, fd(jul, 8)).years(2018, 2018).substitute(),
		def("Vispārējo latviešu Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day", b14, fd(jul, 9)).years(2023, 2023).substitute(),
		def("Ziemassvētku vakars", "Christmas Eve", b07, fd(dec, 24)).since(2007),
		def("Pirmie Ziemassvētki", "Christmas Day", b, fd(dec, 25)),
		def("Otrie Ziemassvētki", "Second Day of Christmas", b, fd(dec, 26)),
		once(2023, may, 29, "Latvijas hokeja izlases bronzas medaļas diena", "Ice hockey bronze medal day", "Likums \"Par svētku, atceres un atzīmējamām dienām\" (grozījumi 2023. gada 25. maijā)"),
		def("Vecgada diena", "New Year's Eve", b, fd(dec, 31)),
	}}
}
