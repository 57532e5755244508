package holidays

func portugal() marketData {
	const b = "Código do Trabalho art. 234.º"
	const susp = "Código do Trabalho art. 234.º (suspenso 2013–2015 pela Lei 23/2012; reposto pela Lei 8/2016)"
	gap := func(d Definition) []Definition {
		return []Definition{d.until(2012), d.since(2016)}
	}
	defs := []Definition{
		def("Ano Novo", "New Year's Day", b, fd(jan, 1)),
		def("Sexta-feira Santa", "Good Friday", b, EasterDay(-2)),
		def("Páscoa", "Easter Sunday", b, EasterDay(0)),
		def("Dia da Liberdade", "Freedom Day", b, fd(apr, 25)),
		def("Dia do Trabalhador", "Labour Day", b, fd(may, 1)),
		def("Dia de Portugal, de Camões e das Comunidades Portuguesas", "Portugal Day", b, fd(jun, 10)),
		def("Assunção de Nossa Senhora", "Assumption Day", b, fd(aug, 15)),
		def("Imaculada Conceição", "Immaculate Conception", b, fd(dec, 8)),
		def("Natal", "Christmas Day", b, fd(dec, 25)),
	}
	defs = append(defs, gap(def("Corpo de Deus", "Corpus Christi", susp, EasterDay(60)))...)
	defs = append(defs, gap(def("Implantação da República", "Republic Day", susp, fd(oct, 5)))...)
	defs = append(defs, gap(def("Dia de Todos-os-Santos", "All Saints' Day", susp, fd(nov, 1)))...)
	defs = append(defs, gap(def("Restauração da Independência", "Restoration of Independence", susp, fd(dec, 1)))...)
	defs = append(defs,
		def("Dia da Região Autónoma dos Açores", "Azores Day (Whit Monday)", "Decreto Regional n.º 13/80/A", EasterDay(50)).in("PT-20"),
		def("Dia da Região Autónoma da Madeira e das Comunidades Madeirenses", "Madeira Day", "Decreto Regional n.º 27/79/M art. 1.º", fd(jul, 1)).in("PT-30"),
		def("Primeira Oitava", "Boxing Day (Madeira)", "Decreto Legislativo Regional n.º 18/2002/M art. 1.º", fd(dec, 26)).since(2002).in("PT-30"),
	)
	return marketData{
		regions: []Region{
			{Code: "PT-20", Name: "Região Autónoma dos Açores", Aliases: []string{"azores", "acores", "açores"}, Location: "Atlantic/Azores"},
			{Code: "PT-30", Name: "Região Autónoma da Madeira", Aliases: []string{"madeira"}, Location: "Atlantic/Madeira"},
		},
		defs: defs,
	}
}
