package holidays

func greece() marketData {
	const b = "Ν. 1157/1981 και εργατική νομοθεσία (υποχρεωτικές αργίες)"
	return marketData{defs: []Definition{
		def("Πρωτοχρονιά", "New Year's Day", b, fd(jan, 1)),
		def("Θεοφάνεια", "Epiphany", b, fd(jan, 6)),
		def("Καθαρά Δευτέρα", "Clean Monday", b, OrthodoxDay(-48)),
		def("Ευαγγελισμός της Θεοτόκου", "Independence Day", b, fd(mar, 25)),
		def("Μεγάλη Παρασκευή", "Orthodox Good Friday", b, OrthodoxDay(-2)),
		def("Κυριακή του Πάσχα", "Orthodox Easter Sunday", b, OrthodoxDay(0)),
		def("Δευτέρα του Πάσχα", "Orthodox Easter Monday", b, OrthodoxDay(1)),
		def("Εργατική Πρωτομαγιά", "Labour Day", b, fd(may, 1)),
		def("Αγίου Πνεύματος", "Whit Monday", b, OrthodoxDay(50)),
		def("Κοίμηση της Θεοτόκου", "Assumption Day", b, fd(aug, 15)),
		def("Επέτειος του Όχι", "Ochi Day", b, fd(oct, 28)),
		def("Χριστούγεννα", "Christmas Day", b, fd(dec, 25)),
		def("Σύναξη της Θεοτόκου", "Day after Christmas", b, fd(dec, 26)),
	}}
}
