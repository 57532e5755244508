package explain

import (
	"time"

	"github.com/aftersales/aftersales/internal/cldr"
	"golang.org/x/text/language"
)

// Instant is a moment as a step argument or fact: a due time, a deadline.
// It marshals to JSON as the RFC 3339 string of its time in its own
// location ("2026-07-15T10:00:00+02:00", whole seconds), byte for byte what
// a string argument formatted with time.RFC3339 gave, and renders for
// people as a date and time in prose in the reader's language ("15 juillet
// 2026 à 10 h 00", "15. Juli 2026, 10:00 Uhr", "July 15, 2026 at 10:00 AM")
// following Unicode CLDR 48 (package internal/cldr) plus the house style
// for French and German times.
//
// Daylight-saving time: an Instant renders in the wall clock of its own
// location, the one At was given, with that location's offset at that
// moment. A due time computed in Europe/Paris across a DST change
// therefore prints the local time it was computed in (10:00 stays 10:00
// on both sides of the change), and the JSON carries the offset in force
// (+01:00 in winter, +02:00 in summer). Convert the time with In before
// At to show it in another zone.
//
// The zero Instant is the zero time.Time in UTC ("0001-01-01T00:00:00Z").
// An Instant is a small immutable value, safe for concurrent use.
// Instant implements Localizer.
type Instant struct{ t time.Time }

// At returns the Instant of t, keeping t's location.
func At(t time.Time) Instant { return Instant{t: t} }

// Equal reports whether i and j are the same instant written the same way
// (the same wall clock and offset), so that go-cmp and tests compare
// Instants by value.
func (i Instant) Equal(j Instant) bool { return i.t.Equal(j.t) && i.String() == j.String() }

// Time returns the time of i, in its location.
func (i Instant) Time() time.Time { return i.t }

// String returns i in RFC 3339 ("2026-07-15T10:00:00+02:00").
func (i Instant) String() string { return i.t.Format(time.RFC3339) }

// MarshalJSON returns the JSON string of String.
func (i Instant) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(time.RFC3339)+8)
	b = append(b, '"')
	b = i.t.AppendFormat(b, time.RFC3339)
	return append(b, '"'), nil
}

// Localize returns i as a date and time in prose in the language of tag,
// in i's own location: "15 juillet 2026 à 10 h 00". Languages other than
// the 25 of the European markets are written in English.
func (i Instant) Localize(tag language.Tag) string {
	var b [80]byte
	return string(i.AppendLocalized(b[:0], tag))
}

// AppendLocalized appends Localize(tag) to dst. It does not allocate when
// dst has room.
func (i Instant) AppendLocalized(dst []byte, tag language.Tag) []byte {
	base, _ := tag.Base()
	return i.AppendIn(dst, base.String())
}

// AppendIn appends i in prose in the language of base code lang ("fr"),
// English for a code that is not supported (a LangAppender).
func (i Instant) AppendIn(dst []byte, lang string) []byte {
	l, _ := cldr.For(lang)
	y, m, d := i.t.Date()
	h, min, _ := i.t.Clock()
	return l.AppendDateTime(dst, y, m, d, h, min)
}
