package policy

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// Market is a market a policy serves: the buyer's country, whose consumer
// statute applies beside the policy's clauses (Rome I art. 6), and the
// region, language and currency used there.
//
// The zero Market is invalid (no code). It is a plain value, safe for
// concurrent reads.
type Market struct {
	// Code is the ISO 3166-1 alpha-2 code of the market ("ES"), one of
	// law.Markets().
	Code string `json:"code"`
	// Region is the calendar region (ISO 3166-2, "DE-BY") whose holidays
	// count; empty for the national calendar.
	Region string `json:"region,omitempty"`
	// Language is the BCP 47 language of answers in this market; the
	// statute's main language when empty.
	Language string `json:"language,omitempty"`
	// Currency is the ISO 4217 currency of the market; the statute's when
	// empty.
	Currency string `json:"currency,omitempty"`
}

// markets returns the markets p serves: its Markets, or, when it lists
// none, the market of its calendar if the library holds its statute.
func (p Policy) markets() []Market {
	if len(p.Markets) > 0 {
		return p.Markets
	}
	if law.Has(p.Calendar.Market) {
		return []Market{{Code: p.Calendar.Market}}
	}
	return nil
}

// validateMarkets checks the markets list: known codes, no duplicates, a
// language and a currency that parse.
func validateMarkets(ms []Market) error {
	seen := map[string]bool{}
	for i, m := range ms {
		p := field.Index("markets", i)
		if m.Code == "" {
			return field.Errorf(p+".code", "missing")
		}
		if !law.Has(m.Code) {
			return field.Errorf(p+".code", "%q: no statute for this market (supported: %s)", m.Code, strings.Join(law.Markets(), ", "))
		}
		if seen[m.Code] {
			return field.Errorf(p+".code", "%s listed twice", m.Code)
		}
		seen[m.Code] = true
		if m.Language != "" {
			if _, err := language.Parse(m.Language); err != nil {
				return field.Errorf(p+".language", "%q is not a BCP 47 language tag", m.Language)
			}
		}
		if m.Currency != "" {
			if _, err := money.ParseCurrency(m.Currency); err != nil {
				return field.Errorf(p+".currency", "%v", err)
			}
		}
	}
	return nil
}

// marketEngine is one served market, compiled: its calendar, its statute,
// and the refund and warranty engines of the policy's clauses and of the
// statute on that calendar.
type marketEngine struct {
	m        Market
	st       law.Statute
	cal      calendar.Calendar
	polRef   refund.Engine
	polWar   warranty.Engine
	lawRef   refund.Engine
	lawWar   warranty.Engine
	baseRef  refund.Engine // the statute the policy restates, on this market's calendar
	baseWar  warranty.Engine
	base     string // its market; "" when the policy restates none
	same     bool   // the policy's refund and warranty sections are this market's statute
	hasLawR  bool
	hasLawW  bool
	hasPolR  bool
	hasPolW  bool
	language string
	currency string
}

// baseOf returns the market whose statute p's refund and warranty
// sections restate: Base, or the calendar's market when Base is empty and
// the library holds its statute; "" for "none".
func (p Policy) baseOf() string {
	switch {
	case p.Base == "none":
		return ""
	case p.Base != "":
		return p.Base
	case law.Has(p.Calendar.Market):
		return p.Calendar.Market
	}
	return ""
}

