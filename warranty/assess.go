package warranty

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// Burden says who must prove that the defect existed at delivery.
type Burden string

// Burdens of proof (L217-7).
const (
	SellerBurden Burden = "seller" // the presumption runs: the seller must disprove
	BuyerBurden  Burden = "buyer"  // the presumption has ended: the buyer must prove
)

// Ground is a ground of C. consom. L217-14 for a price reduction or a
// rescission.
type Ground string

// Grounds of L217-14 the case can show.
const (
	Refused Ground = "refused" // 1°: the seller refused to bring the goods into conformity
	Late    Ground = "late"    // 2°: not done within the time allowed after the request
	Failed  Ground = "failed"  // 4°: the defect persists after a repair
)

// Assessment is the answer of Engine.Assess: each guarantee's status on the
// assessment date, the open remedies, the limitation of the action and the
// steps that led there.
//
// It owns its JSON: json.Marshal gives the documented wire form (README.md):
// snake_case keys in declaration order, dates YYYY-MM-DD, a date that is
// zero because there is none omitted, counts of months and days as JSON
// integers, basis the common explain.Basis object. The zero Assessment is
// not an answer (it cannot be marshalled: its dates are zero). An
// Assessment is a value with slices; it is safe to read from several
// goroutines, and the Engine keeps no reference to it. Daylight-saving time
// does not affect it: every date is a calendar date.
type Assessment struct {
	// Assessed is the assessment date.
	Assessed calendar.Date `json:"assessed"`
	// Regime names the conformity regime of the contract date.
	Regime string `json:"regime"`
	// Conformity is the legal guarantee of conformity.
	Conformity ConformityStatus `json:"conformity"`
	// HiddenDefect is the hidden-defect guarantee.
	HiddenDefect Status `json:"hidden_defect"`
	// Commercial is the commercial warranty (Applies false when none).
	Commercial Status `json:"commercial"`
	// Remedies are the conformity remedies open on the assessment date.
	Remedies RemedyStatus `json:"remedies"`
	// Limitation is the limitation of the conformity court action.
	Limitation Limitation `json:"limitation"`
	// Listing holds the listing duties at the contract date when the case
	// names a category; omitted otherwise. Its basis steps are also in
	// Basis.
	Listing *Duties `json:"listing,omitempty"`
	// Notice is the buyer's notice duty, when the regime has one; omitted
	// otherwise.
	Notice *NoticeStatus `json:"notice,omitempty"`
	// Mandatory is the mandatory guarantee by price band (Hungary), when
	// the rules have one and the goods are listed; omitted otherwise.
	Mandatory *Status `json:"mandatory,omitempty"`
	// Unconfirmed lists the rules this answer used whose value the
	// research could not confirm ("conformity.presumption_used_months"):
	// the answer gives the most likely reading and a basis step says which
	// points a court or a policy must settle. Empty ([]) when none.
	Unconfirmed []string `json:"unconfirmed"`
	// Basis explains every step with its article or clause.
	Basis explain.Basis `json:"basis"`
}

// ConformityStatus is the legal guarantee of conformity on a date.
type ConformityStatus struct {
	// Applies is true when the guarantee covers the defect on the
	// assessment date: consumer buyer, professional seller, defect
	// appeared within the period and action not time-barred.
	Applies bool `json:"applies"`
	// Until is the last day of the period, extensions and suspensions
	// included.
	Until calendar.Date `json:"until"`
	// PresumedUntil is the last day a defect is presumed to have existed
	// at delivery.
	PresumedUntil calendar.Date `json:"presumed_until"`
	// Burden is who must prove the defect existed at delivery, given the
	// day it appeared.
	Burden Burden `json:"burden"`
	// Window says what Until bounds: the appearance of the defect or the
	// action (former rules).
	Window Window `json:"window"`
	// From is the delivery the period counts from (the replacement's when
	// the period was renewed).
	From calendar.Date `json:"from"`
	// Renewed is true when a replacement started a new period.
	Renewed bool `json:"renewed"`
	// ExtensionMonths is the total extension after repairs.
	ExtensionMonths int `json:"extension_months"`
	// SuspendedDays is the total number of days the period was suspended
	// (as counted by Rules.Conformity.Combine).
	SuspendedDays int `json:"suspended_days"`
}

// Status is the status of the hidden-defect guarantee or of the commercial
// warranty on a date. When there is no commercial warranty, Applies is
// false and From, Until and Months are zero (omitted from the JSON).
type Status struct {
	// Applies is true when the guarantee covers the defect on the
	// assessment date.
	Applies bool `json:"applies"`
	// From is the day the guarantee counts from; zero when there is none.
	From calendar.Date `json:"from,omitzero"`
	// Until is its last day; zero when there is none.
	Until calendar.Date `json:"until,omitzero"`
	// Months is the duration (commercial warranty only); omitted when 0.
	Months int `json:"months,omitzero"`
}

