package refund

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Reason is why a refund is requested.
type Reason string

// Reasons for a refund.
const (
	// Withdrawal is the buyer's right of withdrawal (C. consom. L221-18).
	Withdrawal Reason = "withdrawal"
	// Conformity is a claim under a guarantee (legal conformity
	// guarantee, hidden defects, commercial warranty) ending in a refund.
	Conformity Reason = "conformity"
	// NonDelivery is the termination of the sale because the goods were
	// not delivered (C. consom. L216-6, L216-7).
	NonDelivery Reason = "non-delivery"
)

// Reasons returns the known reasons.
func Reasons() []Reason { return []Reason{Withdrawal, Conformity, NonDelivery} }

// ParseReason returns the reason called s.
func ParseReason(s string) (Reason, error) {
	switch Reason(s) {
	case Withdrawal, Conformity, NonDelivery:
		return Reason(s), nil
	}
	return "", fmt.Errorf("unknown reason %q (want withdrawal, conformity or non-delivery)", s)
}

// Buyer is who bought: a consumer or a professional.
type Buyer string

// Buyers.
const (
	// Consumer is a natural person buying outside any trade (the default).
	Consumer Buyer = "consumer"
	// Professional is a buyer acting for a trade or business.
	Professional Buyer = "professional"
)

// ParseBuyer returns the buyer kind called s; "" is Consumer.
func ParseBuyer(s string) (Buyer, error) {
	switch s {
	case "", string(Consumer):
		return Consumer, nil
	case string(Professional):
		return Professional, nil
	}
	return "", fmt.Errorf("unknown buyer %q (want consumer or professional)", s)
}

// Exclusion is a kind of goods for which C. consom. L221-28 gives no right
// of withdrawal. It is a flag of an order line (or, for a window, of the
// goods asked about).
type Exclusion string

// The exclusions of L221-28 that concern goods, by paragraph.
const (
	MarketPrice     Exclusion = "market_price"     // 2°: price depends on financial markets
	Personalised    Exclusion = "personalised"     // 3°: made to specification or clearly personalised
	Perishable      Exclusion = "perishable"       // 4°: liable to deteriorate or expire rapidly
	HygieneUnsealed Exclusion = "hygiene_unsealed" // 5°: unsealed, not returnable for hygiene or health reasons
	Mixed           Exclusion = "mixed"            // 6°: inseparably mixed with other items
	Alcohol         Exclusion = "alcohol"          // 7°: alcohol delivered after 30 days, market value
	UrgentRepair    Exclusion = "urgent_repair"    // 8°: urgent repair at home at the buyer's request
	MediaUnsealed   Exclusion = "media_unsealed"   // 9°: audio, video or software unsealed
	Newspaper       Exclusion = "newspaper"        // 10°: newspapers and magazines (not subscriptions)
	Auction         Exclusion = "auction"          // 11°: bought at a public auction
)

// exclusionInfo returns the paragraph of L221-28 and a description of e.
func exclusionInfo(e Exclusion) (para, what string, ok bool) {
	switch e {
	case MarketPrice:
		return "2°", "price depending on financial-market fluctuations", true
	case Personalised:
		return "3°", "goods made to the buyer's specifications or clearly personalised", true
	case Perishable:
		return "4°", "goods liable to deteriorate or expire rapidly", true
	case HygieneUnsealed:
		return "5°", "sealed goods unsealed after delivery, not returnable for hygiene or health reasons", true
	case Mixed:
		return "6°", "goods inseparably mixed with other items after delivery", true
	case Alcohol:
		return "7°", "alcoholic beverages whose value depends on the market", true
	case UrgentRepair:
		return "8°", "urgent repair or maintenance requested at home", true
	case MediaUnsealed:
		return "9°", "sealed audio or video recordings or software unsealed after delivery", true
	case Newspaper:
		return "10°", "newspaper, periodical or magazine", true
	case Auction:
		return "11°", "bought at a public auction", true
	}
	return "", "", false
}

// Exclusions returns the known exclusions in the order of L221-28.
func Exclusions() []Exclusion {
	return []Exclusion{MarketPrice, Personalised, Perishable, HygieneUnsealed, Mixed, Alcohol, UrgentRepair, MediaUnsealed, Newspaper, Auction}
}

