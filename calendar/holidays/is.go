package holidays

import "time"

func iceland() marketData {
	const b = "Lög nr. 88/1971 um 40 stunda vinnuviku 6. gr."
	return marketData{defs: []Definition{
		def("Nýársdagur", "New Year's Day", b, fd(jan, 1)),
		def("Skírdagur", "Maundy Thursday", b, EasterDay(-3)),
		def("Föstudagurinn langi", "Good Friday", b, EasterDay(-2)),
		def("Páskadagur", "Easter Sunday", b, EasterDay(0)),
		def("Annar í páskum", "Easter Monday", b, EasterDay(1)),
		def("Sumardagurinn fyrsti", "First Day of Summer", b, FirstOnOrAfter(apr, 19, time.Thursday)),
		def("Hátíðisdagur verkamanna", "Labour Day", b, fd(may, 1)),
		def("Uppstigningardagur", "Ascension Day", b, EasterDay(39)),
		def("Hvítasunnudagur", "Whit Sunday", b, EasterDay(49)),
		def("Annar í hvítasunnu", "Whit Monday", b, EasterDay(50)),
		def("Þjóðhátíðardagurinn", "National Day", b, fd(jun, 17)),
		def("Frídagur verslunarmanna", "Commerce Day", b, Nth(aug, time.Monday, 1)),
		def("Aðfangadagur jóla", "Christmas Eve (from 13:00)", b, fd(dec, 24)).from(13 * 3600),
		def("Jóladagur", "Christmas Day", b, fd(dec, 25)),
		def("Annar í jólum", "Boxing Day", b, fd(dec, 26)),
		def("Gamlársdagur", "New Year's Eve (from 13:00)", b, fd(dec, 31)).from(13 * 3600),
	}}
}
