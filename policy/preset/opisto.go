package preset

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// Clauses of the Opisto seller charter cited by the opisto preset. §I is
// customer relations (replies within 72 working hours to questions,
// complaints and 1–3 star reviews; automatic dispute when late, except
// registered vacations; exchanges on the platform only); §II is products
// and orders (complete listings, photos, stock held, delivery times,
// withdrawal for consumers and professionals, refund contents).
const (
	// ClauseOpistoReplies: replies within 72 working hours.
	ClauseOpistoReplies = "Opisto charter §I"
	// ClauseOpistoAutoDispute: a dispute opens by itself when a complaint
	// or a 1–3 star review is answered late (the note * of §I).
	ClauseOpistoAutoDispute = "Opisto charter §I (note *)"
	// ClauseOpistoSanctions: missed deadlines lower the seller's
	// performance rate and support may contact the seller (note ** of §II).
	ClauseOpistoSanctions = "Opisto charter §II (note **)"
	// ClauseOpistoProducts: withdrawal, refunds and listings (§II).
	ClauseOpistoProducts = "Opisto charter §II"
	// ClauseOpistoCustomerRelations: exchanges on the platform only.
	ClauseOpistoCustomerRelations = "Opisto charter §I (customer relations: exchanges on the platform only)"
	// ClauseOpistoDescription: a listing states condition, guarantee and damage.
	ClauseOpistoDescription = "Opisto charter §II (product description)"
	// ClauseOpistoPhotos: a listing has photos.
	ClauseOpistoPhotos = "Opisto charter §II (product photos)"
	// ClauseOpistoAvailability: only stock actually held is listed.
	ClauseOpistoAvailability = "Opisto charter §II (product availability)"
	// ClauseOpistoDelivery: delivery times consistent with the destination.
	ClauseOpistoDelivery = "Opisto charter §II (delivery times)"
)

// OpistoReplyHours is Opisto's reply limit in working hours (charter §I).
const OpistoReplyHours = 72

// Opisto returns the rules of Opisto, a marketplace for used car parts:
// the French statute plus the Opisto seller charter (72 working-hour
// replies, automatic disputes, withdrawal for consumers and professionals,
// free return on guarantee claims, complete listings, exchanges on the
// platform only).
//
// Markets: the charter asks for delivery times consistent with the
// destination but does not list the delivery countries. The preset serves
// a chosen set of neighbouring markets where French used car parts are
// shipped: France (first: its calendar and default), Belgium, Luxembourg,
// Germany, Spain, Italy and Portugal. Reply deadlines count on the
// platform's calendar.
func Opisto() policy.Policy {
	return policy.Policy{
		Schema:   policy.SchemaVersion,
		Name:     "opisto",
		Platform: "Opisto",
		Sources:  []string{"Opisto seller charter", "Code de la consommation"},
		Calendar: fr.Calendar(),
		Markets:  markets("FR", "BE", "LU", "DE", "ES", "IT", "PT"),
		SLA:      opistoSLA(),
		Refund:   opistoRefund(),
		Warranty: opistoWarranty(),
		Dispute:  opistoDispute(),
		Conduct:  opistoConduct(),
	}
}

// opistoSLA: questions, complaints and 1–3 star reviews answered within 72
// working hours (§I); vacations registered on Opisto360 before they start
// pause the clock.
func opistoSLA() sla.Rules {
	return sla.Rules{
		Source: ClauseOpistoReplies,
		Targets: []sla.Target{
			{Kind: sla.Question, Clock: calendar.Business, Hours: OpistoReplyHours, Basis: ClauseOpistoReplies},
			{Kind: sla.Complaint, Clock: calendar.Business, Hours: OpistoReplyHours, Basis: ClauseOpistoReplies},
			{Kind: sla.NegativeReview, Clock: calendar.Business, Hours: OpistoReplyHours, Basis: ClauseOpistoReplies},
		},
		DueSoonHours:            24,
		RegisteredClosuresPause: true,
	}
}

