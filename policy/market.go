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
	same     bool // the policy's refund and warranty sections are the statute's
	hasLawR  bool
	hasLawW  bool
	hasPolR  bool
	hasPolW  bool
	language string
	currency string
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
	out := make([]Market, len(e.e.markets))
	for i, m := range e.e.markets {
		out[i] = m.m
	}
	return out
}

// Market returns the engine of a market the policy serves; "" is the
// policy's first market. A market the policy does not serve, or one the
// library holds no statute for, is a *field.Error at "market": nothing
// falls back to another market's law.
func (e Engine) Market(code string) (MarketEngine, error) {
	if e.e == nil {
		return MarketEngine{}, field.Errorf("market", "no policy")
	}
	if len(e.e.markets) == 0 {
		return MarketEngine{}, field.Errorf("market", "policy %s serves no market the library holds a statute for (list them under \"markets\")", e.e.policy.Name)
	}
	if code == "" {
		return MarketEngine{e.e.markets[0], e.e.policy.Name}, nil
	}
	for _, m := range e.e.markets {
		if m.m.Code == code {
			return MarketEngine{m, e.e.policy.Name}, nil
		}
	}
	codes := make([]string, len(e.e.markets))
	for i, m := range e.e.markets {
		codes[i] = m.m.Code
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
	// AppliedPolicy: the policy's clause is more protective.
	AppliedPolicy Applied = "policy"
	// AppliedStatute: the market's statute is more protective.
	AppliedStatute Applied = "statute"
	// AppliedBoth: they give the same answer (or the policy is the
	// statute).
	AppliedBoth Applied = "both"
)

// MarketWindow is a withdrawal window for a buyer in a market: the window
// of the policy or of the statute, whichever closes later.
type MarketWindow struct {
	refund.Window
	// Market is the buyer's market.
	Market string `json:"market"`
	// Applied says whose window this is.
	Applied Applied `json:"applied"`
	// Unconfirmed lists the rules used whose value is unconfirmed.
	Unconfirmed []string `json:"unconfirmed"`
}

// MarketQuote is a refund quote for a buyer in a market: the quote of the
// policy or of the statute, whichever refunds more (then whichever is due
// first).
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
// policy's assessment where the statute gives nothing more, and the
// statute's dates where they are later (conformity period, presumption,
// limitation), with the statute's notice duty, mandatory guarantee and
// answer deadline.
type MarketAssessment struct {
	warranty.Assessment
	// Market is the buyer's market.
	Market string `json:"market"`
	// Applied says whose conformity guarantee the answer follows.
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

// Window returns the withdrawal window of a receipt for a buyer in the
// market.
func (m MarketEngine) Window(rc refund.Receipt) (MarketWindow, error) {
	me := m.m
	if me.same || !me.hasLawR {
		w, err := me.polRef.Window(rc)
		if err != nil {
			return MarketWindow{}, err
		}
		out := MarketWindow{Window: w, Market: me.m.Code, Applied: AppliedBoth, Unconfirmed: []string{}}
		if me.same {
			out.Unconfirmed = union(m.unconfirmedFor("refund.withdrawal"), m.rolled(w, me.st.Refund.Withdrawal.Days))
		} else {
			out.Applied = AppliedPolicy
			out.Basis = explain.Of(append(w.Basis.Steps, m.noStatute("withdrawal"))...)
		}
		return out, nil
	}
	ws, errS := me.lawRef.Window(rc)
	if errS != nil {
		return MarketWindow{}, errS
	}
	wp, errP := me.polRef.Window(rc)
	if errP != nil {
		// The policy has no withdrawal clause: the statute's window.
		out := MarketWindow{Window: ws, Market: me.m.Code, Applied: AppliedStatute,
			Unconfirmed: union(m.unconfirmedFor("refund.withdrawal"), m.rolled(ws, me.st.Refund.Withdrawal.Days))}
		return out, nil
	}
	choose := AppliedBoth
	switch {
	case wp.Applies != ws.Applies:
		if ws.Applies {
			choose = AppliedStatute
		} else {
			choose = AppliedPolicy
		}
	case ws.LastDay.After(wp.LastDay):
		choose = AppliedStatute
	case wp.LastDay.After(ws.LastDay):
		choose = AppliedPolicy
	}
	out := MarketWindow{Window: wp, Market: me.m.Code, Applied: choose, Unconfirmed: []string{}}
	steps := slices.Clone(wp.Basis.Steps)
	if choose == AppliedStatute {
		out.Window = ws
		out.Unconfirmed = m.unconfirmedFor("refund.withdrawal")
		steps = marketSteps(ws.Basis.Steps)
	}
	steps = append(steps, explain.Step{Rule: "market.withdrawal", Basis: me.st.Refund.Withdrawal.Basis,
		Facts: []explain.Fact{explain.F("market", me.m.Code)},
		Text:  "Buyer in %s: the statute's window ends on %s, the policy's on %s; the later applies (%s).",
		Args:  []any{me.m.Code, lastOr(ws), lastOr(wp), string(choose)}})
	if choose != AppliedPolicy {
		out.Unconfirmed = union(out.Unconfirmed, m.rolled(ws, me.st.Refund.Withdrawal.Days))
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

// marketSteps marks the statute's steps as the market's.
func marketSteps(steps []explain.Step) []explain.Step {
	out := make([]explain.Step, len(steps))
	for i, s := range steps {
		s.Rule = "market." + s.Rule
		out[i] = s
	}
	return out
}

// noStatute is the step saying the market's statute has no rule of a kind.
func (m MarketEngine) noStatute(kind string) explain.Step {
	return explain.Step{Rule: "market.none", Facts: []explain.Fact{explain.F("market", m.m.m.Code)},
		Text: "Buyer in %s: the library holds no statutory %s rule for this market; the policy's clause applies.", Args: []any{m.m.m.Code, kind}}
}

// Quote returns the refund quote of a case for a buyer in the market.
func (m MarketEngine) Quote(c refund.Case) (MarketQuote, error) {
	me := m.m
	reason := "refund.on_" + string(c.Reason)
	if me.same || !me.hasLawR {
		q, err := me.polRef.Quote(c)
		if err != nil {
			return MarketQuote{}, err
		}
		out := MarketQuote{Quote: q, Market: me.m.Code, Applied: AppliedBoth, Unconfirmed: []string{}}
		if me.same {
			out.Unconfirmed = m.unconfirmedFor(reason)
		} else {
			out.Applied = AppliedPolicy
			out.Basis = explain.Of(append(q.Basis.Steps, m.noStatute("refund"))...)
		}
		return out, nil
	}
	qs, errS := me.lawRef.Quote(c)
	qp, errP := me.polRef.Quote(c)
	switch {
	case errS != nil && errP != nil:
		return MarketQuote{}, errP
	case errP != nil:
		return MarketQuote{Quote: qs, Market: me.m.Code, Applied: AppliedStatute, Unconfirmed: m.unconfirmedFor(reason)}, nil
	case errS != nil:
		out := MarketQuote{Quote: qp, Market: me.m.Code, Applied: AppliedPolicy, Unconfirmed: []string{}}
		out.Basis = explain.Of(append(slices.Clone(qp.Basis.Steps), explain.Step{Rule: "market.none", Facts: []explain.Fact{explain.F("market", me.m.Code)},
			Text: "Buyer in %s: the statute sets no refund rule with a deadline for %s here; the policy's clause applies.", Args: []any{me.m.Code, string(c.Reason)}})...)
		return out, nil
	}
	choose := AppliedBoth
	if x, err := qs.Total.Cmp(qp.Total); err == nil {
		switch {
		case x > 0:
			choose = AppliedStatute
		case x < 0:
			choose = AppliedPolicy
		case qs.Due.Before(qp.Due):
			choose = AppliedStatute
		case qp.Due.Before(qs.Due):
			choose = AppliedPolicy
		}
	}
	out := MarketQuote{Quote: qp, Market: me.m.Code, Applied: choose, Unconfirmed: []string{}}
	steps := slices.Clone(qp.Basis.Steps)
	if choose == AppliedStatute {
		out.Quote = qs
		out.Unconfirmed = m.unconfirmedFor(reason)
		steps = marketSteps(qs.Basis.Steps)
	}
	comp, _ := me.st.Refund.For(c.Reason)
	steps = append(steps, explain.Step{Rule: "market.refund", Basis: comp.Basis,
		Facts: []explain.Fact{explain.F("market", me.m.Code)},
		Text:  "Buyer in %s: the statute refunds %s by %s, the policy %s by %s; the larger refund, then the earlier one, applies (%s).",
		Args:  []any{me.m.Code, qs.Total, qs.Due, qp.Total, qp.Due, string(choose)}})
	out.Basis = explain.Of(steps...)
	return out, nil
}

// Assess assesses a defect claim for a buyer in the market.
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
			out.Basis = explain.Of(append(a.Basis.Steps, m.noStatute("guarantee"))...)
		}
		return out, nil
	}
	as, err := me.lawWar.Assess(c)
	if err != nil {
		return MarketAssessment{}, err
	}
	if !me.hasPolW {
		return MarketAssessment{Assessment: as, Market: me.m.Code, Applied: AppliedStatute}, nil
	}
	ap, err := me.polWar.Assess(c)
	if err != nil {
		return MarketAssessment{}, err
	}
	out := MarketAssessment{Assessment: ap, Market: me.m.Code, Applied: AppliedPolicy}
	pc, sc := ap.Conformity, as.Conformity
	statuteWins := (sc.Applies && !pc.Applies) || (sc.Applies == pc.Applies && sc.Until.After(pc.Until))
	if statuteWins {
		out.Conformity = sc
		out.Regime = as.Regime
		out.Remedies = as.Remedies
		out.Applied = AppliedStatute
	} else if sc.Until.Equal(pc.Until) && sc.Applies == pc.Applies {
		out.Applied = AppliedBoth
	}
	out.Conformity.Applies = pc.Applies || sc.Applies
	if sc.PresumedUntil.After(out.Conformity.PresumedUntil) {
		out.Conformity.PresumedUntil = sc.PresumedUntil
	}
	if pc.Burden == warranty.SellerBurden || sc.Burden == warranty.SellerBurden {
		out.Conformity.Burden = warranty.SellerBurden
	}
	pl, sl := ap.Limitation, as.Limitation
	if !sl.Until.IsZero() && sl.Until.After(pl.Until) {
		out.Limitation = sl
	}
	out.Limitation.Barred = pl.Barred && (sl.Barred || sl.Until.IsZero())
	if !as.Remedies.AnswerDue.IsZero() {
		out.Remedies.AnswerDue, out.Remedies.DeemedAccepted = as.Remedies.AnswerDue, as.Remedies.DeemedAccepted
	}
	out.Notice = as.Notice
	out.Mandatory = as.Mandatory
	out.Unconfirmed = union(ap.Unconfirmed, as.Unconfirmed)
	steps := slices.Clone(ap.Basis.Steps)
	steps = append(steps, marketSteps(as.Basis.Steps)...)
	steps = append(steps, explain.Step{Rule: "market.conformity", Basis: sc0Basis(as),
		Facts: []explain.Fact{explain.F("market", me.m.Code)},
		Text:  "Buyer in %s: the statute's guarantee runs to %s (presumed until %s), the policy's to %s (presumed until %s); each date is the later of the two, the guarantee applies if either applies (%s).",
		Args:  []any{me.m.Code, sc.Until, sc.PresumedUntil, pc.Until, pc.PresumedUntil, string(out.Applied)}})
	out.Basis = explain.Of(steps...)
	return out, nil
}

// sc0Basis cites the statute's regime of an assessment: its first step's
// basis (the regime step).
func sc0Basis(a warranty.Assessment) string {
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

// MarketTranslations returns the French translations of the steps the
// market engines add.
func MarketTranslations() explain.Translations {
	return explain.Translations{"fr": {
		"Buyer in %s: the statute's window ends on %s, the policy's on %s; the later applies (%s).":                                                                                                     "Acheteur en %s : le délai légal prend fin le %s, celui de la politique le %s ; le plus tardif s'applique (%s).",
		"Buyer in %s: the library holds no statutory %s rule for this market; the policy's clause applies.":                                                                                             "Acheteur en %s : la bibliothèque ne détient pas de règle légale (%s) pour ce marché ; la clause de la politique s'applique.",
		"Buyer in %s: the statute sets no refund rule with a deadline for %s here; the policy's clause applies.":                                                                                        "Acheteur en %s : la loi ne fixe pas ici de règle de remboursement avec un délai pour %s ; la clause de la politique s'applique.",
		"Buyer in %s: the statute refunds %s by %s, the policy %s by %s; the larger refund, then the earlier one, applies (%s).":                                                                        "Acheteur en %s : la loi rembourse %s au plus tard le %s, la politique %s au plus tard le %s ; le remboursement le plus élevé, puis le plus rapide, s'applique (%s).",
		"Buyer in %s: the statute's guarantee runs to %s (presumed until %s), the policy's to %s (presumed until %s); each date is the later of the two, the guarantee applies if either applies (%s).": "Acheteur en %s : la garantie légale court jusqu'au %s (présomption jusqu'au %s), celle de la politique jusqu'au %s (présomption jusqu'au %s) ; chaque date est la plus tardive des deux, la garantie s'applique si l'une d'elles s'applique (%s).",
	}}
}