// ParseExclusion returns the exclusion called s.
func ParseExclusion(s string) (Exclusion, error) {
	if _, _, ok := exclusionInfo(Exclusion(s)); ok {
		return Exclusion(s), nil
	}
	names := make([]string, 0, 10)
	for _, e := range Exclusions() {
		names = append(names, string(e))
	}
	return "", fmt.Errorf("unknown exclusion %q (want one of %s)", s, strings.Join(names, ", "))
}

// Split says how the delivery paid for an order is refunded when only part
// of the order is returned. When the whole order is returned the delivery
// is refunded in full whatever the split.
type Split string

// Splits of the delivery on partial returns.
const (
	// SplitNone refunds no delivery on a partial return.
	SplitNone Split = "none"
	// SplitProRata refunds the delivery in proportion to the value of the
	// returned goods in the order, split by largest remainder.
	SplitProRata Split = "pro_rata"
	// SplitFull refunds the whole delivery on any return.
	SplitFull Split = "full"
)

// Scale is the late-refund surcharge scale applied when the refund is paid
// after its deadline.
type Scale string

// Late-refund surcharge scales.
const (
	// ScaleNone applies no surcharge.
	ScaleNone Scale = "none"
	// ScaleL2424 is C. consom. L242-4 (withdrawal): legal interest up to 10
	// days late, then 5 %, 10 %, 20 %, 50 %, then 5 more points per further
	// month, capped at the price of the goods, then legal interest.
	ScaleL2424 Scale = "L242-4"
	// ScaleL2414 is C. consom. L241-4 (non-delivery, L216-7): 10 % up to
	// 14 days late, 20 % up to 30 days, 50 % beyond.
	ScaleL2414 Scale = "L241-4"
	// ScaleDouble: when the refund is late the buyer may claim double the
	// sum due (Spain, TRLGDCU art. 76 for a withdrawal; Portugal, DL
	// 24/2014 art. 12(6)): the surcharge is the sum due once more, whatever
	// the delay. Damages beyond it are not computed.
	ScaleDouble Scale = "double"
)

// Rules is the refund section of a policy: who may withdraw and for how
// long, and for each reason which components are refunded, by when, and
// which late-refund surcharge applies.
//
// The zero Rules means "no rule": no withdrawal right and no refund rule
// for any reason (Engine.Window and Engine.Quote then return errors
// matching explain.ErrNoRule); it never means an implicit statute. A zero
// WithdrawalRules or a zero Components likewise means "no such rule"; a
// non-zero one must be complete and within the bounds Validate documents.
// Rules is plain data that round-trips through JSON; it holds no slices or
// maps, so a copy shares no memory with the original. It is safe for
// concurrent use as long as nobody writes to it.
type Rules struct {
	// Withdrawal is the withdrawal right.
	Withdrawal WithdrawalRules `json:"withdrawal"`
	// OnWithdrawal, OnConformity and OnNonDelivery say what a refund for
	// each reason contains.
	OnWithdrawal  Components `json:"on_withdrawal"`
	OnConformity  Components `json:"on_conformity"`
	OnNonDelivery Components `json:"on_non_delivery"`
	// Settlement says how a refund moves the seller's payout and the
	// platform's commission; the zero value computes no settlement.
	Settlement Settlement `json:"settlement,omitzero"`
	// InterestRates adds half-years to the legal interest table after its
	// last one (see WithInterestRates for the rules); the zero RateTable
	// adds none.
	InterestRates RateTable `json:"interest_rates,omitzero"`
}

// Commission refunds: what the platform gives back of its commission when
// a sale is refunded.
const (
	CommissionNone     = "none"               // keeps it all
	CommissionFull     = "full"               // gives it all back
	CommissionProRata  = "pro_rata"           // gives back the refunded goods' share
	CommissionMinusFee = "pro_rata_minus_fee" // pro rata, minus a refund fee (a percentage of it, capped)
)