// opistoRefund: the 14-day withdrawal right from receipt is granted to
// professional buyers as well as to consumers; a withdrawal refunds the
// parts, the delivery and any delivery surcharge; a claim within the
// guarantee period refunds the same plus the return costs (§II). The
// charter is silent on partial returns: delivery is refunded pro rata, as
// under the law. Deadlines and surcharges follow the law.
func opistoRefund() refund.Rules {
	r := fr.Refund()
	r.Withdrawal.Professionals = true
	r.Withdrawal.Basis = ClauseOpistoProducts + "; " + fr.Withdrawal
	r.OnWithdrawal.DeliverySurcharge = true
	r.OnWithdrawal.Basis = ClauseOpistoProducts + "; " + fr.WithdrawalRefund
	r.OnConformity.Parts, r.OnConformity.Delivery = true, true
	r.OnConformity.DeliverySurcharge, r.OnConformity.ReturnShipping = true, true
	r.OnConformity.Basis = ClauseOpistoProducts + "; " + fr.ConformityRefund
	return r
}

// opistoWarranty: the legal guarantees (law/fr) plus §II's listing
// statements (condition, guarantee, damage). The charter fixes no
// commercial warranty of its own: a seller's offer comes with the case.
func opistoWarranty() warranty.Rules {
	r := fr.Warranty()
	r.Listing.Statements = []warranty.Statement{
		{What: "condition", Basis: ClauseOpistoProducts},
		{What: "guarantee", Basis: ClauseOpistoProducts},
		{What: "damage", Basis: ClauseOpistoProducts},
	}
	return r
}

// opistoDispute: the grounds a buyer may open a dispute on (§I); a dispute
// opens by itself when a complaint or a 1–3 star review is not answered in
// time (note *: those two kinds only, not information requests); missed
// deadlines lead to a support contact (note ** of §II).
func opistoDispute() dispute.Rules {
	return dispute.Rules{
		Grounds: []dispute.Ground{
			{Name: "reply_too_late", Basis: ClauseOpistoReplies, Conditions: []dispute.Condition{
				{Fact: dispute.FactReplyLate, Is: true},
			}},
			{Name: "withdrawal_refused", Basis: ClauseOpistoReplies, Conditions: []dispute.Condition{
				{Fact: dispute.FactWithdrawalInTime, Is: true},
				{Fact: dispute.FactWithdrawalRefused, Is: true},
			}},
			{Name: "refund_refused_seller_defect", Basis: ClauseOpistoReplies, Conditions: []dispute.Condition{
				{Fact: dispute.FactSellerDefectConfirmed, Is: true},
				{Fact: dispute.FactRefundRefused, Is: true},
			}},
			{Name: "return_costs_seller_defect", Basis: ClauseOpistoReplies, Conditions: []dispute.Condition{
				{Fact: dispute.FactSellerDefectConfirmed, Is: true},
				{Fact: dispute.FactReturnCostsDemanded, Is: true},
				{Fact: dispute.FactWithdrawal, Is: false},
			}},
		},
		AutoOpen: dispute.AutoOpenRule{
			Kinds: []string{"complaint", "negative-review"},
			Basis: ClauseOpistoAutoDispute,
		},
		Reference: dispute.ReferenceRule{Prefix: "OPI", Digits: 6, Basis: ClauseReferenceFormat},
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.LateReplies, Measures: []dispute.Measure{dispute.SupportContact}, Basis: ClauseOpistoSanctions},
		},
	}
}

// opistoConduct: exchanges stay on the platform (no private e-mail, phone,
// social networks, outside links or outside payment: §I) and listings are
// complete (condition, warranty, damage, photos; only stock actually held;
// delivery times that fit the destination: §II). The charter gives no
// delivery-time figures; 10 days for France and 21 elsewhere are this
// library's reading of "consistent with the destination country". The
// charter has no marketing or canned-reply rule.
func opistoConduct() conduct.Rules {
	c := ClauseOpistoCustomerRelations
	return conduct.Rules{
		Contact: []conduct.ContactRule{
			{Kind: conduct.Email, Clause: c},
			{Kind: conduct.Phone, Clause: c},
			{Kind: conduct.URL, Clause: c},
			{Kind: conduct.Social, Clause: c},
			{Kind: conduct.Payment, Clause: c},
		},
		Listing: conduct.ListingRules{
			RequireCondition:       true,
			RequireWarranty:        true,
			RequireDamage:          true,
			DescriptionClause:      ClauseOpistoDescription,
			MinPhotos:              1,
			PhotosClause:           ClauseOpistoPhotos,
			RequireHeldStock:       true,
			StockClause:            ClauseOpistoAvailability,
			MaxDeliveryDays:        map[string]int{"FR": 10},
			DefaultMaxDeliveryDays: 21,
			DeliveryClause:         ClauseOpistoDelivery,
			ScreenText:             true,
		},
	}
}
