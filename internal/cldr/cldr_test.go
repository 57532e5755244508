package cldr

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustFor(t testing.TB, lang string) Locale {
	t.Helper()
	l, ok := For(lang)
	if !ok {
		t.Fatalf("For(%q): language missing", lang)
	}
	return l
}

// The expectations below are written by hand from the CLDR 48 JSON
// (dateFormats/long, timeFormats/short, dateTimeFormats-atTime, months
// format wide), plus the house style of overrides.go for fr and de.
func TestDateAndDateTime(t *testing.T) {
	tests := []struct {
		lang, date, dateTime string
	}{
		{"bg", "15 юли 2026\u202fг.", "15 юли 2026\u202fг. в 10:00"},
		{"cs", "15. července 2026", "15. července 2026 v 10:00"},
		{"da", "15. juli 2026", "15. juli 2026 kl. 10.00"},
		{"de", "15. Juli 2026", "15. Juli 2026, 10:00 Uhr"},
		{"el", "15 Ιουλίου 2026", "15 Ιουλίου 2026 στις 10:00\u202fπ.μ."},
		{"en", "July 15, 2026", "July 15, 2026 at 10:00\u202fAM"},
		{"es", "15 de julio de 2026", "15 de julio de 2026 a las 10:00"},
		{"et", "15. juuli 2026", "15. juuli 2026, kell 10:00"},
		{"fi", "15. heinäkuuta 2026", "15. heinäkuuta 2026 klo 10.00"},
		{"fr", "15 juillet 2026", "15 juillet 2026 à 10 h 00"},
		{"hr", "15. srpnja 2026.", "15. srpnja 2026. u 10:00"},
		{"hu", "2026. július 15.", "2026. július 15. 10:00"},
		{"is", "15. júlí 2026", "15. júlí 2026 kl. 10:00"},
		{"it", "15 luglio 2026", "15 luglio 2026 alle ore 10:00"},
		{"lt", "2026 m. liepos 15 d.", "2026 m. liepos 15 d. 10:00"},
		{"lv", "2026. gada 15. jūlijs", "2026. gada 15. jūlijs 10:00"},
		{"mt", "15 ta’ Lulju 2026", "15 ta’ Lulju 2026 10:00"},
		{"nb", "15. juli 2026", "15. juli 2026 kl. 10:00"},
		{"nl", "15 juli 2026", "15 juli 2026 om 10:00"},
		{"pl", "15 lipca 2026", "15 lipca 2026 10:00"},
		{"pt", "15 de julho de 2026", "15 de julho de 2026 às 10:00"},
		{"ro", "15 iulie 2026", "15 iulie 2026 la 10:00"},
		{"sk", "15. júla 2026", "15. júla 2026 o 10:00"},
		{"sl", "15. julij 2026", "15. julij 2026 ob 10:00"},
		{"sv", "15 juli 2026", "15 juli 2026 kl. 10:00"},
	}
	if len(tests) != len(locales) {
		t.Errorf("%d rows for %d languages", len(tests), len(locales))
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			l := mustFor(t, tt.lang)
			if diff := cmp.Diff(tt.date, string(l.AppendDate(nil, 2026, time.July, 15))); diff != "" {
				t.Errorf("AppendDate mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.dateTime, string(l.AppendDateTime(nil, 2026, time.July, 15, 10, 0))); diff != "" {
				t.Errorf("AppendDateTime mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTimeOfDay(t *testing.T) {
	tests := []struct {
		name, lang string
		hour, min  int
		want       string
	}{
		{"English afternoon", "en", 15, 5, "January 2, 2026 at 3:05\u202fPM"},
		{"English midnight is 12 AM", "en", 0, 0, "January 2, 2026 at 12:00\u202fAM"},
		{"English noon is 12 PM", "en", 12, 30, "January 2, 2026 at 12:30\u202fPM"},
		{"Greek afternoon", "el", 15, 5, "2 Ιανουαρίου 2026 στις 3:05\u202fμ.μ."},
		{"Spanish 12-hour day periods are not used", "es", 15, 5, "2 de enero de 2026 a las 15:05"},
		{"French single-digit hour", "fr", 9, 5, "2 janvier 2026 à 9 h 05"},
		{"German pads the hour", "de", 9, 5, "2. Januar 2026, 09:05 Uhr"},
		{"Danish dot", "da", 23, 59, "2. januar 2026 kl. 23.59"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(mustFor(t, tt.lang).AppendDateTime(nil, 2026, time.January, 2, tt.hour, tt.min))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		name, lang string
		neg        bool
		i, f, code string
		want       string
	}{
		{"bg EUR, 4 digits not grouped", "bg", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"cs EUR", "cs", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},
		{"da EUR", "da", false, "1234", "50", "EUR", "1.234,50\u00a0€"},
		{"de EUR", "de", false, "1234", "50", "EUR", "1.234,50\u00a0€"},
		{"el EUR", "el", false, "1234", "50", "EUR", "1.234,50\u00a0€"},
		{"en EUR", "en", false, "1234", "50", "EUR", "€1,234.50"},
		{"es EUR, 4 digits not grouped", "es", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"et EUR, 4 digits not grouped", "et", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"fi EUR", "fi", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},
		{"fr EUR", "fr", false, "1234", "50", "EUR", "1\u202f234,50\u00a0€"},
		{"hr EUR", "hr", false, "1234", "50", "EUR", "1.234,50\u00a0€"},
		{"hu EUR is written EUR", "hu", false, "1234", "50", "EUR", "1234,50\u00a0EUR"},
		{"is EUR is written EUR", "is", false, "1234", "50", "EUR", "1.234,50\u00a0EUR"},
		{"it EUR, 4 digits not grouped", "it", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"lt EUR", "lt", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},
		{"lv EUR, 4 digits not grouped", "lv", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"mt EUR symbol first", "mt", false, "1234", "50", "EUR", "€1,234.50"},
		{"nb EUR", "nb", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},
		{"nl EUR symbol first with a space", "nl", false, "1234", "50", "EUR", "€\u00a01.234,50"},
		{"pl EUR, 4 digits not grouped", "pl", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"pt EUR symbol first with a space", "pt", false, "1234", "50", "EUR", "€\u00a01.234,50"},
		{"ro EUR is written EUR", "ro", false, "1234", "50", "EUR", "1.234,50\u00a0EUR"},
		{"sk EUR", "sk", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},
		{"sl EUR, 4 digits not grouped", "sl", false, "1234", "50", "EUR", "1234,50\u00a0€"},
		{"sv EUR", "sv", false, "1234", "50", "EUR", "1\u00a0234,50\u00a0€"},

		{"pl PLN grouped from 5 digits", "pl", false, "12345", "50", "PLN", "12\u00a0345,50\u00a0zł"},
		{"cs CZK", "cs", false, "1234", "50", "CZK", "1\u00a0234,50\u00a0Kč"},
		{"sv SEK", "sv", false, "1234", "50", "SEK", "1\u00a0234,50\u00a0kr"},
		{"hu HUF", "hu", false, "12345", "00", "HUF", "12\u00a0345,00\u00a0Ft"},
		{"da DKK", "da", false, "1234", "50", "DKK", "1.234,50\u00a0kr."},
		{"nb NOK", "nb", false, "1234", "50", "NOK", "1\u00a0234,50\u00a0kr"},
		{"is ISK without decimals", "is", false, "1235", "", "ISK", "1.235\u00a0kr."},
		{"ro RON has no symbol", "ro", false, "1234", "50", "RON", "1.234,50\u00a0RON"},
		{"bg BGN", "bg", false, "1234", "50", "BGN", "1234,50\u00a0лв."},
		{"sv DKK", "sv", false, "10", "00", "DKK", "10,00\u00a0Dkr"},
		{"fr USD", "fr", false, "10", "00", "USD", "10,00\u00a0$US"},

		{"en negative: minus before the symbol", "en", true, "1234", "50", "EUR", "-€1,234.50"},
		{"fr negative", "fr", true, "1234", "50", "EUR", "-1\u202f234,50\u00a0€"},
		{"nb negative pattern, U+2212", "nb", true, "1234", "50", "NOK", "\u22121\u00a0234,50\u00a0kr"},
		{"nl negative pattern: minus after the symbol", "nl", true, "1234", "50", "EUR", "€\u00a0-1.234,50"},
		{"sv negative U+2212", "sv", true, "1234", "50", "SEK", "\u22121\u00a0234,50\u00a0kr"},
		{"fi negative U+2212", "fi", true, "5", "00", "EUR", "\u22125,00\u00a0€"},
		{"de negative", "de", true, "5", "00", "EUR", "-5,00\u00a0€"},

		{"en small", "en", false, "0", "50", "EUR", "€0.50"},
		{"pl three digits", "pl", false, "999", "99", "PLN", "999,99\u00a0zł"},
		{"es millions", "es", false, "1234567", "89", "EUR", "1.234.567,89\u00a0€"},
		{"en letters before digits get U+00A0", "en", false, "1234", "50", "CHF", "CHF\u00a01,234.50"},
		{"en negative letters", "en", true, "1234", "50", "CHF", "-CHF\u00a01,234.50"},
		{"en dollar", "en", false, "1234", "50", "USD", "$1,234.50"},
		{"mt PLN falls back to the code", "mt", false, "1234", "50", "PLN", "PLN\u00a01,234.50"},
		{"mt US$ ends in a symbol", "mt", false, "1234", "50", "USD", "US$1,234.50"},
		{"unknown currency is its code", "en", false, "10", "000", "KWD", "KWD\u00a010.000"},
		{"unknown currency after", "fr", false, "10", "00", "VES", "10,00\u00a0VES"},
		{"no fraction", "en", false, "1234", "", "JPY", "JPY\u00a01,234"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(mustFor(t, tt.lang).AppendMoney(nil, tt.neg, tt.i, tt.f, tt.code))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		name, lang string
		neg        bool
		i, f, want string
	}{
		{"fr", "fr", false, "1234567", "5", "1\u202f234\u202f567,5"},
		{"en", "en", true, "1234", "", "-1,234"},
		{"pl 4 digits", "pl", false, "1234", "25", "1234,25"},
		{"pl 5 digits", "pl", false, "12345", "", "12\u00a0345"},
		{"sl minus U+2212", "sl", true, "12345", "", "\u221212.345"},
		{"empty integer is zero", "de", false, "", "5", "0,5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(mustFor(t, tt.lang).AppendNumber(nil, tt.neg, tt.i, tt.f))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestForAndLanguages(t *testing.T) {
	want := strings.Fields("bg cs da de el en es et fi fr hr hu is it lt lv mt nb nl pl pt ro sk sl sv")
	got := Languages()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Languages mismatch (-want +got):\n%s", diff)
	}
	got[0] = "xx"
	if Languages()[0] != "bg" {
		t.Error("Languages hands out shared memory")
	}
	if l, ok := For("no"); !ok || l.Lang() != "nb" {
		t.Errorf("For(no) = %v, %v; want nb", l.Lang(), ok)
	}
	if l, ok := For("ja"); ok || l != (Locale{}) {
		t.Errorf("For(ja) = %v, %v; want English, false", l, ok)
	}
	if (Locale{}).Lang() != "en" {
		t.Error("zero Locale is not English")
	}
	for _, lang := range want {
		if l, ok := For(lang); !ok || l.Lang() != lang {
			t.Errorf("For(%q) = %q, %v", lang, l.Lang(), ok)
		}
	}
}

func TestMonthWeekday(t *testing.T) {
	tests := []struct {
		lang        string
		m           time.Month
		w           time.Weekday
		month, wday string
	}{
		{"pl", time.July, time.Wednesday, "lipiec", "środa"},
		{"cs", time.July, time.Sunday, "červenec", "neděle"},
		{"el", time.July, time.Monday, "Ιούλιος", "Δευτέρα"},
		{"en", time.December, time.Saturday, "December", "Saturday"},
		{"en", 13, 7, "", ""},
		{"fr", 0, -1, "", ""},
	}
	for _, tt := range tests {
		l := mustFor(t, tt.lang)
		if got := l.Month(tt.m); got != tt.month {
			t.Errorf("%s Month(%d) = %q, want %q", tt.lang, tt.m, got, tt.month)
		}
		if got := l.Weekday(tt.w); got != tt.wday {
			t.Errorf("%s Weekday(%d) = %q, want %q", tt.lang, tt.w, got, tt.wday)
		}
	}
}

// TestPatternsUseSupportedFields keeps the data within what appendPattern
// interprets: every letter run outside quotes is a supported field, every
// quote is closed, and the glue has {0} and {1} once each.
func TestPatternsUseSupportedFields(t *testing.T) {
	check := func(lang, name, p string) {
		for i := 0; i < len(p); {
			c := p[i]
			switch {
			case c == '\'':
				j := strings.IndexByte(p[i+1:], '\'')
				if j < 0 {
					t.Errorf("%s %s %q: unterminated quote", lang, name, p)
					return
				}
				i += j + 2
			case isLetter(c):
				n := 1
				for i+n < len(p) && p[i+n] == c {
					n++
				}
				if !supported(c, n) {
					t.Errorf("%s %s %q: field %q not supported", lang, name, p, p[i:i+n])
				}
				i += n
			default:
				i++
			}
		}
	}
	for _, d := range locales {
		check(d.lang, "dateLong", d.dateLong)
		check(d.lang, "timeShort", d.timeShort)
		glue := d.dateTime
		if o, ok := houseStyleFor(d.lang); ok {
			check(d.lang, "house timeShort", o.timeShort)
			if o.dateTime != "" {
				glue = o.dateTime
			}
		}
		for _, g := range []string{d.dateTime, glue} {
			if strings.Count(g, "{0}") != 1 || strings.Count(g, "{1}") != 1 {
				t.Errorf("%s glue %q needs {0} and {1} once", d.lang, g)
			}
			check(d.lang, "dateTime", strings.NewReplacer("{0}", "", "{1}", "").Replace(g))
		}
		for _, p := range strings.Split(d.currency, ";") {
			if strings.Count(p, "\u00a4") != 1 || !strings.Contains(p, "#,##0.00") || strings.ContainsAny(p, "'%E+") {
				t.Errorf("%s currency pattern %q not supported", d.lang, p)
			}
		}
	}
}

func TestHouseStylesAreKnownLanguages(t *testing.T) {
	for _, o := range houseStyles {
		if _, ok := For(o.lang); !ok || o.reason == "" {
			t.Errorf("house style %+v: unknown language or no reason", o)
		}
	}
}

func TestAllocations(t *testing.T) {
	buf := make([]byte, 0, 128)
	for _, lang := range Languages() {
		l := mustFor(t, lang)
		tests := map[string]func(){
			"AppendDate":     func() { buf = l.AppendDate(buf[:0], 2026, time.July, 15) },
			"AppendDateTime": func() { buf = l.AppendDateTime(buf[:0], 2026, time.July, 15, 10, 0) },
			"AppendNumber":   func() { buf = l.AppendNumber(buf[:0], true, "1234567", "89") },
			"AppendMoney":    func() { buf = l.AppendMoney(buf[:0], true, "1234567", "89", "CHF") },
		}
		for name, f := range tests {
			if n := testing.AllocsPerRun(50, f); n != 0 {
				t.Errorf("%s %s: %v allocations, want 0", lang, name, n)
			}
		}
	}
}

func BenchmarkAppendMoney(b *testing.B) {
	l := mustFor(b, "fr")
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = l.AppendMoney(buf[:0], false, "1234567", "89", "EUR")
	}
}

func BenchmarkAppendDateTime(b *testing.B) {
	l := mustFor(b, "fr")
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = l.AppendDateTime(buf[:0], 2026, time.July, 15, 10, 0)
	}
}

// TestLocaleCodesMatchData: the compact list For searches names the
// locales of the data in their order.
func TestLocaleCodesMatchData(t *testing.T) {
	if len(localeCodes) != 3*len(locales)-1 {
		t.Fatalf("%d codes for %d locales", (len(localeCodes)+1)/3, len(locales))
	}
	for i := range locales {
		if got := localeCodes[3*i : 3*i+2]; got != locales[i].lang {
			t.Errorf("code %d is %q, locale is %q", i, got, locales[i].lang)
		}
		if l, ok := For(locales[i].lang); !ok || int(l.i) != i {
			t.Errorf("For(%q) = %d, %v", locales[i].lang, l.i, ok)
		}
	}
	for _, bad := range []string{"", "x", "xx", "fra", "e"} {
		if _, ok := For(bad); ok {
			t.Errorf("For(%q) found a locale", bad)
		}
	}
}
