package cldr

// houseStyle is a way of writing that is NOT from CLDR: the project's
// house style, kept apart from the generated data so that regenerating
// never loses it and a reader sees at once what is ours.
type houseStyle struct {
	lang      string
	timeShort string // replaces timeFormats/short in AppendDateTime
	dateTime  string // replaces the date-time glue in AppendDateTime
	firstDay  string // written for field d on the first day of a month
	reason    string
}

// houseStyles is never written. Reasons:
//   - French prose writes the time of day "10 h 00" (Lexique des règles
//     typographiques en usage à l'Imprimerie nationale); CLDR's "HH:mm" is
//     the clock-face form. The glue stays CLDR's "{1} 'à' {0}".
//   - German prose writes "10:00 Uhr", and after a date a comma rather
//     than CLDR's "{1} 'um' {0}": "15. Juli 2026, 10:00 Uhr", the form of
//     issue #16's examples.
//   - French writes the first day of a month as an ordinal, "1er mars
//     2027", never "1 mars 2027"; CLDR date patterns have no ordinal day
//     field, so the day 1 of field d is written "1er".
var houseStyles = [...]houseStyle{
	{lang: "fr", timeShort: "H 'h' mm", firstDay: "1er", reason: "French prose time 10 h 00; 1er for the first of the month"},
	{lang: "de", timeShort: "HH:mm 'Uhr'", dateTime: "{1}, {0}", reason: "German prose time 10:00 Uhr after a comma"},
}

func houseStyleFor(lang string) (houseStyle, bool) {
	for _, o := range houseStyles {
		if o.lang == lang {
			return o, true
		}
	}
	return houseStyle{}, false
}
