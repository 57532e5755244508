package conduct

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Listing is what a seller publishes for one item. The zero Listing states
// nothing: every required field is missing.
type Listing struct {
	ID          string `json:"id,omitempty"`
	Title       string `json:"title"`
	Description string `json:"description"`
	// Condition states the item's condition ("new", "used", "refurbished",
	// "for parts" or the seller's own words); empty means not stated.
	Condition string `json:"condition"`
	// WarrantyMonths is the warranty offered in months (0: none, which is a
	// statement); nil means not stated. WarrantyText states it in words.
	WarrantyMonths *int   `json:"warranty_months,omitempty"`
	WarrantyText   string `json:"warranty_text,omitempty"`
	// Damage declares the item's damage, "none" when there is none; empty
	// means not declared.
	Damage string `json:"damage"`
	Photos int    `json:"photos"`
	// Stock is the quantity offered; StockHeld says the seller holds it on
	// its own premises (not a supplier's stock).
	Stock     int  `json:"stock"`
	StockHeld bool `json:"stock_held"`
	// DeliveryDays is the delivery time offered, in calendar days, per
	// destination country (ISO 3166-1 alpha-2, upper case).
	DeliveryDays map[string]int `json:"delivery_days,omitempty"`
}

// ListingFinding is one problem with a listing: the field (JSON path, such
// as "photos" or "delivery_days.DE"), what is wrong, and the clause.
// Contact is set when the problem is forbidden content in the title or the
// description; its offsets are relative to that field.
type ListingFinding struct {
	Field   string        `json:"field"`
	Problem string        `json:"problem"`
	Contact *Finding      `json:"contact,omitempty"`
	Basis   explain.Basis `json:"basis"`
}

// ListingResult is the outcome of CheckListing. OK is true when there are
// no findings. Basis joins the findings' steps, or says the listing meets
// the rules.
type ListingResult struct {
	OK       bool             `json:"ok"`
	Findings []ListingFinding `json:"findings"`
	Basis    explain.Basis    `json:"basis"`
}

// DecodeListing decodes a listing from JSON strictly (unknown or duplicate
// fields and wrong types are errors naming the field) and validates it.
// Invalid UTF-8 anywhere in data is a *UTF8Error with the offset of the
// first bad byte.
func DecodeListing(data []byte) (Listing, error) {
	if !utf8.Valid(data) {
		return Listing{}, &UTF8Error{Offset: firstInvalid(string(data))}
	}
	var l Listing
	if err := l.UnmarshalJSON(data); err != nil {
		return Listing{}, err
	}
	return l, nil
}

// UnmarshalJSON implements json.Unmarshaler: the listing is decoded
// strictly (unknown or duplicate fields, wrong types, numbers JSON forbids
// and invalid UTF-8 are errors naming the field) and validated, so
// json.Unmarshal is as strict as DecodeListing.
func (l *Listing) UnmarshalJSON(data []byte) error {
	type plain Listing
	var x plain
	if err := strictjson.Decode(data, &x); err != nil {
		return err
	}
	if err := Listing(x).Validate(); err != nil {
		return err
	}
	*l = Listing(x)
	return nil
}

// Bounds of a Listing's numbers, enforced by Validate.
const (
	MaxListingPhotos  = 1000
	MaxListingStock   = 1_000_000_000
	MaxWarrantyMonths = 1200
	MaxDeliveryDays   = 3650
)

