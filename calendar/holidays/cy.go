package holidays

func cyprus() marketData {
	const b = "Περί Αργιών (Δημόσια Υπηρεσία) Νόμος"
	return marketData{defs: []Definition{
		def("Πρωτοχρονιά", "New Year's Day", b, fd(jan, 1)),
		def("Θεοφάνεια", "Epiphany", b, fd(jan, 6)),
		def("Καθαρά Δευτέρα", "Clean Monday", b, OrthodoxDay(-48)),
		def("Ευαγγελισμός της Θεοτόκου", "Greek Independence Day", b, fd(mar, 25)),
		def("Εθνική Ημέρα Κύπρου", "Cyprus National Day", b, fd(apr, 1)),
		def("Μεγάλη Παρασκευή", "Orthodox Good Friday", b, OrthodoxDay(-2)),
		def("Κυριακή του Πάσχα", "Orthodox Easter Sunday", b, OrthodoxDay(0)),
		def("Δευτέρα της Διακαινησίμου", "Orthodox Easter Monday", b, OrthodoxDay(1)),
		def("Τρίτη της Διακαινησίμου", "Orthodox Easter Tuesday", b, OrthodoxDay(2)).unconfirmed(),
		def("Πρωτομαγιά", "Labour Day", b, fd(may, 1)),
		def("Αγίου Πνεύματος", "Whit Monday (Kataklysmos)", b, OrthodoxDay(50)),
		def("Κοίμηση της Θεοτόκου", "Assumption Day", b, fd(aug, 15)),
		def("Ημέρα της Κυπριακής Ανεξαρτησίας", "Cyprus Independence Day", b, fd(oct, 1)),
		def("Ημέρα του Όχι", "Ochi Day", b, fd(oct, 28)),
		def("Παραμονή Χριστουγέννων", "Christmas Eve", b, fd(dec, 24)).unconfirmed(),
		def("Χριστούγεννα", "Christmas Day", b, fd(dec, 25)),
		def("Σύναξη της Θεοτόκου", "Day after Christmas", b, fd(dec, 26)),
	}}
}