// Settlement is the marketplace settlement of a refund: the seller's
// payout loses the refund, the platform gives back some of its
// commission, and when the platform took the case over someone bears the
// refund. The zero Settlement computes none. It is comparable plain data.
type Settlement struct {
	// Commission is "none", "full", "pro_rata" or "pro_rata_minus_fee".
	Commission string `json:"commission"`
	// FeePercent is the refund fee in percent of the commission given
	// back, 0 to 100 ("pro_rata_minus_fee" only).
	FeePercent int `json:"fee_percent,omitempty"`
	// FeeCap caps the refund fee, a decimal amount in the case currency
	// ("5.00"); "" for no cap.
	FeeCap string `json:"fee_cap,omitempty"`
	// TakeoverBearer is who bears the refund when the platform took the
	// case over: "" or "seller" (Swapiphone charges the seller), or
	// "platform".
	TakeoverBearer string `json:"takeover_bearer,omitempty"`
	// Basis cites the clause (required, same bounds as Components.Basis).
	Basis string `json:"basis"`
}

// IsZero reports whether s computes no settlement.
func (s Settlement) IsZero() bool { return s == Settlement{} }

// WithdrawalRules is the withdrawal right of a policy.
type WithdrawalRules struct {
	// Days is the length of the period in calendar days (14 by law), from
	// 1 to 3650, counted from the day after receipt; a last day on a
	// Saturday, Sunday or holiday moves to the next working day.
	Days int `json:"days"`
	// Professionals extends the right to professional buyers; consumers
	// always have it.
	Professionals bool `json:"professionals"`
	// NotInformedMonths is the extension in months, from 0 to 120, when
	// the buyer was not told of the right (12 by L221-20), counted from the
	// end of the normal period.
	NotInformedMonths int `json:"not_informed_months"`
	// InformedLateDays is the period in calendar days, from 0 to 3650,
	// that runs when the buyer is told of the right during the extension
	// (14 by L221-20).
	InformedLateDays int `json:"informed_late_days"`
	// Basis cites the rule ("C. consom. L221-18" or a charter clause):
	// required, valid UTF-8, at most 200 bytes.
	Basis string `json:"basis"`
	// PeriodBasis cites the rule of the period's last day ("BGB §193",
	// "Reg. (EEC, Euratom) 1182/71 art. 3(4)"); "L221-19" (French law)
	// when empty. Same bounds as Basis when set.
	PeriodBasis string `json:"period_basis,omitempty"`
}