// RemedyStatus is what the buyer may ask under the conformity guarantee on
// the assessment date.
type RemedyStatus struct {
	// RepairOrReplacement is open whenever the guarantee applies; free of
	// charge (L217-11).
	RepairOrReplacement bool `json:"repair_or_replacement"`
	// Free is true when repair or replacement is open: it is free of
	// charge for the buyer (L217-11), transport included.
	Free bool `json:"free"`
	// Requested is the first request for this defect up to the assessment
	// date, if any.
	Requested calendar.Date `json:"requested,omitzero"`
	// Due is the last day to bring the goods into conformity.
	Due calendar.Date `json:"due,omitzero"`
	// Late is true when the goods were not brought into conformity by Due.
	Late bool `json:"late"`
	// Grounds are the grounds of L217-14 shown on the assessment date.
	Grounds []Ground `json:"grounds"`
	// PriceReduction is open when there is a ground.
	PriceReduction bool `json:"price_reduction"`
	// Rescission is open when there is a ground and the defect is not
	// minor.
	Rescission bool `json:"rescission"`
	// RefundDays is the time to refund after a reduction or rescission.
	RefundDays int `json:"refund_days"`
	// RefundFrom is the day the refund time runs from, when known.
	RefundFrom calendar.Date `json:"refund_from,omitzero"`
	// RefundDue is the last day to refund, when known.
	RefundDue calendar.Date `json:"refund_due,omitzero"`
	// AnswerDue is the last day for the seller to answer the request
	// before it is deemed accepted, under a statutory answer deadline
	// (Poland); omitted otherwise.
	AnswerDue calendar.Date `json:"answer_due,omitzero"`
	// DeemedAccepted is true when the seller did not answer by AnswerDue:
	// the request is deemed accepted.
	DeemedAccepted bool `json:"deemed_accepted,omitempty"`
}

// Limitation is the limitation of the conformity court action.
type Limitation struct {
	// From is the day the buyer knew of the defect (or the delivery under
	// the former rules).
	From calendar.Date `json:"from"`
	// Until is the last day to bring the action; omitted when it cannot be
	// given (the rule is unconfirmed, or it runs from a notice not yet
	// given).
	Until calendar.Date `json:"until,omitzero"`
	// LongStop is the absolute cap (C. civ. 2232); omitted when the rules
	// have none.
	LongStop calendar.Date `json:"long_stop,omitzero"`
	// Barred is true when Until is before the assessment date.
	Barred bool `json:"barred"`
}

// NoticeStatus is the buyer's notice duty on the assessment date.
type NoticeStatus struct {
	// Kind is the duty: strict, reasonable, damages or unconfirmed.
	Kind NoticeKind `json:"kind"`
	// Months is the period of the duty from discovery; 0 when unconfirmed.
	Months int `json:"months,omitzero"`
	// By is the last day of that period (the last day a notice is surely in
	// time); omitted when unconfirmed.
	By calendar.Date `json:"by,omitzero"`
	// Notified is the day the buyer notified the defect, if given.
	Notified calendar.Date `json:"notified,omitzero"`
	// Timely is "yes" (notified by By, or still possible by By), "no"
	// (strict duty missed: the rights are lost; damages duty missed: the
	// buyer owes the damage the delay caused), or "unknown" (a reasonable
	// time beyond the safe harbour, or an unconfirmed duty).
	Timely string `json:"timely"`
}

// assessor carries the inputs of one assessment.
type assessor struct {
	r      Rules
	cal    calendar.Calendar
	c      Case
	asOf   calendar.Date
	steps  []explain.Step
	unconf []string
	// notice is the notice duty's status, when the regime has one.
	notice *NoticeStatus
	// limBasis cites the limitation that applied.
	limBasis string
	// g is the regime of the contract date.
	g Regime
	// err is the first date that fell outside years 1 to 9999; once set,
	// the assessment is refused.
	err error
}

// months returns d plus n months, recording an ErrOutOfRange at path when
// the result would leave years 1 to 9999.
func (a *assessor) months(d calendar.Date, n int, path string) calendar.Date {
	r := d.AddMonths(n)
	if r.IsZero() && a.err == nil {
		a.err = field.Errorf(path, "%s + %d months: %w", d, n, ErrOutOfRange)
	}
	return r
}

// days returns d plus n days, recording an ErrOutOfRange at path when the
// result would leave years 1 to 9999.
func (a *assessor) days(d calendar.Date, n int, path string) calendar.Date {
	r := d.AddDays(n)
	if r.IsZero() && a.err == nil {
		a.err = field.Errorf(path, "%s + %d days: %w", d, n, ErrOutOfRange)
	}
	return r
}

func (a *assessor) step(rule, basis, text string, args []any, facts ...explain.Fact) {
	a.steps = append(a.steps, explain.Step{Rule: rule, Basis: basis, Facts: facts, Text: text, Args: args})
}

