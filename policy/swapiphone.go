package policy

import "github.com/aftersales/aftersales/calendar"

// Swapiphone customer communication rules and helpdesk rules
// (shared/seeds/001, 002): 24-hour replies counted on working days, all
// after-sales through the helpdesk, proactive updates, no marketing or
// canned replies, absence over 5 working days announced 14 days ahead,
// platform takeover of the customer contact with costs charged to the
// seller.

// Swapiphone returns the rules of Swapiphone, a marketplace for
// refurbished phones (customer communication rules and helpdesk rules:
// 24-hour replies on working days, absence notice, platform takeover).
func Swapiphone() Policy {
	return Policy{
		Schema:   SchemaVersion,
		Name:     "swapiphone",
		Platform: "Swapiphone",
		Sources:  []string{"Swapiphone customer communication rules", "Swapiphone helpdesk rules", "Code de la consommation"},
		Calendar: calendar.Spec{Market: "FR"},
		SLA:      slaSwapiphone(),
		Refund:   refundSwapiphone(),
		Warranty: warrantySwapiphone(),
		Dispute:  disputeSwapiphone(),
		Conduct:  conductSwapiphone(),
	}
}
