package holidays

func bulgaria() marketData {
	// Days falling on a Saturday or Sunday are followed by substitute days
	// off (чл. 154, ал. 2).
	const b = "Кодекс на труда чл. 154"
	return marketData{defs: []Definition{
		def("Нова година", "New Year's Day", b, fd(jan, 1)).subs(2, 1),
		def("Ден на Освобождението на България", "Liberation Day", b, fd(mar, 3)).subs(2, 1),
		def("Велики петък", "Good Friday", b, OrthodoxDay(-2)),
		def("Велика събота", "Holy Saturday", b, OrthodoxDay(-1)),
		def("Великден", "Easter Sunday", b, OrthodoxDay(0)),
		def("Великден", "Easter Monday", b, OrthodoxDay(1)),
		def("Ден на труда", "Labour Day", b, fd(may, 1)),
		def("Гергьовден", "St George's Day", b, fd(may, 6)).subs(2, 1),
		def("Ден на светите Кирил и Методий", "Day of Slavonic Alphabet, Bulgarian Enlightenment and Culture", b, fd(may, 24)).subs(2, 1),
		def("Ден на Съединението", "Unification Day", b, fd(sep, 6)).subs(2, 1),
		def("Ден на Независимостта", "Independence Day", b, fd(sep, 22)).subs(2, 1),
		def("Бъдни вечер", "Christmas Eve", b, fd(dec, 24)).subs(3, 3),
		def("Коледа", "Christmas Day", b, fd(dec, 25)).subs(3, 3),
		def("Коледа", "Second Day of Christmas", b, fd(dec, 26)).subs(2, 1),
	}}
}
