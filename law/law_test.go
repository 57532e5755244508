package law_test

import (
	"errors"
	"testing"

	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/google/go-cmp/cmp"
)

func TestForFrance(t *testing.T) {
	s, err := law.For("FR")
	if err != nil {
		t.Fatal(err)
	}
	if s.Market != "FR" || s.Calendar.Market != "FR" || len(s.Sources) == 0 {
		t.Errorf("statute header: %+v %v", s.Market, s.Sources)
	}
	if diff := cmp.Diff(fr.Refund(), s.Refund); diff != "" {
		t.Errorf("Refund (-fr +law):\n%s", diff)
	}
	if diff := cmp.Diff(fr.Warranty(), s.Warranty); diff != "" {
		t.Errorf("Warranty (-fr +law):\n%s", diff)
	}
}

func TestForUnknownMarketNamesIt(t *testing.T) {
	for _, m := range []string{"US", "fr", "de", "", "XX", "EL", "UK"} {
		_, err := law.For(m)
		var ue *law.UnknownMarketError
		if !errors.As(err, &ue) || ue.Market != m {
			t.Errorf("For(%q) = %v, want *UnknownMarketError naming it", m, err)
		}
	}
	if law.Has("US") || !law.Has("FR") || !law.Has("DE") {
		t.Error("Has")
	}
}
