package platform

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// SanctionKind is what a sanction does to a seller.
type SanctionKind string

// The kinds of sanctions.
const (
	// Restriction restricts individual offers: removal, delisting,
	// demotion ("dimming"), a monetary restriction (P2B art. 4(1),
	// recital 22; DSA art. 17(1)).
	Restriction SanctionKind = "restriction"
	// Suspension suspends the seller's account or service for a time
	// (P2B art. 4(1); DSA arts 17 and 23).
	Suspension SanctionKind = "suspension"
	// Termination ends the whole service to the seller (P2B art. 4(2)).
	Termination SanctionKind = "termination"
)

// Phrase returns the kind as a phrase of the catalogs ("sanction|termination"),
// so that explanations name it in the reader's language (explain.Phraser);
// English shows the kind itself.
func (k SanctionKind) Phrase() string { return "sanction|" + string(k) }

// TerminationException is a ground on which P2B art. 4(4) lifts the 30
// days' notice of a termination ([U] for the grounds).
type TerminationException string

// The grounds of P2B art. 4(4).
const (
	// TermLegalObligation: a legal or regulatory obligation to terminate
	// in a way that leaves no time for notice (4(4)(a)).
	TermLegalObligation TerminationException = "legal-obligation"
	// ImperativeReason: an imperative reason under national law
	// compatible with EU law (4(4)(b)).
	ImperativeReason TerminationException = "imperative-reason"
	// RepeatedInfringement: the platform can show the seller repeatedly
	// infringed the terms (4(4)(c)).
	RepeatedInfringement TerminationException = "repeated-infringement"
)

func (x TerminationException) valid() bool {
	return x == TermLegalObligation || x == ImperativeReason || x == RepeatedInfringement
}

// Sanction is a decision against a seller as recorded. The zero Sanction
// is invalid.
type Sanction struct {
	// ID identifies the decision; optional.
	ID string `json:"id,omitempty"`
	// Kind is what it does. Required.
	Kind SanctionKind `json:"kind"`
	// Effective is when it takes effect. Required.
	Effective time.Time `json:"effective"`
	// ReasonsSent is when the statement of reasons reached the seller;
	// zero when none was sent.
	ReasonsSent time.Time `json:"reasons_sent,omitzero"`
	// DurableMedium is true when the statement was on a durable medium
	// (an e-mail, a PDF).
	DurableMedium bool `json:"durable_medium"`
	// Exceptions are the P2B art. 4(4) grounds claimed for a termination
	// without 30 days' notice; only a termination takes them.
	Exceptions []TerminationException `json:"exceptions,omitempty"`
	// Misuse is true for a suspension under DSA art. 23: for frequently
	// providing manifestly illegal content. It needs a prior warning and
	// an end (a reasonable period).
	Misuse bool `json:"misuse,omitempty"`
	// Warned is when the prior warning of DSA art. 23 was given; zero for
	// none.
	Warned time.Time `json:"warned,omitzero"`
	// Until is when a suspension ends (or is reviewed); zero for none.
	Until time.Time `json:"until,omitzero"`
	// Clause is the term of the platform the decision relies on ("Opisto
	// charter §IV"); Facts the facts and circumstances. Both go into the
	// statement of reasons.
	Clause string   `json:"clause,omitempty"`
	Facts  []string `json:"facts,omitempty"`
	// Automated is true when the decision was taken or detected by
	// automated means (DSA art. 17(3)(c)).
	Automated bool `json:"automated,omitempty"`
}

// MaxFacts bounds Sanction.Facts.
const MaxFacts = 100

