package policy

import "github.com/aftersales/aftersales/calendar"

// Agafort dispute resolution policy (shared/seeds/003): complaint intake
// and references (§3), escalation after 24 and 48 hours with findings
// within 48 hours and resolution aimed within 5 days (§4), direct seller
// details through customer service (§5), sanctions for uncooperative
// sellers (§6).

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
