package main

import (
	"fmt"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/policy"
)

// showDispute decides whether Swapiphone takes over the customer contact.
func showDispute(p policy.Policy) {
	cal, err := p.BuildCalendar()
	if err != nil {
		panic(err)
	}
	eng, err := dispute.New(p.Dispute, cal)
	if err != nil {
		panic(err)
	}
	for _, c := range []dispute.Case{
		{DeviceLock: dispute.LockGoogleAccount},
		{ReplyOverdue: true, QualityDispute: true},
		{},
	} {
		d, err := eng.Takeover(c)
		if err != nil {
			panic(err)
		}
		fmt.Printf("dispute: takeover %t, grounds %v, costs to the seller %t\n", d.Takeover, d.Grounds, d.CostsToSeller)
	}
	ref, err := eng.NewReference(42)
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: complaint reference %s\n", ref)
}
