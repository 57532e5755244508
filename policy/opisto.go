package policy

import "github.com/aftersales/aftersales/calendar"

// Opisto seller charter (shared/seeds/000): §I customer relations — replies
// to questions, complaints and 1–3 star reviews within 72 working hours,
// automatic dispute when late except registered vacations, exchanges on the
// platform only; §II products and orders — complete listings, photos, stock
// held, delivery times, withdrawal for consumers and professionals, refund
// contents for withdrawal and guarantee claims.

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
