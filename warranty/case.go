package warranty

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// Party is a buyer or a seller: a consumer or a professional.
type Party string

// Parties.
const (
	Consumer     Party = "consumer"
	Professional Party = "professional"
)

// Condition is the state of the goods when sold.
type Condition string

// Conditions. Refurbished goods are assessed as second-hand goods (the
// presumption of C. consom. L217-7 for second-hand goods applies).
const (
	NewGoods    Condition = "new"
	Used        Condition = "used"
	Refurbished Condition = "refurbished"
)

// secondHand reports whether c is second-hand (used or refurbished).
func (c Condition) secondHand() bool { return c == Used || c == Refurbished }

// Case is a defect claim: the sale, the defect and what happened since. It
// is what Engine.Assess reads. It decodes strictly from JSON
// (json.Unmarshal or DecodeCase): unknown or duplicate fields, wrong types
// and invalid values are *field.Error values naming the field. Every date is
// a calendar date from 0001-01-01 to 9800-12-31 (so that a 100-year period
// still ends before 9999-12-31); daylight-saving time does not affect a
// Case.
//
// The zero Case is invalid (no dates). A Case is a value; its Repairs slice
// and its Replacement and Resolution pointers are shared when copied, so
// treat a Case given to other goroutines as read-only. Engine.Assess never
// modifies it nor keeps a reference to it.
type Case struct {
	// Buyer is consumer (the default when empty) or professional.
	Buyer Party `json:"buyer,omitempty"`
	// Seller is professional (the default when empty) or consumer (a
	// private seller: no legal conformity guarantee).
	Seller Party `json:"seller,omitempty"`
	// Condition is new, used or refurbished (second-hand).
	Condition Condition `json:"condition"`
	// Contract is the day the contract was concluded (the sale).
	Contract calendar.Date `json:"contract"`
	// Delivered is the day the buyer got physical possession (L216-1).
	Delivered calendar.Date `json:"delivered"`
	// Appeared is the day the defect appeared.
	Appeared calendar.Date `json:"appeared"`
	// Discovered is the day the buyer knew of the defect; Appeared when
	// zero.
	Discovered calendar.Date `json:"discovered,omitzero"`
	// Assessed is the day of the assessment; Appeared when zero.
	Assessed calendar.Date `json:"assessed,omitzero"`
	// Repairs are the repairs asked under the guarantees, in order; at
	// most 100.
	Repairs []Repair `json:"repairs,omitempty"`
	// Replacement is a replacement of the goods, if any.
	Replacement *Replacement `json:"replacement,omitempty"`
	// Refused is the day the seller refused to bring the goods into
	// conformity (L217-14 1°), if it did.
	Refused calendar.Date `json:"refused,omitzero"`
	// Minor is true when the seller shows the defect is minor: no
	// rescission (L217-14).
	Minor bool `json:"minor,omitempty"`
	// Resolution is the price reduction or rescission the buyer chose, if
	// any, for the refund deadline.
	Resolution *Resolution `json:"resolution,omitempty"`
	// CommercialMonths is the commercial warranty the seller gives; the
	// longer of it and the policy's counts. 0 (none) to 1200.
	CommercialMonths int `json:"commercial_months,omitempty"`
	// Category is the product category, for the listing duties at the
	// contract date; empty to skip them.
	Category string `json:"category,omitempty"`

	// The product facts below matter only under some markets' law; a
	// regime that needs one refuses a case without it, naming the field.

	// AgreedMonths is a shorter period the parties agreed for second-hand
	// goods (Directive 2019/771 art. 10(6)); 0 (none) to 1200. A regime
	// that forbids it, or a value below its floor, is refused.
	AgreedMonths int `json:"agreed_months,omitempty"`
	// LongLasting says whether the goods, or parts of them, are meant to
	// last considerably longer than usual (Norway, Iceland: 5 years).
	// Required (true or false) by a regime with LongLastingMonths.
	LongLasting *bool `json:"long_lasting,omitempty"`
	// LifespanMonths is the expected lifespan of the goods, for regimes
	// with no fixed period (Netherlands, Finland); 0 (not given) to 1200.
	LifespanMonths int `json:"lifespan_months,omitempty"`
	// Price is the price paid, VAT included, for a mandatory guarantee by
	// price band (Hungary).
	Price *money.Amount `json:"price,omitempty"`
	// ListedDurable is true when the goods are on the list of durable goods
	// a mandatory guarantee covers (Hungary, Gov. Decree 151/2003 annex).
	ListedDurable bool `json:"listed_durable,omitempty"`
	// Notified is the day the buyer notified the seller of the defect, for
	// a notice duty and a limitation counted from the notice.
	Notified calendar.Date `json:"notified,omitzero"`
	// Answered is the day the seller answered the buyer's first repair or
	// replacement request, for a statutory answer deadline (Poland).
	Answered calendar.Date `json:"answered,omitzero"`
}

