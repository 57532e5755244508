package cldr

// localeData is one language's row of the generated table (data.go).
type localeData struct {
	lang             string
	months           [12]string // wide, format context (genitive where CLDR has it)
	monthsStandAlone [12]string // wide, stand-alone context
	weekdays         [7]string  // wide, format context, Sunday first
	dateLong         string     // dateFormats/long
	timeShort        string     // timeFormats/short
	dateTime         string     // dateTimeFormats-atTime/standard/long, else dateTimeFormats/long
	am, pm           string     // abbreviated format day periods
	decimal, group   string
	minus            string
	minGrouping      int
	currency         string                // currencyFormats standard, possibly with ";negative"
	symbols          [numCurrencies]string // "" means the ISO code
	names            [numLocales]string    // the languages' names, in the order of localeCodes
}
