package policy

import "github.com/aftersales/aftersales/calendar"

// FrenchLaw returns the statutory floor for consumer sales in France: what
// the Code de la consommation and the Code civil require of every seller,
// with no platform rule on top. Other policies are compared with it.
func FrenchLaw() Policy {
	return Policy{
		Schema:   SchemaVersion,
		Name:     "french-law",
		Platform: "French consumer law",
		Sources: []string{
			"Code de la consommation (L217-1 to L217-32, L221-18 to L221-28, L241-4, L242-4)",
			"Code civil (1641 to 1649, 2224, 2232)",
			"Regulation (EEC, Euratom) 1182/71",
		},
		Calendar: calendar.Spec{Market: "FR"},
		SLA:      slaFrenchLaw(),
		Refund:   refundFrenchLaw(),
		Warranty: warrantyFrenchLaw(),
		Dispute:  disputeFrenchLaw(),
		Conduct:  conductFrenchLaw(),
	}
}

// Opisto returns the rules of Opisto, a marketplace for used car parts
// (Opisto seller charter: 72 working-hour replies, automatic disputes,
// withdrawal for consumers and professionals).
func Opisto() Policy {
	return Policy{
		Schema:   SchemaVersion,
		Name:     "opisto",
		Platform: "Opisto",
		Sources:  []string{"Opisto seller charter", "Code de la consommation"},
		Calendar: calendar.Spec{Market: "FR"},
		SLA:      slaOpisto(),
		Refund:   refundOpisto(),
		Warranty: warrantyOpisto(),
		Dispute:  disputeOpisto(),
		Conduct:  conductOpisto(),
	}
}

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

// Agafort returns the rules of Agafort, a general marketplace (dispute
// resolution policy: complaint references, escalation ladder, sanctions).
func Agafort() Policy {
	return Policy{
		Schema:   SchemaVersion,
		Name:     "agafort",
		Platform: "Agafort",
		Sources:  []string{"Agafort dispute resolution policy", "Code de la consommation"},
		Calendar: calendar.Spec{Market: "FR"},
		SLA:      slaAgafort(),
		Refund:   refundAgafort(),
		Warranty: warrantyAgafort(),
		Dispute:  disputeAgafort(),
		Conduct:  conductAgafort(),
	}
}
