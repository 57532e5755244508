package conduct

import (
	"fmt"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/internal/strictjson"
	"golang.org/x/text/language"
)

// Kind is the kind of a finding in a message: a way of taking the exchange
// off the platform, or marketing contact.
type Kind string

// The kinds of finding Screen reports.
const (
	// Email is an e-mail address, plain or disguised ("jean at gmail dot com").
	Email Kind = "email"
	// Phone is a telephone number, French or international.
	Phone Kind = "phone"
	// URL is a web address (http(s)://, www., bare domain with a common TLD).
	URL Kind = "url"
	// Social is a messaging app or social network invitation, a link to one
	// (wa.me, t.me, instagram.com/...) or an @handle.
	Social Kind = "social"
	// Payment is a bank account (IBAN or Polish NRB passing the mod-97
	// check), a PayPal.me link, or an invitation to pay outside the platform.
	Payment Kind = "payment"
	// Marketing is promotional wording: discount codes, percentage
	// discounts, sales, newsletters.
	Marketing Kind = "marketing"
)

// Kinds returns every kind Screen knows, in a fixed order.
func Kinds() []Kind {
	return []Kind{Email, Phone, URL, Social, Payment, Marketing}
}

func (k Kind) valid() bool {
	switch k {
	case Email, Phone, URL, Social, Payment, Marketing:
		return true
	}
	return false
}

// Rules is the conduct section of a platform policy: which kinds of content
// a message between seller and buyer must not carry, whether canned replies
// are checked, and what a listing must contain. Every rule carries the
// charter clause it comes from, cited in the explain.Basis of each finding.
//
// Rules is plain data and round-trips through JSON (snake_case keys). The
// zero Rules forbids nothing and checks nothing: it is the statutory floor
// (French law forbids no message content: law/fr states its conduct section as the zero Rules). Rules is a value; sharing one between goroutines is
// safe as long as nobody writes to its slices or map.
type Rules struct {
	// Contact lists the forbidden kinds, each with its clause. A kind not
	// listed is not reported by Screen.
	Contact []ContactRule `json:"contact"`
	// Canned configures the check for canned replies.
	Canned CannedRules `json:"canned"`
	// Listing configures CheckListing.
	Listing ListingRules `json:"listing"`
	// Language requires a seller's replies to be written in the language
	// of the buyer's market (Engine.CheckLanguage). The zero value does not
	// require it.
	Language LanguageRule `json:"language,omitzero"`
}

// LanguageRule requires replies in the language of the market where the
// sale takes place (Swapiphone's communication rules). The zero value
// requires nothing.
type LanguageRule struct {
	// Check enables the rule.
	Check bool `json:"check"`
	// Clause is the charter clause the rule comes from, cited in the
	// basis of each check; required with Check.
	Clause string `json:"clause,omitempty"`
}

// ContactRule forbids one kind of content in messages and listings.
type ContactRule struct {
	Kind   Kind   `json:"kind"`
	Clause string `json:"clause"` // "Opisto charter §I"
}

// CannedRules configures the canned-reply check. The zero value disables
// it.
type CannedRules struct {
	// Check enables the check.
	Check bool `json:"check"`
	// MinSimilarityPercent is the similarity (Jaccard index of normalised
	// word 3-shingles, in percent, 1–100) from which two replies count as
	// the same text.
	MinSimilarityPercent int `json:"min_similarity_percent"`
	// MinBuyers is the number of different buyers (at least 2) a text must
	// reach before it is reported.
	MinBuyers int `json:"min_buyers"`
	// MinWords is the number of words (at least 1) a reply needs to be
	// considered: short acknowledgements ("Merci, bonne journée") are not
	// canned answers standing in for an individual one.
	MinWords int `json:"min_words"`
	// Clause is the charter clause forbidding canned replies.
	Clause string `json:"clause"`
}

// ListingRules says what a listing must contain. The zero value requires
// nothing.
type ListingRules struct {
	// RequireCondition, RequireWarranty and RequireDamage require the
	// listing to state the item's condition, its warranty (months or text;
	// "none" is a statement) and its damage (or "none").
	RequireCondition bool `json:"require_condition"`
	RequireWarranty  bool `json:"require_warranty"`
	RequireDamage    bool `json:"require_damage"`
	// DescriptionClause is the clause behind the three rules above.
	DescriptionClause string `json:"description_clause,omitempty"`

	// MinPhotos is the minimum number of photos; 0 requires none.
	MinPhotos    int    `json:"min_photos"`
	PhotosClause string `json:"photos_clause,omitempty"`

	// RequireHeldStock requires stock above zero that the seller actually
	// holds (not a supplier's stock).
	RequireHeldStock bool   `json:"require_held_stock"`
	StockClause      string `json:"stock_clause,omitempty"`

	// MaxDeliveryDays is the longest delivery time, in calendar days, a
	// listing may offer to a destination country (ISO 3166-1 alpha-2,
	// upper case). DefaultMaxDeliveryDays applies to countries not in the
	// map; 0 means no limit. When either is set, a listing must state a
	// delivery time for at least one destination.
	MaxDeliveryDays        map[string]int `json:"max_delivery_days,omitempty"`
	DefaultMaxDeliveryDays int            `json:"default_max_delivery_days"`
	DeliveryClause         string         `json:"delivery_clause,omitempty"`

	// ScreenText screens the title and description with the contact rules.
	ScreenText bool `json:"screen_text"`
}

