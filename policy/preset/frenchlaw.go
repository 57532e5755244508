package preset

import (
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
)

// FrenchLaw returns the statutory floor for consumer sales in France as a
// policy: what the Code de la consommation and the Code civil require of
// every seller (package law/fr), with no platform rule on top. Reply
// deadlines, disputes and conduct: French law sets none, so those sections
// are "no rule".
func FrenchLaw() policy.Policy {
	return policy.Policy{
		Schema:   policy.SchemaVersion,
		Name:     "french-law",
		Platform: "French consumer law",
		Sources: []string{
			"Code de la consommation (L217-1 to L217-32, L221-18 to L221-28, L241-4, L242-4)",
			"Code civil (1641 to 1649, 2224, 2232)",
			"Regulation (EEC, Euratom) 1182/71",
		},
		Calendar: fr.Calendar(),
		SLA:      fr.SLA(),
		Refund:   fr.Refund(),
		Warranty: fr.Warranty(),
		Dispute:  fr.Dispute(),
		Conduct:  fr.Conduct(),
	}
}
