package eu_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/eu"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

func TestRefundValidatesAndLeavesNonDeliveryEmpty(t *testing.T) {
	r := eu.Refund("W art. 1", "R art. 2", eu.Reg1182())
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	want := refund.WithdrawalRules{Days: 14, NotInformedMonths: 12, InformedLateDays: 14, Basis: "W art. 1", PeriodBasis: "Reg. (EEC, Euratom) 1182/71 art. 3(4)"}
	if diff := cmp.Diff(want, r.Withdrawal); diff != "" {
		t.Errorf("withdrawal (-want +got):\n%s", diff)
	}
	w := r.OnWithdrawal
	if !w.Parts || !w.Delivery || w.DeliverySurcharge || w.ReturnShipping || !w.Deduction || !w.DeferUntilReturn ||
		w.DeadlineDays != 14 || w.LateSurcharge != refund.ScaleNone || w.Basis != "R art. 2" {
		t.Errorf("on withdrawal %+v: art. 13(2), 14(1), 14(2)", w)
	}
	c := r.OnConformity
	if !c.Parts || !c.Delivery || !c.DeliverySurcharge || !c.ReturnShipping || c.Deduction || c.DeadlineDays != 14 {
		t.Errorf("on conformity %+v: 2019/771 art. 16(3)", c)
	}
	if !r.OnNonDelivery.IsZero() {
		t.Errorf("non-delivery %+v: art. 18 gives no number", r.OnNonDelivery)
	}
}

func TestRepairDirectiveCopies(t *testing.T) {
	prev := warranty.Regime{Name: "X", From: calendar.MustParseDate("2022-01-01"), Basis: "X art. 1", Window: warranty.Appearance,
		Months: 24, PresumptionNewMonths: 12, Unconfirmed: []string{"from", "notice"}}
	g := eu.RepairDirective(prev)
	if g.Name != "X + Dir. 2024/1799" || g.From != eu.RepairFrom() || g.RepairExtensionMonths != 12 || !g.RepairExtensionOnce || g.Months != 24 {
		t.Errorf("regime %+v", g)
	}
	if diff := cmp.Diff([]string{"notice", "repair_extension_months"}, g.Unconfirmed); diff != "" {
		t.Errorf("unconfirmed (-want +got):\n%s", diff)
	}
	g.Unconfirmed[0] = "y"
	if !slices.Equal(prev.Unconfirmed, []string{"from", "notice"}) {
		t.Errorf("prev changed: %v", prev.Unconfirmed)
	}
	r := warranty.Rules{Conformity: warranty.Conformity{Combine: warranty.Cumulative, Regimes: []warranty.Regime{
		{Name: "X", Basis: "X", Window: warranty.Appearance, Months: 24, ActionLimit: warranty.ActionLimit{Kind: warranty.ActionUnconfirmed}},
	}}, Remedies: warranty.Remedies{RefundDays: 14}}
	r.Conformity.Regimes = append(r.Conformity.Regimes, eu.RepairDirective(r.Conformity.Regimes[0]))
	if err := r.Validate(); err != nil {
		t.Error(err)
	}
}

// Directive (EU) 2024/1799: contracts from 2026-07-31 get 12 more months,
// once, after a repair.
func ExampleRepairDirective() {
	prev := warranty.Regime{Name: "VGG", Basis: "VGG §10", Window: warranty.Appearance, Months: 24, PresumptionNewMonths: 12}
	g := eu.RepairDirective(prev)
	fmt.Println(g.Name, g.From, g.RepairExtensionMonths, g.RepairExtensionOnce, g.Unconfirmed)
	// Output:
	// VGG + Dir. 2024/1799 2026-07-31 12 true [repair_extension_months]
}

// Directive 2011/83/EU: 14 days, 12 more months when not informed.
func ExampleRefund() {
	r := eu.Refund("FAGG §11", "FAGG §14", eu.Reg1182())
	fmt.Println(r.Withdrawal.Days, r.Withdrawal.NotInformedMonths, r.OnWithdrawal.DeadlineDays, r.OnNonDelivery.IsZero())
	// Output:
	// 14 12 14 true
}
