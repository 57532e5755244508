package holidays

import "time"

// germany: public holidays are Land law (each Land's Feiertagsgesetz); the
// Day of German Unity is federal law (Einigungsvertrag Art. 2 Abs. 2). The
// national definitions are those every Land's law lists.
func germany() marketData {
	const b = "Feiertagsgesetze aller Länder (z. B. BayFTG Art. 1 Abs. 1)"
	r := func(code, name string) Region { return Region{Code: code, Name: name} }
	return marketData{
		regions: []Region{
			r("DE-BB", "Brandenburg"), r("DE-BE", "Berlin"), r("DE-BW", "Baden-Württemberg"),
			r("DE-BY", "Bayern"), r("DE-HB", "Bremen"), r("DE-HE", "Hessen"), r("DE-HH", "Hamburg"),
			r("DE-MV", "Mecklenburg-Vorpommern"), r("DE-NI", "Niedersachsen"), r("DE-NW", "Nordrhein-Westfalen"),
			r("DE-RP", "Rheinland-Pfalz"), r("DE-SH", "Schleswig-Holstein"), r("DE-SL", "Saarland"),
			r("DE-SN", "Sachsen"), r("DE-ST", "Sachsen-Anhalt"), r("DE-TH", "Thüringen"),
		},
		defs: []Definition{
			def("Neujahr", "New Year's Day", b, fd(jan, 1)),
			def("Karfreitag", "Good Friday", b, EasterDay(-2)),
			def("Ostermontag", "Easter Monday", b, EasterDay(1)),
			def("Tag der Arbeit", "Labour Day", b, fd(may, 1)),
			def("Christi Himmelfahrt", "Ascension Day", b, EasterDay(39)),
			def("Pfingstmontag", "Whit Monday", b, EasterDay(50)),
			def("Tag der Deutschen Einheit", "Day of German Unity", "Einigungsvertrag Art. 2 Abs. 2", fd(oct, 3)),
			def("Reformationstag", "Reformation Day (500th anniversary)", "Feiertagsgesetze der Länder, einmalige Änderungen 2017", fd(oct, 31)).years(2017, 2017),
			// Abolished in every Land but Saxony from 1995 to fund the
			// long-term care insurance (SGB XI §58 Abs. 2).
			def("Buß- und Bettag", "Day of Repentance and Prayer", b, bussUndBettag()).until(1994),
			def("1. Weihnachtstag", "Christmas Day", b, fd(dec, 25)),
			def("2. Weihnachtstag", "St Stephen's Day", b, fd(dec, 26)),

			def("Heilige Drei Könige", "Epiphany", "FTG BW §1", fd(jan, 6)).in("DE-BW"),
			def("Fronleichnam", "Corpus Christi", "FTG BW §1", EasterDay(60)).in("DE-BW"),
			def("Allerheiligen", "All Saints' Day", "FTG BW §1", fd(nov, 1)).in("DE-BW"),

			def("Heilige Drei Könige", "Epiphany", "BayFTG Art. 1 Abs. 1", fd(jan, 6)).in("DE-BY"),
			def("Fronleichnam", "Corpus Christi", "BayFTG Art. 1 Abs. 1", EasterDay(60)).in("DE-BY"),
			def("Allerheiligen", "All Saints' Day", "BayFTG Art. 1 Abs. 1", fd(nov, 1)).in("DE-BY"),

			def("Internationaler Frauentag", "International Women's Day", "FTG Berlin §1 Abs. 1", fd(mar, 8)).since(2019).in("DE-BE"),
			def("Tag der Befreiung", "Liberation Day (75th anniversary)", "FTG Berlin §1 Abs. 3 (2020)", fd(may, 8)).years(2020, 2020).in("DE-BE"),
			def("Tag der Befreiung", "Liberation Day (80th anniversary)", "FTG Berlin §1 Abs. 3 (2025)", fd(may, 8)).years(2025, 2025).in("DE-BE"),

			def("Ostersonntag", "Easter Sunday", "FTG Brandenburg §2 Abs. 1", EasterDay(0)).in("DE-BB"),
			def("Pfingstsonntag", "Whit Sunday", "FTG Brandenburg §2 Abs. 1", EasterDay(49)).in("DE-BB"),
			def("Reformationstag", "Reformation Day", "FTG Brandenburg §2 Abs. 1", fd(oct, 31)).in("DE-BB"),

			def("Reformationstag", "Reformation Day", "FTG Bremen §1", fd(oct, 31)).since(2018).in("DE-HB"),
			def("Reformationstag", "Reformation Day", "FTG Hamburg §1", fd(oct, 31)).since(2018).in("DE-HH"),
			def("Fronleichnam", "Corpus Christi", "HFeiertagsG §1", EasterDay(60)).in("DE-HE"),

			def("Internationaler Frauentag", "International Women's Day", "FTG MV §2 Abs. 1", fd(mar, 8)).since(2023).in("DE-MV"),
			def("Reformationstag", "Reformation Day", "FTG MV §2 Abs. 1", fd(oct, 31)).in("DE-MV"),

			def("Reformationstag", "Reformation Day", "NFeiertagsG §2", fd(oct, 31)).since(2018).in("DE-NI"),

			def("Fronleichnam", "Corpus Christi", "FTG NW §2", EasterDay(60)).in("DE-NW"),
			def("Allerheiligen", "All Saints' Day", "FTG NW §2", fd(nov, 1)).in("DE-NW"),

			def("Fronleichnam", "Corpus Christi", "LFtG RP §2", EasterDay(60)).in("DE-RP"),
			def("Allerheiligen", "All Saints' Day", "LFtG RP §2", fd(nov, 1)).in("DE-RP"),

			def("Reformationstag", "Reformation Day", "SonnFG SH §2", fd(oct, 31)).since(2018).in("DE-SH"),

			def("Fronleichnam", "Corpus Christi", "FTG Saarland §2", EasterDay(60)).in("DE-SL"),
			def("Mariä Himmelfahrt", "Assumption Day", "FTG Saarland §2", fd(aug, 15)).in("DE-SL"),
			def("Allerheiligen", "All Saints' Day", "FTG Saarland §2", fd(nov, 1)).in("DE-SL"),

			def("Reformationstag", "Reformation Day", "SächsSFG §1", fd(oct, 31)).in("DE-SN"),
			def("Buß- und Bettag", "Day of Repentance and Prayer", "SächsSFG §1", bussUndBettag()).since(1995).in("DE-SN"),

			def("Heilige Drei Könige", "Epiphany", "FeiertG LSA §2", fd(jan, 6)).in("DE-ST"),
			def("Reformationstag", "Reformation Day", "FeiertG LSA §2", fd(oct, 31)).in("DE-ST"),

			def("Weltkindertag", "World Children's Day", "ThürFtG §2 Abs. 1", fd(sep, 20)).since(2019).in("DE-TH"),
			def("Reformationstag", "Reformation Day", "ThürFtG §2 Abs. 1", fd(oct, 31)).in("DE-TH"),
		},
	}
}

// bussUndBettag is the Wednesday before 23 November.
func bussUndBettag() Rule { return FirstOnOrAfter(nov, 16, time.Wednesday) }