// Validate reports a listing that cannot be checked: negative counts,
// invalid country codes, text that is not valid UTF-8 or over
// MaxMessageBytes. Missing information is not an error: CheckListing
// reports it.
func (l Listing) Validate() error {
	for _, f := range []struct{ name, text string }{
		{"id", l.ID}, {"title", l.Title}, {"description", l.Description}, {"condition", l.Condition},
		{"warranty_text", l.WarrantyText}, {"damage", l.Damage},
	} {
		if !utf8.ValidString(f.text) {
			return strictjson.At(f.name, ErrInvalidUTF8)
		}
		if len(f.text) > MaxMessageBytes {
			return strictjson.At(f.name, fmt.Errorf("%w: %d bytes, the cap is %d bytes", ErrTooLarge, len(f.text), MaxMessageBytes))
		}
	}
	if l.WarrantyMonths != nil && *l.WarrantyMonths < 0 {
		return strictjson.Errorf("warranty_months", "must not be negative")
	}
	if l.WarrantyMonths != nil && *l.WarrantyMonths > MaxWarrantyMonths {
		return strictjson.Errorf("warranty_months", "%d is more than %d", *l.WarrantyMonths, MaxWarrantyMonths)
	}
	if l.Photos < 0 {
		return strictjson.Errorf("photos", "must not be negative")
	}
	if l.Photos > MaxListingPhotos {
		return strictjson.Errorf("photos", "%d is more than %d", l.Photos, MaxListingPhotos)
	}
	if l.Stock < 0 {
		return strictjson.Errorf("stock", "must not be negative")
	}
	if l.Stock > MaxListingStock {
		return strictjson.Errorf("stock", "%d is more than %d", l.Stock, MaxListingStock)
	}
	for _, c := range sortedKeys(l.DeliveryDays) {
		p := strictjson.Join("delivery_days", c)
		if err := checkCountry(c); err != nil {
			return strictjson.At(p, err)
		}
		if l.DeliveryDays[c] < 0 {
			return strictjson.Errorf(p, "must not be negative")
		}
		if l.DeliveryDays[c] > MaxDeliveryDays {
			return strictjson.Errorf(p, "%d is more than %d", l.DeliveryDays[c], MaxDeliveryDays)
		}
	}
	return nil
}

// Texts of the listing problems: constant format strings, the catalog keys
// of the steps (translated in Translations) and, formatted, the
// ListingFinding.Problem.
const (
	textNoListingRules = "the rules set no listing requirement: nothing to check"
	textNoCondition    = "the item's condition is not stated"
	textNoWarranty     = "the warranty is not stated (months or text)"
	textNoDamage       = `damage is not declared (write "none" when there is none)`
	textFewPhotos      = "%d photo(s), at least %d required"
	textNoStock        = "no stock: only items actually held may be listed"
	textStockNotHeld   = "the stock is not held by the seller: only items actually held may be listed"
	textNoDelivery     = "no delivery time is stated"
	textSlowDelivery   = "%d days to %s, more than the %d days that fit this destination"
)

// CheckListing checks l against r's listing rules and, when
// r.Listing.ScreenText is set, screens its title and description with r's
// contact rules. It builds a Screener for r; to check many listings, build
// one with NewScreener and call its CheckListing method.
//
// Deprecated: use New and Engine.CheckListing (the one call shape of every
// rule package); CheckListing stays for one release.
func CheckListing(l Listing, r Rules) (ListingResult, error) {
	s, err := NewScreener(r)
	if err != nil {
		return ListingResult{}, err
	}
	return s.CheckListing(l)
}

