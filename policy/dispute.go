package policy

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
)

// The dispute section of each preset. Clauses are cited by the section of
// the source document; the documents themselves are in the project's
// seeds (French).

// disputeFrenchLaw: the statute sets no dispute grounds, escalation
// ladder, reference format, takeover or sanctions for a seller; the zero
// Rules.
func disputeFrenchLaw() dispute.Rules { return dispute.Rules{} }

// disputeOpisto: Opisto charter §I lists the grounds a buyer may open a
// dispute on and opens one by itself when a complaint or a 1–3 star
// review is not answered in time (the footnote is attached to those two
// kinds only, not to information requests), except during vacations
// registered on Opisto360 (which move the deadline in package sla).
// §II's closing note: missed reply and delivery deadlines lower the
// seller's performance rate and Opisto support may contact the seller.
func disputeOpisto() dispute.Rules {
	const basis = "Opisto charter §I"
	return dispute.Rules{
		Grounds: []dispute.Ground{
			{Name: "reply_too_late", Basis: basis, Conditions: []dispute.Condition{
				{Fact: dispute.FactReplyLate, Is: true},
			}},
			{Name: "withdrawal_refused", Basis: basis, Conditions: []dispute.Condition{
				{Fact: dispute.FactWithdrawalInTime, Is: true},
				{Fact: dispute.FactWithdrawalRefused, Is: true},
			}},
			{Name: "refund_refused_seller_defect", Basis: basis, Conditions: []dispute.Condition{
				{Fact: dispute.FactSellerDefectConfirmed, Is: true},
				{Fact: dispute.FactRefundRefused, Is: true},
			}},
			{Name: "return_costs_seller_defect", Basis: basis, Conditions: []dispute.Condition{
				{Fact: dispute.FactSellerDefectConfirmed, Is: true},
				{Fact: dispute.FactReturnCostsDemanded, Is: true},
				{Fact: dispute.FactWithdrawal, Is: false},
			}},
		},
		AutoOpen: dispute.AutoOpenRule{
			Kinds: []string{"complaint", "negative-review"},
			Basis: "Opisto charter §I (note *)",
		},
		Reference: dispute.ReferenceRule{Prefix: "OPI", Digits: 6, Basis: "aftersales reference format (ISO 7064 MOD 97-10)"},
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.LateReplies, Measures: []dispute.Measure{dispute.SupportContact}, Basis: "Opisto charter §II (note **)"},
		},
	}
}

// disputeSwapiphone: the customer communication rules let Swapiphone take
// over the customer contact when the seller breaches its obligations
// (late replies, quality or description disputes, refused return or claim
// rights: takeover ¶1) or in serious violations (devices locked by
// passcode, IMEI, Apple ID or Google account; counterfeit or dangerous
// goods: takeover ¶2), and charge the costs to the seller (¶2). The
// helpdesk rules sanction unreliable replies (restriction of selling
// rights, temporary suspension) and off-platform arrangements (suspension,
// permanent removal).
func disputeSwapiphone() dispute.Rules {
	const p1 = "Swapiphone customer communication rules, takeover ¶1"
	const p2 = "Swapiphone customer communication rules, takeover ¶2"
	return dispute.Rules{
		Reference: dispute.ReferenceRule{Prefix: "SWA", Digits: 6, Basis: "aftersales reference format (ISO 7064 MOD 97-10)"},
		Takeover: dispute.TakeoverRules{
			Grounds: []dispute.TakeoverGround{
				{Ground: dispute.GroundReplyOverdue, Basis: p1},
				{Ground: dispute.GroundQualityDispute, Basis: p1},
				{Ground: dispute.GroundRightsRefused, Basis: p1},
				{Ground: dispute.GroundLockPasscode, Basis: p2},
				{Ground: dispute.GroundLockIMEI, Basis: p2},
				{Ground: dispute.GroundLockAppleID, Basis: p2},
				{Ground: dispute.GroundLockGoogleAccount, Basis: p2},
				{Ground: dispute.GroundCounterfeit, Basis: p2},
				{Ground: dispute.GroundDangerous, Basis: p2},
			},
			CostsToSeller: true,
			CostsBasis:    p2,
		},
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.LateReplies, Measures: []dispute.Measure{dispute.Restriction, dispute.Suspension}, Basis: "Swapiphone helpdesk rules, reply times"},
			{Trigger: dispute.OffPlatformDealing, Measures: []dispute.Measure{dispute.Suspension, dispute.Termination}, Basis: "Swapiphone helpdesk rules, about the helpdesk"},
		},
	}
}

// disputeAgafort: the dispute resolution policy gives every complaint a
// reference (§3) and escalates it (§4): customer service at the first
// contact; the problem-resolution team investigates when it is not
// resolved within 24 hours and reports its findings within 48 hours of
// the first contact; still unresolved after 48 hours it goes to the
// customer experience team, the last level; resolution is aimed within 5
// days of the first contact. The text counts plain hours and days (no
// "working" qualifier, unlike the Opisto and Swapiphone reply rules), so
// every delay runs on the calendar clock. A seller who does not cooperate
// in good faith may see its account restricted or closed (§6).
func disputeAgafort() dispute.Rules {
	const basis = "Agafort dispute resolution policy §4"
	return dispute.Rules{
		Escalation: dispute.Ladder{
			Basis: basis,
			Levels: []dispute.Level{
				{Team: "customer service"},
				{Team: "problem resolution team", After: calendar.HoursOn(24, calendar.Elapsed),
					Commitments: []dispute.Commitment{{Name: "findings", Within: calendar.HoursOn(48, calendar.Elapsed)}}},
				{Team: "customer experience team", After: calendar.HoursOn(48, calendar.Elapsed)},
			},
			Target: calendar.DaysOn(5, calendar.Elapsed),
		},
		Reference: dispute.ReferenceRule{Prefix: "AGA", Digits: 6, Basis: "Agafort dispute resolution policy §3"},
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.NonCooperation, Measures: []dispute.Measure{dispute.Restriction, dispute.Termination}, Basis: "Agafort dispute resolution policy §6"},
		},
	}
}
