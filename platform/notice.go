package platform

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// ChangeException is a ground on which P2B art. 3(4) lifts the notice
// period of a change ([U]).
type ChangeException string

// The exceptions of P2B art. 3(4).
const (
	// LegalObligation: a legal or regulatory obligation forces a change
	// in a way that leaves no time for the notice period (3(4)(a)).
	LegalObligation ChangeException = "legal-obligation"
	// ImminentDanger: the change reacts to an unforeseen and imminent
	// danger (fraud, malware, spam, data breach, other cyber-security
	// risk) (3(4)(b)).
	ImminentDanger ChangeException = "imminent-danger"
)

// Change is one change of the seller-facing terms: when it was notified to
// the sellers and when it takes effect. The zero Change is invalid.
type Change struct {
	// ID identifies the change for people; optional.
	ID string `json:"id,omitempty"`
	// NotifiedAt is when the change was notified to the sellers.
	// Required.
	NotifiedAt time.Time `json:"notified_at"`
	// EffectiveAt is when it takes effect. Required; not before
	// NotifiedAt (no retroactive change, P2B art. 8(a), [U]).
	EffectiveAt time.Time `json:"effective_at"`
	// DurableMedium is true when the notice was given on a durable medium
	// (an e-mail, a PDF: not a web page that can change), as P2B art.
	// 3(2) requires.
	DurableMedium bool `json:"durable_medium"`
	// Adaptation is true when the sellers need technical or commercial
	// adaptations to comply (P2B art. 3(2): a longer notice).
	Adaptation bool `json:"adaptation,omitempty"`
	// Exception is the P2B art. 3(4) ground claimed for a shorter notice;
	// empty for none.
	Exception ChangeException `json:"exception,omitempty"`
}

// Validate reports the first problem in c with its field path.
func (c Change) Validate() error {
	switch {
	case c.NotifiedAt.IsZero():
		return field.Errorf("notified_at", "missing")
	case c.EffectiveAt.IsZero():
		return field.Errorf("effective_at", "missing")
	case c.EffectiveAt.Before(c.NotifiedAt):
		return field.Errorf("effective_at", "%s is before notified_at %s: a change cannot take effect before it is notified", rfc(c.EffectiveAt), rfc(c.NotifiedAt))
	case c.Exception != "" && c.Exception != LegalObligation && c.Exception != ImminentDanger:
		return field.Errorf("exception", "unknown exception %q (want legal-obligation or imminent-danger)", string(c.Exception))
	}
	return nil
}

// NoticeRules are the notice a change of terms needs: the law's floor and
// the platform's own promise. The zero NoticeRules require no notice at
// all; start from P2B() and add the platform's promise.
type NoticeRules struct {
	// MinDays is the legal minimum, in days from the day of notification
	// (P2B art. 3(2): 15). 0 to MaxNoticeDays.
	MinDays int `json:"min_days"`
	// AdaptationDays is the notice the platform gives a change flagged as
	// needing adaptations (the law says "longer" and sets no number); 0
	// leaves it unset, and such a change is reported with a caveat. When
	// set it must exceed MinDays.
	AdaptationDays int `json:"adaptation_days,omitempty"`
	// ContractualMonths and ContractualDays are the notice the platform's
	// own terms promise (Opisto: one month); both zero for none.
	ContractualMonths int `json:"contractual_months,omitempty"`
	ContractualDays   int `json:"contractual_days,omitempty"`
	// ContractSource names the clause of that promise ("Opisto charter,
	// preamble").
	ContractSource string `json:"contract_source,omitempty"`
	// TerminationDays is the longest time the seller's termination on
	// receipt of the notice may take to take effect (P2B art. 3(2) third
	// subparagraph: 15, unless the contract says shorter).
	TerminationDays int `json:"termination_days"`
}

// Bounds of NoticeRules.
const (
	MaxNoticeDays   = 3660
	MaxNoticeMonths = 120
)

// P2B returns the notice rules of Regulation (EU) 2019/1150 art. 3(2):
// at least 15 days, and the seller's termination taking effect within 15
// days of receipt of the notice.
func P2B() NoticeRules { return NoticeRules{MinDays: 15, TerminationDays: 15} }

// Validate reports the first problem in r with its field path.
func (r NoticeRules) Validate() error {
	for _, x := range []struct {
		name string
		v    int
		max  int
	}{{"min_days", r.MinDays, MaxNoticeDays}, {"adaptation_days", r.AdaptationDays, MaxNoticeDays}, {"contractual_months", r.ContractualMonths, MaxNoticeMonths}, {"contractual_days", r.ContractualDays, MaxNoticeDays}, {"termination_days", r.TerminationDays, MaxNoticeDays}} {
		if x.v < 0 || x.v > x.max {
			return field.Errorf(x.name, "%d is outside 0 to %d", x.v, x.max)
		}
	}
	if r.AdaptationDays != 0 && r.AdaptationDays <= r.MinDays {
		return field.Errorf("adaptation_days", "%d is not longer than min_days %d (the law wants a longer notice)", r.AdaptationDays, r.MinDays)
	}
	if (r.ContractualMonths != 0 || r.ContractualDays != 0) && r.ContractSource == "" {
		return field.Errorf("contract_source", "missing (name the clause that promises the notice)")
	}
	return nil
}

