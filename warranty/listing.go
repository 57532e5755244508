package warranty

import (
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
)

// SparePartsDuty says whether a listing must state the availability of
// spare parts.
type SparePartsDuty string

// Spare-parts duties (C. consom. L111-4).
const (
	// Always: the statement is due in every case; without the maker's
	// information the parts are deemed unavailable and the listing says so
	// (electrical and electronic equipment and furniture, since 2022).
	Always SparePartsDuty = "required"
	// WhenInformed: the statement is due when the maker or importer gave the
	// availability period or end date.
	WhenInformed SparePartsDuty = "when_informed"
)

// Duties is what a listing of a product category must show on a date. It
// owns its JSON (snake_case keys, the date YYYY-MM-DD, empty lists as []).
// It is a value with slices, safe to read from several goroutines; the
// Engine keeps no reference to it. The zero Duties is not an answer.
type Duties struct {
	// Category is the product category.
	Category string `json:"category"`
	// On is the date of the listing.
	On calendar.Date `json:"on"`
	// SpareParts is the spare-parts availability statement duty.
	SpareParts SparePartsDuty `json:"spare_parts"`
	// Indices are the indices the listing must show (empty for none).
	Indices []IndexKind `json:"indices"`
	// Statements are the further items the platform requires.
	Statements []string `json:"statements"`
	// Basis explains each duty.
	Basis explain.Basis `json:"basis"`
}

// Categories returns the category names of r, in the rules' order (none
// for the zero Rules).
func (r Rules) Categories() []string {
	out := make([]string, len(r.Listing.Categories))
	for i, c := range r.Listing.Categories {
		out[i] = c.Name
	}
	return out
}

// ListingDuties returns what a listing of category must show on day on
// under r (see Engine.ListingDuties).
//
// Deprecated: build an Engine once with New and call its ListingDuties.
// Unlike before, the zero Rules is no longer the statute: it returns
// ErrNoRules.
func ListingDuties(r Rules, category string, on calendar.Date) (Duties, error) {
	if err := r.Validate(); err != nil {
		return Duties{}, err
	}
	return listingDuties(r, category, on)
}

// listingDuties is ListingDuties for valid rules.
func listingDuties(r Rules, category string, on calendar.Date) (Duties, error) {
	if r.IsZero() {
		return Duties{}, ErrNoRules
	}
	if on.IsZero() {
		return Duties{}, field.Errorf("on", "missing (YYYY-MM-DD)")
	}
	var cat *Category
	for i := range r.Listing.Categories {
		if r.Listing.Categories[i].Name == category {
			cat = &r.Listing.Categories[i]
			break
		}
	}
	if cat == nil {
		return Duties{}, field.Errorf("category", "%w %q (want one of %s)", ErrUnknownCategory, category, strings.Join(r.Categories(), ", "))
	}
	d := Duties{Category: category, On: on, Indices: []IndexKind{}, Statements: []string{}}
	var steps []explain.Step
	sp := r.Listing.SpareParts
	if cat.EEE && !on.Before(sp.SilenceUnavailableFrom) {
		d.SpareParts = Always
		steps = append(steps, explain.Step{Rule: "listing.spare_parts", Basis: sp.Basis,
			Facts: []explain.Fact{explain.F("category", category), explain.F("on", on)},
			Text:  "Electrical or electronic equipment or furniture: the listing must state how long spare parts are available, or that they are not (the maker's silence means unavailable).",
		})
	} else {
		d.SpareParts = WhenInformed
		steps = append(steps, explain.Step{Rule: "listing.spare_parts", Basis: sp.Basis,
			Facts: []explain.Fact{explain.F("category", category), explain.F("on", on)},
			Text:  "The listing must state the availability period of spare parts when the maker or importer gave it.",
		})
	}
	for _, x := range cat.Indices {
		if on.Before(x.From) || (!x.Until.IsZero() && on.After(x.Until)) {
			continue
		}
		d.Indices = append(d.Indices, x.Kind)
		steps = append(steps, explain.Step{Rule: "listing.index", Basis: x.Basis,
			Facts: []explain.Fact{explain.F("category", category), explain.F("on", on)},
			Text:  indexText(x.Kind), Args: []any{category, x.From}})
	}
	if len(d.Indices) == 0 {
		steps = append(steps, explain.Step{Rule: "listing.index", Basis: "C. env. L541-9-2",
			Facts: []explain.Fact{explain.F("category", category), explain.F("on", on)},
			Text:  "No repairability or durability index or energy label is required for %s on %s.", Args: []any{category, on}})
	}
	for _, s := range r.Listing.Statements {
		d.Statements = append(d.Statements, s.What)
		steps = append(steps, explain.Step{Rule: "listing.statement", Basis: s.Basis,
			Text: "The listing must state: %s.", Args: []any{term(s.What)}})
	}
	d.Basis = explain.Of(steps...)
	return d, nil
}

func indexText(k IndexKind) string {
	switch k {
	case Repairability:
		return "The listing of a %s must show the repairability index (required since %s)."
	case Durability:
		return "The listing of a %s must show the durability index (required since %s)."
	default:
		return "The listing of a %s must show the EU energy label with its repairability class (required since %s)."
	}
}
