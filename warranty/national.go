package warranty

import (
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// Lifespan is the Window of a regime with no fixed liability period: the
// seller answers for a lack of conformity that appears within the expected
// lifespan of the goods (Netherlands BW 7:17, Finland KSL ch. 5). The case
// must give that lifespan (Case.LifespanMonths).
const Lifespan Window = "lifespan"

// Allowance says whether the parties may agree on a shorter period for
// second-hand goods (Directive 2019/771 art. 10(6)).
type Allowance string

// Allowances.
const (
	// NotAllowed: no shorter period may be agreed (France, Iceland). The
	// zero Shortening means the same.
	NotAllowed Allowance = "no"
	// Allowed: a shorter period of at least FloorMonths may be agreed.
	Allowed Allowance = "yes"
	// AllowanceUnconfirmed: the research could not confirm the rule. An
	// agreed period is then not applied (the full period stays, the more
	// protective reading) and the assessment lists the point as
	// unconfirmed.
	AllowanceUnconfirmed Allowance = "unconfirmed"
)

// Shortening is a regime's rule on a shorter period agreed for second-hand
// goods. The zero Shortening allows none.
type Shortening struct {
	// Allowed is "yes", "no" (the default when empty) or "unconfirmed".
	Allowed Allowance `json:"allowed,omitempty"`
	// FloorMonths is the shortest period that may be agreed (12 under the
	// directive; 18 in Portugal); 1 to 1200 when Allowed is "yes".
	FloorMonths int `json:"floor_months,omitempty"`
	// Basis cites the article.
	Basis string `json:"basis,omitempty"`
}

// NoticeKind is the buyer's duty to notify the seller of a defect after
// discovering it (Directive 2019/771 art. 12).
type NoticeKind string

// Notice duties.
const (
	// NoNotice: no duty (France, Germany, Italy, Portugal, …). The zero
	// Notice means the same.
	NoNotice NoticeKind = "none"
	// StrictNotice: notify within Months of discovery or lose the rights
	// (Belgium, Latvia, Slovenia, Malta: 2 months).
	StrictNotice NoticeKind = "strict"
	// ReasonableNotice: notify within a reasonable time; a notice within
	// Months is always in time (Denmark, Netherlands, Sweden, Finland,
	// Norway, Iceland: 2 months). A later notice is not known to be late:
	// a court weighs it.
	ReasonableNotice NoticeKind = "reasonable"
	// DamagesNotice: a notice within Months is deemed timely; a later one
	// only makes the buyer liable for the damage the delay caused
	// (Hungary: 2 months).
	DamagesNotice NoticeKind = "damages"
	// NoticeUnconfirmed: the research could not confirm the rule; the
	// assessment lists it as unconfirmed and gives the directive's floor
	// (at least 2 months) as the earliest a duty could end.
	NoticeUnconfirmed NoticeKind = "unconfirmed"
)

// Notice is a regime's notice duty. The zero Notice is "no duty".
type Notice struct {
	// Kind is none (the default when empty), strict, reasonable, damages
	// or unconfirmed.
	Kind NoticeKind `json:"kind,omitempty"`
	// Months is the period of the duty from discovery (2); 1 to 1200 for
	// strict, reasonable and damages.
	Months int `json:"months,omitempty"`
	// Basis cites the article.
	Basis string `json:"basis,omitempty"`
}

// ActionKind is how a regime limits the buyer's action, when it differs
// from the French model (Conformity.LimitationYears from knowledge of the
// defect, capped by Conformity.LongStopYears).
type ActionKind string

// Limitation models of the conformity action.
const (
	// FromKnowledge: Conformity.LimitationYears from the day the buyer knew
	// of the defect, capped by Conformity.LongStopYears (C. civ. 2224,
	// 2232). The zero ActionLimit means the same (the French model).
	FromKnowledge ActionKind = "from_knowledge"
	// WithPeriod: the action ends with the regime's period (Window action:
	// Germany's 2-year limitation, Ireland's 6 years; Hungary).
	WithPeriod ActionKind = "with_period"
	// MonthsFromDelivery: Months from delivery (Italy: 26).
	MonthsFromDelivery ActionKind = "from_delivery"
	// MonthsAfterPeriod: Months after the period's last day (Austria: 3).
	MonthsAfterPeriod ActionKind = "after_period"
	// MonthsFromNotice: Months from the buyer's notice (Netherlands BW
	// 7:23(2): 24); not running before a notice.
	MonthsFromNotice ActionKind = "from_notice"
	// MonthsFromAppearance: Months from the day the defect appeared (Spain:
	// 60).
	MonthsFromAppearance ActionKind = "from_appearance"
	// ActionUnconfirmed: the research could not confirm the rule: no
	// limitation date is given and the assessment lists it as unconfirmed.
	ActionUnconfirmed ActionKind = "unconfirmed"
)

// ActionLimit is a regime's limitation of the conformity action. The zero
// ActionLimit is the French model (FromKnowledge).
type ActionLimit struct {
	// Kind is the limitation model.
	Kind ActionKind `json:"kind,omitempty"`
	// Months is the length for the from_delivery, after_period, from_notice
	// and from_appearance models; 1 to 1200.
	Months int `json:"months,omitempty"`
	// AfterAppearanceMonths: the limitation does not end before this many
	// months after a defect that appeared within the period first showed
	// (BGB §475e(3): 4); 0 (none) to 120.
	AfterAppearanceMonths int `json:"after_appearance_months,omitempty"`
	// AfterReturnMonths: it does not end before this many months after
	// repaired or replacement goods were handed back (BGB §475e(4): 2); 0
	// (none) to 120.
	AfterReturnMonths int `json:"after_return_months,omitempty"`
	// Basis cites the article.
	Basis string `json:"basis,omitempty"`
}

// Mandatory is a guarantee the law imposes on sellers of listed new durable
// goods by price band (Hungary, Gov. Decree 151/2003 as amended: 1 year from
// HUF 10,000, 2 years from HUF 100,001, 3 years from HUF 250,001, for
// contracts from 2021-01-01). The zero Mandatory is "none".
type Mandatory struct {
	// Basis cites the decree.
	Basis string `json:"basis"`
	// From is the first contract date it applies to.
	From calendar.Date `json:"from"`
	// Bands are the price bands, cheapest first: the last band whose
	// MinPrice is at most the price applies; a price below the first band
	// has no mandatory guarantee.
	Bands []Band `json:"bands"`
}

// Band is one price band of a mandatory guarantee.
type Band struct {
	// MinPrice is the lowest price (inclusive, VAT included) of the band.
	MinPrice money.Amount `json:"min_price"`
	// Months is the guarantee's length; 1 to 1200.
	Months int `json:"months"`
}

// IsZero reports whether m is the zero Mandatory (no mandatory guarantee).
func (m Mandatory) IsZero() bool { return m.Basis == "" && m.From.IsZero() && len(m.Bands) == 0 }

func (s Shortening) validate() error {
	switch s.Allowed {
	case "", NotAllowed, AllowanceUnconfirmed:
		if s.FloorMonths != 0 {
			return strictjson.Errorf("floor_months", "only when allowed is yes")
		}
	case Allowed:
		if err := inRange("floor_months", s.FloorMonths, 1, maxMonths); err != nil {
			return err
		}
		if strings.TrimSpace(s.Basis) == "" {
			return strictjson.Errorf("basis", "missing")
		}
	default:
		return strictjson.Errorf("allowed", "unknown value %q (want yes, no or unconfirmed)", s.Allowed)
	}
	return nil
}

func (n Notice) validate() error {
	switch n.Kind {
	case "", NoNotice, NoticeUnconfirmed:
		if n.Months != 0 {
			return strictjson.Errorf("months", "only for a strict, reasonable or damages notice")
		}
	case StrictNotice, ReasonableNotice, DamagesNotice:
		if err := inRange("months", n.Months, 1, maxMonths); err != nil {
			return err
		}
		if strings.TrimSpace(n.Basis) == "" {
			return strictjson.Errorf("basis", "missing")
		}
	default:
		return strictjson.Errorf("kind", "unknown value %q (want none, strict, reasonable, damages or unconfirmed)", n.Kind)
	}
	return nil
}

func (a ActionLimit) validate(w Window) error {
	switch a.Kind {
	case "", FromKnowledge, ActionUnconfirmed:
		if a.Months != 0 {
			return strictjson.Errorf("months", "not used by %q", a.Kind)
		}
	case WithPeriod:
		if a.Months != 0 {
			return strictjson.Errorf("months", "not used by with_period (the regime's months bound the action)")
		}
		if w != Action {
			return strictjson.Errorf("kind", "with_period needs the regime's window to be action")
		}
	case MonthsFromDelivery, MonthsAfterPeriod, MonthsFromNotice, MonthsFromAppearance:
		if err := inRange("months", a.Months, 1, maxMonths); err != nil {
			return err
		}
	default:
		return strictjson.Errorf("kind", "unknown value %q (want from_knowledge, with_period, from_delivery, after_period, from_notice, from_appearance or unconfirmed)", a.Kind)
	}
	if err := inRange("after_appearance_months", a.AfterAppearanceMonths, 0, maxExtensionMonths); err != nil {
		return err
	}
	if err := inRange("after_return_months", a.AfterReturnMonths, 0, maxExtensionMonths); err != nil {
		return err
	}
	if a.Kind != "" && a.Kind != FromKnowledge && a.Kind != ActionUnconfirmed && strings.TrimSpace(a.Basis) == "" {
		return strictjson.Errorf("basis", "missing")
	}
	return nil
}

func (m Mandatory) validate() error {
	if m.IsZero() {
		return nil
	}
	if strings.TrimSpace(m.Basis) == "" {
		return strictjson.Errorf("basis", "missing")
	}
	if m.From.IsZero() {
		return strictjson.Errorf("from", "missing")
	}
	if len(m.Bands) == 0 {
		return strictjson.Errorf("bands", "at least one band needed")
	}
	for i, b := range m.Bands {
		p := strictjson.Index("bands", i)
		if b.MinPrice.Currency().IsZero() {
			return strictjson.Errorf(p+".min_price", "missing")
		}
		if b.MinPrice.Decimal().Sign() < 0 {
			return strictjson.Errorf(p+".min_price", "negative")
		}
		if err := inRange(p+".months", b.Months, 1, maxMonths); err != nil {
			return err
		}
		if i > 0 {
			prev := m.Bands[i-1].MinPrice
			c, err := b.MinPrice.Cmp(prev)
			if err != nil {
				return strictjson.Errorf(p+".min_price", "currency %s differs from bands[0]", b.MinPrice.Currency().Code())
			}
			if c <= 0 {
				return strictjson.Errorf(p+".min_price", "must be above %s", strictjson.Index("bands", i-1)+".min_price")
			}
		}
	}
	return nil
}