// Components says which components a refund for one reason contains and
// how it is timed.
type Components struct {
	// Parts refunds the price of the returned goods.
	Parts bool `json:"parts"`
	// Delivery refunds the standard delivery paid.
	Delivery bool `json:"delivery"`
	// DeliverySurcharge refunds what the buyer paid above the standard
	// delivery for a dearer mode.
	DeliverySurcharge bool `json:"delivery_surcharge"`
	// ReturnShipping refunds the buyer's cost of sending the goods back.
	ReturnShipping bool `json:"return_shipping"`
	// Deduction lets the seller deduct depreciation caused by handling
	// beyond what is needed to try the goods (L221-23).
	Deduction bool `json:"deduction"`
	// PartialDelivery says how delivery is refunded on a partial return:
	// "none", "pro_rata" or "full".
	PartialDelivery Split `json:"partial_delivery"`
	// DeadlineDays is the refund deadline in calendar days, from 1 to
	// 3650, after the seller learned of the request (14 by L221-24 and
	// L216-7).
	DeadlineDays int `json:"deadline_days"`
	// DeferUntilReturn lets the seller defer the refund until it has the
	// goods back or the buyer's proof of shipment, whichever comes first
	// (L221-24).
	DeferUntilReturn bool `json:"defer_until_return"`
	// LateSurcharge is the scale applied when the refund is late:
	// "none", "L242-4", "L241-4" or "double".
	LateSurcharge Scale `json:"late_surcharge"`
	// LateBasis cites the rule of the surcharge when it is not the French
	// article the scale is named after ("TRLGDCU art. 76"); same bounds as
	// Basis when set.
	LateBasis string `json:"late_basis,omitempty"`
	// Basis cites the rule for the components ("C. consom. L221-24" or a
	// charter clause): required, valid UTF-8, at most 200 bytes.
	Basis string `json:"basis"`
	// DeadlineBasis cites the rule for the deadline (same bounds as
	// Basis).
	DeadlineBasis string `json:"deadline_basis"`

	// The settings below were added for marketplace orders; each zero
	// value is the behaviour before them.

	// DeadlineFrom says what the refund deadline counts from: "" or
	// "informed" (the day the seller learned of the request, L221-24,
	// L216-7), or "return" (the day the seller got the goods back or a
	// proof of their dispatch, whichever came first: L217-17 after a
	// rescission, as package warranty counts it). With "return" and
	// neither date known, the refund is deferred.
	DeadlineFrom string `json:"deadline_from,omitempty"`
	// DeadlineRoll moves a refund deadline that ends on a Saturday,
	// Sunday or holiday of the calendar to the next working day. Off by
	// default: the articles count calendar days and state no roll for the
	// refund (CRD recital 41 points to Reg. 1182/71, which would roll: a
	// policy may choose it).
	DeadlineRoll bool `json:"deadline_roll,omitempty"`
	// LateProfessionals extends the late surcharge to professional
	// buyers. Off by default: L242-4 and L241-4 protect consumers; a
	// platform may extend them explicitly.
	LateProfessionals bool `json:"late_professionals,omitempty"`
	// UnknownRate says what happens when legal interest is needed for a
	// day after the last half-year of the rate table: "" or "last" uses
	// the last known rate and flags the quote (rate_unknown); "refuse"
	// refuses the quote, naming the field "refunded".
	UnknownRate string `json:"unknown_rate,omitempty"`
	// PrivateSellers applies these components, deadline and surcharge
	// included, to sales by private sellers too (a platform commitment).
	// Off by default: a consumer selling privately owes no statutory
	// withdrawal, refund deadline or late surcharge.
	PrivateSellers bool `json:"private_sellers,omitempty"`
	// CouponMinimum says what a partial return does to a coupon whose
	// minimum order value the goods kept no longer reach: "" or "keep"
	// (the buyer keeps the discount: the refund is what was actually paid
	// for the returned goods, CRD art. 13 / L221-24 refund the payments
	// received), or "revoke" (the coupon's share on the kept goods is
	// taken back from the refund, never below zero; needs CouponBasis).
	CouponMinimum string `json:"coupon_minimum,omitempty"`
	// CouponBasis cites the clause that revokes a coupon (required with
	// "revoke"; same bounds as Basis).
	CouponBasis string `json:"coupon_basis,omitempty"`
	// PaymentOrder is the order in which the refund goes back to the
	// means of payment: "" splits it pro rata to what each means paid;
	// otherwise a comma-separated list of means ("card,gift_card,voucher")
	// filled in that order up to what each paid (means not listed come
	// after, in the case's order; earlier refunds are taken first in the
	// same order). Whatever the order, a refund goes back to the means
	// the buyer paid with unless he agreed otherwise (refund_to).
	PaymentOrder string `json:"payment_order,omitempty"`
	// FreeShippingCharge charges the buyer the price of a delivery that was
	// free because the order reached a threshold, when a partial return
	// takes the goods kept below it (never more than the refund). Off by
	// default: a partial return never makes the buyer pay for a delivery
	// he did not pay for. Needs FreeShippingBasis.
	FreeShippingCharge bool `json:"free_shipping_charge,omitempty"`
	// FreeShippingBasis cites the clause that charges it (required with
	// FreeShippingCharge; same bounds as Basis).
	FreeShippingBasis string `json:"free_shipping_basis,omitempty"`
}

// Bounds of the numbers in Rules (inclusive), enforced by Validate.
const (
	MaxWithdrawalDays    = 3650 // withdrawal.days, informed_late_days
	MaxNotInformedMonths = 120  // withdrawal.not_informed_months
	MaxDeadlineDays      = 3650 // on_*.deadline_days
	MaxBasisLen          = 200  // bytes of every basis citation
)

// IsZero reports whether w is the zero WithdrawalRules: no withdrawal right.
func (w WithdrawalRules) IsZero() bool { return w == WithdrawalRules{} }

// IsZero reports whether c is the zero Components: no refund rule.
func (c Components) IsZero() bool { return c == Components{} }