// Finding is one thing wrong with a change, a sanction or a sale list,
// with the article it breaks. The zero Finding is empty.
type Finding struct {
	// Rule is a stable identifier ("p2b.3.2.too-early").
	Rule string `json:"rule"`
	// Article is the provision broken ("P2B art. 3(2)").
	Article string `json:"article"`
	// Field names the input field at fault, when there is one.
	Field string `json:"field,omitempty"`
	// Text says what is wrong, in English.
	Text string `json:"text"`
}

// NoticeCheck is the verdict on one change's notice. The zero NoticeCheck
// is empty.
type NoticeCheck struct {
	// ID, NotifiedAt and EffectiveAt are the change's (in the calendar's
	// location).
	ID          string    `json:"id,omitempty"`
	NotifiedAt  time.Time `json:"notified_at"`
	EffectiveAt time.Time `json:"effective_at"`
	// LegalDays is the legal notice applied, in days (MinDays, or
	// AdaptationDays for a change needing adaptations; 0 under an
	// exception).
	LegalDays int `json:"legal_days"`
	// LegalEarliest is the earliest lawful effective instant: the end of
	// the LegalDays-th day after the day of notification.
	LegalEarliest time.Time `json:"legal_earliest"`
	// ContractEarliest is the same for the platform's own promise; zero
	// (omitted) when it promises none.
	ContractEarliest time.Time `json:"contract_earliest,omitzero"`
	// Earliest is the later of the two: the instant from which the change
	// may take effect.
	Earliest time.Time `json:"earliest"`
	// Void is true when the change takes effect before LegalEarliest (or
	// was not notified on a durable medium) without an exception: null and
	// void under P2B art. 3(3).
	Void bool `json:"void"`
	// TooEarly is true when it takes effect before Earliest (Void, or a
	// breach of the platform's own promise).
	TooEarly bool `json:"too_early"`
	// TerminateFrom and TerminateUntil bound the seller's right to
	// terminate on the notice: from notification until the change takes
	// effect (P2B art. 3(2)).
	TerminateFrom  time.Time `json:"terminate_from"`
	TerminateUntil time.Time `json:"terminate_until"`
	// TerminationEffectiveBy is the latest instant a termination given on
	// receipt of the notice may take effect: the end of the
	// TerminationDays-th day after notification (zero when the rules set
	// none).
	TerminationEffectiveBy time.Time `json:"termination_effective_by,omitzero"`
	// Findings lists what is wrong, empty when the notice is lawful.
	Findings []Finding `json:"findings"`
	// Unconfirmed lists the facts the verdict rests on that are not
	// confirmed by the statute text.
	Unconfirmed []Caveat `json:"unconfirmed"`
	// Basis explains the verdict.
	Basis explain.Basis `json:"basis"`
}