// last returns the last day of a period of n units after event, rolled
// over rest days when roll is set; path names the event's field.
func (a *assessor) last(event calendar.Date, n int, unit calendar.Unit, roll bool, path string) (calendar.Date, error) {
	if !roll {
		var d calendar.Date
		switch unit {
		case calendar.Days:
			d = a.days(event, n, path)
		case calendar.Months:
			d = a.months(event, n, path)
		default:
			d = a.months(event, 12*n, path)
		}
		return d, a.err
	}
	if a.cal.IsZero() {
		return calendar.Date{}, ErrNoCalendar
	}
	p, err := a.cal.Period(event, n, unit, true)
	if err != nil {
		return calendar.Date{}, field.At(path, err)
	}
	return p.LastDay, nil
}

// Assess assesses case c under rules r on calendar cal (see
// Engine.Assess). cal is needed only when r rolls deadlines over rest days
// and may otherwise be the zero Calendar.
//
// Deprecated: build an Engine once with New and call its Assess. Unlike
// before, the zero Rules is no longer the statute: it returns ErrNoRules.
func Assess(r Rules, cal calendar.Calendar, c Case) (Assessment, error) {
	if err := r.Validate(); err != nil {
		return Assessment{}, err
	}
	return assess(r, cal, c)
}

// assess is Assess for valid rules.
func assess(r Rules, cal calendar.Calendar, c Case) (Assessment, error) {
	if r.IsZero() {
		return Assessment{}, ErrNoRules
	}
	if err := c.Validate(); err != nil {
		return Assessment{}, err
	}
	a := &assessor{r: r, cal: cal, c: c, asOf: c.assessed(), steps: make([]explain.Step, 0, 16)}
	out := Assessment{Assessed: a.asOf}
	g, err := r.Conformity.regimeFor(c.Contract)
	if err != nil {
		return Assessment{}, err
	}
	out.Regime = g.Name
	a.g = g
	a.unconfirmed(g, "from")
	if out.Conformity, out.Limitation, err = a.conformity(g); err != nil {
		return Assessment{}, err
	}
	if a.err != nil {
		return Assessment{}, a.err
	}
	if out.HiddenDefect, err = a.hidden(); err != nil {
		return Assessment{}, err
	}
	out.Commercial = a.commercial(out.Conformity.Until)
	if out.Remedies, err = a.remedies(out.Conformity.Applies); err != nil {
		return Assessment{}, err
	}
	if a.err != nil {
		return Assessment{}, a.err
	}
	if out.Mandatory, err = a.mandatory(); err != nil {
		return Assessment{}, err
	}
	if a.err != nil {
		return Assessment{}, a.err
	}
	out.Notice = a.notice
	out.Unconfirmed = append([]string{}, a.unconf...)
	if len(a.unconf) > 0 {
		a.step("unconfirmed", "", "Not confirmed by the research and read as shown: %s. A court, or a policy that states the value, settles them.",
			[]any{joinList(a.unconf)}, explain.F("unconfirmed", joinList(a.unconf)))
	}
	if c.Category != "" && r.Listing.isZero() {
		a.step("listing.none", "", "These rules hold no listing duties: the category %s is not checked.", []any{c.Category}, explain.F("category", c.Category))
	} else if c.Category != "" {
		d, err := listingDuties(r, c.Category, c.Contract)
		if err != nil {
			return Assessment{}, err
		}
		out.Listing = &d
		a.steps = append(a.steps, d.Basis.Steps...)
	}
	out.Basis = explain.Of(a.steps...)
	return out, nil
}

