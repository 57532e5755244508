package holidays

func spain() marketData {
	const b = "Estatuto de los Trabajadores art. 37.2; Real Decreto 2001/1983 art. 45"
	return marketData{
		regions: spanishRegions(),
		defs: append([]Definition{
			def("Año Nuevo", "New Year's Day", b, fd(jan, 1)),
			def("Epifanía del Señor", "Epiphany", b, fd(jan, 6)),
			def("Viernes Santo", "Good Friday", b, EasterDay(-2)),
			def("Fiesta del Trabajo", "Labour Day", b, fd(may, 1)),
			def("Asunción de la Virgen", "Assumption Day", b, fd(aug, 15)),
			def("Fiesta Nacional de España", "National Day", "Ley 18/1987 art. 1; Estatuto de los Trabajadores art. 37.2", fd(oct, 12)),
			def("Todos los Santos", "All Saints' Day", b, fd(nov, 1)),
			def("Día de la Constitución Española", "Constitution Day", b, fd(dec, 6)),
			def("Inmaculada Concepción", "Immaculate Conception", b, fd(dec, 8)),
			def("Natividad del Señor", "Christmas Day", b, fd(dec, 25)),
		}, spanishRegionalDays()...),
	}
}

func spanishRegions() []Region {
	r := func(code, name string, aliases ...string) Region {
		return Region{Code: code, Name: name, Aliases: aliases}
	}
	cn := r("ES-CN", "Canarias", "canarias", "canary islands")
	cn.Location = "Atlantic/Canary"
	return []Region{
		r("ES-AN", "Andalucía", "andalucia"), r("ES-AR", "Aragón", "aragon"), r("ES-AS", "Asturias", "asturias"),
		r("ES-CB", "Cantabria", "cantabria"), r("ES-CE", "Ceuta", "ceuta"), r("ES-CL", "Castilla y León", "castilla y leon"),
		r("ES-CM", "Castilla-La Mancha", "castilla-la mancha"), cn, r("ES-CT", "Catalunya", "cataluna", "catalunya"),
		r("ES-EX", "Extremadura", "extremadura"), r("ES-GA", "Galicia", "galicia"), r("ES-IB", "Illes Balears", "illes balears", "baleares"),
		r("ES-MC", "Región de Murcia", "murcia"), r("ES-MD", "Comunidad de Madrid", "madrid"), r("ES-ML", "Melilla", "melilla"),
		r("ES-NC", "Navarra", "navarra"), r("ES-PV", "País Vasco", "pais vasco", "euskadi"), r("ES-RI", "La Rioja", "la rioja"),
		r("ES-VC", "Comunitat Valenciana", "comunitat valenciana", "valencia"),
	}
}

// spanishRegionalDays are the regional days that the autonomous
// communities choose every year (ET art. 37.2: up to two national days may
// be replaced, and each community adds its own), kept here where the choice
// has been stable for decades; the yearly decrees that deviate are listed in
// testdata/exceptions.json and README.md.
func spanishRegionalDays() []Definition {
	const cal = "Estatuto de los Trabajadores art. 37.2; calendario laboral anual de la comunidad"
	jt := func(code string) Definition {
		return def("Jueves Santo", "Maundy Thursday", cal, EasterDay(-3)).in(code)
	}
	lp := func(code string) Definition {
		return def("Lunes de Pascua", "Easter Monday", cal, EasterDay(1)).in(code)
	}
	f := func(code string, m, d int, name, en string) Definition {
		return def(name, en, cal, fd(monthOf(m), d)).in(code)
	}
	// Each stable day applies outside the years whose yearly calendar is
	// data (spanishDecreeDays): before 2008 and, as the best forecast of
	// future decrees, after 2026.
	var out []Definition
	for _, d := range []Definition{
		jt("ES-AN"), f("ES-AN", 2, 28, "Día de Andalucía", "Andalusia Day"),
		jt("ES-AR"), f("ES-AR", 4, 23, "Día de Aragón", "Aragon Day"),
		jt("ES-AS"), f("ES-AS", 9, 8, "Día de Asturias", "Asturias Day"),
		jt("ES-CB"), f("ES-CB", 6, 28, "Día de las Instituciones de Cantabria", "Cantabria Institutions Day"),
		f("ES-CB", 9, 15, "La Bien Aparecida", "Our Lady of Bien Aparecida"),
		jt("ES-CE"), f("ES-CE", 8, 5, "Nuestra Señora de África", "Our Lady of Africa"), f("ES-CE", 9, 2, "Día de Ceuta", "Ceuta Day"),
		jt("ES-CL"), f("ES-CL", 4, 23, "Fiesta de Castilla y León", "Castile and León Day"),
		jt("ES-CM"), f("ES-CM", 5, 31, "Día de Castilla-La Mancha", "Castile-La Mancha Day"),
		jt("ES-CN"), f("ES-CN", 5, 30, "Día de Canarias", "Canary Islands Day"),
		lp("ES-CT"), f("ES-CT", 6, 24, "Sant Joan", "St John's Day"), f("ES-CT", 9, 11, "Diada Nacional de Catalunya", "National Day of Catalonia"),
		f("ES-CT", 12, 26, "Sant Esteve", "St Stephen's Day"),
		jt("ES-EX"), f("ES-EX", 9, 8, "Día de Extremadura", "Extremadura Day"),
		f("ES-GA", 3, 19, "San José", "St Joseph's Day"), jt("ES-GA"), f("ES-GA", 5, 17, "Día das Letras Galegas", "Galician Literature Day"),
		f("ES-GA", 7, 25, "Día Nacional de Galicia", "Galicia National Day"),
		f("ES-IB", 3, 1, "Dia de les Illes Balears", "Balearic Islands Day"), jt("ES-IB"), lp("ES-IB"),
		f("ES-MC", 3, 19, "San José", "St Joseph's Day"), jt("ES-MC"),
		jt("ES-MD"), f("ES-MD", 5, 2, "Día de la Comunidad de Madrid", "Madrid Community Day"),
		jt("ES-ML"),
		f("ES-NC", 3, 19, "San José", "St Joseph's Day"), jt("ES-NC"), lp("ES-NC"),
		f("ES-PV", 3, 19, "San José", "St Joseph's Day"), jt("ES-PV"), lp("ES-PV"), f("ES-PV", 7, 25, "Santiago Apóstol", "St James's Day"),
		jt("ES-RI"), lp("ES-RI"), f("ES-RI", 6, 9, "Día de La Rioja", "La Rioja Day"),
		f("ES-VC", 3, 19, "San José", "St Joseph's Day"), lp("ES-VC"), f("ES-VC", 6, 24, "Sant Joan", "St John's Day"),
	} {
		out = append(out, d.until(spanishDecreeFirst-1), d.since(spanishDecreeLast+1))
	}
	return out
}
