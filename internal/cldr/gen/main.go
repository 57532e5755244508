// Command gen writes internal/cldr/data.go from the CLDR JSON of the npm
// packages cldr-core, cldr-dates-full, cldr-numbers-full and cldr-localenames-full, installed by
// fetch.sh:
//
//	go run ./internal/cldr/gen -src "$(internal/cldr/gen/fetch.sh)"
//
// It keeps only the facts package cldr uses and fails when the data holds
// something the package cannot interpret (a currency spacing rule other
// than CLDR's default, a grouping size other than 3, a numbering system
// other than latn).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// languages are the base languages generated; en comes first because
// the zero Locale is English.
var languages = []string{"en", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}

// currencies are the ISO codes whose symbols are kept, in table order.
var currencies = []string{"EUR", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "ISK", "RON", "BGN", "CHF", "GBP", "USD"}

var weekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

func main() {
	src := flag.String("src", "", "directory holding the unpacked npm packages (node_modules)")
	out := flag.String("o", "internal/cldr/data.go", "output file")
	flag.Parse()
	if *src == "" {
		log.Fatal("gen: -src is required (run internal/cldr/gen/fetch.sh)")
	}
	b, err := generate(*src)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatalf("gen: %v", err)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func pkgVersion(src, pkg string) (string, string, error) {
	var p struct {
		Version     string `json:"version"`
		CLDRVersion string `json:"cldrVersion"`
	}
	err := readJSON(filepath.Join(src, pkg, "package.json"), &p)
	return p.Version, p.CLDRVersion, err
}

type gregorian struct {
	Months struct {
		Format     struct{ Wide map[string]string } `json:"format"`
		StandAlone struct{ Wide map[string]string } `json:"stand-alone"`
	} `json:"months"`
	Days struct {
		Format struct{ Wide map[string]string } `json:"format"`
	} `json:"days"`
	DayPeriods struct {
		Format struct {
			Abbreviated map[string]string `json:"abbreviated"`
		} `json:"format"`
	} `json:"dayPeriods"`
	DateFormats     map[string]any               `json:"dateFormats"`
	TimeFormats     map[string]any               `json:"timeFormats"`
	DateTimeFormats map[string]any               `json:"dateTimeFormats"`
	AtTime          map[string]map[string]string `json:"dateTimeFormats-atTime"`
}

type numbers struct {
	DefaultNumberingSystem string                     `json:"defaultNumberingSystem"`
	MinimumGroupingDigits  string                     `json:"minimumGroupingDigits"`
	Symbols                map[string]string          `json:"symbols-numberSystem-latn"`
	CurrencyFormats        map[string]json.RawMessage `json:"currencyFormats-numberSystem-latn"`
	DecimalFormats         map[string]json.RawMessage `json:"decimalFormats-numberSystem-latn"`
}

type spacing struct {
	CurrencyMatch    string `json:"currencyMatch"`
	SurroundingMatch string `json:"surroundingMatch"`
	InsertBetween    string `json:"insertBetween"`
}

type locale struct {
	lang                      string
	months, monthsSA          [12]string
	weekdays                  [7]string
	dateLong, timeShort, glue string
	am, pm                    string
	decimal, group, minus     string
	minGrouping               int
	currency                  string
	symbols                   []string
}

func str(m map[string]any, k string) (string, error) {
	s, ok := m[k].(string)
	if !ok {
		return "", fmt.Errorf("no string %q", k)
	}
	return s, nil
}

func load(src, lang string, root map[string]map[string]string) (locale, error) {
	l := locale{lang: lang}
	var ca struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian gregorian `json:"gregorian"`
				} `json:"calendars"`
			} `json:"dates"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(src, "cldr-dates-full/main", lang, "ca-gregorian.json"), &ca); err != nil {
		return l, err
	}
	g := ca.Main[lang].Dates.Calendars.Gregorian
	for i := range 12 {
		k := strconv.Itoa(i + 1)
		l.months[i], l.monthsSA[i] = g.Months.Format.Wide[k], g.Months.StandAlone.Wide[k]
		if l.months[i] == "" || l.monthsSA[i] == "" {
			return l, fmt.Errorf("%s: month %s missing", lang, k)
		}
	}
	for i, k := range weekdays {
		if l.weekdays[i] = g.Days.Format.Wide[k]; l.weekdays[i] == "" {
			return l, fmt.Errorf("%s: weekday %s missing", lang, k)
		}
	}
	var err error
	if l.dateLong, err = str(g.DateFormats, "long"); err != nil {
		return l, fmt.Errorf("%s: dateFormats: %v", lang, err)
	}
	if l.timeShort, err = str(g.TimeFormats, "short"); err != nil {
		return l, fmt.Errorf("%s: timeFormats: %v", lang, err)
	}
	if l.glue, err = str(g.DateTimeFormats, "long"); err != nil {
		return l, fmt.Errorf("%s: dateTimeFormats: %v", lang, err)
	}
	if at := g.AtTime["standard"]["long"]; at != "" {
		l.glue = at // "{1} 'à' {0}": the form for a date at a time
	}
	l.am, l.pm = g.DayPeriods.Format.Abbreviated["am"], g.DayPeriods.Format.Abbreviated["pm"]
	if l.am == "" || l.pm == "" {
		return l, fmt.Errorf("%s: day periods missing", lang)
	}

	var nu struct {
		Main map[string]struct {
			Numbers numbers `json:"numbers"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(src, "cldr-numbers-full/main", lang, "numbers.json"), &nu); err != nil {
		return l, err
	}
	n := nu.Main[lang].Numbers
	if n.DefaultNumberingSystem != "latn" {
		return l, fmt.Errorf("%s: numbering system %s", lang, n.DefaultNumberingSystem)
	}
	l.decimal, l.group, l.minus = n.Symbols["decimal"], n.Symbols["group"], n.Symbols["minusSign"]
	if l.decimal == "" || l.group == "" || l.minus == "" {
		return l, fmt.Errorf("%s: number symbols missing", lang)
	}
	if l.minGrouping, err = strconv.Atoi(n.MinimumGroupingDigits); err != nil || l.minGrouping < 1 || l.minGrouping > 3 {
		return l, fmt.Errorf("%s: minimumGroupingDigits %q", lang, n.MinimumGroupingDigits)
	}
	if err := json.Unmarshal(n.CurrencyFormats["standard"], &l.currency); err != nil {
		return l, fmt.Errorf("%s: currency pattern: %v", lang, err)
	}
	for _, p := range strings.Split(l.currency, ";") {
		if !strings.Contains(p, "#,##0.") || strings.Contains(p, ",##,") || strings.Count(p, "¤") != 1 || strings.Contains(p, "'") {
			return l, fmt.Errorf("%s: currency pattern %q not supported", lang, l.currency)
		}
	}
	var dec string
	if err := json.Unmarshal(n.DecimalFormats["standard"], &dec); err != nil || dec != "#,##0.###" {
		return l, fmt.Errorf("%s: decimal pattern %q not supported", lang, dec)
	}
	var sp map[string]spacing
	if err := json.Unmarshal(n.CurrencyFormats["currencySpacing"], &sp); err != nil {
		return l, fmt.Errorf("%s: currencySpacing: %v", lang, err)
	}
	want := spacing{"[[:^S:]&[:^Z:]]", "[:digit:]", "\u00a0"}
	if sp["beforeCurrency"] != want || sp["afterCurrency"] != want {
		return l, fmt.Errorf("%s: currencySpacing %+v is not the default the package implements", lang, sp)
	}

	var cu struct {
		Main map[string]struct {
			Numbers struct {
				Currencies map[string]map[string]string `json:"currencies"`
			} `json:"numbers"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(src, "cldr-numbers-full/main", lang, "currencies.json"), &cu); err != nil {
		return l, err
	}
	for _, c := range currencies {
		s := cu.Main[lang].Numbers.Currencies[c]["symbol"]
		if s == "" {
			s = root[c]["symbol"] // inherited from root
		}
		if s == c {
			s = "" // the ISO code itself
		}
		l.symbols = append(l.symbols, s)
	}
	return l, nil
}

func generate(src string) ([]byte, error) {
	var vers []string
	cldrVersion := ""
	for _, p := range []string{"cldr-core", "cldr-dates-full", "cldr-numbers-full", "cldr-localenames-full"} {
		v, cv, err := pkgVersion(src, p)
		if err != nil {
			return nil, err
		}
		vers = append(vers, p+"@"+v)
		if cv != "" {
			cldrVersion = cv
		}
	}
	var rootCu struct {
		Main map[string]struct {
			Numbers struct {
				Currencies map[string]map[string]string `json:"currencies"`
			} `json:"numbers"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(src, "cldr-numbers-full/main/und/currencies.json"), &rootCu); err != nil {
		return nil, err
	}
	root := rootCu.Main["und"].Numbers.Currencies

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go run ./internal/cldr/gen; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "// Source: Unicode CLDR %s, npm packages %s.\n", cldrVersion, strings.Join(vers, ", "))
	fmt.Fprintf(&b, "// Generated on %s.\n\n", time.Now().UTC().Format(time.DateOnly))
	fmt.Fprintf(&b, "package cldr\n\n")
	fmt.Fprintf(&b, "// CLDRVersion is the CLDR release the tables come from.\nconst CLDRVersion = %q\n\n", cldrVersion)
	fmt.Fprintf(&b, "// currencyCodes are the currencies with symbols in locales[i].symbols, in order.\n")
	fmt.Fprintf(&b, "var currencyCodes = [numCurrencies]string{%s}\n\n", quoteAll(currencies))
	fmt.Fprintf(&b, "const numCurrencies = %d\n\n", len(currencies))
	fmt.Fprintf(&b, "// numLocales is the number of languages.\nconst numLocales = %d\n\n", len(languages))
	fmt.Fprintf(&b, "// locales holds the CLDR facts of each language; locales[0] is English.\n")
	fmt.Fprintf(&b, "// It is never written.\n")
	fmt.Fprintf(&b, "var locales = [...]localeData{\n")
	for _, lang := range languages {
		l, err := load(src, lang, root)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "{\nlang: %q,\n", l.lang)
		fmt.Fprintf(&b, "months: [12]string{%s},\n", quoteAll(l.months[:]))
		fmt.Fprintf(&b, "monthsStandAlone: [12]string{%s},\n", quoteAll(l.monthsSA[:]))
		fmt.Fprintf(&b, "weekdays: [7]string{%s},\n", quoteAll(l.weekdays[:]))
		fmt.Fprintf(&b, "dateLong: %s, timeShort: %s, dateTime: %s,\n", q(l.dateLong), q(l.timeShort), q(l.glue))
		fmt.Fprintf(&b, "am: %s, pm: %s,\n", q(l.am), q(l.pm))
		fmt.Fprintf(&b, "decimal: %s, group: %s, minus: %s, minGrouping: %d,\n", q(l.decimal), q(l.group), q(l.minus), l.minGrouping)
		fmt.Fprintf(&b, "currency: %s,\n", q(l.currency))
		fmt.Fprintf(&b, "symbols: [numCurrencies]string{%s},\n", quoteAll(l.symbols))
		names, err := languageNames(src, lang)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "names: [numLocales]string{%s},\n},\n", quoteAll(names))
	}
	fmt.Fprintf(&b, "}\n")
	return format.Source(b.Bytes())
}

// languageNames returns the names of every language of languages as
// lang writes them (cldr-localenames-full), in that order.
func languageNames(src, lang string) ([]string, error) {
	var ln struct {
		Main map[string]struct {
			LocaleDisplayNames struct {
				Languages map[string]string `json:"languages"`
			} `json:"localeDisplayNames"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(src, "cldr-localenames-full/main", lang, "languages.json"), &ln); err != nil {
		return nil, err
	}
	m := ln.Main[lang].LocaleDisplayNames.Languages
	out := make([]string, len(languages))
	for i, code := range languages {
		n, ok := m[code]
		if !ok || n == "" {
			return nil, fmt.Errorf("%s: no name for language %s", lang, code)
		}
		out[i] = n
	}
	return out, nil
}

// q quotes s with the invisible spaces escaped, so the table can be read.
func q(s string) string { return strconv.QuoteToASCII(s) }

func quoteAll(ss []string) string {
	qs := make([]string, len(ss))
	for i, s := range ss {
		qs[i] = strconv.Quote(s)
		if strings.ContainsAny(s, "\u00a0\u202f\u2212") {
			qs[i] = q(s)
		}
	}
	return strings.Join(qs, ", ")
}