// compileMarket builds the engines of market m for policy p.
func compileMarket(p Policy, m Market, path string) (*marketEngine, error) {
	st, err := law.For(m.Code)
	if err != nil {
		return nil, field.At(path+".code", err)
	}
	cal, err := calendar.ForMarket(m.Code, m.Region)
	if err != nil {
		var fe *field.Error
		if errors.As(err, &fe) && fe.Path == "region" {
			return nil, field.At(path, err)
		}
		return nil, field.At(path+".region", err)
	}
	me := &marketEngine{m: m, st: st, cal: cal, language: m.Language, currency: m.Currency}
	if me.language == "" {
		me.language = st.Language
	}
	if me.currency == "" {
		me.currency = st.Currency
	}
	me.same = reflect.DeepEqual(p.Refund, st.Refund) && reflect.DeepEqual(p.Warranty, st.Warranty)
	if me.polRef, err = refund.New(p.Refund, cal); err != nil {
		return nil, field.At("refund", err)
	}
	if me.polWar, err = warranty.New(p.Warranty, cal); err != nil {
		return nil, field.At("warranty", err)
	}
	if me.lawRef, err = refund.New(st.Refund, cal); err != nil {
		return nil, fmt.Errorf("law %s: refund: %w", m.Code, err)
	}
	if me.lawWar, err = warranty.New(st.Warranty, cal); err != nil {
		return nil, fmt.Errorf("law %s: warranty: %w", m.Code, err)
	}
	if b := p.baseOf(); b == m.Code {
		// The policy restates this market's own law: its statute engines
		// serve, and its answers are reused rather than computed twice.
		me.base, me.baseRef, me.baseWar = b, me.lawRef, me.lawWar
	} else if b != "" {
		bs, err := law.For(b)
		if err != nil {
			return nil, field.At("base", err)
		}
		me.base = b
		if me.baseRef, err = refund.New(bs.Refund, cal); err != nil {
			return nil, fmt.Errorf("law %s: refund: %w", b, err)
		}
		if me.baseWar, err = warranty.New(bs.Warranty, cal); err != nil {
			return nil, fmt.Errorf("law %s: warranty: %w", b, err)
		}
	}
	me.hasPolR, me.hasPolW = p.Refund != (refund.Rules{}), !p.Warranty.IsZero()
	me.hasLawR, me.hasLawW = st.Refund != (refund.Rules{}), !st.Warranty.IsZero()
	return me, nil
}

// MarketEngine answers the consumer decisions of one market a policy
// serves: each applies, field by field, the more protective of the
// policy's clause and the market's statute, and its basis says which
// applied and cites the national article.
//
// A MarketEngine is an immutable, pointer-sized value, safe for concurrent
// use. The zero MarketEngine is not usable. Daylight-saving time is handled
// by the market's calendar.
type MarketEngine struct {
	m   *marketEngine
	pol string
}

// Markets returns the markets the engine serves, in the policy's order;
// the first is the default.
func (e Engine) Markets() []Market {
	if e.e == nil {
		return nil
	}
	return slices.Clone(e.e.served)
}

// Market returns the engine of a market the policy serves; "" is the
// policy's first market. A market the policy does not serve, or one the
// library holds no statute for, is a *field.Error at "market": nothing
// falls back to another market's law.
func (e Engine) Market(code string) (MarketEngine, error) {
	if e.e == nil {
		return MarketEngine{}, field.Errorf("market", "no policy")
	}
	if len(e.e.served) == 0 {
		return MarketEngine{}, field.Errorf("market", "policy %s serves no market the library holds a statute for (list them under \"markets\")", e.e.policy.Name)
	}
	if code == "" {
		code = e.e.served[0].Code
	}
	for _, m := range e.e.markets {
		if m.m.Code == code {
			return MarketEngine{m, e.e.policy.Name}, nil
		}
	}
	codes := make([]string, len(e.e.served))
	for i, m := range e.e.served {
		codes[i] = m.Code
		if m.Code == code {
			return MarketEngine{}, field.Errorf("market", "%s: its engine was not built (the policy was compiled with policy.CompileFor without it)", code)
		}
	}
	if !law.Has(code) {
		return MarketEngine{}, field.Errorf("market", "%q: no statute for this market (supported: %s)", code, strings.Join(law.Markets(), ", "))
	}
	return MarketEngine{}, field.Errorf("market", "%s is not served by policy %s (it serves %s)", code, e.e.policy.Name, strings.Join(codes, ", "))
}

