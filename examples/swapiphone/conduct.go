package main

import (
	"fmt"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/policy"
)

// showConduct screens a seller's message that moves the buyer to WhatsApp
// and adds a discount code (Swapiphone: every exchange goes through the
// helpdesk, no marketing contact), then finds a canned reply sent to three
// buyers (communication rules: each request gets an individual answer).
func showConduct(eng policy.Engine) {
	s := eng.Conduct()
	msg := "Hello, for a faster answer add me on WhatsApp +33 6 12 34 56 78. Order 4410-2291 ships today; use code promo SWAP10 next time!"
	res, err := s.Screen(msg)
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("conduct: %s %q (%s)\n", f.Kind, f.Text, f.Basis.Sources()[0])
	}
	fmt.Printf("conduct: masked: %s\n", res.Masked)

	text := "Bonjour %s, nous avons bien reçu votre demande %s et nous revenons vers vous au plus vite. Cordialement, le service client."
	replies := []conduct.Reply{
		{ID: "r1", Buyer: "b-101", Text: fmt.Sprintf(text, "Marie", "4410-2291")},
		{ID: "r2", Buyer: "b-102", Text: "Bonjour Paul, l'écran est garanti 12 mois : envoyez-nous une photo de la fissure et nous lançons l'échange."},
		{ID: "r3", Buyer: "b-103", Text: fmt.Sprintf(text, "Luc", "4410-2307")},
		{ID: "r4", Buyer: "b-104", Text: fmt.Sprintf(text, "Anna", "4410-2315")},
	}
	canned, err := eng.Conduct().Canned(replies)
	if err != nil {
		panic(err)
	}
	for _, c := range canned {
		fmt.Printf("conduct: canned reply %v to buyers %v (%d %% similar, %s)\n", c.ReplyIDs, c.Buyers, c.MinSimilarityPercent, c.Basis.Sources()[0])
	}
}