// Validate reports the first problem in s with its field path.
func (s Sanction) Validate() error {
	switch s.Kind {
	case Restriction, Suspension, Termination:
	case "":
		return field.Errorf("kind", "missing (want restriction, suspension or termination)")
	default:
		return field.Errorf("kind", "unknown kind %q (want restriction, suspension or termination)", string(s.Kind))
	}
	if s.Effective.IsZero() {
		return field.Errorf("effective", "missing")
	}
	if len(s.Exceptions) > 0 && s.Kind != Termination {
		return field.Errorf("exceptions", "only a termination has notice exceptions (P2B art. 4(4))")
	}
	for i, x := range s.Exceptions {
		if !x.valid() {
			return field.Errorf(field.Index("exceptions", i), "unknown exception %q (want legal-obligation, imperative-reason or repeated-infringement)", string(x))
		}
	}
	if s.Misuse && s.Kind != Suspension {
		return field.Errorf("misuse", "only a suspension is a DSA art. 23 measure")
	}
	if !s.Warned.IsZero() && !s.Misuse {
		return field.Errorf("warned", "set without misuse (the prior warning belongs to DSA art. 23)")
	}
	if !s.Until.IsZero() && !s.Until.After(s.Effective) {
		return field.Errorf("until", "%s is not after effective %s", rfc(s.Until), rfc(s.Effective))
	}
	if !s.Until.IsZero() && s.Kind == Termination {
		return field.Errorf("until", "a termination has no end")
	}
	if len(s.Facts) > MaxFacts {
		return field.Errorf("facts", "more than %d", MaxFacts)
	}
	return nil
}

// StatementItem is one element the statement of reasons must contain.
type StatementItem struct {
	// Item names it ("facts", "ground", "automated-means", "redress").
	Item string `json:"item"`
	// Value is what the decision gives for it; empty when it gives
	// nothing (the statement is then incomplete).
	Value string `json:"value"`
	// Article requires it.
	Article string `json:"article"`
}

// Procedure is what a sanction needs and whether it got it. The zero
// Procedure is empty.
type Procedure struct {
	// ID, Kind and Effective are the decision's (in the calendar's
	// location).
	ID        string       `json:"id,omitempty"`
	Kind      SanctionKind `json:"kind"`
	Effective time.Time    `json:"effective"`
	// ReasonsBy is the instant by which the statement of reasons must
	// reach the seller: Effective for a restriction or suspension (at the
	// latest when it takes effect); for a termination, the end of the
	// 31st day before the day of effect, since the day of sending does
	// not count and 30 whole days must follow it. Zero
	// (omitted) when only "without undue delay" applies (a termination
	// under a P2B art. 4(4) exception).
	ReasonsBy time.Time `json:"reasons_by,omitzero"`
	// ReasonsUndueDelay is true when the statement is due "without undue
	// delay" instead of by an instant.
	ReasonsUndueDelay bool `json:"reasons_undue_delay"`
	// EarliestEffective is the earliest instant the sanction may take
	// effect given when the reasons were sent: the sending itself for a
	// restriction or suspension, the end of the 30th day after it for a
	// termination without exception. Zero when no reasons were sent.
	EarliestEffective time.Time `json:"earliest_effective,omitzero"`
	// Statement lists what the statement of reasons must contain, filled
	// from the decision.
	Statement []StatementItem `json:"statement"`
	// ComplaintUntil is the last day the seller may complain through the
	// internal complaint system (DSA art. 20: at least 6 months from the
	// day informed), and ComplaintCloses its end; zero when the seller
	// was not informed.
	ComplaintUntil  calendar.Date `json:"complaint_until,omitzero"`
	ComplaintCloses time.Time     `json:"complaint_closes,omitzero"`
	// Defective is true when the procedure was not followed; Defects
	// says how, with the article.
	Defective bool      `json:"defective"`
	Defects   []Finding `json:"defects"`
	// Unconfirmed lists the facts the verdict rests on that are not
	// confirmed by the statute text.
	Unconfirmed []Caveat `json:"unconfirmed"`
	// Basis explains the procedure.
	Basis explain.Basis `json:"basis"`
}

// NoticeDays is the notice of a termination under P2B art. 4(2).
const NoticeDays = 30

// ComplaintMonths is the least time the DSA art. 20 complaint system stays
// open to the seller after being informed.
const ComplaintMonths = 6

