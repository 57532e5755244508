package holidays

import "time"

func ireland() marketData {
	const b = "Organisation of Working Time Act 1997, Sch. 2"
	return marketData{defs: []Definition{
		def("New Year's Day", "New Year's Day", b, fd(jan, 1)),
		def("Lá Fhéile Bríde / St Brigid's Day", "St Brigid's Day", "Organisation of Working Time Act 1997, Sch. 2 (S.I. No. 50 of 2022)", Rule{Kind: Brigid}).since(2023),
		once(2022, mar, 18, "Public holiday 18 March 2022", "Extra public holiday (2022)", "Organisation of Working Time (Public Holiday) Regulations 2022 (S.I. No. 50 of 2022)"),
		def("Lá Fhéile Pádraig / St Patrick's Day", "St Patrick's Day", b, fd(mar, 17)),
		def("Easter Monday", "Easter Monday", b, EasterDay(1)),
		def("May Day", "May Day", b, Nth(may, time.Monday, 1)),
		def("June Holiday", "June Holiday", b, Nth(jun, time.Monday, 1)),
		def("August Holiday", "August Holiday", b, Nth(aug, time.Monday, 1)),
		def("October Holiday", "October Holiday", b, Nth(oct, time.Monday, -1)),
		def("Christmas Day", "Christmas Day", b, fd(dec, 25)),
		def("St Stephen's Day", "St Stephen's Day", b, fd(dec, 26)),
	}}
}
