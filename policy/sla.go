package policy

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/sla"
)

// The sla section of each preset. Interpretation choices are documented in
// sla/README.md.

// slaFrenchLaw: French consumer law sets no reply time for buyer messages
// (the zero Rules: no target, no absence or update rule).
func slaFrenchLaw() sla.Rules { return sla.Rules{} }

// slaOpisto: Opisto charter §I — questions, complaints and 1–3 star reviews
// answered within 72 working hours; registered vacations exempt.
func slaOpisto() sla.Rules {
	const clause = "Opisto charter §I"
	return sla.Rules{
		Source: "Opisto charter §I",
		Targets: []sla.Target{
			{Kind: sla.Question, Clock: calendar.Business, Hours: 72, Basis: clause},
			{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72, Basis: clause},
			{Kind: sla.NegativeReview, Clock: calendar.Business, Hours: 72, Basis: clause},
		},
		DueSoonHours:            24,
		RegisteredClosuresPause: true,
	}
}

// slaSwapiphone: helpdesk rules ("reply time") and customer communication
// rules — every buyer question, request or message answered within 24
// hours counted on working days Monday–Friday, weekends and holidays
// excluded; an absence of more than 5 working days announced at least two
// weeks ahead; proactive status updates while a return or repair is open.
func slaSwapiphone() sla.Rules {
	const clause = "Swapiphone helpdesk rules, reply time; customer communication rules"
	return sla.Rules{
		Source: "Swapiphone helpdesk and customer communication rules",
		Targets: []sla.Target{
			{Kind: sla.Question, Clock: calendar.Business, Hours: 24, Basis: clause},
			{Kind: sla.Complaint, Clock: calendar.Business, Hours: 24, Basis: clause},
			{Kind: sla.PlainMessage, Clock: calendar.Business, Hours: 24, Basis: clause},
		},
		DueSoonHours:            4,
		RegisteredClosuresPause: true,
		Absence: &sla.AbsenceRule{MoreThanWorkingDays: 5, NoticeDays: 14,
			Basis: "Swapiphone customer communication rules, planned absence"},
		Updates: &sla.UpdateRule{EveryWorkingDays: 2,
			Basis: "Swapiphone helpdesk rules, proactive updates (interval chosen by the library)"},
	}
}

// slaAgafort: the Agafort dispute resolution policy sets no reply time for
// sellers (its 24 h / 48 h / 5 days ladder binds Agafort's own teams and is
// modelled by the dispute section); it promises the customer regular
// updates without an interval. No target, no rule.
func slaAgafort() sla.Rules {
	return sla.Rules{Source: "Agafort dispute resolution policy"}
}
