package fr_test

import (
	"testing"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/refund"
	"github.com/google/go-cmp/cmp"
)

// TestStatuteFigures checks the figures of the statute against the
// articles they come from.
func TestStatuteFigures(t *testing.T) {
	r := fr.Refund()
	if r.Withdrawal.Days != 14 || r.Withdrawal.NotInformedMonths != 12 || r.Withdrawal.InformedLateDays != 14 {
		t.Errorf("withdrawal %+v, want 14 days (L221-18), +12 months and 14 days (L221-20)", r.Withdrawal)
	}
	if r.OnWithdrawal.DeadlineDays != 14 || r.OnWithdrawal.LateSurcharge != refund.ScaleL2424 {
		t.Errorf("refund after withdrawal %+v, want 14 days (L221-24) and the L242-4 scale", r.OnWithdrawal)
	}
	if err := fr.Warranty().Validate(); err != nil || fr.Warranty().IsZero() {
		t.Errorf("warranty: %v", err)
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
	if fr.Warranty().Conformity.Regimes[0].Months == 1 || fr.Warranty().Listing.Categories[0].Indices[0].Basis == "x" {
		t.Error("Warranty changed by a caller")
	}
	s := fr.Sources()
	s[0] = "x"
	if fr.Sources()[0] == "x" {
		t.Error("Sources shared")
	}
}
