//lint:file-ignore SA1019 the test compares law/fr with the deprecated originals it replaces, until they are removed.

package fr_test

import (
	"testing"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

// TestSameAsTheRulePackages checks the copy against the deprecated
// functions of the rule packages it replaces: the statute is stated once,
// and until those functions go, both must say the same.
func TestSameAsTheRulePackages(t *testing.T) {
	if diff := cmp.Diff(refund.FrenchLaw(), fr.Refund()); diff != "" {
		t.Errorf("Refund (-refund.FrenchLaw +fr):\n%s", diff)
	}
	if diff := cmp.Diff(warranty.Statute(), fr.Warranty()); diff != "" {
		t.Errorf("Warranty (-warranty.Statute +fr):\n%s", diff)
	}
	// French law forbids no content in messages: its conduct section is
	// the zero Rules, "no conduct rule".
	if diff := cmp.Diff(conduct.Rules{}, fr.Conduct()); diff != "" {
		t.Errorf("Conduct (-zero +fr):\n%s", diff)
	}
}

// TestSectionsValidate checks every statutory section with its package's
// Validate, and that the SLA, Dispute and Conduct sections are "no rule".
func TestSectionsValidate(t *testing.T) {
	for name, err := range map[string]error{
		"sla": fr.SLA().Validate(), "refund": fr.Refund().Validate(), "warranty": fr.Warranty().Validate(),
		"dispute": fr.Dispute().Validate(), "conduct": fr.Conduct().Validate(),
	} {
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if len(fr.SLA().Targets) != 0 || !fr.Dispute().Escalation.IsZero() || len(fr.Conduct().Contact) != 0 {
		t.Error("French law sets no reply deadline, ladder or contact rule")
	}
}

// TestFreshValues checks that changing one returned value does not change
// the next.
func TestFreshValues(t *testing.T) {
	w := fr.Warranty()
	w.Conformity.Regimes[0].Months = 1
	w.Listing.Categories[0].Indices[0].Basis = "x"
	if diff := cmp.Diff(warranty.Statute(), fr.Warranty()); diff != "" {
		t.Errorf("Warranty changed by a caller (-want +got):\n%s", diff)
	}
	s := fr.Sources()
	s[0] = "x"
	if fr.Sources()[0] == "x" {
		t.Error("Sources shared")
	}
}
