package main

import (
	"fmt"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/policy"
	"golang.org/x/text/language"
)

// showConduct screens a seller's message that tries to move the buyer to
// the phone and WhatsApp (Opisto charter §I: exchanges stay on the
// platform), then checks an incomplete listing against §II.
func showConduct(eng policy.Engine) {
	s := eng.Conduct() // build once, share between goroutines
	msg := "Bonjour, la boîte réf. 7701700575 (commande n° 2026-112233, 389,90 €) est dispo. Pour aller plus vite, appelez-moi au 06.12.34.56.78 ou sur WhatsApp."
	res, err := s.Screen(msg)
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("conduct: %s %q at bytes %d-%d (%s)\n", f.Kind, f.Text, f.Start, f.End, f.Basis.Sources()[0])
	}
	fmt.Printf("conduct: masked: %s\n", res.Masked)

	months := 3
	l := conduct.Listing{
		Title:          "Boîte de vitesses Clio III 1.5 dCi",
		Description:    "Pièce testée, démontée sur véhicule de 92 000 km.",
		WarrantyMonths: &months,
		Photos:         0,
		Stock:          1,
		StockHeld:      true,
		DeliveryDays:   map[string]int{"FR": 3, "DE": 30},
	}
	lr, err := s.CheckListing(l)
	if err != nil {
		panic(err)
	}
	cat, err := policy.Catalog() // the explanations in the market's language
	if err != nil {
		panic(err)
	}
	fmt.Printf("conduct: listing ok=%v\n", lr.OK)
	for _, f := range lr.Findings {
		fmt.Printf("  %s: %s\n", f.Field, cat.Lines(f.Basis, language.French)[0])
	}
}
