package refund

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// This file holds the marketplace parts of a case: discounts and coupons,
// VAT rates, shipments, means of payment, instalments of the refund, the
// seller, the platform's commission and the return leg. Every one of them
// is optional; a case without them is answered exactly as before.

// VATRate is a VAT rate in hundredths of a percent (2000 is 20 %, 550 is
// 5.5 %, 2550 is 25.5 %), from 0 to MaxVATRate. The zero VATRate is "no
// rate given" (a rate of 0 % is ParseVATRate("0")). Its JSON form is a
// decimal string of percent ("20", "5.5"). It is a comparable value, safe
// for concurrent use.
type VATRate struct {
	bp  int32
	set bool
}

// MaxVATRate is the largest VAT rate accepted, in hundredths of a percent
// (the highest standard rate in the EU is 27 %).
const MaxVATRate = 5000

// ParseVATRate reads a rate in percent with at most two decimals ("20",
// "5.5", "0"), from 0 to 50.
func ParseVATRate(s string) (VATRate, error) {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" || len(whole) > 3 || (dot && (frac == "" || len(frac) > 2)) || !allDigits(whole) || !allDigits(frac) {
		return VATRate{}, fmt.Errorf("%q is not a VAT rate in percent such as \"20\" or \"5.5\" (at most two decimals)", clip(s))
	}
	w, _ := strconv.Atoi(whole)
	f := 0
	if frac != "" {
		f, _ = strconv.Atoi(frac)
		if len(frac) == 1 {
			f *= 10
		}
	}
	bp := w*100 + f
	if bp > MaxVATRate {
		return VATRate{}, fmt.Errorf("%s %% is out of range (want 0 to %d %%)", s, MaxVATRate/100)
	}
	return VATRate{bp: int32(bp), set: true}, nil
}