// For returns the components for reason r. A reason whose Components are
// zero has no rule: the error matches explain.ErrNoRule.
func (r Rules) For(reason Reason) (Components, error) {
	var c Components
	switch reason {
	case Withdrawal:
		c = r.OnWithdrawal
	case Conformity:
		c = r.OnConformity
	case NonDelivery:
		c = r.OnNonDelivery
	default:
		_, err := ParseReason(string(reason))
		return Components{}, err
	}
	if c.IsZero() {
		return Components{}, fmt.Errorf("no refund rule for %s: %w", reason, explain.ErrNoRule)
	}
	return c, nil
}

// Validate reports the first problem in r with its field path
// ("on_withdrawal.deadline_days: must be from 1 to 3650"). A zero
// section (no rule) is valid; a non-zero one must be complete: numbers
// within the bounds documented on each field, known splits and scales,
// and basis citations that are non-blank valid UTF-8 of at most
// MaxBasisLen bytes.
func (r Rules) Validate() error {
	if w := r.Withdrawal; !w.IsZero() {
		switch {
		case w.Days < 1 || w.Days > MaxWithdrawalDays:
			return strictjson.Errorf("withdrawal.days", "%d is out of range (want 1 to %d)", w.Days, MaxWithdrawalDays)
		case w.NotInformedMonths < 0 || w.NotInformedMonths > MaxNotInformedMonths:
			return strictjson.Errorf("withdrawal.not_informed_months", "%d is out of range (want 0 to %d)", w.NotInformedMonths, MaxNotInformedMonths)
		case w.InformedLateDays < 0 || w.InformedLateDays > MaxWithdrawalDays:
			return strictjson.Errorf("withdrawal.informed_late_days", "%d is out of range (want 0 to %d)", w.InformedLateDays, MaxWithdrawalDays)
		}
		if err := checkBasis("withdrawal.basis", w.Basis); err != nil {
			return err
		}
		if w.PeriodBasis != "" {
			if err := checkBasis("withdrawal.period_basis", w.PeriodBasis); err != nil {
				return err
			}
		}
	}
	for _, x := range []struct {
		path string
		c    Components
	}{{"on_withdrawal", r.OnWithdrawal}, {"on_conformity", r.OnConformity}, {"on_non_delivery", r.OnNonDelivery}} {
		if x.c.IsZero() {
			continue
		}
		if err := x.c.validate(); err != nil {
			return strictjson.At(x.path, err)
		}
	}
	if !r.InterestRates.IsZero() {
		n := len(r.InterestRates.Rates())
		for i := n; i < len(r.InterestRates); i++ {
			if r.InterestRates[i] != (Rate{}) {
				return strictjson.Errorf(strictjson.Index("interest_rates", n), "an empty rate before interest_rates[%d]", i)
			}
		}
		e := &engine{rates: LegalInterestRates()}
		if err := WithInterestRates(r.InterestRates.Rates()...)(e); err != nil {
			return err
		}
	}
	if s := r.Settlement; !s.IsZero() {
		switch s.Commission {
		case CommissionNone, CommissionFull, CommissionProRata, CommissionMinusFee:
		default:
			return strictjson.Errorf("settlement.commission", "unknown commission refund %q (want none, full, pro_rata or pro_rata_minus_fee)", s.Commission)
		}
		if s.FeePercent < 0 || s.FeePercent > 100 {
			return strictjson.Errorf("settlement.fee_percent", "%d is out of range (want 0 to 100)", s.FeePercent)
		}
		if s.FeePercent != 0 && s.Commission != CommissionMinusFee {
			return strictjson.Errorf("settlement.fee_percent", "only with pro_rata_minus_fee")
		}
		if s.FeeCap != "" {
			if s.Commission != CommissionMinusFee {
				return strictjson.Errorf("settlement.fee_cap", "only with pro_rata_minus_fee")
			}
			if !plainDecimal(s.FeeCap) || s.FeeCap[0] == '-' {
				return strictjson.Errorf("settlement.fee_cap", "%q is not a decimal amount such as \"5.00\"", clip(s.FeeCap))
			}
		}
		switch s.TakeoverBearer {
		case "", "seller", "platform":
		default:
			return strictjson.Errorf("settlement.takeover_bearer", "unknown bearer %q (want seller or platform)", s.TakeoverBearer)
		}
		if err := checkBasis("settlement.basis", s.Basis); err != nil {
			return err
		}
	}
	return nil
}

