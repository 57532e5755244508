package preset

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// Clauses of Swapiphone's customer communication rules and helpdesk rules
// cited by the swapiphone preset: 24-hour replies counted on working days,
// all after-sales through the helpdesk, proactive updates, no marketing or
// canned replies, absence over 5 working days announced 14 days ahead,
// platform takeover of the customer contact with costs charged to the
// seller.
const (
	// ClauseSwapiphoneReplies: every buyer message answered within 24
	// hours on working days.
	ClauseSwapiphoneReplies = "Swapiphone helpdesk rules, reply time; customer communication rules"
	// ClauseSwapiphoneRules names both texts, cited as the sla source.
	ClauseSwapiphoneRules = "Swapiphone helpdesk and customer communication rules"
	// ClauseSwapiphoneAbsence: an absence of more than 5 working days is
	// announced at least two weeks ahead.
	ClauseSwapiphoneAbsence = "Swapiphone customer communication rules, planned absence"
	// ClauseSwapiphoneUpdates: proactive status updates while a return or
	// repair is open (the interval is the library's choice).
	ClauseSwapiphoneUpdates = "Swapiphone helpdesk rules, proactive updates (interval chosen by the library)"
	// ClauseSwapiphoneTakeover1: takeover when the seller breaches its
	// obligations (late replies, quality disputes, refused rights).
	ClauseSwapiphoneTakeover1 = "Swapiphone customer communication rules, takeover ¶1"
	// ClauseSwapiphoneTakeover2: takeover in serious violations (locked
	// devices, counterfeit or dangerous goods), costs to the seller.
	ClauseSwapiphoneTakeover2 = "Swapiphone customer communication rules, takeover ¶2"
	// ClauseSwapiphoneReplyTimes: unreliable replies lead to restriction
	// or suspension.
	ClauseSwapiphoneReplyTimes = "Swapiphone helpdesk rules, reply times"
	// ClauseSwapiphoneAboutHelpdesk: off-platform arrangements lead to
	// suspension or removal.
	ClauseSwapiphoneAboutHelpdesk = "Swapiphone helpdesk rules, about the helpdesk"
	// ClauseSwapiphoneHelpdesk: every exchange through the helpdesk; no
	// marketing.
	ClauseSwapiphoneHelpdesk = "Swapiphone helpdesk rules §About the Helpdesk"
	// ClauseSwapiphoneCommunication: no automated replies standing in for
	// an individual answer.
	ClauseSwapiphoneCommunication = "Swapiphone communication rules §Customer communication"
)

// SwapiphoneReplyHours is Swapiphone's reply limit, counted on working
// days Monday–Friday.
const SwapiphoneReplyHours = 24

// Swapiphone returns the rules of Swapiphone, a marketplace for
// refurbished phones: the French statute plus its customer communication
// rules and helpdesk rules (24-hour replies on working days, absence
// notice, proactive updates, platform takeover). Refunds and guarantees
// follow the law: the texts route them through the helpdesk but set no rule
// of their own (refurbished phones are second-hand goods, L217-7).
//
// Markets: the texts say sellers answer "in the language of the market
// where the sale takes place" without listing the markets. The preset
// serves a chosen set, documented here and in the package README: France
// first (the platform's own market, its calendar and its default), then
// Belgium, Germany, Austria, Spain, Italy, the Netherlands, Portugal,
// Ireland, Sweden and Finland — large EU markets for refurbished phones,
// chosen to cover each model of the law (3 years in ES, PT, SE; expected
// lifespan in NL, FI; a limitation model in DE, IE; strict notice in BE).
// Reply deadlines count on the platform's calendar.
func Swapiphone() policy.Policy {
	return policy.Policy{
		Schema:   policy.SchemaVersion,
		Name:     "swapiphone",
		Platform: "Swapiphone",
		Sources:  []string{"Swapiphone customer communication rules", "Swapiphone helpdesk rules", "Code de la consommation"},
		Calendar: fr.Calendar(),
		Markets:  markets("FR", "BE", "DE", "AT", "ES", "IT", "NL", "PT", "IE", "SE", "FI"),
		SLA:      swapiphoneSLA(),
		Refund:   fr.Refund(),
		Warranty: fr.Warranty(),
		Dispute:  swapiphoneDispute(),
		Conduct:  swapiphoneConduct(),
	}
}

func swapiphoneSLA() sla.Rules {
	return sla.Rules{
		Source: ClauseSwapiphoneRules,
		Targets: []sla.Target{
			{Kind: sla.Question, Clock: calendar.Business, Hours: SwapiphoneReplyHours, Basis: ClauseSwapiphoneReplies},
			{Kind: sla.Complaint, Clock: calendar.Business, Hours: SwapiphoneReplyHours, Basis: ClauseSwapiphoneReplies},
			{Kind: sla.PlainMessage, Clock: calendar.Business, Hours: SwapiphoneReplyHours, Basis: ClauseSwapiphoneReplies},
		},
		DueSoonHours:            4,
		RegisteredClosuresPause: true,
		Absence:                 &sla.AbsenceRule{MoreThanWorkingDays: 5, NoticeDays: 14, Basis: ClauseSwapiphoneAbsence},
		Updates:                 &sla.UpdateRule{EveryWorkingDays: 2, Basis: ClauseSwapiphoneUpdates},
	}
}

func swapiphoneDispute() dispute.Rules {
	p1, p2 := ClauseSwapiphoneTakeover1, ClauseSwapiphoneTakeover2
	return dispute.Rules{
		Reference: dispute.ReferenceRule{Prefix: "SWA", Digits: 6, Basis: ClauseReferenceFormat},
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
			{Trigger: dispute.LateReplies, Measures: []dispute.Measure{dispute.Restriction, dispute.Suspension}, Basis: ClauseSwapiphoneReplyTimes},
			{Trigger: dispute.OffPlatformDealing, Measures: []dispute.Measure{dispute.Suspension, dispute.Termination}, Basis: ClauseSwapiphoneAboutHelpdesk},
		},
	}
}

// swapiphoneConduct: every exchange goes through the helpdesk (no private
// e-mail, phone or SMS, social networks, outside links, no payment outside
// the platform), no marketing contact, and no automated replies standing
// in for an individual answer. The canned-reply figures (90 % similarity,
// 3 buyers, 8 words) are this library's choice; the rules give none.
func swapiphoneConduct() conduct.Rules {
	h, cc := ClauseSwapiphoneHelpdesk, ClauseSwapiphoneCommunication
	return conduct.Rules{
		Contact: []conduct.ContactRule{
			{Kind: conduct.Email, Clause: cc},
			{Kind: conduct.Phone, Clause: h},
			{Kind: conduct.URL, Clause: cc},
			{Kind: conduct.Social, Clause: cc},
			{Kind: conduct.Payment, Clause: h},
			{Kind: conduct.Marketing, Clause: h},
		},
		Canned:   conduct.CannedRules{Check: true, MinSimilarityPercent: 90, MinBuyers: 3, MinWords: 8, Clause: cc},
		Language: conduct.LanguageRule{Check: true, Clause: ClauseSwapiphoneLanguage},
	}
}
