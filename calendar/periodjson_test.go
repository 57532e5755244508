package calendar

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPeriodJSON: a period owns its wire form; the Pentecost Monday
// example of C. consom. L221-19.
func TestPeriodJSON(t *testing.T) {
	c := MustForMarket("FR", "")
	p, err := c.Period(MustParseDate("2025-05-26"), 14, Days, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"event":"2025-05-26","length":"14 days","nominal_last_day":"2025-06-09","last_day":"2025-06-10","closes":"2025-06-11T00:00:00+02:00","rolled":true,"skipped":[{"date":"2025-06-09","reason":"Lundi de Pentecôte"}],"basis":`
	if !strings.HasPrefix(string(b), want) {
		t.Errorf("JSON\n got %s\nwant prefix %s", b, want)
	}
	q, _ := c.Period(MustParseDate("2025-05-27"), 1, Months, false)
	b, _ = json.Marshal(q)
	if !strings.Contains(string(b), `"skipped":[]`) || !strings.Contains(string(b), `"rolled":false`) {
		t.Errorf("unrolled period: %s", b)
	}
	steps := p.Basis().Steps
	if diff := cmp.Diff([]string{"calendar.period", "calendar.period.roll"}, []string{steps[0].Rule, steps[1].Rule}); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

// TestPeriodTranslations: every step text has a French and a Polish
// translation with the same placeholders.
func TestPeriodTranslations(t *testing.T) {
	verbs := regexp.MustCompile(`%[a-z]`)
	for _, text := range []string{textPeriodDays, textPeriodMonths, textPeriodYears, textPeriodRoll} {
		for _, lang := range []string{"fr", "pl"} {
			tr, ok := Translations()[lang][text]
			if !ok {
				t.Errorf("no %s translation for %q", lang, text)
				continue
			}
			if a, b := fmt.Sprint(verbs.FindAllString(text, -1)), fmt.Sprint(verbs.FindAllString(tr, -1)); a != b {
				t.Errorf("%s translation of %q has placeholders %s, want %s", lang, text, b, a)
			}
		}
	}
}

// TestPeriodShowsUnconfirmedHolidays: a legal period rolled over a holiday
// whose status is unconfirmed ([U]: Cyprus's Christmas Eve) says so in its
// skipped days and its basis, never silently.
func TestPeriodShowsUnconfirmedHolidays(t *testing.T) {
	c := MustForMarket("CY", "")
	h, ok := c.HolidayOn(MustParseDate("2026-12-24"))
	if !ok || !h.Unconfirmed {
		t.Fatalf("CY 24 December: %+v %v, want an unconfirmed holiday", h, ok)
	}
	p, err := c.Period(MustParseDate("2026-12-10"), 14, Days, true)
	if err != nil {
		t.Fatal(err)
	}
	if p.LastDay != MustParseDate("2026-12-28") || !p.Skipped[0].Unconfirmed {
		t.Fatalf("period: last day %s, skipped %+v", p.LastDay, p.Skipped)
	}
	b, _ := json.Marshal(p)
	if !strings.Contains(string(b), `"reason":"Παραμονή Χριστουγέννων","unconfirmed":true`) || !strings.Contains(string(b), "holiday unconfirmed") {
		t.Errorf("JSON does not show the unconfirmed holiday: %s", b)
	}
	if fr, _ := MustForMarket("FR", "").HolidayOn(MustParseDate("2026-12-25")); fr.Unconfirmed {
		t.Error("French Christmas marked unconfirmed")
	}
}