// Repair is one request to repair the goods and its outcome.
type Repair struct {
	// Requested is the day the buyer asked for the repair (and made the
	// goods available).
	Requested calendar.Date `json:"requested"`
	// Returned is the day the goods came back; zero while the repair runs.
	Returned calendar.Date `json:"returned,omitzero"`
	// Failed is true when the defect persisted after the repair
	// (L217-14 4°).
	Failed bool `json:"failed,omitempty"`
}

// Replacement is the replacement of the goods.
type Replacement struct {
	// BuyerChoseRepair is true when the buyer asked for a repair and the
	// seller replaced the goods instead (L217-13: a new period).
	BuyerChoseRepair bool `json:"buyer_chose_repair"`
	// Requested is the day the buyer asked for the repair or replacement;
	// optional, used for the suspension while the goods are away.
	Requested calendar.Date `json:"requested,omitzero"`
	// Delivered is the day the replacement was delivered.
	Delivered calendar.Date `json:"delivered"`
}

// Remedy is a remedy the buyer may choose.
type Remedy string

// Remedies of the conformity guarantee (L217-8).
const (
	PriceReduction Remedy = "price_reduction"
	Rescission     Remedy = "rescission"
)

// Resolution is the price reduction or rescission the buyer chose.
type Resolution struct {
	// Remedy is price_reduction or rescission.
	Remedy Remedy `json:"remedy"`
	// Notified is the day the seller was informed of the buyer's choice.
	Notified calendar.Date `json:"notified"`
	// GoodsReturned is the day the seller received the goods back or proof
	// of their dispatch (rescission only); the refund runs from it.
	GoodsReturned calendar.Date `json:"goods_returned,omitzero"`
}

// DecodeCase reads a case from JSON strictly and validates it. Errors are
// *field.Error values naming the field under "case"
// ("case.repairs[0].returned: before requested").
func DecodeCase(data []byte) (Case, error) {
	var c Case
	if err := strictjson.Decode(data, &c); err != nil {
		return Case{}, strictjson.At("case", err)
	}
	return c, nil
}

