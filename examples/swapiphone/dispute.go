package main

import (
	"fmt"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/policy"
)

// showDispute decides whether Swapiphone takes over the customer contact.
func showDispute(eng policy.Engine) {
	p := eng.Policy()
	for _, c := range []dispute.Case{
		{DeviceLock: dispute.LockGoogleAccount},
		{ReplyOverdue: true, QualityDispute: true},
		{},
	} {
		d, err := p.Dispute.Takeover.Decide(c)
		if err != nil {
			panic(err)
		}
		fmt.Printf("dispute: takeover %t, grounds %v, costs to the seller %t\n", d.Takeover, d.Grounds, d.CostsToSeller)
	}
	ref, err := p.Dispute.Reference.New(42)
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: complaint reference %s\n", ref)
}
