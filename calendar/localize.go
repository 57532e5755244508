package calendar

import (
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