// Validate reports the first problem in r as a *strictjson.Error naming the
// field ("listing.min_photos: must not be negative").
func (r Rules) Validate() error {
	seen := map[Kind]bool{}
	for i, c := range r.Contact {
		p := strictjson.Index("contact", i)
		if !c.Kind.valid() {
			return strictjson.Errorf(strictjson.Join(p, "kind"), "unknown kind %q (want one of email, phone, url, social, payment, marketing)", string(c.Kind))
		}
		if seen[c.Kind] {
			return strictjson.Errorf(strictjson.Join(p, "kind"), "kind %q listed twice", string(c.Kind))
		}
		seen[c.Kind] = true
		if c.Clause == "" {
			return strictjson.Errorf(strictjson.Join(p, "clause"), "must cite the clause forbidding %s", string(c.Kind))
		}
	}
	if err := r.Canned.validate(); err != nil {
		return strictjson.At("canned", err)
	}
	if r.Language.Check && strings.TrimSpace(r.Language.Clause) == "" {
		return strictjson.Errorf("language.clause", "must cite the clause requiring the market's language")
	}
	if !r.Language.Check && r.Language.Clause != "" {
		return strictjson.Errorf("language.check", "a clause without the check: set check to true or drop the clause")
	}
	if err := r.Listing.validate(len(r.Contact) > 0); err != nil {
		return strictjson.At("listing", err)
	}
	return nil
}

func (c CannedRules) validate() error {
	if !c.Check {
		if c.MinSimilarityPercent < 0 || c.MinSimilarityPercent > 100 {
			return strictjson.Errorf("min_similarity_percent", "must be between 1 and 100, got %d", c.MinSimilarityPercent)
		}
		if c.MinBuyers < 0 {
			return strictjson.Errorf("min_buyers", "must not be negative")
		}
		if c.MinWords < 0 {
			return strictjson.Errorf("min_words", "must not be negative")
		}
		return nil
	}
	if c.MinSimilarityPercent < 1 || c.MinSimilarityPercent > 100 {
		return strictjson.Errorf("min_similarity_percent", "must be between 1 and 100, got %d", c.MinSimilarityPercent)
	}
	if c.MinBuyers < 2 || c.MinBuyers > MaxMinBuyers {
		return strictjson.Errorf("min_buyers", "must be from 2 to %d, got %d", MaxMinBuyers, c.MinBuyers)
	}
	if c.MinWords < 1 || c.MinWords > MaxMinWords {
		return strictjson.Errorf("min_words", "must be from 1 to %d, got %d", MaxMinWords, c.MinWords)
	}
	if c.Clause == "" {
		return strictjson.Errorf("clause", "must cite the clause forbidding canned replies")
	}
	return nil
}

// Bounds of the canned-reply rules, enforced by Validate (listing bounds:
// MaxListingPhotos, MaxDeliveryDays).
const (
	MaxMinBuyers = 1_000_000
	MaxMinWords  = 10_000
)

func (l ListingRules) validate(haveContact bool) error {
	if (l.RequireCondition || l.RequireWarranty || l.RequireDamage) && l.DescriptionClause == "" {
		return strictjson.Errorf("description_clause", "must cite the clause requiring condition, warranty or damage")
	}
	if l.MinPhotos < 0 || l.MinPhotos > MaxListingPhotos {
		return strictjson.Errorf("min_photos", "must be from 0 to %d, got %d", MaxListingPhotos, l.MinPhotos)
	}
	if l.MinPhotos > 0 && l.PhotosClause == "" {
		return strictjson.Errorf("photos_clause", "must cite the clause requiring photos")
	}
	if l.RequireHeldStock && l.StockClause == "" {
		return strictjson.Errorf("stock_clause", "must cite the clause requiring stock held")
	}
	if l.DefaultMaxDeliveryDays < 0 || l.DefaultMaxDeliveryDays > MaxDeliveryDays {
		return strictjson.Errorf("default_max_delivery_days", "must be from 0 to %d, got %d", MaxDeliveryDays, l.DefaultMaxDeliveryDays)
	}
	for _, c := range sortedKeys(l.MaxDeliveryDays) {
		p := strictjson.Join("max_delivery_days", c)
		if err := checkCountry(c); err != nil {
			return strictjson.At(p, err)
		}
		if l.MaxDeliveryDays[c] < 1 || l.MaxDeliveryDays[c] > MaxDeliveryDays {
			return strictjson.Errorf(p, "must be from 1 to %d days, got %d", MaxDeliveryDays, l.MaxDeliveryDays[c])
		}
	}
	if (len(l.MaxDeliveryDays) > 0 || l.DefaultMaxDeliveryDays > 0) && l.DeliveryClause == "" {
		return strictjson.Errorf("delivery_clause", "must cite the clause on delivery times")
	}
	if l.ScreenText && !haveContact {
		return strictjson.Errorf("screen_text", "needs at least one contact rule")
	}
	return nil
}

// checkCountry accepts an upper-case ISO 3166-1 alpha-2 code.
func checkCountry(c string) error {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return fmt.Errorf("country %q: want an upper-case ISO 3166-1 alpha-2 code such as FR", c)
	}
	r, err := language.ParseRegion(c)
	if err != nil || !r.IsCountry() {
		return fmt.Errorf("country %q: not an ISO 3166-1 country", c)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
