package cldr

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestAppendPattern covers every supported field and the quoting rules
// on synthetic patterns, beyond those the data happens to use.
func TestAppendPattern(t *testing.T) {
	en, pl := Locale{}, mustFor(t, "pl")
	v := fields{year: 987, month: time.March, day: 4, hour: 0, min: 7}
	pm := fields{year: 2026, month: time.July, day: 15, hour: 13, min: 30}
	tests := []struct {
		name string
		l    Locale
		p    string
		v    fields
		want string
	}{
		{"day", en, "d|dd", v, "4|04"},
		{"month numbers and names", en, "M|MM|MMMM", v, "3|03|March"},
		{"Polish genitive month", pl, "d MMMM", v, "4 marca"},
		{"year", en, "y|yyyy", v, "987|0987"},
		{"weekday", en, "EEEE", pm, "Wednesday"},
		{"weekday in Polish (4 March 987 was a Sunday, proleptic Gregorian)", pl, "EEEE", v, "niedziela"},
		{"24-hour", en, "H|HH", v, "0|00"},
		{"12-hour at midnight", en, "h|hh a", v, "12|12 AM"},
		{"12-hour afternoon", en, "h:mm a", pm, "1:30 PM"},
		{"minutes", en, "mm", v, "07"},
		{"French first of the month (house style)", mustFor(t, "fr"), "d MMMM y|dd", fields{year: 2027, month: time.March, day: 1}, "1er mars 2027|01"},
		{"English first of the month", en, "d MMMM", fields{year: 2027, month: time.March, day: 1}, "1 March"},
		{"quoted text", en, "d 'de' MMMM", v, "4 de March"},
		{"doubled apostrophe", en, "d''MM", v, "4'03"},
		{"apostrophe in a quote", en, "'it''s' d", v, "it's 4"},
		{"unterminated quote is literal", en, "d 'xy", v, "4 xy"},
		{"non-ASCII letters are literal", en, "d στις M", v, "4 στις 3"},
		{"unsupported field is copied", en, "d MMM G", v, "4 MMM G"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.v
			if diff := cmp.Diff(tt.want, string(tt.l.appendPattern(nil, tt.p, &v))); diff != "" {
				t.Errorf("appendPattern(%q) mismatch (-want +got):\n%s", tt.p, diff)
			}
		})
	}
}

// TestConcurrentUse formats from many goroutines sharing Locale values
// and compares with the sequential results (run with -race).
func TestConcurrentUse(t *testing.T) {
	langs := Languages()
	want := make([]string, len(langs))
	for i, lang := range langs {
		l := mustFor(t, lang)
		want[i] = fmt.Sprintf("%s|%s", l.AppendDateTime(nil, 2026, time.July, 15, 10, 0), l.AppendMoney(nil, true, "1234567", "89", "EUR"))
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(langs)*8)
	for range 8 {
		wg.Go(func() {
			for i, lang := range langs {
				l, _ := For(lang)
				got := fmt.Sprintf("%s|%s", l.AppendDateTime(nil, 2026, time.July, 15, 10, 0), l.AppendMoney(nil, true, "1234567", "89", "EUR"))
				if got != want[i] {
					errs <- lang + ": " + got
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
