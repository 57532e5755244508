package conduct_test

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/policy/preset"
)

// A marketplace that keeps exchanges on its platform forbids phone numbers
// and e-mail addresses in seller messages, disguised ones included.
func ExampleEngine_Screen_offPlatformContact() {
	eng, err := conduct.New(preset.Swapiphone().Conduct, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	res, err := eng.Screen("Commande 2026-112233 expédiée. Plus simple : appelez le 06 12 34 56 78 ou jean arobase gmail point com.")
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

// A listing of used car parts must state its damage, show a photo, and
// promise delivery times that fit the destination.
func ExampleEngine_CheckListing_incompleteListing() {
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
	eng, err := conduct.New(preset.Opisto().Conduct, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	res, err := eng.CheckListing(l)
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

// The same reply sent to three buyers, only names and order numbers
// changed, is a canned reply.
func ExampleEngine_Canned_sameReplyToThreeBuyers() {
	text := "Bonjour %s, merci pour votre message. Votre commande %d est partie ce matin, vous recevrez le suivi dans la journée."
	replies := []conduct.Reply{
		{ID: "m1", Buyer: "alice", Text: fmt.Sprintf(text, "Alice", 1001)},
		{ID: "m2", Buyer: "bruno", Text: fmt.Sprintf(text, "Bruno", 1002)},
		{ID: "m3", Buyer: "chloe", Text: fmt.Sprintf(text, "Chloé", 1003)},
		{ID: "m4", Buyer: "dan", Text: "Bonjour Dan, le phare a une petite rayure sur le bord gauche, visible sur la photo 3."},
	}
	eng, err := conduct.New(preset.Swapiphone().Conduct, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	found, err := eng.Canned(replies)
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

// The zero Rules forbids nothing: New with it screens nothing and says so.
func ExampleNew_zeroRulesForbidNothing() {
	eng, err := conduct.New(conduct.Rules{}, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	res, _ := eng.Screen("Appelez-moi au 06 12 34 56 78.")
	fmt.Println(len(res.Findings), res.Basis.Steps[0].Text)
	// Output:
	// 0 the rules forbid no content in messages
}

// Swapiphone requires sellers to write to buyers in the language of the
// market where the sale takes place. A German reply on the French market
// is a breach; a reply too short to identify is never one.
func ExampleLanguageChecker_Check_replyLanguage() {
	c, err := conduct.NewLanguageChecker(preset.ClauseSwapiphoneLanguage)
	if err != nil {
		panic(err)
	}
	for _, msg := range []string{
		"Votre iPhone 13 Pro 128 Go est parti ce matin, suivi sur https://suivi.example.fr/42.",
		"Ihr Paket hat heute Morgen unser Lager verlassen.",
		"OK, merci !",
	} {
		res, err := c.Check(msg, "fr")
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s %q expected %s (%s)\n", res.Verdict, res.Language, res.Expected, res.Basis.Sources()[0])
	}
	// Output:
	// ok "fr" expected fr (Swapiphone communication rules §Customer communication ¶1 (language of the market))
	// wrong_language "de" expected fr (Swapiphone communication rules §Customer communication ¶1 (language of the market))
	// undetermined "" expected fr (Swapiphone communication rules §Customer communication ¶1 (language of the market))
}