// conformity computes the legal guarantee of conformity under regime g.
func (a *assessor) conformity(g Regime) (ConformityStatus, Limitation, error) {
	c, r := a.c, a.r.Conformity
	st := ConformityStatus{Window: g.Window, From: c.Delivered}
	a.step("conformity.regime", g.Basis, "Contract concluded on %s: the %s rules apply.",
		[]any{c.Contract, g.Name}, explain.F("contract", c.Contract))

	inScope := c.buyer() == Consumer && c.seller() == Professional
	scope := "C. consom. L217-1"
	if g.ScopeBasis != "" {
		scope = g.ScopeBasis
	}
	if inScope {
		a.step("conformity.scope", scope, "Consumer buyer and professional seller: the legal guarantee of conformity covers the sale.", nil,
			explain.F("buyer", c.buyer()), explain.F("seller", c.seller()))
	} else {
		a.step("conformity.scope", scope, "The legal guarantee of conformity covers only sales by a professional seller to a consumer (buyer: %s, seller: %s).",
			[]any{term(c.buyer()), term(c.seller())}, explain.F("buyer", c.buyer()), explain.F("seller", c.seller()))
	}

	months, err := a.periodMonths(g)
	if err != nil {
		return st, Limitation{}, err
	}
	base := c.Delivered
	end := a.months(base, months, "delivered")
	switch g.Window {
	case Appearance:
		a.step("conformity.window", g.Basis, "Delivered on %s: a defect appearing by %s is covered (%d months from delivery).",
			[]any{base, end, months}, explain.F("delivered", base))
	case Lifespan:
		a.step("conformity.window", g.Basis, "Delivered on %s: no fixed period; a defect appearing within the goods' expected lifespan of %d months, by %s, is covered.",
			[]any{base, months, end}, explain.F("delivered", base), explain.F("lifespan_months", months))
	default:
		a.step("conformity.window", g.Basis, "Delivered on %s: the action must be brought by %s (%d months from delivery).",
			[]any{base, end, months}, explain.F("delivered", base))
	}

	// A replacement: renewal or suspension.
	renewAt := calendar.Date{}
	if x := c.Replacement; x != nil {
		renew := (x.BuyerChoseRepair && g.RenewOnImposedReplacement) || g.RenewOnAnyReplacement
		switch {
		case x.Delivered.After(a.asOf):
			a.step("conformity.replacement", "", "The replacement delivered on %s comes after the assessment date: not taken into account.",
				[]any{x.Delivered}, explain.F("replacement.delivered", x.Delivered))
			if g.SuspendWhileImmobilised && !x.Requested.IsZero() && !x.Requested.After(a.asOf) && !x.Requested.After(end) {
				days := a.asOf.Sub(x.Requested)
				end = a.days(end, days, "replacement.requested")
				st.SuspendedDays += days
				a.step("conformity.suspension", "C. consom. D211-2 annex", "The goods have been immobilised since %s (%d days up to the assessment date): the period is suspended and now ends on %s.",
					[]any{x.Requested, days, end}, explain.F("replacement.requested", x.Requested))
			}
		case renew:
			base, renewAt = x.Delivered, x.Delivered
			end = a.months(base, months, "replacement.delivered")
			st.Renewed, st.From = true, base
			st.ExtensionMonths, st.SuspendedDays = 0, 0
			if x.BuyerChoseRepair {
				a.step("conformity.replacement", "C. consom. L217-13", "The buyer chose repair and the seller replaced the goods: a new period runs from the replacement's delivery on %s to %s.",
					[]any{base, end}, explain.F("replacement.delivered", base), explain.F("buyer_chose_repair", true))
			} else {
				a.step("conformity.replacement", "policy", "The policy renews the period after any replacement: a new period runs from the replacement's delivery on %s to %s.",
					[]any{base, end}, explain.F("replacement.delivered", base))
			}
		default:
			a.step("conformity.replacement", a.remedyBasis("C. consom. L217-13"), "The buyer chose the replacement delivered on %s: the period is not renewed.",
				[]any{x.Delivered}, explain.F("replacement.delivered", x.Delivered), explain.F("buyer_chose_repair", x.BuyerChoseRepair))
			if g.SuspendWhileImmobilised && !x.Requested.IsZero() && !x.Requested.After(end) {
				days := x.Delivered.Sub(x.Requested)
				end = a.days(end, days, "replacement.requested")
				st.SuspendedDays += days
				a.step("conformity.suspension", "C. consom. D211-2 annex", "The goods were immobilised from %s to %s (%d days): the period is suspended and now ends on %s.",
					[]any{x.Requested, x.Delivered, days, end}, explain.F("replacement.requested", x.Requested))
			}
		}
	}

	// Repairs, in order: suspension while immobilised, then the extension.
	extBasis := "C. consom. L217-13"
	if g.RepairExtensionOnce || g.RemedyBasis != "" {
		extBasis = g.Basis
	}
	extended := false
	for i, rp := range c.Repairs {
		if a.err != nil {
			break
		}
		if rp.Requested.After(a.asOf) {
			a.step("conformity.repair", "", "Repair %d, requested on %s, comes after the assessment date: not taken into account.",
				[]any{i + 1, rp.Requested})
			continue
		}
		if !renewAt.IsZero() && rp.Requested.Before(renewAt) {
			a.step("conformity.repair", extBasis, "Repair %d, requested on %s, concerned the goods since replaced: the new period ignores it.",
				[]any{i + 1, rp.Requested})
			continue
		}
		if rp.Requested.After(end) {
			a.step("conformity.repair", extBasis, "Repair %d, requested on %s, came after the period ended on %s: it was not under the guarantee.",
				[]any{i + 1, rp.Requested, end})
			continue
		}
		back := rp.Returned
		done := !back.IsZero() && !back.After(a.asOf)
		if !done {
			back = a.asOf
		}
		days := 0
		if g.SuspendWhileImmobilised {
			days = back.Sub(rp.Requested)
		}
		ext := 0
		if done && !rp.Failed && !(g.RepairExtensionOnce && extended) {
			ext = g.RepairExtensionMonths
		}
		if ext > 0 {
			extended = true
			a.unconfirmed(g, "repair_extension_months")
		}
		path := field.Index("repairs", i)
		suspended, lengthened := a.days(end, days, path), a.months(end, ext, path)
		switch {
		case r.Combine == Greater && lengthened.After(suspended):
			end = lengthened
			st.ExtensionMonths += ext
		case r.Combine == Greater:
			end = suspended
			st.SuspendedDays += days
		default:
			end = a.months(suspended, ext, path)
			st.ExtensionMonths += ext
			st.SuspendedDays += days
		}
		facts := []explain.Fact{explain.F("requested", rp.Requested)}
		if !rp.Returned.IsZero() {
			facts = append(facts, explain.F("returned", rp.Returned))
		}
		switch {
		case !done && days > 0:
			a.step("conformity.repair", "C. consom. D211-2 annex", "Repair %d has run since %s (%d days up to the assessment date): the period is suspended and now ends on %s.",
				[]any{i + 1, rp.Requested, days, end}, facts...)
		case ext > 0 && days > 0:
			a.step("conformity.repair", extBasis+"; D211-2 annex", "Repair %d immobilised the goods from %s to %s (%d days) and extends the guarantee by %d months: the period now ends on %s.",
				[]any{i + 1, rp.Requested, rp.Returned, days, ext, end}, facts...)
		case ext > 0:
			a.step("conformity.repair", extBasis, "Repair %d, returned on %s, extends the guarantee by %d months: the period now ends on %s.",
				[]any{i + 1, rp.Returned, ext, end}, facts...)
		case days > 0:
			a.step("conformity.repair", "C. consom. D211-2 annex", "Repair %d immobilised the goods from %s to %s (%d days): the period is suspended and now ends on %s.",
				[]any{i + 1, rp.Requested, back, days, end}, facts...)
		default:
			a.step("conformity.repair", g.Basis, "Repair %d, requested on %s, does not change the period.",
				[]any{i + 1, rp.Requested}, facts...)
		}
	}
	if r.Combine == Greater && len(c.Repairs) > 0 {
		a.step("conformity.combine", "policy", "Per repair only the longer of the extension and the suspension counts.", nil)
	}
	st.Until = end

	// Presumption of pre-existence.
	pm, what := g.PresumptionNewMonths, "new"
	a.unconfirmed(g, "presumption_new_months")
	if c.Condition.secondHand() {
		pm, what = g.PresumptionUsedMonths, "second-hand"
		a.unconfirmed(g, "presumption_used_months")
	}
	basePath := "delivered"
	if st.Renewed {
		basePath = "replacement.delivered"
	}
	st.PresumedUntil = a.months(base, pm, basePath)
	if a.err != nil {
		return st, Limitation{}, a.err
	}
	if c.Appeared.After(st.PresumedUntil) {
		st.Burden = BuyerBurden
		a.step("conformity.presumption", presumptionBasis(g), "For %s goods a defect is presumed to have existed at delivery until %s; it appeared on %s, so the buyer must prove it.",
			[]any{term(what), st.PresumedUntil, c.Appeared}, explain.F("condition", c.Condition), explain.F("appeared", c.Appeared))
	} else {
		st.Burden = SellerBurden
		a.step("conformity.presumption", presumptionBasis(g), "For %s goods a defect is presumed to have existed at delivery until %s; it appeared on %s, so the seller must prove otherwise.",
			[]any{term(what), st.PresumedUntil, c.Appeared}, explain.F("condition", c.Condition), explain.F("appeared", c.Appeared))
	}

	// The notice duty.
	lost := false
	if inScope {
		lost = a.noticeDuty(g)
	}

	// Limitation of the action.
	lim, err := a.limitation(g, end)
	if err != nil {
		return st, lim, err
	}

	// Applies?
	switch {
	case !inScope:
		st.Applies = false
	case g.Window != Action && c.Appeared.After(end):
		a.step("conformity.applies", g.Basis, "The defect appeared on %s, after the period ended on %s: the guarantee does not apply.",
			[]any{c.Appeared, end}, explain.F("appeared", c.Appeared))
	case lost:
		a.step("conformity.applies", g.Notice.Basis, "The defect was not notified within %d months of its discovery: the buyer has lost the remedies of the guarantee.",
			[]any{g.Notice.Months}, explain.F("discovered", c.discovered()))
	case lim.Barred:
		a.step("conformity.applies", a.limBasis, "On %s the action is time-barred since %s: the guarantee can no longer be enforced.",
			[]any{a.asOf, lim.Until}, explain.F("assessed", a.asOf))
	case g.Window != Action:
		st.Applies = true
		a.step("conformity.applies", g.Basis, "The defect appeared on %s, within the period ending on %s: the guarantee applies.",
			[]any{c.Appeared, end}, explain.F("appeared", c.Appeared))
	default:
		st.Applies = true
		a.step("conformity.applies", g.Basis, "On %s the action is still open until %s: the guarantee applies.",
			[]any{a.asOf, end}, explain.F("assessed", a.asOf))
	}
	return st, lim, nil
}

