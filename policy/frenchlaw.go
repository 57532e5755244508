package policy

import "github.com/aftersales/aftersales/calendar"

// The statutory floor. Sources: Code de la consommation L221-18 to L221-28
// (withdrawal), L216-6, L216-7 and L241-4 (non-delivery), L242-4 (late
// refunds), L217-1 to L217-17 (conformity), L111-4 (spare parts); Code civil
// 1641 to 1649, 2224 and 2232 (hidden defects, limitation); Regulation
// 1182/71 (periods). Reply deadlines, escalation and conduct: none in law.

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
