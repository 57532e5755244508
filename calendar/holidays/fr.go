package holidays

func france() marketData {
	const b = "C. trav. L3133-1"
	const am = "C. trav. L3134-13"
	slav := func(code string, m, d int, decree string) Definition {
		return def("Abolition de l'esclavage", "Abolition of Slavery Day", "C. trav. L3422-2; loi n° 83-550 du 30 juin 1983; "+decree, fd(monthOf(m), d)).in(code)
	}
	return marketData{
		regions: []Region{
			{Code: "FR-57", Name: "Moselle", Aliases: []string{"alsace-moselle", "moselle"}},
			{Code: "FR-67", Name: "Bas-Rhin", Aliases: []string{"bas-rhin"}},
			{Code: "FR-68", Name: "Haut-Rhin", Aliases: []string{"haut-rhin"}},
			{Code: "FR-971", Name: "Guadeloupe", Aliases: []string{"guadeloupe", "fr-gp"}, Location: "America/Guadeloupe"},
			{Code: "FR-972", Name: "Martinique", Aliases: []string{"martinique", "fr-mq"}, Location: "America/Martinique"},
			{Code: "FR-973", Name: "Guyane", Aliases: []string{"guyane", "fr-gf"}, Location: "America/Cayenne"},
			{Code: "FR-974", Name: "La Réunion", Aliases: []string{"reunion", "la-reunion", "fr-re"}, Location: "Indian/Reunion"},
			{Code: "FR-976", Name: "Mayotte", Aliases: []string{"mayotte", "fr-yt"}, Location: "Indian/Mayotte"},
			{Code: "FR-BL", Name: "Saint-Barthélemy", Aliases: []string{"saint-barthelemy"}, Location: "America/St_Barthelemy"},
			{Code: "FR-MF", Name: "Saint-Martin", Aliases: []string{"saint-martin"}, Location: "America/Marigot"},
		},
		defs: []Definition{
			def("Jour de l'an", "New Year's Day", b, fd(jan, 1)),
			def("Lundi de Pâques", "Easter Monday", b, EasterDay(1)),
			def("Fête du Travail", "Labour Day", b, fd(may, 1)),
			def("Victoire 1945", "Victory in Europe Day", b, fd(may, 8)),
			def("Ascension", "Ascension Day", b, EasterDay(39)),
			// Still a public holiday under L3133-1; since 2005 it may be
			// the worked "journée de solidarité" (C. trav. L3133-7 ff.).
			def("Lundi de Pentecôte", "Whit Monday", b, EasterDay(50)),
			def("Fête nationale", "Bastille Day", b, fd(jul, 14)),
			def("Assomption", "Assumption Day", b, fd(aug, 15)),
			def("Toussaint", "All Saints' Day", b, fd(nov, 1)),
			def("Armistice 1918", "Armistice Day", b, fd(nov, 11)),
			def("Noël", "Christmas Day", b, fd(dec, 25)),

			def("Vendredi saint", "Good Friday", am, EasterDay(-2)).in("FR-57"),
			def("Saint-Étienne", "St Stephen's Day", am, fd(dec, 26)).in("FR-57"),
			def("Vendredi saint", "Good Friday", am, EasterDay(-2)).in("FR-67"),
			def("Saint-Étienne", "St Stephen's Day", am, fd(dec, 26)).in("FR-67"),
			def("Vendredi saint", "Good Friday", am, EasterDay(-2)).in("FR-68"),
			def("Saint-Étienne", "St Stephen's Day", am, fd(dec, 26)).in("FR-68"),

			slav("FR-971", 5, 27, "décret n° 83-1003 du 23 novembre 1983"),
			slav("FR-972", 5, 22, "décret n° 83-1003 du 23 novembre 1983"),
			slav("FR-973", 6, 10, "décret n° 83-1003 du 23 novembre 1983"),
			slav("FR-974", 12, 20, "décret n° 83-1003 du 23 novembre 1983"),
			slav("FR-976", 4, 27, "décret n° 83-1003 du 23 novembre 1983 (ve modifié, Mayotte)"),
			slav("FR-BL", 10, 9, "décret n° 83-1003 du 23 novembre 1983 (Saint-Barthélemy)"),
			// Saint-Martin moved the day to 28 May from 2018 (loi n° 2017-256
			// du 28 février 2017 and the interministerial circulars of 2018
			// and 2019; the décret n° 83-1003 was corrected in 2023).
			slav("FR-MF", 5, 27, "décret n° 83-1003 du 23 novembre 1983 (Saint-Martin)").until(2017),
			slav("FR-MF", 5, 28, "décret n° 83-1003 du 23 novembre 1983 modifié; loi n° 2017-256 (Saint-Martin)").since(2018),
		},
	}
}