// InRegion returns the engine of the same market counting on region's
// holidays ("DE-BY"); it builds a calendar, about half a millisecond.
func (m MarketEngine) InRegion(p Policy, region string) (MarketEngine, error) {
	mk := m.m.m
	mk.Region = region
	me, err := compileMarket(p, mk, "market")
	if err != nil {
		return MarketEngine{}, field.At("region", err)
	}
	return MarketEngine{me, m.pol}, nil
}

// Market returns the market.
func (m MarketEngine) Market() Market { return m.m.m }

// Language returns the market's language (BCP 47).
func (m MarketEngine) Language() string { return m.m.language }

// Currency returns the market's currency (ISO 4217).
func (m MarketEngine) Currency() string { return m.m.currency }

// Calendar returns the market's calendar.
func (m MarketEngine) Calendar() calendar.Calendar { return m.m.cal }

// Statute returns the market's statute (a fresh copy).
func (m MarketEngine) Statute() law.Statute {
	st, _ := law.For(m.m.m.Code)
	return st
}

// Applied says whose rule an answer follows.
type Applied string

// Whose rule applied.
const (
	// AppliedPolicy: a clause of the policy, more protective than the
	// market's statute.
	AppliedPolicy Applied = "policy"
	// AppliedStatute: the market's statute (the policy has no clause of
	// its own there, or a less protective one).
	AppliedStatute Applied = "statute"
	// AppliedBoth: they give the same answer (or the policy is the
	// statute).
	AppliedBoth Applied = "both"
	// AppliedMixed: some dates come from the policy's clauses and some
	// from the statute (a guarantee assessment only).
	AppliedMixed Applied = "mixed"
)

// MarketWindow is a withdrawal window for a buyer in a market: the window
// of the market's statute, or the policy's when a clause of the policy
// makes it close later.
type MarketWindow struct {
	refund.Window
	// Market is the buyer's market.
	Market string `json:"market"`
	// Applied says whose window this is.
	Applied Applied `json:"applied"`
	// Unconfirmed lists the rules used whose value is unconfirmed.
	Unconfirmed []string `json:"unconfirmed"`
}

// MarketQuote is a refund quote for a buyer in a market: the statute's
// quote, or the policy's when a clause of the policy refunds more (then
// sooner).
type MarketQuote struct {
	refund.Quote
	// Market is the buyer's market.
	Market string `json:"market"`
	// Applied says whose quote this is.
	Applied Applied `json:"applied"`
	// Unconfirmed lists the rules used whose value is unconfirmed.
	Unconfirmed []string `json:"unconfirmed"`
}

// MarketAssessment is a guarantee assessment for a buyer in a market: the
// market statute's assessment, with each date a clause of the policy sets
// later (conformity period, presumption, limitation, hidden defects,
// commercial warranty) taken from the policy.
type MarketAssessment struct {
	warranty.Assessment
	// Market is the buyer's market.
	Market string `json:"market"`
	// Applied says whose rules the answer follows.
	Applied Applied `json:"applied"`
}

// unconfirmedFor lists the statute's unconfirmed refund points under
// prefix.
func (m MarketEngine) unconfirmedFor(prefix string) []string {
	out := []string{}
	for _, u := range m.m.st.Unconfirmed {
		if strings.HasPrefix(u, prefix) {
			out = append(out, u)
		}
	}
	return out
}

// topic is what a market step is about, as an argument the catalogs
// translate: its JSON is the word ("withdrawal").
type topic string

// The topics of market steps.
const (
	topicWithdrawal topic = "withdrawal"
	topicRefund     topic = "refund"
	topicGuarantee  topic = "guarantee"
)

// Phrase returns the catalog key of t (explain.Phraser).
func (t topic) Phrase() string { return "topic|" + string(t) }

// restates is the step saying the policy restates another market's law
// where it has no clause of its own.
func (m MarketEngine) restates(what topic) explain.Step {
	return explain.Step{Rule: "market.restated", Basis: "Rome I art. 6", Facts: []explain.Fact{explain.F("market", m.m.m.Code), explain.F("base", m.m.base)},
		Text: "Buyer in %s: for the %s the policy restates the law of %s and adds no clause of its own; the statute of %s applies.",
		Args: []any{m.m.m.Code, what, m.m.base, m.m.m.Code}}
}

