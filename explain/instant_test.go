package explain_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/aftersales/aftersales/explain"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var _ explain.Localizer = explain.Instant{}

func loadLocation(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no zone data for %s: %v", name, err)
	}
	return loc
}

// The JSON of an Instant must stay byte-identical to the string argument
// it replaces: json.Marshal(t.Format(time.RFC3339)).
func TestInstantJSONIsRFC3339(t *testing.T) {
	paris := loadLocation(t, "Europe/Paris")
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"summer in Paris", time.Date(2026, time.July, 15, 10, 0, 0, 0, paris), `"2026-07-15T10:00:00+02:00"`},
		{"winter in Paris", time.Date(2026, time.January, 15, 10, 0, 0, 0, paris), `"2026-01-15T10:00:00+01:00"`},
		{"UTC", time.Date(2026, time.July, 15, 8, 0, 0, 0, time.UTC), `"2026-07-15T08:00:00Z"`},
		{"fractional seconds are dropped", time.Date(2026, time.July, 15, 8, 0, 1, 999, time.UTC), `"2026-07-15T08:00:01Z"`},
		{"fixed zone", time.Date(2026, time.March, 1, 23, 59, 0, 0, time.FixedZone("", -(3*3600+1800))), `"2026-03-01T23:59:00-03:30"`},
		{"zero", time.Time{}, `"0001-01-01T00:00:00Z"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(explain.At(tt.t))
			if err != nil {
				t.Fatal(err)
			}
			ref, _ := json.Marshal(tt.t.Format(time.RFC3339))
			if diff := cmp.Diff(string(ref), string(got)); diff != "" {
				t.Errorf("JSON differs from the RFC 3339 string (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.t.Format(time.RFC3339), explain.At(tt.t).String()); diff != "" {
				t.Errorf("String mismatch (-want +got):\n%s", diff)
			}
			if !explain.At(tt.t).Time().Equal(tt.t) || explain.At(tt.t).Time().Location() != tt.t.Location() {
				t.Error("Time does not give back t in its location")
			}
		})
	}
	// In a step's Args the JSON is the same as with the string.
	b := explain.Of(explain.Step{Rule: "r", Text: "due %v", Args: []any{explain.At(tests[0].t)}})
	s := explain.Of(explain.Step{Rule: "r", Text: "due %v", Args: []any{tests[0].t.Format(time.RFC3339)}})
	gb, _ := json.Marshal(b)
	gs, _ := json.Marshal(s)
	if diff := cmp.Diff(string(gs), string(gb)); diff != "" {
		t.Errorf("Basis JSON changed (-string +Instant):\n%s", diff)
	}
}

// Expectations written by hand from CLDR 48 (long date, short time, the
// atTime glue) and the house style for fr and de.
func TestInstantLocalize(t *testing.T) {
	paris := loadLocation(t, "Europe/Paris")
	at := time.Date(2026, time.July, 15, 10, 0, 0, 0, paris)
	tests := []struct{ lang, want string }{
		{"bg", "15 юли 2026\u202fг. в 10:00"},
		{"cs", "15. července 2026 v 10:00"},
		{"da", "15. juli 2026 kl. 10.00"},
		{"de", "15. Juli 2026, 10:00 Uhr"},
		{"el", "15 Ιουλίου 2026 στις 10:00\u202fπ.μ."},
		{"en", "July 15, 2026 at 10:00\u202fAM"},
		{"es", "15 de julio de 2026 a las 10:00"},
		{"et", "15. juuli 2026, kell 10:00"},
		{"fi", "15. heinäkuuta 2026 klo 10.00"},
		{"fr", "15 juillet 2026 à 10 h 00"},
		{"fr-BE", "15 juillet 2026 à 10 h 00"},
		{"hr", "15. srpnja 2026. u 10:00"},
		{"hu", "2026. július 15. 10:00"},
		{"is", "15. júlí 2026 kl. 10:00"},
		{"it", "15 luglio 2026 alle ore 10:00"},
		{"lt", "2026 m. liepos 15 d. 10:00"},
		{"lv", "2026. gada 15. jūlijs 10:00"},
		{"mt", "15 ta’ Lulju 2026 10:00"},
		{"nb", "15. juli 2026 kl. 10:00"},
		{"nl", "15 juli 2026 om 10:00"},
		{"pl", "15 lipca 2026 10:00"},
		{"pt", "15 de julho de 2026 às 10:00"},
		{"ro", "15 iulie 2026 la 10:00"},
		{"sk", "15. júla 2026 o 10:00"},
		{"sl", "15. julij 2026 ob 10:00"},
		{"sv", "15 juli 2026 kl. 10:00"},
		{"zh", "July 15, 2026 at 10:00\u202fAM"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			tag := language.MustParse(tt.lang)
			if diff := cmp.Diff(tt.want, explain.At(at).Localize(tag)); diff != "" {
				t.Errorf("Localize mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff("x"+tt.want, string(explain.At(at).AppendLocalized([]byte("x"), tag))); diff != "" {
				t.Errorf("AppendLocalized mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// An Instant prints the wall clock of its own location: the same moment
// reads differently in Paris and in UTC, and 10:00 in Paris stays 10:00
// on both sides of the DST change.
func TestInstantWallClockAndDST(t *testing.T) {
	paris := loadLocation(t, "Europe/Paris")
	before := time.Date(2026, time.March, 28, 10, 0, 0, 0, paris) // UTC+1
	after := time.Date(2026, time.March, 30, 10, 0, 0, 0, paris)  // UTC+2
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"before the change", before, "28 mars 2026 à 10 h 00"},
		{"after the change", after, "30 mars 2026 à 10 h 00"},
		{"the same moment in UTC", after.UTC(), "30 mars 2026 à 8 h 00"},
		{"across midnight in UTC", time.Date(2026, time.July, 16, 1, 30, 0, 0, paris).UTC(), "15 juillet 2026 à 23 h 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, explain.At(tt.t).Localize(language.French)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInstantAppendLocalizedAllocations(t *testing.T) {
	paris := loadLocation(t, "Europe/Paris")
	i := explain.At(time.Date(2026, time.July, 15, 10, 0, 0, 0, paris))
	buf := make([]byte, 0, 80)
	for _, tag := range []language.Tag{language.French, language.German, language.English, language.Greek} {
		if n := testing.AllocsPerRun(100, func() { buf = i.AppendLocalized(buf[:0], tag) }); n != 0 {
			t.Errorf("%v: %v allocations, want 0", tag, n)
		}
	}
}

// A due time as a step argument: RFC 3339 in JSON, prose for people.
func ExampleAt() {
	due := explain.At(time.Date(2026, time.July, 15, 10, 0, 0, 0, time.FixedZone("CEST", 2*3600)))
	j, _ := json.Marshal(due)
	fmt.Println(string(j))
	fmt.Println(due.Localize(language.French))
	fmt.Println(due.Localize(language.German))
	// Output:
	// "2026-07-15T10:00:00+02:00"
	// 15 juillet 2026 à 10 h 00
	// 15. Juli 2026, 10:00 Uhr
}