// CheckNotice checks the notice of change c under rules r, reading days
// in cal's location: the earliest lawful effective instant, whether the
// change is void or too early, and the seller's termination window.
func CheckNotice(cal calendar.Calendar, r NoticeRules, c Change) (NoticeCheck, error) {
	if cal.IsZero() {
		return NoticeCheck{}, calendar.ErrNoCalendar
	}
	if err := r.Validate(); err != nil {
		return NoticeCheck{}, field.At("rules", err)
	}
	if err := c.Validate(); err != nil {
		return NoticeCheck{}, err
	}
	loc := cal.Location()
	nc := NoticeCheck{ID: c.ID, NotifiedAt: c.NotifiedAt.In(loc), EffectiveAt: c.EffectiveAt.In(loc), Findings: []Finding{}}
	if cal.DateOf(c.EffectiveAt).Before(p2bFrom()) {
		return NoticeCheck{}, field.Errorf("effective_at", "%s is before the P2B Regulation applied (%s)", cal.DateOf(c.EffectiveAt), p2bFrom())
	}
	facts := []string{FactReg1182Applies}
	var steps []explain.Step
	steps = append(steps, explain.Step{
		Rule:  "platform.notice.change",
		Basis: "P2B art. 3(2)",
		Facts: []explain.Fact{explain.F("notified_at", rfc(nc.NotifiedAt)), explain.F("effective_at", rfc(nc.EffectiveAt))},
		Text:  textNoticeChange,
		Args:  []any{explain.At(nc.NotifiedAt), explain.At(nc.EffectiveAt)},
	})
	nc.LegalDays = r.MinDays
	switch {
	case c.Exception != "":
		nc.LegalDays = 0
		facts = append(facts, FactP2BChangeException)
		steps = append(steps, explain.Step{Rule: "platform.notice.exception", Basis: "P2B art. 3(4)", Facts: []explain.Fact{explain.F("exception", string(c.Exception))}, Text: textNoticeException, Args: []any{string(c.Exception)}})
	case c.Adaptation && r.AdaptationDays > 0:
		nc.LegalDays = r.AdaptationDays
		facts = append(facts, FactP2BAdaptation)
		steps = append(steps, explain.Step{Rule: "platform.notice.adaptation", Basis: "P2B art. 3(2)", Facts: []explain.Fact{explain.F("adaptation_days", r.AdaptationDays)}, Text: textNoticeAdaptation, Args: []any{r.AdaptationDays}})
	case c.Adaptation:
		facts = append(facts, FactP2BAdaptation)
		nc.Findings = append(nc.Findings, Finding{Rule: "p2b.3.2.adaptation-unset", Article: "P2B art. 3(2)", Field: "adaptation", Text: "the change needs adaptations, so the notice must be longer than the minimum; the rules set no longer period (adaptation_days), so whether the notice is long enough is unconfirmed"})
		steps = append(steps, explain.Step{Rule: "platform.notice.adaptation-unset", Basis: "P2B art. 3(2)", Text: textNoticeAdaptationUnset, Args: []any{r.MinDays}})
	}
	legal, legalDay, err := endOfDays(cal, c.NotifiedAt, nc.LegalDays)
	if err != nil {
		return NoticeCheck{}, field.At("notified_at", err)
	}
	if nc.LegalDays == 0 {
		legal = nc.NotifiedAt
	}
	nc.LegalEarliest, nc.Earliest = legal, legal
	steps = append(steps, explain.Step{Rule: "platform.notice.legal", Basis: "P2B art. 3(2); Reg. 1182/71 art. 3", Facts: []explain.Fact{explain.F("days", nc.LegalDays), explain.F("last_day", legalDay)}, Text: textNoticeLegal, Args: []any{nc.LegalDays, explain.At(legal)}})
	if r.ContractualMonths != 0 || r.ContractualDays != 0 {
		d := cal.DateOf(c.NotifiedAt).AddMonths(r.ContractualMonths).AddDays(r.ContractualDays)
		if d.IsZero() {
			return NoticeCheck{}, field.At("notified_at", calendar.ErrOutOfRange)
		}
		ce, err := cal.End(d)
		if err != nil {
			return NoticeCheck{}, field.At("notified_at", err)
		}
		nc.ContractEarliest = ce
		facts = append(facts, FactContractualNotice)
		steps = append(steps, explain.Step{Rule: "platform.notice.contract", Basis: r.ContractSource, Facts: []explain.Fact{explain.F("months", r.ContractualMonths), explain.F("days", r.ContractualDays), explain.F("last_day", d)}, Text: textNoticeContract, Args: []any{r.ContractualMonths, r.ContractualDays, explain.At(ce)}})
		if ce.After(nc.Earliest) {
			nc.Earliest = ce
		}
	}
	if !c.DurableMedium && c.Exception == "" {
		nc.Void = true
		nc.Findings = append(nc.Findings, Finding{Rule: "p2b.3.2.durable-medium", Article: "P2B art. 3(2), 3(3)", Field: "durable_medium", Text: "the change was not notified on a durable medium, so its notice does not count and the change is void"})
	}
	if c.EffectiveAt.Before(nc.LegalEarliest) {
		nc.Void = true
		nc.Findings = append(nc.Findings, Finding{Rule: "p2b.3.2.too-early", Article: "P2B art. 3(2), 3(3)", Field: "effective_at", Text: "the change takes effect before the legal notice has run (see legal_earliest): null and void"})
	}
	if nc.Void {
		facts = append(facts, FactP2BVoid)
	}
	if !nc.ContractEarliest.IsZero() && c.EffectiveAt.Before(nc.ContractEarliest) {
		nc.Findings = append(nc.Findings, Finding{Rule: "contract.notice.too-early", Article: r.ContractSource, Field: "effective_at", Text: "the change takes effect before the notice the platform's own terms promise has run (see contract_earliest)"})
	}
	nc.TooEarly = nc.Void || c.EffectiveAt.Before(nc.Earliest)
	switch {
	case nc.Void:
		steps = append(steps, explain.Step{Rule: "platform.notice.void", Basis: "P2B art. 3(3)", Text: textNoticeVoid})
	case nc.TooEarly:
		steps = append(steps, explain.Step{Rule: "platform.notice.breach", Basis: r.ContractSource, Text: textNoticeBreach})
	default:
		steps = append(steps, explain.Step{Rule: "platform.notice.ok", Basis: "P2B art. 3(2)", Text: textNoticeOK})
	}
	nc.TerminateFrom, nc.TerminateUntil = nc.NotifiedAt, nc.EffectiveAt
	if r.TerminationDays > 0 {
		te, _, err := endOfDays(cal, c.NotifiedAt, r.TerminationDays)
		if err != nil {
			return NoticeCheck{}, field.At("notified_at", err)
		}
		nc.TerminationEffectiveBy = te
	}
	steps = append(steps, explain.Step{Rule: "platform.notice.termination", Basis: "P2B art. 3(2)", Text: textNoticeTermination, Args: []any{explain.At(nc.TerminateFrom), explain.At(nc.TerminateUntil)}})
	nc.Unconfirmed = caveats(facts...)
	nc.Basis = explain.Of(steps...).Add(caveatSteps(nc.Unconfirmed)...)
	return nc, nil
}