func presumptionBasis(g Regime) string {
	if g.PresumptionBasis != "" {
		return g.PresumptionBasis
	}
	if g.Window == Action {
		return "C. consom. former L217-7"
	}
	return "C. consom. L217-7"
}

// limitation computes the limitation of the conformity action.
func (a *assessor) limitation(g Regime, end calendar.Date) (Limitation, error) {
	if k := g.ActionLimit.Kind; k != "" && k != FromKnowledge {
		return a.nationalLimitation(g, end)
	}
	c, r := a.c, a.r.Conformity
	a.limBasis = "C. civ. 2224"
	lim := Limitation{LongStop: a.months(c.Delivered, 12*r.LongStopYears, "delivered")}
	if a.err != nil {
		return lim, a.err
	}
	if g.Window == Action {
		lim.From, lim.Until = c.Delivered, end
		if r.RollLimitation {
			var err error
			if lim.Until, err = a.rollDay(end); err != nil {
				return lim, err
			}
		}
		lim.Barred = a.asOf.After(lim.Until)
		a.limBasis = "C. consom. former L217-12"
		a.step("limitation", "C. consom. former L217-12", "Under the former rules the action is time-barred after %s.",
			[]any{lim.Until}, explain.F("delivered", c.Delivered))
		return lim, nil
	}
	known := c.discovered()
	lim.From = known
	until, err := a.last(known, r.LimitationYears, calendar.Years, r.RollLimitation, "discovered")
	if err != nil {
		return lim, err
	}
	if until.After(lim.LongStop) {
		until = lim.LongStop
		a.step("limitation", "C. civ. 2224, 2232", "The action is limited to %d years from knowledge of the defect on %s, but never beyond %s (%d years from delivery): last day %s.",
			[]any{r.LimitationYears, known, lim.LongStop, r.LongStopYears, until}, explain.F("discovered", known))
	} else {
		a.step("limitation", "C. civ. 2224; C. consom. L217-3", "The action is limited to %d years from knowledge of the defect on %s: last day %s.",
			[]any{r.LimitationYears, known, until}, explain.F("discovered", known))
	}
	lim.Until = until
	lim.Barred = a.asOf.After(until)
	return lim, nil
}

