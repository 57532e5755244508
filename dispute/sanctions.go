package dispute

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Rate is an exact rate from 0 to 1 written as a decimal string ("0.95")
// or a percentage ("95%"). It is kept as written so a policy round-trips
// unchanged; never a float. The zero Rate ("") is "not given".
type Rate string

// maxRateLen bounds the text of a Rate (0 to 1 or 0% to 100%, at most
// 32 characters).
const maxRateLen = 32

var rateSyntax = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)?%|[0-9]+(?:\.[0-9]+)?)$`)

// Decimal returns r as a fraction of one (95% is 0.95). It fails on a
// malformed rate or one above 1.
func (r Rate) Decimal() (decimal.Decimal, error) {
	s := string(r)
	if len(s) > maxRateLen {
		return decimal.Decimal{}, fmt.Errorf("rate: longer than %d characters", maxRateLen)
	}
	if !rateSyntax.MatchString(s) {
		return decimal.Decimal{}, fmt.Errorf("rate %q: want a decimal from 0 to 1 (0.95) or a percentage (95%%)", s)
	}
	pct := strings.HasSuffix(s, "%")
	d, err := decimal.NewFromString(strings.TrimSuffix(s, "%"))
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("rate %q: %v", s, err)
	}
	if pct {
		d = d.Shift(-2)
	}
	if d.GreaterThan(decimal.NewFromInt(1)) {
		return decimal.Decimal{}, fmt.Errorf("rate %q: above 1 (100%%)", s)
	}
	return d, nil
}

// UnmarshalText parses a Rate strictly.
func (r *Rate) UnmarshalText(b []byte) error {
	x := Rate(b)
	if _, err := x.Decimal(); err != nil {
		return err
	}
	*r = x
	return nil
}

// Trigger is what a seller did that a sanction answers.
type Trigger string

// Sanction triggers.
const (
	// NonCooperation: the seller does not cooperate in good faith with the
	// dispute resolution procedure.
	NonCooperation Trigger = "non_cooperation"
	// PerformanceBelow: the seller's performance rate is under the
	// sanction's threshold.
	PerformanceBelow Trigger = "performance_below"
	// LateReplies: the seller does not answer buyers reliably within the
	// reply deadlines.
	LateReplies Trigger = "late_replies"
	// OffPlatformDealing: the seller made arrangements with buyers outside
	// the platform.
	OffPlatformDealing Trigger = "off_platform_dealing"
)

func triggers() []Trigger {
	return []Trigger{NonCooperation, PerformanceBelow, LateReplies, OffPlatformDealing}
}

// Measure is what the platform does to a seller.
type Measure string

// Measures, from the mildest.
const (
	Warning        Measure = "warning"
	SupportContact Measure = "support_contact"
	Restriction    Measure = "restriction"
	Suspension     Measure = "suspension"
	Termination    Measure = "termination"
)

func measures() []Measure {
	return []Measure{Warning, SupportContact, Restriction, Suspension, Termination}
}

// Sanction is one sanction rule: a trigger, the measures the policy
// names for it (the platform chooses among them) and the clause.
type Sanction struct {
	Trigger Trigger `json:"trigger"`
	// Below is the threshold for PerformanceBelow: a rate strictly under
	// it triggers the sanction. Empty for other triggers.
	Below    Rate      `json:"below,omitempty"`
	Measures []Measure `json:"measures"`
	Basis    string    `json:"basis"`
}

func validateSanctions(ss []Sanction) error {
	for i, s := range ss {
		p := strictjson.Index("sanctions", i)
		if !containsT(triggers(), s.Trigger) {
			return strictjson.Errorf(strictjson.Join(p, "trigger"), "unknown trigger %q (want non_cooperation, performance_below, late_replies or off_platform_dealing)", string(s.Trigger))
		}
		if s.Trigger == PerformanceBelow {
			if s.Below == "" {
				return strictjson.Errorf(strictjson.Join(p, "below"), "missing: performance_below needs a threshold rate")
			}
			if _, err := s.Below.Decimal(); err != nil {
				return strictjson.At(strictjson.Join(p, "below"), err)
			}
		} else if s.Below != "" {
			return strictjson.Errorf(strictjson.Join(p, "below"), "only performance_below takes a threshold")
		}
		if len(s.Measures) == 0 {
			return strictjson.Errorf(strictjson.Join(p, "measures"), "missing: name at least one measure")
		}
		for j, m := range s.Measures {
			if !containsT(measures(), m) {
				return strictjson.Errorf(strictjson.Index(strictjson.Join(p, "measures"), j), "unknown measure %q (want warning, support_contact, restriction, suspension or termination)", string(m))
			}
		}
		if strings.TrimSpace(s.Basis) == "" {
			return strictjson.Errorf(strictjson.Join(p, "basis"), "missing: name the clause")
		}
	}
	return nil
}

func containsT[T comparable](list []T, x T) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// Conduct is what is known of a seller's conduct. Its zero value is a
// seller with nothing against them and no known performance rate.
type Conduct struct {
	NonCooperation     bool `json:"non_cooperation"`
	LateReplies        bool `json:"late_replies"`
	OffPlatformDealing bool `json:"off_platform_dealing"`
	// PerformanceRate is the seller's rate, empty when unknown.
	PerformanceRate Rate `json:"performance_rate,omitempty"`
}

// Applied is one sanction that applies, with the reason.
type Applied struct {
	Trigger  Trigger   `json:"trigger"`
	Measures []Measure `json:"measures"`
	Reason   string    `json:"reason"`
	Basis    string    `json:"basis"`
}

// SanctionDecision is the result of Rules.Sanction.
type SanctionDecision struct {
	// Sanctioned reports whether any sanction applies.
	Sanctioned bool          `json:"sanctioned"`
	Applied    []Applied     `json:"applied"`
	Basis      explain.Basis `json:"basis"`
}

// Sanction returns the sanctions of r that c's facts trigger, each with
// the measures the policy names and the reason. A malformed performance
// rate is an error naming the field.
//
// Deprecated: use New(rules, cal) and Engine.Sanction.
func (r Rules) Sanction(c Conduct) (SanctionDecision, error) {
	return r.sanction(c)
}

func (r Rules) sanction(c Conduct) (SanctionDecision, error) {
	var rate decimal.Decimal
	if c.PerformanceRate != "" {
		d, err := c.PerformanceRate.Decimal()
		if err != nil {
			return SanctionDecision{}, strictjson.At("performance_rate", err)
		}
		rate = d
	}
	out := SanctionDecision{Applied: []Applied{}}
	var steps []explain.Step
	for _, s := range r.Sanctions {
		var reason string
		var step explain.Step
		switch s.Trigger {
		case NonCooperation:
			if c.NonCooperation {
				reason = "the seller does not cooperate in good faith with the dispute procedure"
				step = explain.Step{Text: "The seller does not cooperate in good faith: measures %s."}
			}
		case LateReplies:
			if c.LateReplies {
				reason = "the seller does not answer buyers within the reply deadlines"
				step = explain.Step{Text: "The seller does not answer within the reply deadlines: measures %s."}
			}
		case OffPlatformDealing:
			if c.OffPlatformDealing {
				reason = "the seller made arrangements with buyers outside the platform"
				step = explain.Step{Text: "The seller dealt with buyers outside the platform: measures %s."}
			}
		case PerformanceBelow:
			if c.PerformanceRate == "" {
				steps = append(steps, explain.Step{Rule: "dispute.sanction", Basis: s.Basis,
					Text: "No performance rate given: the threshold %s cannot be checked.", Args: []any{string(s.Below)}})
				continue
			}
			th, err := s.Below.Decimal()
			if err != nil {
				return SanctionDecision{}, err
			}
			if rate.LessThan(th) {
				reason = fmt.Sprintf("the performance rate %s is under the threshold %s", c.PerformanceRate, s.Below)
				step = explain.Step{Facts: []explain.Fact{explain.F("performance_rate", string(c.PerformanceRate))},
					Text: "The performance rate %s is under the threshold %s: measures %s.",
					Args: []any{string(c.PerformanceRate), string(s.Below)}}
			} else {
				steps = append(steps, explain.Step{Rule: "dispute.sanction", Basis: s.Basis,
					Facts: []explain.Fact{explain.F("performance_rate", string(c.PerformanceRate))},
					Text:  "The performance rate %s is not under the threshold %s.", Args: []any{string(c.PerformanceRate), string(s.Below)}})
			}
		}
		if reason == "" {
			continue
		}
		names := make([]string, len(s.Measures))
		for i, m := range s.Measures {
			names[i] = string(m)
		}
		step.Rule, step.Basis = "dispute.sanction", s.Basis
		step.Args = append(step.Args, strings.Join(names, " or "))
		steps = append(steps, step)
		out.Applied = append(out.Applied, Applied{Trigger: s.Trigger, Measures: append([]Measure(nil), s.Measures...), Reason: reason, Basis: s.Basis})
	}
	out.Sanctioned = len(out.Applied) > 0
	if !out.Sanctioned {
		steps = append(steps, explain.Step{Rule: "dispute.sanction", Text: "No sanction of this policy applies."})
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}