// checkBasis checks a citation: non-blank, valid UTF-8, at most
// MaxBasisLen bytes.
func checkBasis(path, s string) error {
	switch {
	case !utf8.ValidString(s):
		return strictjson.Errorf(path, "invalid UTF-8")
	case strings.TrimSpace(s) == "":
		return strictjson.Errorf(path, "missing")
	case len(s) > MaxBasisLen:
		return strictjson.Errorf(path, "%d bytes is too long (at most %d)", len(s), MaxBasisLen)
	}
	return nil
}

func (c Components) validate() error {
	switch c.PartialDelivery {
	case SplitNone, SplitProRata, SplitFull:
	default:
		return strictjson.Errorf("partial_delivery", "unknown split %q (want none, pro_rata or full)", c.PartialDelivery)
	}
	if c.DeadlineDays < 1 || c.DeadlineDays > MaxDeadlineDays {
		return strictjson.Errorf("deadline_days", "%d is out of range (want 1 to %d)", c.DeadlineDays, MaxDeadlineDays)
	}
	switch c.LateSurcharge {
	case ScaleNone, ScaleL2424, ScaleL2414, ScaleDouble:
	default:
		return strictjson.Errorf("late_surcharge", "unknown scale %q (want none, L242-4, L241-4 or double)", c.LateSurcharge)
	}
	if c.LateBasis != "" {
		if err := checkBasis("late_basis", c.LateBasis); err != nil {
			return err
		}
	}
	if err := checkBasis("basis", c.Basis); err != nil {
		return err
	}
	switch c.DeadlineFrom {
	case "", "informed", "return":
	default:
		return strictjson.Errorf("deadline_from", "unknown start %q (want informed or return)", c.DeadlineFrom)
	}
	switch c.UnknownRate {
	case "", "last", "refuse":
	default:
		return strictjson.Errorf("unknown_rate", "unknown choice %q (want last or refuse)", c.UnknownRate)
	}
	switch c.CouponMinimum {
	case "", "keep":
		if c.CouponBasis != "" {
			return strictjson.Errorf("coupon_basis", "only with coupon_minimum revoke")
		}
	case "revoke":
		if err := checkBasis("coupon_basis", c.CouponBasis); err != nil {
			return err
		}
	default:
		return strictjson.Errorf("coupon_minimum", "unknown choice %q (want keep or revoke)", c.CouponMinimum)
	}
	if c.FreeShippingCharge {
		if err := checkBasis("free_shipping_basis", c.FreeShippingBasis); err != nil {
			return err
		}
	} else if c.FreeShippingBasis != "" {
		return strictjson.Errorf("free_shipping_basis", "only with free_shipping_charge")
	}
	if _, err := paymentOrder(c.PaymentOrder); err != nil {
		return strictjson.At("payment_order", err)
	}
	return checkBasis("deadline_basis", c.DeadlineBasis)
}

// paymentOrder parses a payment order: the rank of each means (lower
// first), 0 for means not listed. "" is the pro rata split (nil).
func paymentOrder(s string) (map[Means]int, error) {
	if s == "" {
		return nil, nil
	}
	if len(s) > MaxBasisLen {
		return nil, fmt.Errorf("%d bytes is too long (at most %d)", len(s), MaxBasisLen)
	}
	out := map[Means]int{}
	for i, x := range strings.Split(s, ",") {
		m, err := ParseMeans(strings.TrimSpace(x))
		if err != nil {
			return nil, err
		}
		if _, dup := out[m]; dup {
			return nil, fmt.Errorf("%s is listed twice", m)
		}
		out[m] = i + 1
	}
	return out, nil
}

// clone returns a copy of r that shares no memory with it. Rules holds
// only values (no slices, maps or pointers), so the copy is a plain
// assignment; TestRulesHoldNoReferences fails if a field ever changes that.
func (r Rules) clone() Rules { return r }