// rollDay moves d to the next day that is not a Saturday, Sunday or public
// holiday.
func (a *assessor) rollDay(d calendar.Date) (calendar.Date, error) {
	if a.cal.IsZero() {
		return d, ErrNoCalendar
	}
	p, err := a.cal.Period(d.AddDays(-1), 1, calendar.Days, true)
	if err != nil {
		return d, field.At("discovered", err)
	}
	return p.LastDay, nil
}

// hidden computes the hidden-defect guarantee.
func (a *assessor) hidden() (Status, error) {
	c, h := a.c, a.r.HiddenDefect
	if h == (HiddenDefect{}) {
		a.step("hidden.none", "", "These rules hold no hidden-defect guarantee.", nil)
		return Status{}, nil
	}
	known := c.discovered()
	from := c.Contract
	if h.LongStopFrom == FromDelivery {
		from = c.Delivered
	}
	fromPath := "contract"
	if h.LongStopFrom == FromDelivery {
		fromPath = "delivered"
	}
	longStop := a.months(from, 12*h.LongStopYears, fromPath)
	st := Status{From: known}
	until := a.months(known, h.Months, "discovered")
	if a.err != nil {
		return st, a.err
	}
	capped := until.After(longStop)
	if capped {
		until = longStop
	}
	if h.Roll {
		var err error
		if until, err = a.rollDay(until); err != nil {
			return st, err
		}
	}
	st.Until = until
	if capped {
		a.step("hidden.window", h.Basis, "Hidden defect discovered on %s: the action is open %d months from discovery but never beyond %s (%d years from the %s): last day %s.",
			[]any{known, h.Months, longStop, h.LongStopYears, term(h.LongStopFrom), until}, explain.F("discovered", known))
	} else {
		a.step("hidden.window", h.Basis, "Hidden defect discovered on %s: the action is open %d months from discovery, until %s.",
			[]any{known, h.Months, until}, explain.F("discovered", known))
	}
	st.Applies = !a.asOf.After(until)
	if st.Applies {
		a.step("hidden.applies", "C. civ. 1641, 1644", "On %s the buyer may still act for a hidden defect (return for a refund or keep with a partial refund), if he proves it.",
			[]any{a.asOf}, explain.F("assessed", a.asOf))
	} else {
		a.step("hidden.applies", "C. civ. 1648", "On %s the hidden-defect action is out of time.",
			[]any{a.asOf}, explain.F("assessed", a.asOf))
	}
	return st, nil
}

