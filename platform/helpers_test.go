package platform

import (
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
)

func fr() calendar.Calendar { return calendar.MustForMarket("FR", "") }

func at(t testing.TB, s string) time.Time {
	t.Helper()
	x, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func rules(r []Finding) []string {
	out := []string{}
	for _, f := range r {
		out = append(out, f.Rule)
	}
	return out
}

func facts(cs []Caveat) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Fact)
	}
	return out
}
