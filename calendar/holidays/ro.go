package holidays

func romania() marketData {
	const b = "Codul muncii (Legea 53/2003) art. 139 alin. (1)"
	return marketData{defs: []Definition{
		def("Anul Nou", "New Year's Day", b, fd(jan, 1)),
		def("A doua zi de Anul Nou", "Day after New Year's Day", b, fd(jan, 2)),
		def("Boboteaza", "Epiphany", "Codul muncii art. 139 (Legea 17/2024)", fd(jan, 6)).since(2024),
		def("Sfântul Ioan Botezătorul", "Synaxis of St John the Baptist", "Codul muncii art. 139 (Legea 17/2024)", fd(jan, 7)).since(2024),
		def("Ziua Unirii Principatelor Române", "Union Day", "Codul muncii art. 139 (Legea 171/2016)", fd(jan, 24)).since(2017),
		def("Vinerea Mare", "Orthodox Good Friday", "Codul muncii art. 139 (Legea 64/2018)", OrthodoxDay(-2)).since(2018),
		def("Paștele", "Orthodox Easter Sunday", b, OrthodoxDay(0)),
		def("A doua zi de Paște", "Orthodox Easter Monday", b, OrthodoxDay(1)),
		def("Ziua Muncii", "Labour Day", b, fd(may, 1)),
		def("Ziua Copilului", "Children's Day", "Codul muncii art. 139 (Legea 220/2016)", fd(jun, 1)).since(2017),
		def("Rusaliile", "Orthodox Whit Sunday", b, OrthodoxDay(49)),
		def("A doua zi de Rusalii", "Orthodox Whit Monday", b, OrthodoxDay(50)),
		def("Adormirea Maicii Domnului", "Assumption Day", "Codul muncii art. 139 alin. (1) (Legea 202/2008, în vigoare la 31 octombrie 2008)", fd(aug, 15)).since(2009),
		def("Sfântul Andrei", "St Andrew's Day", "Codul muncii art. 139 (Legea 147/2012)", fd(nov, 30)).since(2012),
		def("Ziua Națională a României", "National Day", b, fd(dec, 1)),
		def("Crăciunul", "Christmas Day", b, fd(dec, 25)),
		def("A doua zi de Crăciun", "Second Day of Christmas", b, fd(dec, 26)),
	}}
}
