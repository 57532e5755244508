package calendar_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// Expectations written by hand from CLDR 48 (dateFormats/long, months in
// the format context).
func TestDateLocalize(t *testing.T) {
	jul := calendar.MustDate(2026, time.July, 15)
	feb := calendar.MustDate(2027, time.February, 1)
	tests := []struct {
		lang string
		d    calendar.Date
		want string
	}{
		{"bg", jul, "15 юли 2026\u202fг."},
		{"cs", jul, "15. července 2026"},
		{"da", jul, "15. juli 2026"},
		{"de", jul, "15. Juli 2026"},
		{"de-AT", jul, "15. Juli 2026"},
		{"el", jul, "15 Ιουλίου 2026"},
		{"en", jul, "July 15, 2026"},
		{"en-GB", jul, "July 15, 2026"},
		{"es", jul, "15 de julio de 2026"},
		{"et", jul, "15. juuli 2026"},
		{"fi", jul, "15. heinäkuuta 2026"},
		{"fr", jul, "15 juillet 2026"},
		{"hr", jul, "15. srpnja 2026."},
		{"hu", jul, "2026. július 15."},
		{"is", jul, "15. júlí 2026"},
		{"it", jul, "15 luglio 2026"},
		{"lt", jul, "2026 m. liepos 15 d."},
		{"lv", jul, "2026. gada 15. jūlijs"},
		{"mt", jul, "15 ta’ Lulju 2026"},
		{"nb", jul, "15. juli 2026"},
		{"no", jul, "15. juli 2026"},
		{"nl", jul, "15 juli 2026"},
		{"pl", jul, "15 lipca 2026"},
		{"pl", feb, "1 lutego 2027"},
		{"pt", jul, "15 de julho de 2026"},
		{"ro", jul, "15 iulie 2026"},
		{"sk", jul, "15. júla 2026"},
		{"sl", jul, "15. julij 2026"},
		{"sv", jul, "15 juli 2026"},
		{"cs", feb, "1. února 2027"},
		{"el", feb, "1 Φεβρουαρίου 2027"},
		{"ja", jul, "July 15, 2026"},
		{"und", feb, "February 1, 2027"},
		{"fr", calendar.Date{}, "0000-00-00"},
		{"fr", feb, "1er février 2027"},
		{"de", feb, "1. Februar 2027"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.d.String(), func(t *testing.T) {
			tag := language.MustParse(tt.lang)
			if diff := cmp.Diff(tt.want, tt.d.Localize(tag)); diff != "" {
				t.Errorf("Localize mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff("x"+tt.want, string(tt.d.AppendLocalized([]byte("x"), tag))); diff != "" {
				t.Errorf("AppendLocalized mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateAppendLocalizedAllocations(t *testing.T) {
	d := calendar.MustDate(2026, time.July, 15)
	buf := make([]byte, 0, 64)
	for _, tag := range []language.Tag{language.French, language.Polish, language.English, language.Greek} {
		if n := testing.AllocsPerRun(100, func() { buf = d.AppendLocalized(buf[:0], tag) }); n != 0 {
			t.Errorf("%v: %v allocations, want 0", tag, n)
		}
	}
}

// A delivery day written in the reader's language.
func ExampleDate_Localize() {
	d := calendar.MustDate(2026, time.July, 15)
	for _, tag := range []language.Tag{language.French, language.German, language.English, language.Polish} {
		fmt.Println(d.Localize(tag))
	}
	// Output:
	// 15 juillet 2026
	// 15. Juli 2026
	// July 15, 2026
	// 15 lipca 2026
}
