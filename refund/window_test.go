package refund

import (
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

func TestWindow(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	type got struct {
		Applies  bool
		From     string
		Normal   string
		LastDay  string
		Closes   string
		Extended bool
		Excluded []Exclusion
	}
	tests := []struct {
		name  string
		rules Rules
		rc    Receipt
		want  got
	}{
		{"received Saturday, day 14 Saturday rolls to Monday", frenchLaw(), Receipt{Delivered: []calendar.Date{d("2026-02-14")}},
			got{true, "2026-02-14", "2026-03-02", "2026-03-02", "2026-03-03T00:00:00+01:00", false, []Exclusion{}}},
		{"day 14 on Pentecost Monday rolls to Tuesday", frenchLaw(), Receipt{Delivered: []calendar.Date{d("2025-05-26")}},
			got{true, "2025-05-26", "2025-06-10", "2025-06-10", "2025-06-11T00:00:00+02:00", false, []Exclusion{}}},
		{"received Saturday 31 May 2025", frenchLaw(), Receipt{Delivered: []calendar.Date{d("2025-05-31")}},
			got{true, "2025-05-31", "2025-06-16", "2025-06-16", "2025-06-17T00:00:00+02:00", false, []Exclusion{}}},
		{"weekday without roll", frenchLaw(), Receipt{Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{}}},
		{"several parcels: from the last", frenchLaw(), Receipt{Delivered: []calendar.Date{d("2026-03-10"), d("2026-03-03"), d("2026-03-05")}},
			got{true, "2026-03-10", "2026-03-24", "2026-03-24", "2026-03-25T00:00:00+01:00", false, []Exclusion{}}},
		{"regular deliveries: from the first", frenchLaw(), Receipt{Regular: true, Delivered: []calendar.Date{d("2026-03-10"), d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{}}},
		{"professional under french-law has no right", frenchLaw(), Receipt{Buyer: Professional, Delivered: []calendar.Date{d("2026-03-03")}},
			got{false, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{}}},
		{"professional under an extending policy", opistoRules(), Receipt{Buyer: Professional, Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{}}},
		{"personalised goods excluded", frenchLaw(), Receipt{Exclusions: []Exclusion{Personalised}, Delivered: []calendar.Date{d("2026-03-03")}},
			got{false, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{Personalised}}},
		// 2026-03-17 + 12 months = 2027-03-17, a Wednesday.
		{"not informed: 12 more months", frenchLaw(), Receipt{NotInformed: true, Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2027-03-17", "2027-03-18T00:00:00+01:00", true, []Exclusion{}}},
		// informed 2026-06-10 (Wed) + 14 = 2026-06-24 (Wed).
		{"informed during the extension: 14 days from then", frenchLaw(), Receipt{InformedOn: d("2026-06-10"), Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2026-06-24", "2026-06-25T00:00:00+02:00", true, []Exclusion{}}},
		{"informed before the normal end: the normal end is later", frenchLaw(), Receipt{NotInformed: true, InformedOn: d("2026-03-02"), Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2026-03-17", "2026-03-18T00:00:00+01:00", false, []Exclusion{}}},
		{"informed after the extension: it ended", frenchLaw(), Receipt{InformedOn: d("2027-05-03"), Delivered: []calendar.Date{d("2026-03-03")}},
			got{true, "2026-03-03", "2026-03-17", "2027-03-17", "2027-03-18T00:00:00+01:00", true, []Exclusion{}}},
		// 2025-12-21 + 14 = 2026-01-04 (Sunday) → Monday 5 January; + 12 months = 2027-01-05.
		{"extension counted from the rolled end", frenchLaw(), Receipt{NotInformed: true, Delivered: []calendar.Date{d("2025-12-21")}},
			got{true, "2025-12-21", "2026-01-05", "2027-01-05", "2027-01-06T00:00:00+01:00", true, []Exclusion{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := tt.rules.Window(fr, tt.rc)
			if err != nil {
				t.Fatal(err)
			}
			g := got{w.Applies, w.From.String(), w.Normal.String(), w.LastDay.String(), w.Closes.In(paris).Format(time.RFC3339), w.Extended, w.Excluded}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(w.Basis.Steps) == 0 {
				t.Error("no basis")
			}
		})
	}
}

func TestWindowOpen(t *testing.T) {
	w, err := frenchLaw().Window(fr, Receipt{Delivered: []calendar.Date{d("2026-02-14")}})
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]bool{"2026-02-14": true, "2026-03-01": true, "2026-03-02": true, "2026-03-03": false} {
		if got := w.OpenOn(d(day)); got != want {
			t.Errorf("OpenOn(%s) = %v, want %v", day, got, want)
		}
	}
	paris := fr.Location()
	if !w.OpenAt(time.Date(2026, 3, 2, 23, 59, 59, 0, paris)) || w.OpenAt(time.Date(2026, 3, 3, 0, 0, 0, 0, paris)) {
		t.Error("OpenAt: the window must close at midnight local time at the end of the last day")
	}
	x, _ := frenchLaw().Window(fr, Receipt{Delivered: []calendar.Date{d("2026-02-14")}, Exclusions: []Exclusion{MediaUnsealed}})
	if x.OpenOn(d("2026-02-20")) {
		t.Error("excluded goods: window must not be open")
	}
	found := false
	for _, s := range x.Basis.Steps {
		if s.Basis == "C. consom. L221-28 9°" && strings.Contains(s.Text, "unsealed") {
			found = true
		}
	}
	if !found {
		t.Errorf("no step names the L221-28 9° exclusion: %+v", x.Basis.Steps)
	}
}

func TestWindowErrors(t *testing.T) {
	tests := []struct {
		name string
		rc   Receipt
		want string
	}{
		{"no receipt", Receipt{}, "delivered: no receipt date"},
		{"zero date", Receipt{Delivered: []calendar.Date{d("2026-01-01"), {}}}, "delivered[1]: no receipt date"},
		{"bad buyer", Receipt{Buyer: "company", Delivered: []calendar.Date{d("2026-01-01")}}, "buyer: unknown buyer"},
		{"bad exclusion", Receipt{Exclusions: []Exclusion{"used"}, Delivered: []calendar.Date{d("2026-01-01")}}, "exclusions[0]: unknown exclusion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := frenchLaw().Window(fr, tt.rc)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

// TestWindowProperties checks on many days that the last day is never a
// rest day, is at least 14 days after receipt, and that a later receipt
// never ends earlier.
func TestWindowProperties(t *testing.T) {
	n := 800
	if testing.Short() {
		n = 120
	}
	start := d("2025-01-01")
	var prev calendar.Date
	for i := 0; i < n; i++ {
		day := start.AddDays(i)
		w, err := frenchLaw().Window(fr, Receipt{Delivered: []calendar.Date{day}})
		if err != nil {
			t.Fatal(err)
		}
		if fr.IsRestDay(w.LastDay) {
			t.Errorf("%s: last day %s is a rest day", day, w.LastDay)
		}
		if w.LastDay.Sub(day) < 14 || w.LastDay.Sub(day) > 14+5 {
			t.Errorf("%s: last day %s", day, w.LastDay)
		}
		if !prev.IsZero() && w.LastDay.Before(prev) {
			t.Errorf("%s: last day %s before previous %s", day, w.LastDay, prev)
		}
		prev = w.LastDay
		ext, _ := frenchLaw().Window(fr, Receipt{NotInformed: true, Delivered: []calendar.Date{day}})
		if !ext.LastDay.After(w.LastDay.AddMonths(12).AddDays(-1)) {
			t.Errorf("%s: extended end %s too early", day, ext.LastDay)
		}
	}
}
