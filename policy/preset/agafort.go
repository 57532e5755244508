package preset

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// Clauses of the Agafort dispute resolution policy cited by the agafort
// preset: complaint intake and references (§3), escalation after 24 and 48
// hours with findings within 48 hours and resolution aimed within 5 days
// (§4), direct seller details through customer service (§5), sanctions for
// uncooperative sellers (§6).
const (
	// ClauseAgafortPolicy names the text, cited as the sla source.
	ClauseAgafortPolicy = "Agafort dispute resolution policy"
	// ClauseAgafortReferences: every complaint gets a reference.
	ClauseAgafortReferences = "Agafort dispute resolution policy §3"
	// ClauseAgafortEscalation: the escalation ladder.
	ClauseAgafortEscalation = "Agafort dispute resolution policy §4"
	// ClauseAgafortContactSellers: a buyer asks customer service for a
	// seller's direct contact details.
	ClauseAgafortContactSellers = "Agafort dispute resolution policy §5"
	// ClauseAgafortSanctions: a seller who does not cooperate in good
	// faith may see its account restricted or closed.
	ClauseAgafortSanctions = "Agafort dispute resolution policy §6"
)

// Agafort's escalation ladder (§4), in elapsed hours and days from the
// first contact: the text counts plain hours and days, with no "working"
// qualifier.
const (
	AgafortInvestigationHours = 24 // problem-resolution team investigates
	AgafortFindingsHours      = 48 // its findings are reported
	AgafortLastLevelHours     = 48 // customer experience team, the last level
	AgafortResolutionDays     = 5  // resolution aimed within
)

// Agafort returns the rules of Agafort, a general marketplace: the French
// statute plus its dispute resolution policy (complaint references,
// escalation ladder, sanctions). The policy sets no reply time for sellers
// (its ladder binds Agafort's own teams), no refund or warranty rule of
// its own: those follow the law.
func Agafort() policy.Policy {
	return policy.Policy{
		Schema:   policy.SchemaVersion,
		Name:     "agafort",
		Platform: "Agafort",
		Sources:  []string{"Agafort dispute resolution policy", "Code de la consommation"},
		Calendar: fr.Calendar(),
		SLA:      sla.Rules{Source: ClauseAgafortPolicy},
		Refund:   fr.Refund(),
		Warranty: fr.Warranty(),
		Dispute:  agafortDispute(),
		Conduct:  agafortConduct(),
	}
}

func agafortDispute() dispute.Rules {
	return dispute.Rules{
		Escalation: dispute.Ladder{
			Basis: ClauseAgafortEscalation,
			Levels: []dispute.Level{
				{Team: "customer service"},
				{Team: "problem resolution team", After: calendar.HoursOn(AgafortInvestigationHours, calendar.Elapsed),
					Commitments: []dispute.Commitment{{Name: "findings", Within: calendar.HoursOn(AgafortFindingsHours, calendar.Elapsed)}}},
				{Team: "customer experience team", After: calendar.HoursOn(AgafortLastLevelHours, calendar.Elapsed)},
			},
			Target: calendar.DaysOn(AgafortResolutionDays, calendar.Elapsed),
		},
		Reference: dispute.ReferenceRule{Prefix: "AGA", Digits: 6, Basis: ClauseAgafortReferences},
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.NonCooperation, Measures: []dispute.Measure{dispute.Restriction, dispute.Termination}, Basis: ClauseAgafortSanctions},
		},
	}
}

// agafortConduct: §5 is read as sellers not handing out their own e-mail,
// phone, web or social contact in messages (an interpretation: the policy
// has no explicit off-platform, payment, marketing, canned-reply or
// listing rule, so none is set).
func agafortConduct() conduct.Rules {
	c := ClauseAgafortContactSellers
	return conduct.Rules{
		Contact: []conduct.ContactRule{
			{Kind: conduct.Email, Clause: c},
			{Kind: conduct.Phone, Clause: c},
			{Kind: conduct.URL, Clause: c},
			{Kind: conduct.Social, Clause: c},
		},
	}
}