// commercial computes the commercial warranty; conformityEnd is the last
// day of the legal period.
func (a *assessor) commercial(conformityEnd calendar.Date) Status {
	c, w := a.c, a.r.Commercial
	months, basis := w.Months, w.Basis
	if c.CommercialMonths > months {
		months, basis = c.CommercialMonths, "seller's commercial warranty"
	}
	if months == 0 {
		a.step("commercial.none", "C. consom. L217-21", "No commercial warranty is given.", nil)
		return Status{}
	}
	var start, event calendar.Date
	switch w.Start {
	case FromContract:
		start, event = c.Contract, c.Contract
	case FromConformityEnd:
		start, event = a.days(conformityEnd, 1, "delivered"), conformityEnd
	default:
		start, event = c.Delivered, c.Delivered
	}
	until := a.months(event, months, "commercial_months")
	if a.err != nil {
		return Status{}
	}
	a.step("commercial.window", basis, "Commercial warranty of %d months from %s: until %s.",
		[]any{months, start, until}, explain.F("months", months), explain.F("start", start))
	if w.ImmobilisationMinDays > 0 {
		for i, rp := range c.Repairs {
			if rp.Requested.After(a.asOf) || rp.Requested.Before(start) || rp.Requested.After(until) {
				continue
			}
			back := rp.Returned
			if back.IsZero() || back.After(a.asOf) {
				back = a.asOf
			}
			days := back.Sub(rp.Requested)
			if days >= w.ImmobilisationMinDays {
				until = a.days(until, days, field.Index("repairs", i))
				a.step("commercial.immobilisation", "C. consom. L217-28", "Repair %d immobilised the goods for %d days (at least %d): the commercial warranty runs until %s.",
					[]any{i + 1, days, w.ImmobilisationMinDays, until}, explain.F("requested", rp.Requested))
			}
		}
	}
	st := Status{From: start, Until: until, Months: months}
	st.Applies = !c.Appeared.Before(start) && !c.Appeared.After(until)
	if st.Applies {
		a.step("commercial.applies", basis, "The defect appeared on %s, within the commercial warranty.", []any{c.Appeared})
	} else {
		a.step("commercial.applies", basis, "The defect appeared on %s, outside the commercial warranty (%s to %s).", []any{c.Appeared, start, until})
	}
	return st
}

