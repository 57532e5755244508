package holidays

func estonia() marketData {
	const b = "Pühade ja tähtpäevade seadus §2"
	return marketData{defs: []Definition{
		def("uusaasta", "New Year's Day", b, fd(jan, 1)),
		def("iseseisvuspäev, Eesti Vabariigi aastapäev", "Independence Day", b, fd(feb, 24)),
		def("suur reede", "Good Friday", b, EasterDay(-2)),
		def("ülestõusmispühade 1. püha", "Easter Sunday", b, EasterDay(0)),
		def("kevadpüha", "Spring Day", b, fd(may, 1)),
		def("nelipühade 1. püha", "Whit Sunday", b, EasterDay(49)),
		def("võidupüha", "Victory Day", b, fd(jun, 23)),
		def("jaanipäev", "Midsummer Day", b, fd(jun, 24)),
		def("taasiseseisvumispäev", "Day of Restoration of Independence", b, fd(aug, 20)),
		def("jõululaupäev", "Christmas Eve", b, fd(dec, 24)).since(2005),
		def("esimene jõulupüha", "Christmas Day", b, fd(dec, 25)),
		def("teine jõulupüha", "Boxing Day", b, fd(dec, 26)),
	}}
}