// CheckListing checks l against the Screener's rules (see the package
// function CheckListing). Findings come in a fixed order: title and
// description content, condition, warranty, damage, photos, stock,
// delivery times (by country code).
func (s *Screener) CheckListing(l Listing) (ListingResult, error) {
	if err := l.Validate(); err != nil {
		return ListingResult{}, err
	}
	lr := s.rules.Listing
	var out []ListingFinding
	// format is one of listingTexts: a constant format string, so that it
	// is the catalog key of the step and the explanation translates.
	add := func(field, rule, clause, format string, args []any, facts ...explain.Fact) {
		out = append(out, ListingFinding{
			Field:   field,
			Problem: fmt.Sprintf(format, args...),
			Basis: explain.Of(explain.Step{
				Rule:  rule,
				Basis: clause,
				Facts: append([]explain.Fact{explain.F("field", field)}, facts...),
				Text:  format,
				Args:  args,
			}),
		})
	}
	if lr.ScreenText {
		for _, f := range []struct{ name, text string }{{"title", l.Title}, {"description", l.Description}} {
			res, err := s.Screen(f.text)
			if err != nil {
				return ListingResult{}, strictjson.At(f.name, err)
			}
			for _, fd := range res.Findings {
				fd := fd
				out = append(out, ListingFinding{
					Field:   f.name,
					Problem: fmt.Sprintf("contains %s %q at bytes %d-%d", kindNoun(fd.Kind), fd.Text, fd.Start, fd.End),
					Contact: &fd,
					Basis:   fd.Basis,
				})
			}
		}
	}
	if lr.RequireCondition && strings.TrimSpace(l.Condition) == "" {
		add("condition", "conduct.listing.condition", lr.DescriptionClause, textNoCondition, nil)
	}
	if lr.RequireWarranty && l.WarrantyMonths == nil && strings.TrimSpace(l.WarrantyText) == "" {
		add("warranty_months", "conduct.listing.warranty", lr.DescriptionClause, textNoWarranty, nil)
	}
	if lr.RequireDamage && strings.TrimSpace(l.Damage) == "" {
		add("damage", "conduct.listing.damage", lr.DescriptionClause, textNoDamage, nil)
	}
	if l.Photos < lr.MinPhotos {
		add("photos", "conduct.listing.photos", lr.PhotosClause,
			textFewPhotos, []any{l.Photos, lr.MinPhotos},
			explain.F("photos", l.Photos), explain.F("min_photos", lr.MinPhotos))
	}
	if lr.RequireHeldStock {
		switch {
		case l.Stock == 0:
			add("stock", "conduct.listing.stock", lr.StockClause, textNoStock, nil,
				explain.F("stock", l.Stock))
		case !l.StockHeld:
			add("stock_held", "conduct.listing.stock", lr.StockClause, textStockNotHeld, nil,
				explain.F("stock", l.Stock), explain.F("stock_held", l.StockHeld))
		}
	}
	if len(lr.MaxDeliveryDays) > 0 || lr.DefaultMaxDeliveryDays > 0 {
		if len(l.DeliveryDays) == 0 {
			add("delivery_days", "conduct.listing.delivery", lr.DeliveryClause, textNoDelivery, nil)
		}
		for _, c := range sortedKeys(l.DeliveryDays) {
			limit, ok := lr.MaxDeliveryDays[c]
			if !ok {
				limit = lr.DefaultMaxDeliveryDays
			}
			if days := l.DeliveryDays[c]; limit > 0 && days > limit {
				add(strictjson.Join("delivery_days", c), "conduct.listing.delivery", lr.DeliveryClause,
					textSlowDelivery, []any{days, c, limit},
					explain.F("country", c), explain.F("days", days), explain.F("max_days", limit))
			}
		}
	}
	if len(out) == 0 {
		return ListingResult{OK: true, Basis: s.listingClean()}, nil
	}
	bases := make([]explain.Basis, len(out))
	for i, f := range out {
		bases[i] = f.Basis
	}
	return ListingResult{Findings: out, Basis: explain.Join(bases...)}, nil
}

// IsZero reports whether l sets no listing requirement (and screens no
// listing text): the "no listing rule" of the zero Rules.
func (l ListingRules) IsZero() bool {
	return !l.RequireCondition && !l.RequireWarranty && !l.RequireDamage && l.MinPhotos == 0 &&
		!l.RequireHeldStock && len(l.MaxDeliveryDays) == 0 && l.DefaultMaxDeliveryDays == 0 && !l.ScreenText
}

func (s *Screener) listingClean() explain.Basis {
	lr := s.rules.Listing
	if lr.IsZero() {
		return explain.Of(explain.Step{Rule: "conduct.listing.none", Text: textNoListingRules})
	}
	var clauses []string
	for _, c := range []string{lr.DescriptionClause, lr.PhotosClause, lr.StockClause, lr.DeliveryClause} {
		if c != "" && !contains(clauses, c) {
			clauses = append(clauses, c)
		}
	}
	return explain.Of(explain.Step{
		Rule:  "conduct.listing",
		Basis: strings.Join(clauses, "; "),
		Text:  "the listing meets the listing rules",
	})
}

func kindNoun(k Kind) string {
	switch k {
	case Email:
		return "an e-mail address"
	case Phone:
		return "a phone number"
	case URL:
		return "a web address"
	case Social:
		return "a messaging app or social network contact"
	case Payment:
		return "payment details"
	}
	return "marketing wording"
}
