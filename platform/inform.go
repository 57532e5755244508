package platform

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// InformReason is why buyers of a product must be informed.
type InformReason string

// The reasons to inform buyers.
const (
	// Illegal: the platform became aware that a trader offered an illegal
	// product through it (DSA art. 32): purchases of the last 6 months
	// before awareness.
	Illegal InformReason = "illegal"
	// Recall: the product is recalled or under a safety warning (GPSR
	// arts 22 and 35): every identifiable buyer.
	Recall InformReason = "recall"
)

// Sale is one purchase of the product through the platform. The zero Sale
// is invalid.
type Sale struct {
	// ID identifies the sale (order line); required.
	ID string `json:"id"`
	// Buyer identifies the buyer; optional.
	Buyer string `json:"buyer,omitempty"`
	// Trader identifies the seller; optional.
	Trader string `json:"trader,omitempty"`
	// SoldAt is when the purchase was made. Required.
	SoldAt time.Time `json:"sold_at"`
	// Contact is true when the platform holds contact details of the
	// buyer.
	Contact bool `json:"contact"`
}

// MaxSales bounds the sales of one Inform call.
const MaxSales = 10_000_000

// Informing is who must be told about an illegal or recalled product. The
// zero Informing is empty.
type Informing struct {
	// Reason and AwareAt are the inputs (AwareAt in the calendar's
	// location).
	Reason  InformReason `json:"reason"`
	AwareAt time.Time    `json:"aware_at"`
	// LookbackFrom is the first instant a purchase counts (DSA art. 32:
	// the start of the same date 6 months before the day of awareness);
	// zero for a recall (no lookback).
	LookbackFrom time.Time `json:"lookback_from,omitzero"`
	// Inform lists the sales whose buyers must be informed directly, in
	// input order; NoContact those in scope whose buyers the platform
	// cannot reach.
	Inform    []Sale `json:"inform"`
	NoContact []Sale `json:"no_contact"`
	// Outside counts the sales before LookbackFrom (not in scope).
	Outside int `json:"outside"`
	// AfterAware lists sales made after AwareAt: the offer was still
	// live. They are in scope for a recall; for an illegal product they
	// are reported as findings and their buyers listed in Inform or
	// NoContact too.
	AfterAware []Sale `json:"after_aware"`
	// PublicNotice is true when some buyer in scope cannot be reached:
	// the information must then be published on the interface (DSA art.
	// 32(2)) or spread widely (GPSR art. 35).
	PublicNotice bool `json:"public_notice"`
	// Findings lists what calls for attention (sales after awareness).
	Findings []Finding `json:"findings"`
	// Unconfirmed lists the facts the answer rests on that are not
	// confirmed by the statute text.
	Unconfirmed []Caveat `json:"unconfirmed"`
	// Basis explains the answer.
	Basis explain.Basis `json:"basis"`
}

// LookbackMonths is the lookback of DSA art. 32(1).
const LookbackMonths = 6

// Inform returns the buyers to inform about a product for reason, the
// platform having become aware (or the recall published) at aware, given
// the product's sales: DSA art. 32 limits an illegal product to the
// purchases of the last 6 months before awareness; a recall has no
// lookback. Neither law sets a number of days: the information is due
// "without undue delay" (DSA) or "without delay" (GPSR, [P]).
func Inform(cal calendar.Calendar, reason InformReason, aware time.Time, sales []Sale) (Informing, error) {
	if cal.IsZero() {
		return Informing{}, calendar.ErrNoCalendar
	}
	switch reason {
	case Illegal, Recall:
	case "":
		return Informing{}, field.Errorf("reason", "missing (want illegal or recall)")
	default:
		return Informing{}, field.Errorf("reason", "unknown reason %q (want illegal or recall)", string(reason))
	}
	if aware.IsZero() {
		return Informing{}, field.Errorf("aware_at", "missing")
	}
	if len(sales) > MaxSales {
		return Informing{}, field.Errorf("sales", "more than %d", MaxSales)
	}
	seen := make(map[string]int, len(sales))
	for i, s := range sales {
		p := field.Index("sales", i)
		switch {
		case s.ID == "":
			return Informing{}, field.Errorf(p+".id", "missing")
		case s.SoldAt.IsZero():
			return Informing{}, field.Errorf(p+".sold_at", "missing")
		}
		if j, dup := seen[s.ID]; dup {
			return Informing{}, field.Errorf(p+".id", "%q repeats sales[%d]", s.ID, j)
		}
		seen[s.ID] = i
	}
	loc := cal.Location()
	in := Informing{Reason: reason, AwareAt: aware.In(loc), Inform: []Sale{}, NoContact: []Sale{}, AfterAware: []Sale{}, Findings: []Finding{}}
	day := cal.DateOf(aware)
	var facts []string
	var steps []explain.Step
	if reason == Illegal {
		if day.Before(dsaFrom()) {
			return Informing{}, field.Errorf("aware_at", "%s is before the DSA applied to all platforms (%s)", day, dsaFrom())
		}
		from := day.AddMonths(-LookbackMonths)
		start, err := cal.Start(from)
		if err != nil {
			return Informing{}, field.At("aware_at", err)
		}
		in.LookbackFrom = start
		facts = append(facts, FactDSA32LookbackBounds)
		steps = append(steps, explain.Step{Rule: "platform.inform.lookback", Basis: "DSA art. 32(1)", Facts: []explain.Fact{explain.F("aware_at", rfc(in.AwareAt)), explain.F("lookback_from", rfc(start))}, Text: textInformLookback, Args: []any{LookbackMonths, explain.At(start)}})
	} else {
		facts = append(facts, FactGPSR35Marketplace, FactGPSR35NoLookback)
		steps = append(steps, explain.Step{Rule: "platform.inform.recall", Basis: "GPSR arts 22, 35", Text: textInformRecall})
	}
	for i, s := range sales {
		s.SoldAt = s.SoldAt.In(loc)
		if !in.LookbackFrom.IsZero() && s.SoldAt.Before(in.LookbackFrom) {
			in.Outside++
			continue
		}
		if s.SoldAt.After(aware) {
			in.AfterAware = append(in.AfterAware, s)
			if reason == Illegal {
				in.Findings = append(in.Findings, Finding{Rule: "dsa.32.after-aware", Article: "DSA art. 32(1)", Field: field.Index("sales", i) + ".sold_at", Text: "sold after the platform became aware the product is illegal"})
			}
		}
		if s.Contact {
			in.Inform = append(in.Inform, s)
		} else {
			in.NoContact = append(in.NoContact, s)
		}
	}
	in.PublicNotice = len(in.NoContact) > 0
	art := "DSA art. 32(1)"
	if reason == Recall {
		art = "GPSR art. 35"
	}
	steps = append(steps, explain.Step{Rule: "platform.inform.count", Basis: art, Facts: []explain.Fact{explain.F("inform", len(in.Inform)), explain.F("no_contact", len(in.NoContact)), explain.F("outside", in.Outside)}, Text: textInformCount, Args: []any{len(in.Inform), len(in.NoContact), in.Outside}})
	if in.PublicNotice {
		a := "DSA art. 32(2)"
		if reason == Recall {
			a = "GPSR art. 35"
		}
		steps = append(steps, explain.Step{Rule: "platform.inform.public", Basis: a, Text: textInformPublic})
	}
	steps = append(steps, explain.Step{Rule: "platform.inform.when", Basis: art, Text: textInformWhen})
	in.Unconfirmed = caveats(facts...)
	in.Basis = explain.Of(steps...).Add(caveatSteps(in.Unconfirmed)...)
	return in, nil
}
