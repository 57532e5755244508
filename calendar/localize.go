package calendar

import (
	"time"

	"github.com/aftersales/aftersales/internal/cldr"
	"golang.org/x/text/language"
)

// Localize returns d as a long date in prose in the language of tag,
// following Unicode CLDR 48 (package internal/cldr): "15 juillet 2026",
// "15. Juli 2026", "July 15, 2026", "15 lipca 2026" (months in the
// genitive where the language declines them). Languages other than the 25
// of the European markets are written in English; a regional variant is
// written as its language. The zero Date is written "0000-00-00", as by
// String. String, MarshalJSON and MarshalText are unchanged (YYYY-MM-DD).
// Localize makes Date an explain.Localizer.
func (d Date) Localize(tag language.Tag) string {
	var b [64]byte
	return string(d.AppendLocalized(b[:0], tag))
}

// AppendLocalized appends Localize(tag) to dst. It does not allocate when
// dst has room.
func (d Date) AppendLocalized(dst []byte, tag language.Tag) []byte {
	if d.IsZero() {
		return append(dst, "0000-00-00"...)
	}
	base, _ := tag.Base()
	return d.AppendIn(dst, base.String())
}

// AppendIn appends d in prose in the language of base code lang ("fr"),
// English for a code that is not supported (an explain.LangAppender).
func (d Date) AppendIn(dst []byte, lang string) []byte {
	if d.IsZero() {
		return append(dst, "0000-00-00"...)
	}
	l, _ := cldr.For(lang)
	y, m, day := civilFromDays(d.days())
	return l.AppendDate(dst, y, m, day)
}

// DayName is a day of the week as an explanation argument, such as the
// reason a period rolls over ("Saturday"): its String and JSON are the
// English name, exactly as the plain string arguments it replaces, and a
// catalog writes it in the reader's language from CLDR ("samedi",
// "Samstag"). The zero DayName is Sunday. It is a plain value, safe for
// concurrent use; daylight-saving time does not affect it.
type DayName time.Weekday

// String returns the English name of the day ("Saturday").
func (d DayName) String() string { return time.Weekday(d).String() }

// MarshalJSON writes the English name as a JSON string.
func (d DayName) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// Localize returns the day's name in the language of tag, English for a
// language that is not supported (an explain.Localizer).
func (d DayName) Localize(tag language.Tag) string {
	base, _ := tag.Base()
	l, _ := cldr.For(base.String())
	return l.Weekday(time.Weekday(d))
}

// ReasonArg is the explanation argument naming why h is skipped: a
// DayName when h.Name is its weekday's English name (a weekend), so that
// explanations write it in the reader's language, and h.Name (a holiday's
// name) otherwise.
func ReasonArg(h Holiday) any {
	if wd := h.Date.Weekday(); h.Name == wd.String() {
		return DayName(wd)
	}
	return h.Name
}