// MustVATRate is ParseVATRate for literals; it panics on a bad rate.
func MustVATRate(s string) VATRate {
	r, err := ParseVATRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Equal reports whether r and s are the same rate (both unset, or equal).
func (r VATRate) Equal(s VATRate) bool { return r == s }

// IsZero reports whether no rate is given.
func (r VATRate) IsZero() bool { return !r.set }

// BasisPoints returns the rate in hundredths of a percent.
func (r VATRate) BasisPoints() int { return int(r.bp) }

// String writes the rate in percent ("20", "5.5"), "" when none.
func (r VATRate) String() string {
	if !r.set {
		return ""
	}
	s := strconv.Itoa(int(r.bp) / 100)
	switch f := int(r.bp) % 100; {
	case f == 0:
	case f%10 == 0:
		s += "." + strconv.Itoa(f/10)
	default:
		s += fmt.Sprintf(".%02d", f)
	}
	return s
}

// MarshalText writes the rate in percent.
func (r VATRate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a rate in percent.
func (r *VATRate) UnmarshalText(b []byte) error {
	v, err := ParseVATRate(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Means is a means of payment.
type Means string

// Means of payment.
const (
	Card           Means = "card"            // payment card
	BankTransfer   Means = "bank_transfer"   // bank transfer or direct debit
	Wallet         Means = "wallet"          // e-wallet (PayPal and the like)
	GiftCard       Means = "gift_card"       // gift card bought with money
	Voucher        Means = "voucher"         // voucher issued by the seller or the platform
	PlatformCredit Means = "platform_credit" // credit held on the buyer's platform account
)

// MeansList returns the known means of payment.
func MeansList() []Means {
	return []Means{Card, BankTransfer, Wallet, GiftCard, Voucher, PlatformCredit}
}

// ParseMeans returns the means called s.
func ParseMeans(s string) (Means, error) {
	switch m := Means(s); m {
	case Card, BankTransfer, Wallet, GiftCard, Voucher, PlatformCredit:
		return m, nil
	}
	return "", fmt.Errorf("unknown means of payment %q (want card, bank_transfer, wallet, gift_card, voucher or platform_credit)", clip(s))
}

// Seller is who sold the goods: a trader (the default) or a consumer
// selling privately on a marketplace.
type Seller string

// Sellers.
const (
	// Trader is a professional seller (the zero value "" counts as one).
	Trader Seller = "trader"
	// PrivateSeller is a consumer selling privately: consumer law gives
	// the buyer no withdrawal right, refund deadline or late surcharge
	// against him; only the platform's own commitments apply.
	PrivateSeller Seller = "consumer"
)

// ParseSeller returns the seller kind called s; "" is Trader.
func ParseSeller(s string) (Seller, error) {
	switch s {
	case "", string(Trader):
		return Trader, nil
	case string(PrivateSeller):
		return PrivateSeller, nil
	}
	return "", fmt.Errorf("unknown seller %q (want trader or consumer)", clip(s))
}

// Discount is an order-level coupon or discount: its amount is allocated
// to the order's lines by their value after line discounts (largest
// remainder, never a cent lost).
type Discount struct {
	// ID names the coupon ("WELCOME10"): valid UTF-8, at most MaxTextLen
	// bytes; optional.
	ID string
	// Amount is the discount granted, positive, at most the order's goods
	// after line discounts and earlier coupons.
	Amount money.Amount
	// MinOrder is the coupon's minimum order value, zero when none. When a
	// partial return takes the goods kept below it, Components.CouponMinimum
	// says what happens.
	MinOrder money.Amount
}

// Shipment is one delivery of an order: its lines point to it by ID.
type Shipment struct {
	// ID names the shipment; required, unique in the case.
	ID string
	// Delivered is the day it was received (required for withdrawal and
	// conformity).
	Delivered calendar.Date
	// Standard is the standard delivery price paid for it.
	Standard money.Amount
	// Surcharge is what the buyer paid above the standard delivery for a
	// dearer mode.
	Surcharge money.Amount
}

// Payment is what the buyer paid by one means.
type Payment struct {
	// Means is the means of payment.
	Means Means
	// Amount is the amount paid by it, positive.
	Amount money.Amount
}

// Instalment is one payment of the refund: the refund paid in parts on
// several days.
type Instalment struct {
	// Date is the day the part was refunded.
	Date calendar.Date
	// Amount is the part refunded, positive.
	Amount money.Amount
}

// Bounds of the marketplace parts of a Case.
const (
	MaxDiscounts   = 100  // Case.Discounts
	MaxShipments   = 1000 // Case.Shipments
	MaxPayments    = 20   // Case.Payments
	MaxInstalments = 100  // Case.Instalments
)

// marketplace reports whether c uses any marketplace part that changes the
// arithmetic (then the quote runs on the order core).
func (c *Case) marketplace() bool {
	if len(c.Discounts) > 0 || len(c.Shipments) > 0 || len(c.Payments) > 0 || len(c.Instalments) > 0 || !c.Commission.IsZero() || !c.FreeShipping.IsZero() {
		return true
	}
	for i := range c.Lines {
		if !c.Lines[i].Discount.IsZero() || !c.Lines[i].VATRate.IsZero() || c.Lines[i].Shipment != "" {
			return true
		}
	}
	return false
}

// checkOrder validates the marketplace parts of a normalised case: every
// amount in the case currency, line discounts not above the line's price,
// VAT rates on every line or none, shipments with lines and lines with a
// known shipment, payments and instalments positive, dates in order. The
// order's goods must total at most MaxAmount units (the order core computes
// in int64 minor units). Amounts are normalised to the case currency.
//
// zero is the zero amount in the case currency; ar, when not nil, is the
// arena of the quote being built, whose order arithmetic receives each
// line's price after its discount and the other amounts in minor units;
// units, when not nil, are the lines' unit prices in minor units.
func (c *Case) checkOrder(zero money.Amount, ar *argArena, units []int64) error {
	cur := c.Currency
	var err error
	if c.Seller, err = ParseSeller(string(c.Seller)); err != nil {
		return caseError("seller", "%v", err)
	}
	if !c.Ordered.IsZero() {
		if !c.Delivered.IsZero() && c.Delivered.Before(c.Ordered) {
			return caseError("delivered", "%s is before ordered %s", c.Delivered, c.Ordered)
		}
		if c.Informed.Before(c.Ordered) {
			return caseError("informed", "%s is before ordered %s", c.Informed, c.Ordered)
		}
		if !c.Refunded.IsZero() && c.Refunded.Before(c.Ordered) {
			return caseError("refunded", "%s is before ordered %s", c.Refunded, c.Ordered)
		}
	}
	if c.Commission, err = checkAmount("commission", c.Commission, cur, zero); err != nil {
		return err
	}
	if c.RefundTo != "" {
		if _, err := ParseMeans(string(c.RefundTo)); err != nil {
			return caseError("refund_to", "%v", err)
		}
	}
	if !c.WithdrawalSent.IsZero() {
		if c.Reason != Withdrawal {
			return caseError("withdrawal_sent", "only for a withdrawal")
		}
		if y := c.WithdrawalSent.Year(); y < 1 || y > 9999 {
			return caseError("withdrawal_sent", "year %d is out of range (0001 to 9999)", y)
		}
	}
	if !c.marketplace() {
		return nil
	}
	maxU, _ := maxMinor(cur.Digits())
	// Lines: discounts, VAT rates, shipments.
	vat := !c.Lines[0].VATRate.IsZero()
	ships := len(c.Shipments) > 0
	var goods int64
	lines := c.Lines
	copied := false
	if len(units) != len(lines) {
		units = nil
	}
	var nets []int64
	if ar != nil && ar.market {
		nets = ar.int64s(len(lines))
		ar.calc.lineNet = nets
	}
	for i := range lines {
		l := &lines[i]
		p := pathOf("lines", i)
		if l.VATRate.IsZero() == vat {
			if vat {
				return caseError(p.at("vat_rate"), "missing (every line needs a VAT rate when one has)")
			}
			return caseError(p.at("vat_rate"), "given on this line only (give a VAT rate on every line or none)")
		}
		var u int64
		if units != nil {
			u = units[i]
		} else {
			u, _ = minorOf(l.UnitPrice)
		}
		g, ok := mul64(u, int64(l.Quantity))
		if !ok || g > maxU {
			return caseError(p.at(""), "price × quantity is above the largest order accepted (%d)", MaxAmount)
		}
		var dm int64
		if !l.Discount.IsZero() || !l.Discount.Currency().IsZero() {
			var nd money.Amount
			var err error
			dm, nd, err = checkMinorAt(p, "discount", l.Discount, cur, zero)
			if err != nil {
				return err
			}
			if nd.Currency() != l.Discount.Currency() {
				if !copied {
					lines, copied = append([]Line(nil), lines...), true
					l = &lines[i]
				}
				l.Discount = nd
			}
		}
		if nets != nil {
			nets[i] = g - dm
		}
		if dm > g {
			return caseError(p.at("discount"), "%s is above the line's price %s", l.Discount, money.FromMinor(g, cur))
		}
		if goods += g - dm; goods > maxU {
			return caseError("lines", "the goods total more than the largest order accepted (%d)", MaxAmount)
		}
		if ships != (l.Shipment != "") {
			if ships {
				return caseError(p.at("shipment"), "missing (every line belongs to a shipment when shipments are listed)")
			}
			return caseError(p.at("shipment"), "%q names no shipment (the case lists none)", clip(l.Shipment))
		}
		if err := checkTextAt(p, "shipment", l.Shipment); err != nil {
			return err
		}
	}
	c.Lines = lines
	// Coupons.
	if len(c.Discounts) > MaxDiscounts {
		return caseError("discounts", "%d discounts is too many (at most %d)", len(c.Discounts), MaxDiscounts)
	}
	ds := c.Discounts // validated, never written: the caller's slices are not ours
	left := goods
	var o *orderCalc // the quote's order arithmetic, which keeps minor units
	if ar != nil && ar.market {
		o = &ar.calc
		o.coupon = ar.int64s(2 * len(ds))
	}
	for i := range ds {
		p := pathOf("discounts", i)
		if err := checkTextAt(p, "id", ds[i].ID); err != nil {
			return err
		}
		a, _, err := checkMinorAt(p, "amount", ds[i].Amount, cur, zero)
		if err != nil {
			return err
		}
		m, _, err := checkMinorAt(p, "min_order", ds[i].MinOrder, cur, zero)
		if err != nil {
			return err
		}
		if o != nil {
			o.coupon[2*i], o.coupon[2*i+1] = a, m
		}
		if a <= 0 {
			return caseError(p.at("amount"), "missing (a discount is positive)")
		}
		if a > left {
			return caseError(p.at("amount"), "%s is above the goods' price left after line discounts and earlier discounts, %s", ds[i].Amount, money.FromMinor(left, cur))
		}
		left -= a
	}
	c.Discounts = ds
	// Shipments.
	if len(c.Shipments) > MaxShipments {
		return caseError("shipments", "%d shipments is too many (at most %d)", len(c.Shipments), MaxShipments)
	}
	if ships {
		if !c.Delivery.IsZero() || !c.DeliverySurcharge.IsZero() {
			return caseError("delivery", "give the delivery prices per shipment when shipments are listed")
		}
		sh := c.Shipments
		var last calendar.Date
		var fees int64
		if o != nil {
			o.fees = ar.int64s(2 * len(sh))
		}
		var seen map[string]int // IDs met so far, for many shipments
		if len(sh) > 8 {
			seen = make(map[string]int, len(sh))
		}
		for i := range sh {
			s := &sh[i]
			p := pathOf("shipments", i)
			if strings.TrimSpace(s.ID) == "" {
				return caseError(p.at("id"), "missing")
			}
			if err := checkTextAt(p, "id", s.ID); err != nil {
				return err
			}
			if seen != nil {
				if j, dup := seen[s.ID]; dup {
					return caseError(p.at("id"), "%q is also shipments[%d]", clip(s.ID), j)
				}
				seen[s.ID] = i
			} else {
				for j := 0; j < i; j++ {
					if sh[j].ID == s.ID {
						return caseError(p.at("id"), "%q is also shipments[%d]", clip(s.ID), j)
					}
				}
			}
			a, _, err := checkMinorAt(p, "standard", s.Standard, cur, zero)
			if err != nil {
				return err
			}
			b, _, err := checkMinorAt(p, "surcharge", s.Surcharge, cur, zero)
			if err != nil {
				return err
			}
			if o != nil {
				o.fees[2*i], o.fees[2*i+1] = a, b
			}
			if fees += a + b; fees > maxU {
				return caseError(p.at(""), "the delivery prices total more than the largest amount accepted (%d)", MaxAmount)
			}
			if s.Delivered.IsZero() {
				if c.Reason != NonDelivery {
					return caseError(p.at("delivered"), "missing (required for %s)", c.Reason)
				}
			} else {
				if !c.Ordered.IsZero() && s.Delivered.Before(c.Ordered) {
					return caseError(p.at("delivered"), "%s is before ordered %s", s.Delivered, c.Ordered)
				}
				if s.Delivered.After(last) {
					last = s.Delivered
				}
			}
		}
		find := shipmentIndex(sh)
		var small [16]int
		var counts []int
		if len(sh) > len(small) {
			counts = make([]int, len(sh))
		} else {
			counts = small[:len(sh)]
		}
		var shipOf []int32 // the shipment of each line, kept for the quote
		if o != nil {
			shipOf = ar.int32s(len(c.Lines))
		}
		for i := range c.Lines {
			j := find(c.Lines[i].Shipment)
			if j < 0 {
				return caseError(strictjson.Index("lines", i)+".shipment", "%q is not a shipment of the case", clip(c.Lines[i].Shipment))
			}
			counts[j]++
			if shipOf != nil {
				shipOf[i] = int32(j)
			}
		}
		if o != nil {
			o.ship, o.shipKnown = shipOf, true
		}
		for j, n := range counts {
			if n == 0 {
				return caseError(strictjson.Index("shipments", j), "shipment %q has no line", clip(sh[j].ID))
			}
		}
		c.Shipments = sh
		if !last.IsZero() {
			if c.Delivered.IsZero() {
				c.Delivered = last
			} else if !c.Delivered.Equal(last) {
				return caseError("delivered", "%s is not the last shipment's delivery, %s (the period runs from the last delivery)", c.Delivered, last)
			}
		}
	}
	// Free delivery.
	if fs := c.FreeShipping; !fs.IsZero() {
		if _, err := checkAmountAt(path{}, "", fs.Threshold, cur, zero); err != nil || !fs.Threshold.IsPositive() {
			return caseError("free_shipping.threshold", "must be a positive amount in %s", cur.Code())
		}
		if _, err := checkAmountAt(path{}, "", fs.Price, cur, zero); err != nil || !fs.Price.IsPositive() {
			return caseError("free_shipping.price", "must be a positive amount in %s", cur.Code())
		}
		paidDelivery := c.Delivery.IsPositive()
		for i := range c.Shipments {
			paidDelivery = paidDelivery || c.Shipments[i].Standard.IsPositive()
		}
		if paidDelivery {
			return caseError("free_shipping", "the order paid for its standard delivery")
		}
		if t, _ := minorOf(fs.Threshold); t > left {
			return caseError("free_shipping.threshold", "%s is above the goods paid, %s: the delivery was not free", fs.Threshold, money.FromMinor(left, cur))
		}
	}
	// Payments.
	if len(c.Payments) > MaxPayments {
		return caseError("payments", "%d payments is too many (at most %d)", len(c.Payments), MaxPayments)
	}
	if len(c.Payments) > 0 {
		pays := c.Payments
		var sum int64
		if o != nil {
			o.pay = ar.int64s(len(pays))
		}
		for i := range pays {
			p := pathOf("payments", i)
			if _, err := ParseMeans(string(pays[i].Means)); err != nil {
				return caseError(p.at("means"), "%v", err)
			}
			a, _, err := checkMinorAt(p, "amount", pays[i].Amount, cur, zero)
			if err != nil {
				return err
			}
			if o != nil {
				o.pay[i] = a
			}
			if a <= 0 {
				return caseError(p.at("amount"), "missing (a payment is positive)")
			}
			sum += a
		}
		c.Payments = pays
		paid := left // the goods after line discounts and coupons
		if o != nil && len(o.fees) == 2*len(c.Shipments) {
			for _, v := range o.fees {
				paid += v
			}
		} else {
			for i := range c.Shipments {
				a, _ := minorOf(c.Shipments[i].Standard)
				b, _ := minorOf(c.Shipments[i].Surcharge)
				paid += a + b
			}
		}
		a, _ := minorOf(c.Delivery)
		b, _ := minorOf(c.DeliverySurcharge)
		paid += a + b
		if sum != paid {
			return caseError("payments", "they add up to %s but the order cost %s (goods after discounts and delivery)", money.FromMinor(sum, cur), money.FromMinor(paid, cur))
		}
	} else if c.RefundTo != "" {
		return caseError("refund_to", "needs the payments of the order")
	}
	// Instalments.
	if len(c.Instalments) > MaxInstalments {
		return caseError("instalments", "%d instalments is too many (at most %d)", len(c.Instalments), MaxInstalments)
	}
	if len(c.Instalments) > 0 {
		if !c.Refunded.IsZero() {
			return caseError("refunded", "give either refunded or instalments")
		}
		ins := c.Instalments
		for i := range ins {
			p := pathOf("instalments", i)
			if ins[i].Date.IsZero() {
				return caseError(p.at("date"), "missing")
			}
			if !c.Ordered.IsZero() && ins[i].Date.Before(c.Ordered) {
				return caseError(p.at("date"), "%s is before ordered %s", ins[i].Date, c.Ordered)
			}
			if ins[i].Date.Before(c.Informed) {
				return caseError(p.at("date"), "%s is before informed %s", ins[i].Date, c.Informed)
			}
			if i > 0 && ins[i].Date.Before(ins[i-1].Date) {
				return caseError(p.at("date"), "%s is before the previous instalment's %s (list them in order)", ins[i].Date, ins[i-1].Date)
			}
			if _, err := checkAmountAt(p, "amount", ins[i].Amount, cur, zero); err != nil {
				return err
			}
			if !ins[i].Amount.IsPositive() {
				return caseError(p.at("amount"), "missing (an instalment is positive)")
			}
		}
		c.Instalments = ins
	}
	return nil
}

// sentDay returns the day, in the calendar's time zone, the withdrawal
// notice was sent.
func sentDay(cal calendar.Calendar, t time.Time) calendar.Date { return cal.DateOf(t) }

// path is a list element's field path, built only when an error needs it.
type path struct {
	list string
	i    int
}

func pathOf(list string, i int) path { return path{list, i} }

// at returns the path of the element's field name ("" for the element).
func (p path) at(name string) string {
	s := strictjson.Index(p.list, p.i)
	if name == "" {
		return s
	}
	return s + "." + name
}

// checkMinorAt is checkAmountAt also returning the amount in minor units.
func checkMinorAt(p path, name string, a money.Amount, cur money.Currency, zero money.Amount) (int64, money.Amount, error) {
	if a.Currency().IsZero() && a.IsZero() {
		return 0, a, nil // an absent amount stays as given
	}
	if a.Currency() == cur {
		if v, ok := minorOf(a); ok && v >= 0 {
			if m, ok := maxMinor(cur.Digits()); ok && v <= m {
				return v, a, nil
			}
		}
	}
	a, err := checkAmount(p.at(name), a, cur, zero)
	if err != nil {
		return 0, a, err
	}
	v, _ := minorOf(a)
	return v, a, nil
}

// checkAmountAt is checkAmount at p's field name, building the path only
// for an error.
func checkAmountAt(p path, name string, a money.Amount, cur money.Currency, zero money.Amount) (money.Amount, error) {
	if a.Currency().IsZero() && a.IsZero() {
		return a, nil // an absent amount stays as given
	}
	if a.Currency() == cur {
		if v, ok := minorOf(a); ok && v >= 0 {
			if m, ok := maxMinor(cur.Digits()); ok && v <= m {
				return a, nil
			}
		}
	}
	return checkAmount(p.at(name), a, cur, zero)
}

// checkTextAt is checkText at p's field name.
func checkTextAt(p path, name, s string) error {
	if len(s) <= MaxTextLen && utf8.ValidString(s) {
		return nil
	}
	return checkText(p.at(name), s)
}

// shipmentIndex returns a function giving the index of the shipment with
// an ID, or -1: a scan for a few shipments, a map for many (linear work in
// the number of lines and shipments).
func shipmentIndex(sh []Shipment) func(id string) int {
	if len(sh) <= 8 {
		return func(id string) int {
			for j := range sh {
				if sh[j].ID == id {
					return j
				}
			}
			return -1
		}
	}
	m := make(map[string]int, len(sh))
	for j := len(sh) - 1; j >= 0; j-- {
		m[sh[j].ID] = j
	}
	return func(id string) int {
		if j, ok := m[id]; ok {
			return j
		}
		return -1
	}
}
