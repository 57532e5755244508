// Package statute defines the shape of a market's consumer statute as data:
// the typed sections each rule package reads (sla, refund, warranty,
// dispute, conduct), a flat table of the rules with their articles,
// confidence and contract dates for people and for comparisons, the
// market's period rule, and the points the research could not confirm.
//
// Package law and its market packages (law/fr, law/de, …) fill it; callers
// use it through law.For and the alias law.Statute.
package statute

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// Confidence is how well a rule is established, in the scheme of the
// project's legal research: seen in the statute or an official page,
// taken from a secondary source, or not confirmed.
type Confidence string

// Confidences.
const (
	// Confirmed: seen in the statute text or on an official page ([C]).
	Confirmed Confidence = "confirmed"
	// Partial: from a secondary source or part of the text ([P]).
	Partial Confidence = "partial"
	// Unconfirmed: not confirmed ([U]); never applied as certain: the
	// answer lists it as unconfirmed.
	Unconfirmed Confidence = "unconfirmed"
)

// Rule is one rule of a statute as a row of a table: what it says, where,
// how sure, and for which contract dates. Rules with the same Key compare
// across markets (law compare).
type Rule struct {
	// Key names the rule ("conformity.presumption_new"); the keys are
	// listed in Keys.
	Key string `json:"key"`
	// Value states it in a few words ("12 months").
	Value string `json:"value"`
	// Basis cites the article ("BGB §477").
	Basis string `json:"basis"`
	// Confidence is confirmed, partial or unconfirmed.
	Confidence Confidence `json:"confidence"`
	// From is the first contract date the rule governs; zero when it has
	// no start in the library's range.
	From calendar.Date `json:"from,omitzero"`
	// Until is the last contract date it governs; zero while in force.
	Until calendar.Date `json:"until,omitzero"`
	// Note adds what a reader needs ("the consumer agency says no").
	Note string `json:"note,omitempty"`
}

// Keys are the rule keys, in the order tables print them.
func Keys() []string {
	return []string{
		"conformity.regime",
		"conformity.liability",
		"conformity.long_lasting",
		"conformity.presumption_new",
		"conformity.presumption_used",
		"conformity.used_shortening",
		"conformity.notice",
		"conformity.limitation",
		"conformity.repair_extension",
		"conformity.remedy_deadline",
		"conformity.refund_deadline",
		"complaint.answer",
		"guarantee.mandatory",
		"withdrawal.period",
		"withdrawal.not_informed",
		"withdrawal.refund_deadline",
		"withdrawal.late_refund",
		"periods",
	}
}

// PeriodKind is how a market counts a legal period's last day.
type PeriodKind string

// Period rules.
const (
	// Reg1182 is Regulation (EEC, Euratom) 1182/71 art. 3(4): a period
	// ending on a Saturday, Sunday or public holiday ends on the next
	// working day.
	Reg1182 PeriodKind = "reg1182"
	// ATW is the Dutch Algemene termijnenwet: statutory periods of up to
	// three months ending on a Saturday, Sunday or listed holiday move to
	// the next working day, and contain at least two working days.
	ATW PeriodKind = "atw"
	// CivilES is Spain's Código civil art. 5.2: periods in days count
	// natural days; whether a last day on a holiday moves is split in case
	// law (unconfirmed); the library moves it as Reg. 1182/71 does.
	CivilES PeriodKind = "civil_es"
	// BGB193 is BGB §193: a period whose last day is a Saturday, Sunday or
	// a general holiday at the place of the declaration ends on the next
	// working day (holidays of the Land: give the region).
	BGB193 PeriodKind = "bgb193"
)

// PeriodRule is a market's rule for the last day of a period.
type PeriodRule struct {
	// Kind is reg1182, atw, civil_es or bgb193.
	Kind PeriodKind `json:"kind"`
	// Basis cites it.
	Basis string `json:"basis"`
	// Confidence is confirmed, partial or unconfirmed.
	Confidence Confidence `json:"confidence"`
	// Note says what it means for the answers.
	Note string `json:"note,omitempty"`
}

// Statute is one market's consumer law as data: a section per rule
// package, in the types a policy uses, so that a platform's policy can
// start from it and a floor check can compare with it; and the same law as
// a table of rules with their articles and confidence.
//
// A zero section means the statute sets no rule of that kind (most
// markets set no reply deadline for a seller): it is never filled in
// implicitly. The zero Statute is empty (no market). A Statute returned by
// law.For is a fresh value that shares no memory with any other: the
// caller may change it. It is a plain value: not safe for concurrent
// writes, safe for concurrent reads. Daylight-saving time does not affect
// it (its periods are counted in days, months and years on the market's
// calendar).
type Statute struct {
	// Market is the ISO 3166-1 alpha-2 code of the market ("FR").
	Market string `json:"market"`
	// Name is the market's English name ("France").
	Name string `json:"name"`
	// Language is the BCP 47 code of the market's main official language
	// ("fr"); the default language of its answers.
	Language string `json:"language"`
	// Currency is the ISO 4217 code of the market's currency ("EUR").
	Currency string `json:"currency"`
	// Calendar is the market calendar its periods are counted on.
	Calendar calendar.Spec `json:"calendar"`
	// Sources lists the texts the statute is taken from.
	Sources []string `json:"sources"`
	// Periods is the market's rule for a period's last day.
	Periods PeriodRule `json:"periods"`
	// Rules is the statute as a table.
	Rules []Rule `json:"rules"`
	// Unconfirmed lists the paths of section fields outside the warranty
	// regimes whose value the research could not confirm
	// ("refund.on_withdrawal.late_surcharge"); the warranty regimes carry
	// their own (warranty.Regime.Unconfirmed). A decision that uses one
	// lists it.
	Unconfirmed []string `json:"unconfirmed"`
	// SLA holds statutory reply deadlines (none in most markets).
	SLA sla.Rules `json:"sla"`
	// Refund holds the withdrawal right and the statutory refund rules.
	Refund refund.Rules `json:"refund"`
	// Warranty holds the legal guarantees and the statutory listing
	// duties.
	Warranty warranty.Rules `json:"warranty"`
	// Dispute holds statutory dispute rules (none in most markets).
	Dispute dispute.Rules `json:"dispute"`
	// Conduct holds statutory seller-conduct rules (none).
	Conduct conduct.Rules `json:"conduct"`
}