// Window returns the withdrawal window of a receipt for a buyer in the
// market: the statute's, or the policy's when a clause of the policy (a
// rule that differs from the law the policy restates) makes it close
// later.
func (m MarketEngine) Window(rc refund.Receipt) (MarketWindow, error) {
	me := m.m
	days := me.st.Refund.Withdrawal.Days
	if me.same {
		w, err := me.polRef.Window(rc)
		if err != nil {
			return MarketWindow{}, err
		}
		return MarketWindow{Window: w, Market: me.m.Code, Applied: AppliedBoth,
			Unconfirmed: union(m.unconfirmedFor("refund.withdrawal"), m.rolled(w, days))}, nil
	}
	wp, errP := me.polRef.Window(rc)
	wm, errM := me.lawRef.Window(rc)
	switch {
	case errP != nil && errM != nil:
		return MarketWindow{}, errP
	case errM != nil:
		out := MarketWindow{Window: wp, Market: me.m.Code, Applied: AppliedPolicy, Unconfirmed: []string{}}
		out.Basis = explain.Of(append(slices.Clone(wp.Basis.Steps), m.noStatute(topicWithdrawal))...)
		return out, nil
	case errP != nil:
		return MarketWindow{Window: wm, Market: me.m.Code, Applied: AppliedStatute,
			Unconfirmed: union(m.unconfirmedFor("refund.withdrawal"), m.rolled(wm, days))}, nil
	}
	clause := true
	if me.base != "" {
		wx, err := wm, error(nil)
		if me.base != me.m.Code {
			wx, err = me.baseRef.Window(rc)
		}
		if err == nil {
			clause = wx.Applies != wp.Applies || !wx.LastDay.Equal(wp.LastDay)
		}
	}
	choose := AppliedStatute
	switch {
	case wp.Applies == wm.Applies && wp.LastDay.Equal(wm.LastDay):
		choose = AppliedBoth
	case !clause:
	case wp.Applies && !wm.Applies, wp.Applies == wm.Applies && wp.LastDay.After(wm.LastDay):
		choose = AppliedPolicy
	}
	out := MarketWindow{Window: wm, Market: me.m.Code, Applied: choose, Unconfirmed: []string{}}
	var steps []explain.Step
	switch choose {
	case AppliedStatute:
		out.Unconfirmed = union(m.unconfirmedFor("refund.withdrawal"), m.rolled(wm, days))
		steps = slices.Clone(wm.Basis.Steps)
		if !clause {
			steps = append(steps, m.restates(topicWithdrawal))
		}
	case AppliedBoth:
		if me.base == me.m.Code {
			out.Window = wp // the policy's own steps cite its clauses
			steps = slices.Clone(wp.Basis.Steps)
		} else {
			out.Unconfirmed = union(m.unconfirmedFor("refund.withdrawal"), m.rolled(wm, days))
			steps = slices.Clone(wm.Basis.Steps)
		}
	default:
		out.Window = wp
		steps = slices.Clone(wp.Basis.Steps)
	}
	if choose != AppliedBoth {
		steps = append(steps, explain.Step{Rule: "market.withdrawal", Basis: me.st.Refund.Withdrawal.Basis,
			Facts: []explain.Fact{explain.F("market", me.m.Code)},
			Text:  "Buyer in %s: the statute's window ends on %s, the policy's on %s; the later applies (%s).",
			Args:  []any{me.m.Code, lastOr(wm), lastOr(wp), string(choose)}})
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}

// rolled lists "periods" when the market's period rule is unconfirmed and
// the window's last day was moved off a rest day by it (Spain: whether a
// civil period's last day on a holiday moves is split in case law).
func (m MarketEngine) rolled(w refund.Window, days int) []string {
	st := m.m.st
	if st.Periods.Confidence != law.Unconfirmed || !w.Applies || days == 0 {
		return nil
	}
	if nominal := w.From.AddDays(days); !nominal.IsZero() && !nominal.Equal(w.Normal) {
		return []string{"periods"}
	}
	return nil
}

// lastOr prints a window's last day, or "-" when the right does not apply.
func lastOr(w refund.Window) string {
	if !w.Applies || w.LastDay.IsZero() {
		return "-"
	}
	return w.LastDay.String()
}

// prefixed marks steps as those of another answer.
func prefixed(prefix string, steps []explain.Step) []explain.Step {
	out := make([]explain.Step, len(steps))
	for i, s := range steps {
		s.Rule = prefix + s.Rule
		out[i] = s
	}
	return out
}

// noStatute is the step saying the market's statute has no rule of a kind.
func (m MarketEngine) noStatute(kind topic) explain.Step {
	return explain.Step{Rule: "market.none", Facts: []explain.Fact{explain.F("market", m.m.m.Code)},
		Text: "Buyer in %s: the library holds no statutory %s rule for this market; the policy's clause applies.", Args: []any{m.m.m.Code, kind}}
}

// Quote returns the refund quote of a case for a buyer in the market: the
// statute's, or the policy's when a clause of the policy refunds more, or
// as much but sooner. When the statute sets no such refund rule (no number
// of days for a non-delivery refund, say), the policy's quote applies.
func (m MarketEngine) Quote(c refund.Case) (MarketQuote, error) {
	me := m.m
	reason := "refund.on_" + string(c.Reason)
	if me.same {
		q, err := me.polRef.Quote(c)
		if err != nil {
			return MarketQuote{}, err
		}
		return MarketQuote{Quote: q, Market: me.m.Code, Applied: AppliedBoth, Unconfirmed: m.unconfirmedFor(reason)}, nil
	}
	qp, errP := me.polRef.Quote(c)
	qm, errM := me.lawRef.Quote(c)
	switch {
	case errP != nil && errM != nil:
		return MarketQuote{}, errP
	case errM != nil:
		out := MarketQuote{Quote: qp, Market: me.m.Code, Applied: AppliedPolicy, Unconfirmed: []string{}}
		out.Basis = explain.Of(append(slices.Clone(qp.Basis.Steps), explain.Step{Rule: "market.none", Facts: []explain.Fact{explain.F("market", me.m.Code)},
			Text: "Buyer in %s: the statute sets no refund rule with a deadline for %s here; the policy's clause applies.", Args: []any{me.m.Code, string(c.Reason)}})...)
		return out, nil
	case errP != nil:
		return MarketQuote{Quote: qm, Market: me.m.Code, Applied: AppliedStatute, Unconfirmed: m.unconfirmedFor(reason)}, nil
	}
	clause := true
	if me.base != "" {
		qx, err := qm, error(nil)
		if me.base != me.m.Code {
			qx, err = me.baseRef.Quote(c)
		}
		if err == nil {
			clause = !qx.Total.Equal(qp.Total) || !qx.Due.Equal(qp.Due)
		}
	}
	choose := AppliedStatute
	x, err := qp.Total.Cmp(qm.Total)
	switch {
	case err != nil:
	case x == 0 && qp.Due.Equal(qm.Due):
		choose = AppliedBoth
	case !clause:
	case x > 0, x == 0 && qp.Due.Before(qm.Due):
		choose = AppliedPolicy
	}
	out := MarketQuote{Quote: qm, Market: me.m.Code, Applied: choose, Unconfirmed: []string{}}
	var steps []explain.Step
	switch choose {
	case AppliedStatute:
		out.Unconfirmed = m.unconfirmedFor(reason)
		steps = slices.Clone(qm.Basis.Steps)
		if !clause {
			steps = append(steps, m.restates(topicRefund))
		}
	case AppliedBoth:
		if me.base == me.m.Code {
			out.Quote = qp // the policy's own steps cite its clauses
			steps = slices.Clone(qp.Basis.Steps)
		} else {
			out.Unconfirmed = m.unconfirmedFor(reason)
			steps = slices.Clone(qm.Basis.Steps)
		}
	default:
		out.Quote = qp
		steps = slices.Clone(qp.Basis.Steps)
	}
	if choose != AppliedBoth {
		comp, _ := me.st.Refund.For(c.Reason)
		steps = append(steps, explain.Step{Rule: "market.refund", Basis: comp.Basis,
			Facts: []explain.Fact{explain.F("market", me.m.Code)},
			Text:  "Buyer in %s: the statute refunds %s by %s, the policy %s by %s; the larger refund, then the earlier one, applies (%s).",
			Args:  []any{me.m.Code, qm.Total, qm.Due, qp.Total, qp.Due, string(choose)}})
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}

// Assess assesses a defect claim for a buyer in the market: the market
// statute's assessment, with each date a clause of the policy (a rule that
// differs from the law the policy restates) sets later taken from the
// policy: the conformity period (and its remedies), the presumption, the
// limitation, the hidden-defect guarantee and the commercial warranty. The
// notice duty, the mandatory guarantee and the answer deadline are the
// statute's.
func (m MarketEngine) Assess(c warranty.Case) (MarketAssessment, error) {
	me := m.m
	if me.same || !me.hasLawW {
		a, err := me.polWar.Assess(c)
		if err != nil {
			return MarketAssessment{}, err
		}
		out := MarketAssessment{Assessment: a, Market: me.m.Code, Applied: AppliedBoth}
		if !me.same {
			out.Applied = AppliedPolicy
			out.Basis = explain.Of(append(slices.Clone(a.Basis.Steps), m.noStatute(topicGuarantee))...)
		}
		return out, nil
	}
	am, err := me.lawWar.Assess(c)
	if err != nil {
		return MarketAssessment{}, err
	}
	if !me.hasPolW {
		return MarketAssessment{Assessment: am, Market: me.m.Code, Applied: AppliedStatute}, nil
	}
	ap, err := me.polWar.Assess(c)
	if err != nil {
		return MarketAssessment{}, err
	}
	// Which of the policy's answers are clauses of its own: those that
	// differ from the answer of the law it restates.
	cl := clauses{conformity: true, presumption: true, limitation: true, hidden: true, commercial: true}
	if me.base != "" {
		ax, err := am, error(nil)
		if me.base != me.m.Code {
			ax, err = me.baseWar.Assess(c)
		}
		if err == nil {
			cl = clauses{
				conformity:  ax.Conformity.Applies != ap.Conformity.Applies || !ax.Conformity.Until.Equal(ap.Conformity.Until),
				presumption: !ax.Conformity.PresumedUntil.Equal(ap.Conformity.PresumedUntil),
				limitation:  !ax.Limitation.Until.Equal(ap.Limitation.Until),
				hidden:      ax.HiddenDefect != ap.HiddenDefect,
				commercial:  ax.Commercial != ap.Commercial,
			}
		}
	}
	pc, sc := ap.Conformity, am.Conformity
	// In the market whose law the policy restates, the policy's own answer
	// stands when it is at least as protective as the statute on every
	// date (the usual case): its steps cite its clauses.
	if (me.base == me.m.Code || me.base == "") && !worse(ap, am) {
		out := MarketAssessment{Assessment: ap, Market: me.m.Code, Applied: AppliedPolicy}
		if !better(ap, am) {
			out.Applied = AppliedBoth
		}
		out.Notice, out.Mandatory = am.Notice, am.Mandatory
		if !am.Remedies.AnswerDue.IsZero() {
			out.Remedies.AnswerDue, out.Remedies.DeemedAccepted = am.Remedies.AnswerDue, am.Remedies.DeemedAccepted
		}
		if me.base != me.m.Code {
			out.Unconfirmed = union(ap.Unconfirmed, am.Unconfirmed)
			out.Basis = explain.Of(append(slices.Clone(ap.Basis.Steps), prefixed("market.", am.Basis.Steps)...)...)
		}
		return out, nil
	}
	out := MarketAssessment{Assessment: am, Market: me.m.Code, Applied: AppliedStatute}
	used := false
	if cl.conformity && ((pc.Applies && !sc.Applies) || (pc.Applies == sc.Applies && pc.Until.After(sc.Until))) {
		out.Conformity = pc
		out.Regime, out.Remedies = ap.Regime, ap.Remedies
		out.Remedies.AnswerDue, out.Remedies.DeemedAccepted = am.Remedies.AnswerDue, am.Remedies.DeemedAccepted
		out.Conformity.PresumedUntil, out.Conformity.Burden = sc.PresumedUntil, sc.Burden
		used = true
	}
	if cl.presumption && pc.PresumedUntil.After(out.Conformity.PresumedUntil) {
		out.Conformity.PresumedUntil = pc.PresumedUntil
		used = true
	}
	if pc.Burden == warranty.SellerBurden && !c.Appeared.After(out.Conformity.PresumedUntil) {
		out.Conformity.Burden = warranty.SellerBurden
	}
	if cl.limitation && !ap.Limitation.Until.IsZero() && (am.Limitation.Until.IsZero() || ap.Limitation.Until.After(am.Limitation.Until)) {
		out.Limitation = ap.Limitation
		used = true
	}
	if cl.hidden && ap.HiddenDefect.Until.After(am.HiddenDefect.Until) {
		out.HiddenDefect = ap.HiddenDefect
		used = true
	}
	if cl.commercial && ap.Commercial.Until.After(am.Commercial.Until) {
		out.Commercial = ap.Commercial
		used = true
	}
	steps := slices.Clone(am.Basis.Steps)
	if used {
		out.Applied = AppliedMixed
		out.Unconfirmed = union(am.Unconfirmed, ap.Unconfirmed)
		steps = append(steps, prefixed("policy.", ap.Basis.Steps)...)
	} else if me.base != "" && me.base != me.m.Code {
		steps = append(steps, m.restates(topicGuarantee))
	}
	steps = append(steps, explain.Step{Rule: "market.conformity", Basis: regimeBasis(am),
		Facts: []explain.Fact{explain.F("market", me.m.Code)},
		Text:  "Buyer in %s: the statute's guarantee runs to %s (presumed until %s), the policy's to %s (presumed until %s); each date is the later of the two, the guarantee applies if either applies (%s).",
		Args:  []any{me.m.Code, sc.Until, sc.PresumedUntil, pc.Until, pc.PresumedUntil, string(out.Applied)}})
	out.Conformity.Applies = out.Conformity.Applies || (cl.conformity && pc.Applies)
	out.Basis = explain.Of(steps...)
	return out, nil
}

// clauses says which answers of a policy come from clauses of its own.
type clauses struct{ conformity, presumption, limitation, hidden, commercial bool }

// worse reports whether assessment a protects the buyer less than b on any
// date: the guarantee, the presumption or the limitation.
func worse(a, b warranty.Assessment) bool {
	ac, bc := a.Conformity, b.Conformity
	switch {
	case bc.Applies && !ac.Applies,
		bc.Until.After(ac.Until),
		bc.PresumedUntil.After(ac.PresumedUntil),
		b.Limitation.Until.After(a.Limitation.Until) && !a.Limitation.Until.IsZero(),
		a.Limitation.Until.IsZero() && !b.Limitation.Until.IsZero():
		return true
	}
	return false
}

// better reports whether a protects the buyer more than b on some date.
func better(a, b warranty.Assessment) bool { return worse(b, a) }

// regimeBasis cites the regime of an assessment: its regime step's basis.
func regimeBasis(a warranty.Assessment) string {
	for _, s := range a.Basis.Steps {
		if s.Rule == "conformity.regime" {
			return s.Basis
		}
	}
	return ""
}

// union returns the names of a then those of b not in a.
func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
