package main

import (
	"fmt"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/policy"
)

// showConduct screens a seller's message that tries to take the buyer off
// the platform, then checks an incomplete listing.
func showConduct(p policy.Policy) {
	s, err := conduct.NewScreener(p.Conduct)
	if err != nil {
		panic(err)
	}
	msg := "Bonjour, pour aller plus vite écrivez-moi sur WhatsApp au +33 6 12 34 56 78 (commande n° 2026-112233, 89,90 €)."
	res, err := s.Screen(msg)
	if err != nil {
		panic(err)
	}
	fmt.Printf("conduct: %d finding(s)", len(res.Findings))
	for _, f := range res.Findings {
		fmt.Printf(" [%s %q]", f.Kind, f.Text)
	}
	fmt.Printf("\nconduct: masked: %s\n", res.Masked)
	months := 3
	l := conduct.Listing{Title: "Alternateur Clio III 1.5 dCi", Description: "Pièce testée.", WarrantyMonths: &months, Photos: 0, Stock: 1, StockHeld: true}
	lr, err := conduct.CheckListing(l, p.Conduct)
	if err != nil {
		panic(err)
	}
	fmt.Printf("conduct: listing ok=%v", lr.OK)
	for _, f := range lr.Findings {
		fmt.Printf(" [%s: %s]", f.Field, f.Problem)
	}
	fmt.Println()
}
