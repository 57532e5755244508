package holidays

import "time"

func finland() marketData {
	const b = "Kirkkolaki (1054/1993) 4 luku 3 §; laki 1.5. ja 6.12. vapaapäivistä"
	// Midsummer Eve and Christmas Eve are not church holidays but end no
	// statutory time limit (laki säädettyjen määräaikain laskemisesta 5 §).
	const tl = "Laki säädettyjen määräaikain laskemisesta (150/1930) 5 §"
	return marketData{regions: []Region{
		{Code: "FI-01", Name: "Ahvenanmaa / Åland", Aliases: []string{"aland", "åland", "ahvenanmaa"}, Location: "Europe/Mariehamn"},
	}, defs: []Definition{
		def("Uudenvuodenpäivä", "New Year's Day", b, fd(jan, 1)),
		def("Loppiainen", "Epiphany", b, fd(jan, 6)),
		def("Pitkäperjantai", "Good Friday", b, EasterDay(-2)),
		def("Pääsiäispäivä", "Easter Sunday", b, EasterDay(0)),
		def("2. pääsiäispäivä", "Easter Monday", b, EasterDay(1)),
		def("Vappu", "May Day", b, fd(may, 1)),
		def("Helatorstai", "Ascension Day", b, EasterDay(39)),
		def("Helluntaipäivä", "Whit Sunday", b, EasterDay(49)),
		def("Juhannusaatto", "Midsummer Eve", tl, FirstOnOrAfter(jun, 19, time.Friday)),
		def("Juhannuspäivä", "Midsummer Day", b, FirstOnOrAfter(jun, 20, time.Saturday)),
		def("Pyhäinpäivä", "All Saints' Day", b, FirstOnOrAfter(oct, 31, time.Saturday)),
		def("Itsenäisyyspäivä", "Independence Day", b, fd(dec, 6)),
		def("Jouluaatto", "Christmas Eve", tl, fd(dec, 24)),
		def("Joulupäivä", "Christmas Day", b, fd(dec, 25)),
		def("Tapaninpäivä", "St Stephen's Day", b, fd(dec, 26)),
		def("Självstyrelsedagen", "Åland Autonomy Day", "Landskapslag (1976:26) om Ålands självstyrelsedag", fd(jun, 9)).in("FI-01").unconfirmed(),
	}}
}
