package holidays

func bulgaria() marketData {
	// From 2017 a holiday other than Easter's that falls on a Saturday or
	// Sunday is followed by its substitute day (чл. 154, ал. 2, ДВ бр. 105
	// от 2016); before, the Council of Ministers moved days year by year.
	const b = "Кодекс на труда чл. 154, ал. 1"
	const s = "Кодекс на труда чл. 154, ал. 1–2"
	sub := func(d Definition) []Definition {
		d2 := d
		d2.Basis = s
		return []Definition{d.until(2016), d2.since(2017).substitute()}
	}
	defs := []Definition{}
	for _, d := range []Definition{
		def("Нова година", "New Year's Day", b, fd(jan, 1)),
		def("Ден на Освобождението на България", "Liberation Day", b, fd(mar, 3)),
		def("Велики петък", "Good Friday", b, OrthodoxDay(-2)),
		def("Велика събота", "Holy Saturday", b, OrthodoxDay(-1)),
		def("Великден", "Easter Sunday", b, OrthodoxDay(0)),
		def("Великден", "Easter Monday", b, OrthodoxDay(1)),
		def("Ден на труда", "Labour Day", b, fd(may, 1)),
		def("Гергьовден", "St George's Day", b, fd(may, 6)),
		def("Ден на светите Кирил и Методий", "Day of Slavonic Alphabet, Bulgarian Enlightenment and Culture", b, fd(may, 24)),
		def("Ден на Съединението", "Unification Day", b, fd(sep, 6)),
		def("Ден на Независимостта", "Independence Day", b, fd(sep, 22)),
		def("Бъдни вечер", "Christmas Eve", b, fd(dec, 24)),
		def("Коледа", "Christmas Day", b, fd(dec, 25)),
		def("Коледа", "Second Day of Christmas", b, fd(dec, 26)),
	} {
		if d.Rule.Kind == Fixed {
			defs = append(defs, sub(d)...)
		} else {
			defs = append(defs, d)
		}
	}
	return marketData{defs: defs}
}