// UnmarshalJSON decodes c strictly (see Case) and validates it.
func (c *Case) UnmarshalJSON(data []byte) error {
	type plain Case // no methods: strictjson decodes its fields
	var p plain
	if err := wellFormed(data); err != nil {
		return err
	}
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	v := Case(p)
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// UnmarshalJSON decodes r strictly and validates it on its own (the case
// checks it against the other repairs and the delivery).
func (r *Repair) UnmarshalJSON(data []byte) error {
	type plain Repair
	var p plain
	if err := wellFormed(data); err != nil {
		return err
	}
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	v := Repair(p)
	if err := v.validate(); err != nil {
		return err
	}
	*r = v
	return nil
}

// UnmarshalJSON decodes x strictly and validates it on its own.
func (x *Replacement) UnmarshalJSON(data []byte) error {
	type plain Replacement
	var p plain
	if err := wellFormed(data); err != nil {
		return err
	}
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	v := Replacement(p)
	if err := v.validate(); err != nil {
		return err
	}
	*x = v
	return nil
}

// UnmarshalJSON decodes x strictly and validates it on its own.
func (x *Resolution) UnmarshalJSON(data []byte) error {
	type plain Resolution
	var p plain
	if err := wellFormed(data); err != nil {
		return err
	}
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	v := Resolution(p)
	if err := v.validate(); err != nil {
		return err
	}
	*x = v
	return nil
}

// MaxCaseBytes is the largest case document DecodeCase and
// Case.UnmarshalJSON read (64 KiB: a case with 100 repairs is under 10 KiB).
const MaxCaseBytes = 64 << 10

// wellFormed refuses a document larger than MaxCaseBytes, one the JSON
// grammar forbids (numbers such as 01 or +1 included) and one that is not
// valid UTF-8, which encoding/json would silently replace.
func wellFormed(data []byte) error {
	if len(data) > MaxCaseBytes {
		return &field.Error{Err: fmt.Errorf("document of %d bytes, more than %d", len(data), MaxCaseBytes)}
	}
	if !utf8.Valid(data) {
		return &field.Error{Err: errors.New("invalid UTF-8")}
	}
	if !json.Valid(data) {
		var x any
		err := json.Unmarshal(data, &x)
		if err == nil {
			err = errors.New("invalid JSON")
		}
		return &field.Error{Err: err}
	}
	return nil
}

// checkDate refuses a date after maxYear, and a zero one when required.
func checkDate(path string, d calendar.Date, required bool) error {
	if d.IsZero() {
		if required {
			return strictjson.Errorf(path, "missing (YYYY-MM-DD)")
		}
		return nil
	}
	if d.Year() > maxYear {
		return strictjson.Errorf(path, "%s is after %d-12-31", d, maxYear)
	}
	return nil
}

// validate checks r on its own.
func (r Repair) validate() error {
	if err := checkDate("requested", r.Requested, true); err != nil {
		return err
	}
	if err := checkDate("returned", r.Returned, false); err != nil {
		return err
	}
	if !r.Returned.IsZero() && r.Returned.Before(r.Requested) {
		return strictjson.Errorf("returned", "before requested")
	}
	return nil
}

// validate checks x on its own.
func (x Replacement) validate() error {
	if err := checkDate("delivered", x.Delivered, true); err != nil {
		return err
	}
	if err := checkDate("requested", x.Requested, false); err != nil {
		return err
	}
	if !x.Requested.IsZero() && x.Delivered.Before(x.Requested) {
		return strictjson.Errorf("delivered", "before requested")
	}
	return nil
}

// validate checks x on its own.
func (x Resolution) validate() error {
	switch x.Remedy {
	case PriceReduction, Rescission:
	case "":
		return strictjson.Errorf("remedy", "missing (want price_reduction or rescission)")
	default:
		return strictjson.Errorf("remedy", "unknown remedy %q (want price_reduction or rescission)", x.Remedy)
	}
	if err := checkDate("notified", x.Notified, true); err != nil {
		return err
	}
	if err := checkDate("goods_returned", x.GoodsReturned, false); err != nil {
		return err
	}
	if !x.GoodsReturned.IsZero() {
		if x.Remedy != Rescission {
			return strictjson.Errorf("goods_returned", "only for a rescission")
		}
		if x.GoodsReturned.Before(x.Notified) {
			return strictjson.Errorf("goods_returned", "before notified")
		}
	}
	return nil
}

// Validate reports the first problem in c with its field path: a missing
// date, an unknown buyer or condition, a delivery before the contract, a
// repair returned before it was requested, a number or a date outside its
// range.
func (c Case) Validate() error {
	switch c.Buyer {
	case "", Consumer, Professional:
	default:
		return strictjson.Errorf("buyer", "unknown buyer %q (want consumer or professional)", c.Buyer)
	}
	switch c.Seller {
	case "", Consumer, Professional:
	default:
		return strictjson.Errorf("seller", "unknown seller %q (want professional or consumer)", c.Seller)
	}
	switch c.Condition {
	case NewGoods, Used, Refurbished:
	case "":
		return strictjson.Errorf("condition", "missing (want new, used or refurbished)")
	default:
		return strictjson.Errorf("condition", "unknown condition %q (want new, used or refurbished)", c.Condition)
	}
	for _, f := range []struct {
		name     string
		d        calendar.Date
		required bool
	}{
		{"contract", c.Contract, true}, {"delivered", c.Delivered, true}, {"appeared", c.Appeared, true},
		{"discovered", c.Discovered, false}, {"assessed", c.Assessed, false}, {"refused", c.Refused, false},
		{"notified", c.Notified, false}, {"answered", c.Answered, false},
	} {
		if err := checkDate(f.name, f.d, f.required); err != nil {
			return err
		}
	}
	if c.Delivered.Before(c.Contract) {
		return strictjson.Errorf("delivered", "before contract")
	}
	if c.Appeared.Before(c.Delivered) {
		return strictjson.Errorf("appeared", "before delivered")
	}
	if !c.Discovered.IsZero() && c.Discovered.Before(c.Appeared) {
		return strictjson.Errorf("discovered", "before appeared")
	}
	if !c.Assessed.IsZero() && c.Assessed.Before(c.Appeared) {
		return strictjson.Errorf("assessed", "before appeared")
	}
	if !c.Refused.IsZero() && c.Refused.Before(c.Delivered) {
		return strictjson.Errorf("refused", "before delivered")
	}
	if err := inRange("commercial_months", c.CommercialMonths, 0, maxMonths); err != nil {
		return err
	}
	if err := inRange("agreed_months", c.AgreedMonths, 0, maxMonths); err != nil {
		return err
	}
	if c.AgreedMonths > 0 && !c.Condition.secondHand() {
		return strictjson.Errorf("agreed_months", "only for second-hand goods (condition is %s)", c.Condition)
	}
	if err := inRange("lifespan_months", c.LifespanMonths, 0, maxMonths); err != nil {
		return err
	}
	if c.Price != nil {
		if c.Price.Currency().IsZero() {
			return strictjson.Errorf("price.currency", "missing")
		}
		if c.Price.Decimal().Sign() < 0 {
			return strictjson.Errorf("price.amount", "negative")
		}
	}
	if !c.Notified.IsZero() && c.Notified.Before(c.Appeared) {
		return strictjson.Errorf("notified", "before appeared")
	}
	if !c.Answered.IsZero() && c.Answered.Before(c.Delivered) {
		return strictjson.Errorf("answered", "before delivered")
	}
	if len(c.Repairs) > maxRepairs {
		return strictjson.Errorf("repairs", "%d repairs, more than %d", len(c.Repairs), maxRepairs)
	}
	for i, r := range c.Repairs {
		p := strictjson.Index("repairs", i)
		if err := r.validate(); err != nil {
			return strictjson.At(p, err)
		}
		if r.Requested.Before(c.Delivered) {
			return strictjson.Errorf(p+".requested", "before delivered")
		}
		if i > 0 {
			prev := c.Repairs[i-1]
			if prev.Returned.IsZero() {
				return strictjson.Errorf(p, "follows %s, which has no returned date", strictjson.Index("repairs", i-1))
			}
			if r.Requested.Before(prev.Returned) {
				return strictjson.Errorf(p+".requested", "before %s.returned", strictjson.Index("repairs", i-1))
			}
		}
	}
	if x := c.Replacement; x != nil {
		if err := x.validate(); err != nil {
			return strictjson.At("replacement", err)
		}
		if x.Delivered.Before(c.Delivered) {
			return strictjson.Errorf("replacement.delivered", "before delivered")
		}
		if !x.Requested.IsZero() && x.Requested.Before(c.Delivered) {
			return strictjson.Errorf("replacement.requested", "before delivered")
		}
	}
	if x := c.Resolution; x != nil {
		if err := x.validate(); err != nil {
			return strictjson.At("resolution", err)
		}
		if x.Notified.Before(c.Delivered) {
			return strictjson.Errorf("resolution.notified", "before delivered")
		}
	}
	return nil
}

// String returns a short description of c for logs.
func (c Case) String() string {
	return fmt.Sprintf("%s %s goods, contract %s, delivered %s, defect %s", c.buyer(), c.Condition, c.Contract, c.Delivered, c.Appeared)
}

func (c Case) buyer() Party {
	if c.Buyer == "" {
		return Consumer
	}
	return c.Buyer
}

func (c Case) seller() Party {
	if c.Seller == "" {
		return Professional
	}
	return c.Seller
}

func (c Case) discovered() calendar.Date {
	if c.Discovered.IsZero() {
		return c.Appeared
	}
	return c.Discovered
}

func (c Case) assessed() calendar.Date {
	if c.Assessed.IsZero() {
		return c.Appeared
	}
	return c.Assessed
}
