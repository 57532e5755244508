package warranty

import (
	"reflect"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Rules is the warranty section of a policy: the legal guarantee of
// conformity by contract-date regime, the hidden-defect guarantee, the
// platform's commercial warranty, the remedy deadlines and the information
// duties of listings. It is plain data and round-trips through JSON.
//
// The zero Rules (a policy without a warranty section) means "no guarantee
// rule": Validate accepts it, an Engine built from it answers every question
// with an error wrapping ErrNoRules (errors.Is(err, explain.ErrNoRule)). It
// never stands for the statute: pass the statute's rules explicitly. A Rules
// that is not zero must be complete: Validate reports a missing regime, a
// zero duration or a number outside its documented range with its field
// path.
//
// Rules holds slices; New and Engine.Rules copy them, so an Engine never
// shares memory with the Rules it was given or returns. Its methods never
// modify it and are safe for concurrent use. Dates are calendar dates, so
// daylight-saving time does not affect them.
type Rules struct {
	// Conformity is the legal guarantee of conformity (consumer buyers,
	// professional sellers).
	Conformity Conformity `json:"conformity"`
	// HiddenDefect is the guarantee against hidden defects (any buyer).
	HiddenDefect HiddenDefect `json:"hidden_defect"`
	// Commercial is the commercial warranty the platform requires of its
	// sellers, if any; a case may name a longer one the seller gives.
	Commercial Commercial `json:"commercial"`
	// Remedies holds the deadlines of the conformity remedies.
	Remedies Remedies `json:"remedies"`
	// Listing holds the information duties of product listings.
	Listing Listing `json:"listing"`
	// Mandatory is a guarantee the law imposes on listed new durable goods
	// by price (Hungary); zero when none.
	Mandatory Mandatory `json:"mandatory,omitzero"`
}

// Conformity is the legal guarantee of conformity: regimes by contract date
// and the limitation of the court action.
type Conformity struct {
	// Regimes lists the rules by contract date, oldest first; a contract
	// follows the last regime whose From is on or before its date. The
	// first regime's From may be zero (contracts of any earlier date).
	Regimes []Regime `json:"regimes"`
	// Combine says how the extension after a repair and the suspension
	// while the goods are immobilised combine.
	Combine Combine `json:"combine"`
	// LimitationYears is the limitation of the court action counted from
	// the day the buyer knew of the defect (C. civ. 2224: 5); 1 to 100.
	LimitationYears int `json:"limitation_years"`
	// LongStopYears caps any limitation at this many years from the day the
	// right arose, the delivery (C. civ. 2232: 20); 1 to 100.
	LongStopYears int `json:"long_stop_years"`
	// RollLimitation moves a limitation end on a Saturday, Sunday or public
	// holiday to the next working day (C. pr. civ. 642). Off in the
	// statute preset: whether 642 applies to limitation is not settled.
	RollLimitation bool `json:"roll_limitation"`
}

// Window says what a regime's period of Months bounds.
type Window string

// Windows.
const (
	// Appearance: the defect must appear within the period from delivery;
	// the action is then limited by LimitationYears from knowledge
	// (C. consom. L217-3 since 2022).
	Appearance Window = "appearance"
	// Action: the action itself must be brought within the period from
	// delivery (former C. consom. L217-12, contracts before 2022).
	Action Window = "action"
)

// Combine is how a repair's extension and the immobilisation suspension
// add up.
type Combine string

// Ways to combine the repair extension and the suspension.
const (
	// Cumulative adds both: the days immobilised, then the extension
	// months. The reading most favourable to the buyer, and the default.
	Cumulative Combine = "cumulative"
	// Greater adds, per repair, only the longer of the two: the extension
	// absorbs the suspension.
	Greater Combine = "greater"
)

// Regime is the conformity guarantee for contracts concluded from a date.
type Regime struct {
	// Name identifies the regime ("ord. 2021-1247").
	Name string `json:"name"`
	// From is the first contract date the regime governs; zero for the
	// oldest regime.
	From calendar.Date `json:"from,omitzero"`
	// Basis cites the articles ("C. consom. L217-3, L217-7").
	Basis string `json:"basis"`
	// Window says what Months bounds: the appearance of the defect or the
	// action.
	Window Window `json:"window"`
	// Months is the liability period from delivery (24); 1 to 1200, and 0
	// under the lifespan window (the case's lifespan_months is the period).
	Months int `json:"months"`
	// PresumptionNewMonths is how long from delivery a defect of new goods
	// is presumed to have existed at delivery (24); 0 to 1200.
	PresumptionNewMonths int `json:"presumption_new_months"`
	// PresumptionUsedMonths is the same for second-hand goods, refurbished
	// goods included (12 since 2022, 6 before); 0 to 1200.
	PresumptionUsedMonths int `json:"presumption_used_months"`
	// RepairExtensionMonths extends the period after each repair under the
	// guarantee (L217-13: 6); 0 (none) to 120.
	RepairExtensionMonths int `json:"repair_extension_months"`
	// RenewOnImposedReplacement starts a new period from the delivery of a
	// replacement the seller imposed when the buyer chose repair (L217-13).
	RenewOnImposedReplacement bool `json:"renew_on_imposed_replacement"`
	// RenewOnAnyReplacement renews the period after every replacement,
	// including one the buyer chose: more generous than the statute.
	RenewOnAnyReplacement bool `json:"renew_on_any_replacement"`
	// SuspendWhileImmobilised suspends the remaining period while the goods
	// are immobilised for repair or replacement (D211-2 annex box).
	SuspendWhileImmobilised bool `json:"suspend_while_immobilised"`

	// The fields below model the member states' choices under Directive
	// 2019/771 and its amendment by Directive 2024/1799. Each is optional:
	// its zero value is the French rule (no shortening, no notice duty,
	// limitation from knowledge, an extension after every repair).

	// RepairExtensionOnce applies RepairExtensionMonths once, after the
	// first successful repair, instead of after each one (Directive
	// 2024/1799 art. 10(2a): 12 months, contracts from 2026-07-31).
	RepairExtensionOnce bool `json:"repair_extension_once,omitempty"`
	// LongLastingMonths is the period for goods, or parts of them, meant to
	// last considerably longer than usual (Norway §27, Iceland: 60); 0
	// (no such rule) to 1200. When set, every case must say whether its
	// goods are such goods (Case.LongLasting).
	LongLastingMonths int `json:"long_lasting_months,omitempty"`
	// RefurbishedFullPeriod keeps the full period for refurbished goods
	// stated as such: they cannot be shortened like second-hand goods
	// (Portugal, DL 84/2021).
	RefurbishedFullPeriod bool `json:"refurbished_full_period,omitempty"`
	// Used is the rule on a shorter period agreed for second-hand goods
	// (Case.AgreedMonths).
	Used Shortening `json:"used,omitzero"`
	// Notice is the buyer's duty to notify a defect after discovering it.
	Notice Notice `json:"notice,omitzero"`
	// ActionLimit is the limitation of the action when it is not the
	// French model.
	ActionLimit ActionLimit `json:"action,omitzero"`
	// ScopeBasis cites the scope of the guarantee (consumer buyer,
	// professional seller); "C. consom. L217-1" when empty.
	ScopeBasis string `json:"scope_basis,omitempty"`
	// PresumptionBasis cites the presumption; the French article of the
	// regime's window when empty.
	PresumptionBasis string `json:"presumption_basis,omitempty"`
	// RemedyBasis cites the remedies (repair, replacement, price
	// reduction, rescission); the French articles when empty.
	RemedyBasis string `json:"remedy_basis,omitempty"`
	// Unconfirmed names the fields of this regime whose value the research
	// could not confirm ("presumption_used_months", "notice", "used",
	// "action", "months", "repair_extension_months", "from"). An assessment
	// that uses one lists it as "conformity.<name>" in
	// Assessment.Unconfirmed and says so in a basis step. A policy that
	// knows the value sets it and leaves the name out.
	Unconfirmed []string `json:"unconfirmed,omitempty"`
}

// unconfirmed reports whether the regime marks field name as unconfirmed.
func (g Regime) unconfirmed(name string) bool {
	for _, u := range g.Unconfirmed {
		if u == name {
			return true
		}
	}
	return false
}

// knownUnconfirmed are the names Regime.Unconfirmed accepts.
func knownUnconfirmed(name string) bool {
	switch name {
	case "months", "presumption_new_months", "presumption_used_months", "used",
		"notice", "action", "repair_extension_months", "from", "long_lasting_months":
		return true
	}
	return false
}

// HiddenDefect is the guarantee against hidden defects (C. civ. 1641 ff.).
type HiddenDefect struct {
	// Basis cites the articles.
	Basis string `json:"basis"`
	// Months is the action period from discovery (C. civ. 1648: 24); 1 to
	// 1200.
	Months int `json:"months"`
	// LongStopYears caps the action at this many years from LongStopFrom
	// (C. civ. 2232: 20); 1 to 100.
	LongStopYears int `json:"long_stop_years"`
	// LongStopFrom is the start of the long stop: "contract" (the sale,
	// Cass. ch. mixte 21 July 2023) or "delivery".
	LongStopFrom Start `json:"long_stop_from"`
	// Roll moves an action end on a rest day to the next working day.
	Roll bool `json:"roll"`
}

// Start names the day a period counts from.
type Start string

// Starts of a period.
const (
	FromDelivery      Start = "delivery"       // the delivery of the goods
	FromContract      Start = "contract"       // the conclusion of the contract
	FromConformityEnd Start = "conformity_end" // the day after the legal conformity period ends
)

// Commercial is the commercial warranty (C. consom. L217-21 ff.) the platform
// requires its sellers to give. A case may carry the seller's own offer; the
// longer one counts.
type Commercial struct {
	// Months is the duration the platform requires; 0 (none) to 1200.
	Months int `json:"months"`
	// Start is the day the warranty counts from: "delivery" (default when
	// empty), "contract" or "conformity_end".
	Start Start `json:"start,omitempty"`
	// ImmobilisationMinDays: an immobilisation for a repair under the
	// warranty lasting at least this many days is added to it (C. consom.
	// L217-28, former L217-16: 7); 0 (disabled) to 3650.
	ImmobilisationMinDays int `json:"immobilisation_min_days"`
	// Basis cites the charter clause or article of the platform's
	// commitment.
	Basis string `json:"basis,omitempty"`
}

// Remedies holds the deadlines of the remedies of L217-8 ff.
type Remedies struct {
	// ConformityDays is the time to repair or replace from the buyer's
	// request (L217-10: 30); 0 to 3650, where 0 means "within a reasonable
	// time" with no number (Directive 2019/771 art. 14(1)): no due day is
	// computed and no delay is a ground by itself.
	ConformityDays int `json:"conformity_days"`
	// AnswerDays is the time the seller has to answer a complaint (the
	// first repair or replacement request) before it is deemed accepted
	// (Poland, u.p.k. art. 7a: 14); 0 (no such rule) to 3650.
	AnswerDays int `json:"answer_days,omitempty"`
	// AnswerBasis cites AnswerDays' article; required when it is set.
	AnswerBasis string `json:"answer_basis,omitempty"`
	// RefundDays is the time to refund after a price reduction or a
	// rescission (L217-17: 14); 1 to 3650.
	RefundDays int `json:"refund_days"`
	// Roll moves these deadlines off rest days. Off in the statute: the
	// buyer is better served by the nominal day.
	Roll bool `json:"roll"`
}

// Listing holds what a product listing must show.
type Listing struct {
	// SpareParts is the spare-parts availability statement (L111-4).
	SpareParts SpareParts `json:"spare_parts"`
	// Categories lists the product categories with their indices.
	Categories []Category `json:"categories"`
	// Statements are further items every listing must state (a platform
	// charter's listing-quality rules).
	Statements []Statement `json:"statements,omitempty"`
}

// SpareParts is the rule of C. consom. L111-4.
type SpareParts struct {
	// Basis cites the article.
	Basis string `json:"basis"`
	// SilenceUnavailableFrom is the day from which, for electrical and
	// electronic equipment and furniture, silence of the maker means the
	// parts are deemed unavailable, so the statement is always due
	// (2022-01-01, loi 2021-1485).
	SilenceUnavailableFrom calendar.Date `json:"silence_unavailable_from,omitzero"`
}

// Category is a product category and the indices its listings must show.
type Category struct {
	// Name is the category's key ("smartphone").
	Name string `json:"name"`
	// EEE is true for electrical and electronic equipment and furniture:
	// the spare-parts statement is always due for them.
	EEE bool `json:"eee"`
	// Indices are the indices the listing must show, each over a range of
	// dates.
	Indices []Index `json:"indices,omitempty"`
}

// IndexKind is an index a listing may have to show.
type IndexKind string

// Index kinds.
const (
	Repairability IndexKind = "repairability" // indice de réparabilité, C. env. L541-9-2
	Durability    IndexKind = "durability"    // indice de durabilité, décret 2024-316
	EnergyLabel   IndexKind = "energy_label"  // EU energy label, Delegated Reg. (EU) 2023/1669
)

// Index is an index a category must show from one day to another.
type Index struct {
	// Kind is the index.
	Kind IndexKind `json:"kind"`
	// From is the first day it must be shown.
	From calendar.Date `json:"from"`
	// Until is the last day it must be shown; zero while in force.
	Until calendar.Date `json:"until,omitzero"`
	// Basis cites the text.
	Basis string `json:"basis"`
}

// Statement is an item a listing must state, with its source.
type Statement struct {
	// What is the item ("condition", "guarantee").
	What string `json:"what"`
	// Basis cites the charter clause or article.
	Basis string `json:"basis"`
}

// IsZero reports whether r is the zero Rules (a policy without a warranty
// section), which has no guarantee rule.
func (r Rules) IsZero() bool { return reflect.ValueOf(r).IsZero() }

// Bounds of the numbers of Rules and Case, documented on each field and in
// README.md. They keep every computed date inside years 1 to 9999 for
// dates up to maxYear; Assess still refuses, rather than returns, a date
// that would leave that range.
const (
	maxMonths          = 1200 // 100 years
	maxYears           = 100
	maxExtensionMonths = 120
	maxDays            = 3650
	maxRepairs         = 100
	maxYear            = 9800
)

// Validate reports the first problem in r with its field path
// ("conformity.regimes[1].from: not after regimes[0]"). The zero Rules is
// valid (no guarantee rule).
func (r Rules) Validate() error {
	if r.IsZero() {
		return nil
	}
	if err := r.Conformity.validate(); err != nil {
		return strictjson.At("conformity", err)
	}
	if r.HiddenDefect != (HiddenDefect{}) {
		if err := r.HiddenDefect.validate(); err != nil {
			return strictjson.At("hidden_defect", err)
		}
	}
	if err := r.Commercial.validate(); err != nil {
		return strictjson.At("commercial", err)
	}
	if err := r.Remedies.validate(); err != nil {
		return strictjson.At("remedies", err)
	}
	if err := r.Listing.validate(); err != nil {
		return strictjson.At("listing", err)
	}
	if err := r.Mandatory.validate(); err != nil {
		return strictjson.At("mandatory", err)
	}
	return nil
}

// inRange refuses v outside lo..hi, naming path.
func inRange(path string, v, lo, hi int) error {
	if v < lo || v > hi {
		return strictjson.Errorf(path, "%d is outside %d to %d", v, lo, hi)
	}
	return nil
}

// clone returns a copy of r that shares no memory with it.
func (r Rules) clone() Rules {
	out := r
	out.Conformity.Regimes = cloneSlice(r.Conformity.Regimes)
	for i := range out.Conformity.Regimes {
		out.Conformity.Regimes[i].Unconfirmed = cloneSlice(out.Conformity.Regimes[i].Unconfirmed)
	}
	out.Mandatory.Bands = cloneSlice(r.Mandatory.Bands)
	out.Listing.Statements = cloneSlice(r.Listing.Statements)
	if r.Listing.Categories != nil {
		out.Listing.Categories = make([]Category, len(r.Listing.Categories))
		for i, c := range r.Listing.Categories {
			c.Indices = cloneSlice(c.Indices)
			out.Listing.Categories[i] = c
		}
	}
	return out
}

// cloneSlice copies s, keeping nil as nil and empty as empty.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

func (c Conformity) validate() error {
	if len(c.Regimes) == 0 {
		return strictjson.Errorf("regimes", "at least one regime needed")
	}
	for i, g := range c.Regimes {
		p := strictjson.Index("regimes", i)
		if i > 0 && !g.From.After(c.Regimes[i-1].From) {
			return strictjson.Errorf(p+".from", "must be after regimes[%d].from", i-1)
		}
		if err := g.validate(); err != nil {
			return strictjson.At(p, err)
		}
	}
	switch c.Combine {
	case Cumulative, Greater:
	default:
		return strictjson.Errorf("combine", "unknown value %q (want cumulative or greater)", c.Combine)
	}
	// The French model (limitation from knowledge) needs both numbers;
	// regimes that all bring their own limitation may leave them 0.
	lo := 0
	for _, g := range c.Regimes {
		if k := g.ActionLimit.Kind; (k == "" || k == FromKnowledge) && g.Window != Action {
			lo = 1
		}
	}
	if err := inRange("limitation_years", c.LimitationYears, lo, maxYears); err != nil {
		return err
	}
	return inRange("long_stop_years", c.LongStopYears, lo, maxYears)
}

func (g Regime) validate() error {
	if strings.TrimSpace(g.Name) == "" {
		return strictjson.Errorf("name", "missing")
	}
	if strings.TrimSpace(g.Basis) == "" {
		return strictjson.Errorf("basis", "missing")
	}
	switch g.Window {
	case Appearance, Action:
	case Lifespan:
		if g.LongLastingMonths != 0 {
			return strictjson.Errorf("long_lasting_months", "not used with the lifespan window")
		}
	default:
		return strictjson.Errorf("window", "unknown value %q (want appearance, action or lifespan)", g.Window)
	}
	if err := g.Used.validate(); err != nil {
		return strictjson.At("used", err)
	}
	if err := g.Notice.validate(); err != nil {
		return strictjson.At("notice", err)
	}
	if err := g.ActionLimit.validate(g.Window); err != nil {
		return strictjson.At("action", err)
	}
	if g.Window == Lifespan && (g.ActionLimit.Kind == "" || g.ActionLimit.Kind == FromKnowledge) {
		// The French model needs a period end for nothing, but a lifespan
		// regime must say how its action is limited.
		if g.ActionLimit.Kind == "" {
			return strictjson.Errorf("action.kind", "missing (a lifespan regime must say how the action is limited)")
		}
	}
	for i, u := range g.Unconfirmed {
		if !knownUnconfirmed(u) {
			return strictjson.Errorf(strictjson.Index("unconfirmed", i), "unknown field %q", u)
		}
	}
	for _, c := range []struct{ name, v string }{{"scope_basis", g.ScopeBasis}, {"presumption_basis", g.PresumptionBasis}, {"remedy_basis", g.RemedyBasis}} {
		if c.v != "" && strings.TrimSpace(c.v) == "" {
			return strictjson.Errorf(c.name, "blank")
		}
	}
	for _, f := range []struct {
		name  string
		v, lo int
		hi    int
	}{
		{"months", g.Months, monthsMin(g.Window), monthsMax(g.Window)},
		{"long_lasting_months", g.LongLastingMonths, 0, maxMonths},
		{"presumption_new_months", g.PresumptionNewMonths, 0, maxMonths},
		{"presumption_used_months", g.PresumptionUsedMonths, 0, maxMonths},
		{"repair_extension_months", g.RepairExtensionMonths, 0, maxExtensionMonths},
	} {
		if err := inRange(f.name, f.v, f.lo, f.hi); err != nil {
			return err
		}
	}
	return nil
}

func (h HiddenDefect) validate() error {
	if strings.TrimSpace(h.Basis) == "" {
		return strictjson.Errorf("basis", "missing")
	}
	if err := inRange("months", h.Months, 1, maxMonths); err != nil {
		return err
	}
	if err := inRange("long_stop_years", h.LongStopYears, 1, maxYears); err != nil {
		return err
	}
	switch h.LongStopFrom {
	case FromContract, FromDelivery:
	default:
		return strictjson.Errorf("long_stop_from", "unknown value %q (want contract or delivery)", h.LongStopFrom)
	}
	return nil
}

func (c Commercial) validate() error {
	if err := inRange("months", c.Months, 0, maxMonths); err != nil {
		return err
	}
	switch c.Start {
	case "", FromDelivery, FromContract, FromConformityEnd:
	default:
		return strictjson.Errorf("start", "unknown value %q (want delivery, contract or conformity_end)", c.Start)
	}
	if err := inRange("immobilisation_min_days", c.ImmobilisationMinDays, 0, maxDays); err != nil {
		return err
	}
	if c.Months > 0 && strings.TrimSpace(c.Basis) == "" {
		return strictjson.Errorf("basis", "missing (cite the clause of the commitment)")
	}
	return nil
}

func (r Remedies) validate() error {
	if err := inRange("conformity_days", r.ConformityDays, 0, maxDays); err != nil {
		return err
	}
	if err := inRange("answer_days", r.AnswerDays, 0, maxDays); err != nil {
		return err
	}
	if r.AnswerDays > 0 && strings.TrimSpace(r.AnswerBasis) == "" {
		return strictjson.Errorf("answer_basis", "missing")
	}
	return inRange("refund_days", r.RefundDays, 1, maxDays)
}

// isZero reports whether l holds no listing duty.
func (l Listing) isZero() bool {
	return l.SpareParts == (SpareParts{}) && len(l.Categories) == 0 && len(l.Statements) == 0
}

func (l Listing) validate() error {
	if l.isZero() {
		return nil
	}
	if strings.TrimSpace(l.SpareParts.Basis) == "" {
		return strictjson.Errorf("spare_parts.basis", "missing")
	}
	if l.SpareParts.SilenceUnavailableFrom.IsZero() {
		return strictjson.Errorf("spare_parts.silence_unavailable_from", "missing")
	}
	seen := map[string]bool{}
	for i, c := range l.Categories {
		p := strictjson.Index("categories", i)
		if strings.TrimSpace(c.Name) == "" {
			return strictjson.Errorf(p+".name", "missing")
		}
		if seen[c.Name] {
			return strictjson.Errorf(p+".name", "duplicate category %q", c.Name)
		}
		seen[c.Name] = true
		for j, x := range c.Indices {
			q := strictjson.Index(p+".indices", j)
			switch x.Kind {
			case Repairability, Durability, EnergyLabel:
			default:
				return strictjson.Errorf(q+".kind", "unknown index %q (want repairability, durability or energy_label)", x.Kind)
			}
			if x.From.IsZero() {
				return strictjson.Errorf(q+".from", "missing")
			}
			if !x.Until.IsZero() && x.Until.Before(x.From) {
				return strictjson.Errorf(q+".until", "before from")
			}
			if strings.TrimSpace(x.Basis) == "" {
				return strictjson.Errorf(q+".basis", "missing")
			}
		}
	}
	for i, s := range l.Statements {
		p := strictjson.Index("statements", i)
		if strings.TrimSpace(s.What) == "" {
			return strictjson.Errorf(p+".what", "missing")
		}
		if strings.TrimSpace(s.Basis) == "" {
			return strictjson.Errorf(p+".basis", "missing")
		}
	}
	return nil
}

// regimeFor returns the regime governing a contract concluded on d, or an
// error wrapping ErrNoRegime at "contract".
func (c Conformity) regimeFor(d calendar.Date) (Regime, error) {
	for i := len(c.Regimes) - 1; i >= 0; i-- {
		if !c.Regimes[i].From.After(d) {
			return c.Regimes[i], nil
		}
	}
	if len(c.Regimes) == 0 {
		return Regime{}, strictjson.Errorf("contract", "%w", ErrNoRegime)
	}
	return Regime{}, strictjson.Errorf("contract", "%w for contracts of %s (the first regime starts on %s)", ErrNoRegime, d, c.Regimes[0].From)
}

// monthsMin and monthsMax bound Regime.Months: 1 to 1200, or 0 under the
// lifespan window, whose period is the case's lifespan_months.
func monthsMin(w Window) int {
	if w == Lifespan {
		return 0
	}
	return 1
}

func monthsMax(w Window) int {
	if w == Lifespan {
		return 0
	}
	return maxMonths
}
