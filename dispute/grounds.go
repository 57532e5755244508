package dispute

import (
	"errors"
	"fmt"
	"github.com/aftersales/aftersales/sla"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// The facts a dispute ground's conditions can test. Facts are yes/no
// statements about a case, given by the caller.
const (
	// FactReplyLate: the seller answered after the reply deadline, or
	// not at all once it passed.
	FactReplyLate = "reply_late"
	// FactWithdrawalInTime: the buyer withdrew within the withdrawal
	// period.
	FactWithdrawalInTime = "withdrawal_in_time"
	// FactWithdrawalRefused: the seller refused to apply the withdrawal
	// period.
	FactWithdrawalRefused = "withdrawal_refused"
	// FactSellerDefectConfirmed: a defect the seller is responsible for
	// has been confirmed.
	FactSellerDefectConfirmed = "seller_defect_confirmed"
	// FactRefundRefused: the seller refused a refund.
	FactRefundRefused = "refund_refused"
	// FactReturnCostsDemanded: the seller asked the buyer to pay the
	// return costs.
	FactReturnCostsDemanded = "return_costs_demanded"
	// FactWithdrawal: the return is a withdrawal (not a claim).
	FactWithdrawal = "withdrawal"
)

// GroundFacts returns the names of every fact a condition may test, sorted.
func GroundFacts() []string {
	out := []string{FactReplyLate, FactWithdrawalInTime, FactWithdrawalRefused,
		FactSellerDefectConfirmed, FactRefundRefused, FactReturnCostsDemanded, FactWithdrawal}
	sort.Strings(out)
	return out
}

// Ground is one ground on which a buyer may open a dispute: a name, the
// clause it comes from and the conditions that must all hold.
type Ground struct {
	// Name identifies the ground ("reply_too_late"); unique in a policy.
	Name string `json:"name"`
	// Basis is the clause ("Opisto charter §I").
	Basis string `json:"basis"`
	// Conditions must all hold for the ground to be made out.
	Conditions []Condition `json:"conditions"`
}

// Condition requires a fact to have a value.
type Condition struct {
	// Fact is one of GroundFacts().
	Fact string `json:"fact"`
	// Is is the value the fact must have.
	Is bool `json:"is"`
}

func validateGrounds(gs []Ground) error {
	seen := map[string]bool{}
	for i, g := range gs {
		p := strictjson.Index("grounds", i)
		if strings.TrimSpace(g.Name) == "" {
			return strictjson.Errorf(strictjson.Join(p, "name"), "missing")
		}
		if seen[g.Name] {
			return strictjson.Errorf(strictjson.Join(p, "name"), "duplicate ground %q", g.Name)
		}
		seen[g.Name] = true
		if strings.TrimSpace(g.Basis) == "" {
			return strictjson.Errorf(strictjson.Join(p, "basis"), "missing: name the clause")
		}
		if len(g.Conditions) == 0 {
			return strictjson.Errorf(strictjson.Join(p, "conditions"), "missing: a ground needs at least one condition")
		}
		facts := map[string]bool{}
		for j, c := range g.Conditions {
			cp := strictjson.Join(strictjson.Index(strictjson.Join(p, "conditions"), j), "fact")
			if !contains(GroundFacts(), c.Fact) {
				return strictjson.Errorf(cp, "unknown fact %q (want one of %s)", c.Fact, strings.Join(GroundFacts(), ", "))
			}
			if facts[c.Fact] {
				return strictjson.Errorf(cp, "fact %q tested twice", c.Fact)
			}
			facts[c.Fact] = true
		}
	}
	return nil
}

// Facts are the facts of a dispute, by name (see GroundFacts). A fact
// not given is unknown, and a condition on it does not hold.
type Facts map[string]bool

// GroundCheck is the result of checking a dispute's ground against facts.
type GroundCheck struct {
	Ground string `json:"ground"`
	// Holds reports whether every condition holds.
	Holds bool `json:"holds"`
	// Failed lists the conditions that do not hold, and Missing the facts
	// that were not given.
	Failed  []Condition   `json:"failed"`
	Missing []string      `json:"missing"`
	Basis   explain.Basis `json:"basis"`
}

// ErrUnknownGround is returned for a ground the policy does not name.
var ErrUnknownGround = errors.New("unknown dispute ground")

// ErrNoGrounds is wrapped (with ErrUnknownGround) by CheckGround when the
// policy names no dispute ground at all; it matches explain.ErrNoRule.
var ErrNoGrounds error = noRule("this policy names no dispute grounds")

// GroundNames returns the names of r's dispute grounds, in policy order.
func (r Rules) GroundNames() []string {
	out := make([]string, len(r.Grounds))
	for i, g := range r.Grounds {
		out[i] = g.Name
	}
	return out
}

// CheckGround checks a dispute opened on ground name against facts: every
// condition of the ground must hold. Facts not named by GroundFacts are an
// error; a ground the policy does not name is ErrUnknownGround.
//
// Deprecated: use New(rules, cal) and Engine.CheckGround.
func (r Rules) CheckGround(name string, facts Facts) (GroundCheck, error) {
	return r.checkGround(name, facts)
}

func (r Rules) checkGround(name string, facts Facts) (GroundCheck, error) {
	for k := range facts {
		if !contains(GroundFacts(), k) {
			return GroundCheck{}, strictjson.Errorf(k, "unknown fact (want one of %s)", strings.Join(GroundFacts(), ", "))
		}
	}
	var g *Ground
	for i := range r.Grounds {
		if r.Grounds[i].Name == name {
			g = &r.Grounds[i]
		}
	}
	if g == nil {
		if len(r.Grounds) == 0 {
			return GroundCheck{}, fmt.Errorf("%w %q: %w", ErrUnknownGround, name, ErrNoGrounds)
		}
		return GroundCheck{}, fmt.Errorf("%w %q (this policy names: %s)", ErrUnknownGround, name, strings.Join(r.GroundNames(), ", "))
	}
	out := GroundCheck{Ground: name, Holds: true, Failed: []Condition{}, Missing: []string{}}
	var steps []explain.Step
	for _, c := range g.Conditions {
		v, given := facts[c.Fact]
		switch {
		case !given:
			out.Holds = false
			out.Failed = append(out.Failed, c)
			out.Missing = append(out.Missing, c.Fact)
			steps = append(steps, explain.Step{Rule: "dispute.ground.condition", Basis: g.Basis,
				Text: "Condition %s = %t fails: the fact was not given.", Args: []any{c.Fact, c.Is}})
		case v != c.Is:
			out.Holds = false
			out.Failed = append(out.Failed, c)
			steps = append(steps, explain.Step{Rule: "dispute.ground.condition", Basis: g.Basis,
				Facts: []explain.Fact{explain.F(c.Fact, v)},
				Text:  "Condition %s = %t fails: the fact is %t.", Args: []any{c.Fact, c.Is, v}})
		default:
			steps = append(steps, explain.Step{Rule: "dispute.ground.condition", Basis: g.Basis,
				Facts: []explain.Fact{explain.F(c.Fact, v)},
				Text:  "Condition %s = %t holds.", Args: []any{c.Fact, c.Is}})
		}
	}
	if out.Holds {
		steps = append(steps, explain.Step{Rule: "dispute.ground", Basis: g.Basis,
			Text: "The dispute ground %s is made out.", Args: []any{name}})
	} else {
		steps = append(steps, explain.Step{Rule: "dispute.ground", Basis: g.Basis,
			Text: "The dispute ground %s is not made out.", Args: []any{name}})
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}

// MatchGrounds returns every ground of r that the facts make out, each checked
// as by CheckGround.
//
// Deprecated: use New(rules, cal) and Engine.MatchGrounds.
func (r Rules) MatchGrounds(facts Facts) ([]GroundCheck, error) {
	return r.matchGrounds(facts)
}

func (r Rules) matchGrounds(facts Facts) ([]GroundCheck, error) {
	var out []GroundCheck
	for _, g := range r.Grounds {
		c, err := r.CheckGround(g.Name, facts)
		if err != nil {
			return nil, err
		}
		if c.Holds {
			out = append(out, c)
		}
	}
	return out, nil
}

// ReplyFacts returns the ground facts an sla evaluation establishes:
// reply_late is true when a reply deadline was missed
// (sla.Evaluation.ReplyLate, the one derivation of a late reply).
func ReplyFacts(ev sla.Evaluation) Facts {
	return Facts{FactReplyLate: ev.ReplyLate()}
}
