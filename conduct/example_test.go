package conduct_test

import (
	"fmt"

	"github.com/aftersales/aftersales/conduct"
)

func ExampleScreener_Screen() {
	s, err := conduct.NewScreener(conduct.SwapiphoneRules())
	if err != nil {
		panic(err)
	}
	res, err := s.Screen("Commande 2026-112233 expédiée. Plus simple : appelez le 06 12 34 56 78 ou jean arobase gmail point com.")
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s %q at %d-%d (%s)\n", f.Kind, f.Text, f.Start, f.End, f.Basis.Sources()[0])
	}
	fmt.Println(res.Masked)
	// Output:
	// phone "06 12 34 56 78" at 58-72 (Swapiphone helpdesk rules §About the Helpdesk)
	// email "jean arobase gmail point com" at 76-104 (Swapiphone communication rules §Customer communication)
	// Commande 2026-112233 expédiée. Plus simple : appelez le [phone] ou [email].
}

func ExampleCheckListing() {
	warranty := 6
	l := conduct.Listing{
		Title:          "Phare avant droit Peugeot 208",
		Description:    "Phare d'origine, fixations intactes. Infos au 06 12 34 56 78.",
		Condition:      "used",
		WarrantyMonths: &warranty,
		Photos:         0,
		Stock:          1,
		StockHeld:      true,
		DeliveryDays:   map[string]int{"FR": 3, "PL": 30},
	}
	res, err := conduct.CheckListing(l, conduct.OpistoRules())
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s: %s [%s]\n", f.Field, f.Problem, f.Basis.Sources()[0])
	}
	// Output:
	// description: contains a phone number "06 12 34 56 78" at bytes 46-60 [Opisto charter §I (customer relations: exchanges on the platform only)]
	// damage: damage is not declared (write "none" when there is none) [Opisto charter §II (product description)]
	// photos: 0 photo(s), at least 1 required [Opisto charter §II (product photos)]
	// delivery_days.PL: 30 days to PL, more than the 21 days that fit this destination [Opisto charter §II (delivery times)]
}

func ExampleCanned() {
	text := "Bonjour %s, merci pour votre message. Votre commande %d est partie ce matin, vous recevrez le suivi dans la journée."
	replies := []conduct.Reply{
		{ID: "m1", Buyer: "alice", Text: fmt.Sprintf(text, "Alice", 1001)},
		{ID: "m2", Buyer: "bruno", Text: fmt.Sprintf(text, "Bruno", 1002)},
		{ID: "m3", Buyer: "chloe", Text: fmt.Sprintf(text, "Chloé", 1003)},
		{ID: "m4", Buyer: "dan", Text: "Bonjour Dan, le phare a une petite rayure sur le bord gauche, visible sur la photo 3."},
	}
	found, err := conduct.Canned(replies, conduct.SwapiphoneRules())
	if err != nil {
		panic(err)
	}
	for _, f := range found {
		fmt.Println(f.ReplyIDs, f.Buyers, f.MinSimilarityPercent)
		fmt.Println(f.Basis.Sources())
	}
	// Output:
	// [m1 m2 m3] [alice bruno chloe] 100
	// [Swapiphone communication rules §Customer communication]
}
