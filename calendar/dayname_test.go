package calendar_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestDayName(t *testing.T) {
	type got struct{ String, JSON, FR, DE, PL, Other string }
	d := calendar.DayName(time.Saturday)
	j, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	g := got{d.String(), string(j), d.Localize(language.French), d.Localize(language.German), d.Localize(language.Polish), d.Localize(language.Japanese)}
	want := got{"Saturday", `"Saturday"`, "samedi", "Samstag", "sobota", "Saturday"}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReasonArg(t *testing.T) {
	sat := calendar.MustDate(2026, time.July, 11)
	tests := []struct {
		name string
		h    calendar.Holiday
		want any
	}{
		{"weekend", calendar.Holiday{Date: sat, Name: "Saturday"}, calendar.DayName(time.Saturday)},
		{"holiday", calendar.Holiday{Date: calendar.MustDate(2026, time.July, 14), Name: "Fête nationale"}, "Fête nationale"},
		{"weekday name of another day", calendar.Holiday{Date: sat, Name: "Sunday"}, "Sunday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, calendar.ReasonArg(tt.h)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
