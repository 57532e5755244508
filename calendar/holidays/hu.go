package holidays

func hungary() marketData {
	const b = "2012. évi I. törvény (Munka törvénykönyve) 102. § (1)"
	return marketData{defs: []Definition{
		def("Újév", "New Year's Day", b, fd(jan, 1)),
		def("Nemzeti ünnep", "1848 Revolution Memorial Day", b, fd(mar, 15)),
		def("Nagypéntek", "Good Friday", b, EasterDay(-2)).since(2017),
		def("Húsvétvasárnap", "Easter Sunday", b, EasterDay(0)),
		def("Húsvéthétfő", "Easter Monday", b, EasterDay(1)),
		def("A munka ünnepe", "Labour Day", b, fd(may, 1)),
		def("Pünkösdvasárnap", "Whit Sunday", b, EasterDay(49)),
		def("Pünkösdhétfő", "Whit Monday", b, EasterDay(50)),
		def("Az államalapítás ünnepe", "State Foundation Day", b, fd(aug, 20)),
		def("Nemzeti ünnep", "1956 Revolution Memorial Day", b, fd(oct, 23)),
		def("Mindenszentek", "All Saints' Day", b, fd(nov, 1)),
		def("Karácsony", "Christmas Day", b, fd(dec, 25)),
		def("Karácsony másnapja", "Second Day of Christmas", b, fd(dec, 26)),
	}}
}