// remedies computes the remedies open on the assessment date.
func (a *assessor) remedies(applies bool) (RemedyStatus, error) {
	c, rr := a.c, a.r.Remedies
	st := RemedyStatus{Grounds: []Ground{}, RefundDays: rr.RefundDays}
	if !applies {
		a.step("remedy.none", a.remedyBasis("C. consom. L217-8"), "The conformity guarantee does not apply: its remedies are not open.", nil)
		return st, nil
	}
	st.RepairOrReplacement, st.Free = true, true
	// The first request for this defect: the first repair asked on or
	// after the day it appeared, or the replacement request.
	var done calendar.Date
	reqPath := ""
	for i, rp := range c.Repairs {
		if !rp.Requested.Before(c.Appeared) && !rp.Requested.After(a.asOf) {
			st.Requested, done, reqPath = rp.Requested, rp.Returned, field.Index("repairs", i)+".requested"
			break
		}
	}
	if x := c.Replacement; st.Requested.IsZero() && x != nil && !x.Requested.IsZero() &&
		!x.Requested.Before(c.Appeared) && !x.Requested.After(a.asOf) {
		st.Requested, done, reqPath = x.Requested, x.Delivered, "replacement.requested"
	}
	if done.After(a.asOf) {
		done = calendar.Date{}
	}
	if rr.AnswerDays > 0 && !st.Requested.IsZero() {
		due, err := a.last(st.Requested, rr.AnswerDays, calendar.Days, rr.Roll, reqPath)
		if err != nil {
			return st, err
		}
		st.AnswerDue = due
		ans := c.Answered
		if ans.After(a.asOf) {
			ans = calendar.Date{}
		}
		switch {
		case !ans.IsZero() && !ans.After(due):
			a.step("remedy.answer", rr.AnswerBasis, "The request of %s was answered on %s, within %d days (by %s).",
				[]any{st.Requested, ans, rr.AnswerDays, due}, explain.F("requested", st.Requested), explain.F("answered", ans))
		case ans.IsZero() && !a.asOf.After(due):
			a.step("remedy.answer", rr.AnswerBasis, "The seller must answer the request of %s by %s (%d days), or it is deemed accepted.",
				[]any{st.Requested, due, rr.AnswerDays}, explain.F("requested", st.Requested))
		default:
			st.DeemedAccepted = true
			a.step("remedy.answer", rr.AnswerBasis, "The request of %s was not answered by %s (%d days): it is deemed accepted.",
				[]any{st.Requested, due, rr.AnswerDays}, explain.F("requested", st.Requested), explain.F("answered", c.Answered))
		}
	}
	if rr.ConformityDays == 0 {
		a.step("remedy.conformity", a.remedyBasis("Directive 2019/771 art. 14(1)"), "Repair or replacement, free of charge, is due within a reasonable time: these rules set no number of days.", nil)
	} else if st.Requested.IsZero() {
		a.step("remedy.conformity", a.remedyBasis("C. consom. L217-9, L217-10, L217-11"), "The buyer may ask for repair or replacement, free of charge, to be done within %d days of the request.",
			[]any{rr.ConformityDays})
	} else {
		due, err := a.last(st.Requested, rr.ConformityDays, calendar.Days, rr.Roll, reqPath)
		if err != nil {
			return st, err
		}
		st.Due = due
		st.Late = (done.IsZero() && a.asOf.After(due)) || done.After(due)
		switch {
		case st.Late:
			a.step("remedy.conformity", a.remedyBasis("C. consom. L217-10"), "Repair or replacement requested on %s was due, free of charge, by %s and was not done in time.",
				[]any{st.Requested, due}, explain.F("requested", st.Requested))
			st.Grounds = append(st.Grounds, Late)
		case done.IsZero():
			a.step("remedy.conformity", a.remedyBasis("C. consom. L217-10, L217-11"), "Repair or replacement requested on %s is due, free of charge, by %s.",
				[]any{st.Requested, due}, explain.F("requested", st.Requested))
		default:
			a.step("remedy.conformity", a.remedyBasis("C. consom. L217-10"), "Repair or replacement requested on %s was done on %s, within the time allowed (%s).",
				[]any{st.Requested, done, due}, explain.F("requested", st.Requested))
		}
	}
	if !c.Refused.IsZero() && !c.Refused.After(a.asOf) {
		st.Grounds = append(st.Grounds, Refused)
		a.step("remedy.ground", a.remedyBasis("C. consom. L217-14 1°"), "The seller refused on %s to bring the goods into conformity.", []any{c.Refused}, explain.F("refused", c.Refused))
	}
	for i, rp := range c.Repairs {
		if rp.Failed && !rp.Returned.IsZero() && !rp.Returned.After(a.asOf) {
			st.Grounds = append(st.Grounds, Failed)
			a.step("remedy.ground", a.remedyBasis("C. consom. L217-14 4°"), "The defect persisted after repair %d.", []any{i + 1})
			break
		}
	}
	if len(st.Grounds) == 0 {
		a.step("remedy.reduction", a.remedyBasis("C. consom. L217-14"), "No ground for a price reduction or a rescission yet (refusal, delay beyond the time allowed, failed repair).", nil)
	} else {
		st.PriceReduction = true
		st.Rescission = !c.Minor
		if c.Minor {
			a.step("remedy.reduction", a.remedyBasis("C. consom. L217-14"), "The buyer may ask for a price reduction; no rescission, the defect being minor.", nil, explain.F("minor", true))
		} else {
			a.step("remedy.reduction", a.remedyBasis("C. consom. L217-14"), "The buyer may ask for a price reduction or rescind the contract.", nil)
		}
	}
	if x := c.Resolution; x != nil && !x.Notified.After(a.asOf) {
		from := x.Notified
		if x.Remedy == Rescission {
			from = x.GoodsReturned
			if from.After(a.asOf) {
				from = calendar.Date{}
			}
		}
		if from.IsZero() {
			a.step("remedy.refund", a.remedyBasis("C. consom. L217-16, L217-17"), "Rescission notified on %s: the seller takes the goods back at his expense and refunds within %d days of receiving them or proof of their dispatch.",
				[]any{x.Notified, rr.RefundDays}, explain.F("notified", x.Notified))
		} else {
			due, err := a.last(from, rr.RefundDays, calendar.Days, rr.Roll, "resolution.notified")
			if err != nil {
				return st, err
			}
			st.RefundFrom, st.RefundDue = from, due
			a.step("remedy.refund", a.remedyBasis("C. consom. L217-17"), "Refund due within %d days of %s: by %s, by the same means of payment and without fees.",
				[]any{rr.RefundDays, from, due}, explain.F("remedy", x.Remedy), explain.F("from", from))
		}
	} else if st.PriceReduction {
		a.step("remedy.refund", a.remedyBasis("C. consom. L217-17"), "After a price reduction or a rescission the seller refunds within %d days.", []any{rr.RefundDays})
	}
	return st, nil
}

// remedyBasis returns the regime's citation of the remedies, or french for
// the French regimes that leave it empty.
func (a *assessor) remedyBasis(french string) string {
	if a.g.RemedyBasis != "" {
		return a.g.RemedyBasis
	}
	return french
}