// SanctionProcedure returns the procedure sanction s needs and whether it
// was followed, counting days on cal: the statement of reasons and when it
// is due, the earliest instant the sanction may take effect, the seller's
// complaint deadline, and its defects with their articles.
func SanctionProcedure(cal calendar.Calendar, s Sanction) (Procedure, error) {
	if cal.IsZero() {
		return Procedure{}, calendar.ErrNoCalendar
	}
	if err := s.Validate(); err != nil {
		return Procedure{}, err
	}
	loc := cal.Location()
	eff := s.Effective.In(loc)
	if cal.DateOf(eff).Before(p2bFrom()) {
		return Procedure{}, field.Errorf("effective", "%s is before the P2B Regulation applied (%s)", cal.DateOf(eff), p2bFrom())
	}
	dsa := !cal.DateOf(eff).Before(dsaFrom())
	p := Procedure{ID: s.ID, Kind: s.Kind, Effective: eff, Defects: []Finding{}}
	facts := []string{FactReg1182Applies, FactDSA17Content}
	art := "P2B art. 4(1)"
	if s.Kind == Termination {
		art = "P2B art. 4(2)"
	}
	steps := []explain.Step{{
		Rule:  "platform.sanction.decision",
		Basis: art,
		Facts: []explain.Fact{explain.F("kind", string(s.Kind)), explain.F("effective", rfc(eff))},
		Text:  textSanctionDecision,
		Args:  []any{s.Kind, explain.At(eff)},
	}}
	if dsa {
		facts = append(facts, FactDSA17Timing, FactDSA16To17AllSizes)
		steps = append(steps, explain.Step{Rule: "platform.sanction.dsa", Basis: "DSA art. 17(1), 17(2)", Text: textSanctionDSA})
	}
	sent := s.ReasonsSent.In(loc)
	hasReasons := !s.ReasonsSent.IsZero()
	defect := func(rule, article, fieldName, text string) {
		p.Defects = append(p.Defects, Finding{Rule: rule, Article: article, Field: fieldName, Text: text})
	}
	switch {
	case s.Kind == Termination && len(s.Exceptions) > 0:
		p.ReasonsUndueDelay = true
		facts = append(facts, FactP2BTermExceptions, FactP2BReasonsUndue)
		for _, x := range s.Exceptions {
			steps = append(steps, explain.Step{Rule: "platform.sanction.exception", Basis: "P2B art. 4(4)", Facts: []explain.Fact{explain.F("exception", string(x))}, Text: textSanctionException, Args: []any{string(x)}})
		}
		if hasReasons {
			p.EarliestEffective = sent
		}
	case s.Kind == Termination:
		// The day of sending is not counted: reasons sent on day D let the
		// termination take effect from the end of day D+30, so they are
		// due by the end of the 31st day before the day of effect.
		last := cal.DateOf(eff).AddDays(-NoticeDays - 1)
		by, err := cal.End(last)
		if err != nil {
			return Procedure{}, field.At("effective", err)
		}
		p.ReasonsBy = by
		steps = append(steps, explain.Step{Rule: "platform.sanction.notice", Basis: "P2B art. 4(2); Reg. 1182/71 art. 3", Facts: []explain.Fact{explain.F("days", NoticeDays)}, Text: textSanctionNotice, Args: []any{NoticeDays, explain.At(p.ReasonsBy)}})
		if hasReasons {
			e, _, err := endOfDays(cal, sent, NoticeDays)
			if err != nil {
				return Procedure{}, field.At("reasons_sent", err)
			}
			p.EarliestEffective = e
			if eff.Before(e) {
				defect("p2b.4.2.notice", "P2B art. 4(2)", "effective", "the termination takes effect before 30 days' notice from the statement of reasons have run (see earliest_effective)")
			}
		}
	default:
		p.ReasonsBy = eff
		steps = append(steps, explain.Step{Rule: "platform.sanction.reasons-by", Basis: "P2B art. 4(1)", Text: textSanctionReasonsBy, Args: []any{explain.At(eff)}})
		if hasReasons {
			p.EarliestEffective = sent
			if sent.After(eff) {
				a := "P2B art. 4(1)"
				if dsa {
					a += "; DSA art. 17(2)"
				}
				defect("p2b.4.1.late-reasons", a, "reasons_sent", "the statement of reasons reached the seller after the sanction took effect")
			}
		}
	}
	if !hasReasons {
		a := art
		if dsa {
			a += "; DSA art. 17(1)"
		}
		defect("reasons.missing", a, "reasons_sent", "no statement of reasons was sent")
	} else if !s.DurableMedium {
		defect("reasons.durable-medium", art, "durable_medium", "the statement of reasons was not on a durable medium")
	}
	if s.Misuse {
		switch {
		case s.Warned.IsZero():
			defect("dsa.23.warning", "DSA art. 23(1)", "warned", "the suspension for misuse had no prior warning")
		case !s.Warned.Before(s.Effective):
			defect("dsa.23.warning", "DSA art. 23(1)", "warned", "the prior warning did not precede the suspension")
		}
		if s.Until.IsZero() {
			defect("dsa.23.period", "DSA art. 23(1)", "until", "the suspension for misuse has no end: it must be for a reasonable period")
		}
		steps = append(steps, explain.Step{Rule: "platform.sanction.misuse", Basis: "DSA art. 23(1); recital 64", Text: textSanctionMisuse})
	}
	// The statement's contents.
	factsText := ""
	for i, f := range s.Facts {
		if i > 0 {
			factsText += "; "
		}
		factsText += f
	}
	automated := "no"
	if s.Automated {
		automated = "yes"
	}
	if hasReasons && dsa {
		per, err := cal.Period(cal.DateOf(sent), ComplaintMonths, calendar.Months, true)
		if err != nil {
			return Procedure{}, field.At("reasons_sent", err)
		}
		p.ComplaintUntil, p.ComplaintCloses = per.LastDay, per.Closes
		facts = append(facts, FactDSAComplaintCount)
		steps = append(steps, explain.Step{Rule: "platform.sanction.complaint", Basis: "DSA art. 20(1), 20(2)", Facts: []explain.Fact{explain.F("informed", cal.DateOf(sent)), explain.F("until", per.LastDay)}, Text: textSanctionComplaint, Args: []any{per.LastDay}})
	}
	redress := "internal complaint (P2B art. 11), mediation (P2B art. 12)"
	if dsa {
		redress = "internal complaint until " + p.ComplaintUntil.String() + " (DSA art. 20), out-of-court settlement (DSA art. 21), mediation (P2B art. 12)"
		if !hasReasons {
			redress = "internal complaint for 6 months from the day informed (DSA art. 20), out-of-court settlement (DSA art. 21), mediation (P2B art. 12)"
		}
	}
	p.Statement = []StatementItem{
		{Item: "facts", Value: factsText, Article: "P2B art. 4(5); DSA art. 17(3)(b)"},
		{Item: "ground", Value: s.Clause, Article: "P2B art. 4(5); DSA art. 17(3)(e)"},
		{Item: "automated-means", Value: automated, Article: "DSA art. 17(3)(c)"},
		{Item: "redress", Value: redress, Article: "DSA art. 17(3)(f)"},
	}
	if !dsa {
		p.Statement = append(p.Statement[:2], p.Statement[3])
	}
	if hasReasons {
		if factsText == "" {
			defect("reasons.facts", "P2B art. 4(5); DSA art. 17(3)", "facts", "the decision records no facts or circumstances for its statement of reasons")
		}
		if s.Clause == "" {
			defect("reasons.ground", "P2B art. 4(5); DSA art. 17(3)", "clause", "the decision names no ground (term or law) for its statement of reasons")
		}
	}
	p.Defective = len(p.Defects) > 0
	if p.Defective {
		for _, d := range p.Defects {
			steps = append(steps, explain.Step{Rule: "platform.sanction.defect", Basis: d.Article, Facts: []explain.Fact{explain.F("rule", d.Rule)}, Text: textSanctionDefect, Args: []any{d.Text}})
		}
	} else {
		steps = append(steps, explain.Step{Rule: "platform.sanction.ok", Basis: art, Text: textSanctionOK})
	}
	p.Unconfirmed = caveats(facts...)
	p.Basis = explain.Of(steps...).Add(caveatSteps(p.Unconfirmed)...)
	return p, nil
}
