package refund

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
)

// VATPart is the part of a refund at one VAT rate: the refunded amount
// (VAT included) and the VAT inside it, rounded once per rate, so that a
// credit note can be issued from it. The late surcharge, damages rather
// than the price of a supply, is a part of its own outside the scope of
// VAT (OutOfScope, no rate, VAT zero). The parts of a quote add up exactly
// to its total. A VATPart is a value, safe for concurrent use.
type VATPart struct {
	// Rate is the VAT rate; omitted for the out-of-scope part.
	Rate VATRate `json:"rate,omitzero"`
	// OutOfScope marks the late surcharge's part.
	OutOfScope bool `json:"out_of_scope,omitempty"`
	// Amount is the refund at this rate, VAT included.
	Amount money.Amount `json:"amount"`
	// VAT is the VAT inside Amount: Amount × rate / (100 + rate), rounded
	// half away from zero to the minor unit.
	VAT money.Amount `json:"vat"`
	// Basis explains how the part was formed.
	Basis explain.Basis `json:"basis"`
}

// ShipmentPart is the part of a refund that concerns one shipment: the
// goods of its lines, its delivery and surcharge refunded, and its share of
// the rest (return shipping, deduction, coupon clawback, earlier refunds
// and late surcharge). The parts of a quote add up exactly to its total.
type ShipmentPart struct {
	// ID is the shipment's ID.
	ID string `json:"id"`
	// Goods is the price of its goods refunded.
	Goods money.Amount `json:"goods"`
	// Delivery is its standard delivery refunded.
	Delivery money.Amount `json:"delivery"`
	// DeliverySurcharge is its delivery surcharge refunded.
	DeliverySurcharge money.Amount `json:"delivery_surcharge"`
	// Other is its share of the other components (may be negative).
	Other money.Amount `json:"other"`
	// Amount is the sum of the above.
	Amount money.Amount `json:"amount"`
	// Basis explains the part.
	Basis explain.Basis `json:"basis"`
}

// MeansPart is the part of a refund that goes back to one means of
// payment. The parts of a quote add up exactly to its total.
type MeansPart struct {
	// Means is the means of payment.
	Means Means `json:"means"`
	// Amount is what goes back to it.
	Amount money.Amount `json:"amount"`
	// Basis explains the part.
	Basis explain.Basis `json:"basis"`
}

// SettlementPart is the marketplace settlement of a refund: who bears it,
// the change of the seller's payout (negative when the seller pays), the
// commission the platform gives back and its refund fee, and the
// platform's own cost. The zero SettlementPart is no settlement (omitted
// from the JSON).
type SettlementPart struct {
	// BorneBy is "seller" or "platform".
	BorneBy string `json:"borne_by"`
	// SellerPayout is the change of the seller's payout: −total +
	// commission returned when the seller bears the refund, zero otherwise.
	SellerPayout money.Amount `json:"seller_payout"`
	// CommissionReturned is the commission given back to the seller, net
	// of the refund fee.
	CommissionReturned money.Amount `json:"commission_returned"`
	// RefundFee is the fee the platform keeps from the commission.
	RefundFee money.Amount `json:"refund_fee"`
	// PlatformCost is what the platform pays out of its own pocket.
	PlatformCost money.Amount `json:"platform_cost"`
	// Basis explains it.
	Basis explain.Basis `json:"basis"`
}

// IsZero reports whether s is no settlement.
func (s SettlementPart) IsZero() bool { return s.BorneBy == "" }

// InstalmentPart is one instalment of a refund with its delay and the
// late surcharge on it.
type InstalmentPart struct {
	// Date is the day it was paid.
	Date calendar.Date `json:"date"`
	// Amount is the part paid.
	Amount money.Amount `json:"amount"`
	// DaysLate is the calendar days after the due day (0 when on time).
	DaysLate int `json:"days_late"`
	// Band is the surcharge band this part reached (omitted when none).
	Band Band `json:"late_band,omitzero"`
	// Surcharge is the late surcharge on this part.
	Surcharge money.Amount `json:"surcharge"`
	// Basis explains it.
	Basis explain.Basis `json:"basis"`
}

// splitIn is what the splits need: the components in minor units.
type splitIn struct {
	total, rsh, dd, claw, earlier, late int64 // dd, claw ≥ 0; earlier ≤ 0
}

// vatSplit splits the refund by VAT rate: the parts refunded per line's
// rate; each shipment's delivery and surcharge over the rates of its
// goods (by value); return shipping over the rates of the refunded goods;
// the deduction over the parts; the coupon clawback and earlier refunds
// over the running per-rate amounts; the late surcharge outside VAT.
func vatSplit(c *Case, o *orderCalc, in splitIn, basis string, steps []explain.Step, ar *argArena) ([]VATPart, []explain.Step) {
	var rateBuf [8]int32
	rates := rateBuf[:0]
	for i := range c.Lines {
		bp := c.Lines[i].VATRate.bp
		if !slices.Contains(rates, bp) {
			rates = append(rates, bp)
		}
	}
	slices.Sort(rates)
	nr := len(rates)
	idx := func(bp int32) int {
		for k, r := range rates {
			if r == bp {
				return k
			}
		}
		return 0
	}
	var small [64]int64 // this call's own scratch
	var buf []int64
	if k := (6 + 2*len(o.ships)) * nr; k <= len(small) {
		buf = small[:k]
	} else {
		buf = make([]int64, k)
	}
	acc, retW, goodsW, lineW, tmp := buf[:nr:nr], buf[nr:2*nr:2*nr], buf[2*nr:3*nr:3*nr], buf[3*nr:4*nr:4*nr], buf[4*nr:5*nr:5*nr]
	snap := buf[5*nr : 6*nr : 6*nr]
	shipW := buf[6*nr : (6+len(o.ships))*nr]
	shipCnt := buf[(6+len(o.ships))*nr:]
	for i := range c.Lines {
		k := idx(c.Lines[i].VATRate.bp)
		acc[k] += o.ret[i]
		retW[k] += o.ret[i]
		goodsW[k] += o.net[i]
		lineW[k]++
		shipW[int(o.ship[i])*nr+k] += o.net[i]
		shipCnt[int(o.ship[i])*nr+k]++
	}
	add := func(x int64, w []int64, sign int64) {
		if x == 0 {
			return
		}
		alloc64(x, w, tmp)
		for k := range acc {
			acc[k] += sign * tmp[k]
		}
	}
	nz := func(w ...[]int64) []int64 {
		for _, x := range w {
			for _, v := range x {
				if v > 0 {
					return x
				}
			}
		}
		return lineW
	}
	for j := range o.ships {
		w := shipW[j*nr : (j+1)*nr]
		if fee := o.ships[j].dl + o.ships[j].sc; fee > 0 {
			// Count the lines of the shipment when all its goods are free.
			if !hasPositive(w) {
				w = shipCnt[j*nr : (j+1)*nr]
			}
			add(fee, w, 1)
		}
	}
	add(in.rsh, nz(retW, goodsW), 1)
	add(in.dd, nz(retW), -1)
	if neg := in.claw - in.earlier; neg > 0 {
		copy(snap, acc)
		add(neg, snap, -1)
	}
	n := nr
	if in.late != 0 {
		n++
	}
	var out []VATPart
	if n <= cap(ar.vat) {
		out = ar.vat[0:0:n]
	} else {
		out = make([]VATPart, 0, n)
	}
	from := len(steps)
	for k, bp := range rates {
		v := vatInside(acc[k], int64(bp))
		r := VATRate{bp: bp, set: true}
		a, va := ar.minor(acc[k]), ar.minor(v)
		steps = append(steps, explain.Step{Rule: "refund.vat", Basis: basis,
			Text: "At %s %% VAT: %s refunded, of which VAT %s (goods at that rate, their share of delivery and return, deductions pro rata; rounded once per rate).", Args: ar.list(ar.rate(r), ar.amt(a), ar.amt(va))})
		i := from + k
		out = append(out, VATPart{Rate: r, Amount: a, VAT: va, Basis: explain.Basis{Steps: steps[i : i+1 : i+1]}})
	}
	if in.late != 0 {
		a := ar.minor(in.late)
		steps = append(steps, explain.Step{Rule: "refund.vat.out_of_scope", Basis: basis,
			Text: "The late surcharge, %s, is damages, not the price of a supply: outside the scope of VAT.", Args: ar.list(ar.amt(a))})
		i := from + nr
		out = append(out, VATPart{OutOfScope: true, Amount: a, VAT: ar.zero, Basis: explain.Basis{Steps: steps[i : i+1 : i+1]}})
	}
	return out, steps
}

func hasPositive(w []int64) bool {
	for _, v := range w {
		if v > 0 {
			return true
		}
	}
	return false
}

// vatInside returns the VAT inside a VAT-inclusive amount a ≥ 0 at bp
// hundredths of a percent: a × bp / (10000 + bp), rounded half up.
func vatInside(a, bp int64) int64 {
	if a <= 0 || bp == 0 {
		return 0
	}
	d := uint64(10000 + bp)
	hi, lo := bits.Mul64(uint64(a), uint64(bp))
	q, r := bits.Div64(hi, lo, d)
	if 2*r >= d {
		q++
	}
	return int64(q)
}

// shipmentSplit splits the refund by shipment: each shipment's goods,
// delivery and surcharge refunded; return shipping and the deduction over
// the shipments' refunded goods; the coupon clawback, earlier refunds and
// the late surcharge over the running per-shipment amounts.
func shipmentSplit(c *Case, o *orderCalc, in splitIn, basis string, steps []explain.Step, ar *argArena) ([]ShipmentPart, []explain.Step) {
	ns := len(o.ships)
	var small [48]int64 // this call's own scratch
	var buf []int64
	if 6*ns <= len(small) {
		buf = small[:6*ns]
	} else {
		buf = make([]int64, 6*ns)
	}
	goods, value, other, acc, tmp, snap := buf[:ns:ns], buf[ns:2*ns:2*ns], buf[2*ns:3*ns:3*ns], buf[3*ns:4*ns:4*ns], buf[4*ns:5*ns:5*ns], buf[5*ns:]
	for i := range c.Lines {
		goods[o.ship[i]] += o.ret[i]
	}
	for j := range o.ships {
		value[j] = o.ships[j].goods
		acc[j] = goods[j] + o.ships[j].dl + o.ships[j].sc
	}
	add := func(x int64, w []int64, sign int64) {
		if x == 0 {
			return
		}
		if !hasPositive(w) {
			w = value
			if !hasPositive(w) {
				w = make([]int64, ns)
				for j := range w {
					w[j] = 1
				}
			}
		}
		alloc64(x, w, tmp)
		for j := range acc {
			acc[j] += sign * tmp[j]
			other[j] += sign * tmp[j]
		}
	}
	add(in.rsh, goods, 1)
	add(in.dd, goods, -1)
	if neg := in.claw - in.earlier; neg > 0 {
		copy(snap, acc)
		add(neg, snap, -1)
	}
	if in.late > 0 {
		copy(snap, acc)
		add(in.late, snap, 1)
	}
	var out []ShipmentPart
	if ns <= cap(ar.parts) {
		out = ar.parts[:ns:ns]
	} else {
		out = make([]ShipmentPart, ns)
	}
	from := len(steps)
	for j := range o.ships {
		s := &o.ships[j]
		p := ShipmentPart{ID: c.Shipments[j].ID, Goods: ar.minor(goods[j]), Delivery: ar.minor(s.dl),
			DeliverySurcharge: ar.minor(s.sc), Other: ar.minor(other[j]), Amount: ar.minor(acc[j])}
		st := explain.Step{Rule: "refund.shipment", Basis: basis}
		switch {
		case !s.any:
			st.Text, st.Args = "Shipment %s: none of its goods are refunded; its delivery is not refunded; %s in all.", ar.list(ar.str(p.ID), ar.amt(p.Amount))
		case s.whole:
			st.Text, st.Args = "Shipment %s is returned whole: its goods %s and its delivery in full, %s; %s in all.", ar.list(ar.str(p.ID), ar.amt(p.Goods), ar.amt(p.Delivery), ar.amt(p.Amount))
		default:
			st.Text, st.Args = "Shipment %s is returned in part: its goods %s, its delivery by the policy's split, %s; %s in all.", ar.list(ar.str(p.ID), ar.amt(p.Goods), ar.amt(p.Delivery), ar.amt(p.Amount))
		}
		steps = append(steps, st)
		i := from + j
		p.Basis = explain.Basis{Steps: steps[i : i+1 : i+1]}
		out[j] = p
	}
	return out, steps
}

// meansSplit splits the refund over the means of payment: all to the means
// the buyer agreed to (refund_to), or by the rules' payment order, or pro
// rata to what each means paid.
func meansSplit(c *Case, o *orderCalc, comp Components, total, before int64, steps []explain.Step, ar *argArena) ([]MeansPart, []explain.Step) {
	np := len(c.Payments)
	var out []MeansPart
	if np <= cap(ar.means) {
		out = ar.means[0:0:np]
	} else {
		out = make([]MeansPart, 0, np)
	}
	if c.RefundTo != "" {
		a := ar.minor(total)
		from := len(steps)
		steps = append(steps, explain.Step{Rule: "refund.means.agreed", Basis: "C. consom. L221-24; CRD art. 13(1)",
			Facts: ar.fact(fact("means", string(c.RefundTo))),
			Text:  "The buyer expressly agreed to be refunded by %s: the whole refund, %s, goes there, at no cost to him.", Args: ar.list(ar.str(string(c.RefundTo)), ar.amt(a))})
		return append(out, MeansPart{Means: c.RefundTo, Amount: a, Basis: explain.Basis{Steps: steps[from : from+1 : from+1]}}), steps
	}
	var small [2 * MaxPayments]int64
	paid, got := small[:np:np], small[np:2*np:2*np]
	for i := range c.Payments {
		if len(o.pay) == np {
			paid[i] = o.pay[i]
		} else {
			paid[i], _ = minorOf(c.Payments[i].Amount)
		}
	}
	from := len(steps)
	if comp.PaymentOrder == "" {
		alloc64(total, paid, got)
		for i := range c.Payments {
			a := ar.minor(got[i])
			steps = append(steps, explain.Step{Rule: "refund.means", Basis: "C. consom. L221-24; CRD art. 13(1)",
				Text: "Back to the means the buyer paid with, pro rata to what each paid: %s of %s paid by %s.", Args: ar.list(ar.amt(a), ar.amt(c.Payments[i].Amount), ar.str(string(c.Payments[i].Means)))})
			k := from + i
			out = append(out, MeansPart{Means: c.Payments[i].Means, Amount: a, Basis: explain.Basis{Steps: steps[k : k+1 : k+1]}})
		}
		return out, steps
	}
	order := make([]int, np)
	for i := range order {
		order[i] = i
	}
	rank := func(m Means) int {
		for k, x := range strings.Split(comp.PaymentOrder, ",") {
			if strings.TrimSpace(x) == string(m) {
				return k
			}
		}
		return 1 << 20
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(c.Payments[a].Means) - rank(c.Payments[b].Means) })
	left := make([]int64, np)
	copy(left, paid)
	for _, i := range order { // earlier refunds are taken first, in the same order
		t := min(before, left[i])
		left[i] -= t
		before -= t
	}
	rest := total
	for _, i := range order {
		t := min(rest, left[i])
		got[i] = t
		rest -= t
	}
	got[order[0]] += rest // beyond what was paid (return shipping, surcharge): the first means
	for i := range c.Payments {
		a := ar.minor(got[i])
		steps = append(steps, explain.Step{Rule: "refund.means.order", Basis: comp.Basis,
			Text: "Back to the means the buyer paid with, in the policy's order (%s): %s of %s paid by %s.", Args: ar.list(ar.str(comp.PaymentOrder), ar.amt(a), ar.amt(c.Payments[i].Amount), ar.str(string(c.Payments[i].Means)))})
		k := from + i
		out = append(out, MeansPart{Means: c.Payments[i].Means, Amount: a, Basis: explain.Basis{Steps: steps[k : k+1 : k+1]}})
	}
	return out, steps
}

// settle computes the marketplace settlement of a refund of total, whose
// goods part is parts out of goods.
func settle(st Settlement, c *Case, total, parts, goods money.Amount, ar *argArena) SettlementPart {
	cur := total.Currency()
	zero := money.Zero(cur)
	out := SettlementPart{BorneBy: "seller", SellerPayout: total.Neg(), CommissionReturned: zero, RefundFee: zero, PlatformCost: zero}
	if c.PlatformTookOver && st.TakeoverBearer == "platform" {
		out.BorneBy, out.SellerPayout, out.PlatformCost = "platform", zero, total
		out.Basis = explain.Of(explain.Step{Rule: "refund.settlement.platform", Basis: st.Basis,
			Text: "The platform took the case over and bears the refund, %s: the seller's payout is unchanged and no commission moves.", Args: ar.list(ar.amt(total))})
		return out
	}
	com := c.Commission
	if com.Currency().IsZero() {
		com = zero
	}
	var back money.Amount = zero
	switch st.Commission {
	case CommissionFull:
		back = com
	case CommissionProRata, CommissionMinusFee:
		if goods.IsPositive() && com.IsPositive() {
			kept, _ := goods.Sub(parts)
			if p, err := money.Allocate(com, []decimal.Decimal{parts.Decimal(), kept.Decimal()}); err == nil {
				back = p[0]
			}
		}
	}
	fee := zero
	if st.Commission == CommissionMinusFee && back.IsPositive() {
		fee = back.Mul(decimal.New(int64(st.FeePercent), -2)).Round()
		if st.FeeCap != "" {
			if capd, err := decimal.NewFromString(st.FeeCap); err == nil {
				cp := money.New(capd, cur).Round()
				if n, _ := fee.Cmp(cp); n > 0 {
					fee = cp
				}
			}
		}
		back, _ = back.Sub(fee)
	}
	out.CommissionReturned, out.RefundFee = back, fee
	out.SellerPayout, _ = back.Sub(total)
	text := "The seller bears the refund, %s; the platform gives back %s of its commission %s (refund fee %s): the seller's payout changes by %s."
	if c.PlatformTookOver {
		text = "The platform took the case over and charges the refund to the seller, %s; the platform gives back %s of its commission %s (refund fee %s): the seller's payout changes by %s."
	}
	out.Basis = explain.Of(explain.Step{Rule: "refund.settlement", Basis: st.Basis,
		Facts: ar.fact(fact("commission", st.Commission)),
		Text:  text, Args: ar.list(ar.amt(total), ar.amt(back), ar.amt(com), ar.amt(fee), ar.amt(out.SellerPayout))})
	return out
}

// split fills the quote's splits for a marketplace case: VAT per rate
// (when the lines carry rates), per shipment (when the case lists them),
// per means of payment (when it lists payments) and the settlement (when
// the rules define one).
func (q *Quote) split(c *Case, comp Components, st Settlement, o *orderCalc, s sums, late money.Amount, ar *argArena) error {
	m := func(a money.Amount) int64 {
		v, _ := minorOf(a)
		return v
	}
	steps := ar.side
	in := splitIn{total: m(q.Total), rsh: o.m.rsh, dd: o.m.dd, claw: o.m.claw, earlier: o.m.earlier, late: m(late)}
	if !o.m.ok {
		in = splitIn{total: m(q.Total), rsh: m(s.returnShipping), dd: -m(s.deduction), claw: -m(s.clawback) - m(s.shipClaw), earlier: m(s.earlier), late: m(late)}
	}
	if !c.Lines[0].VATRate.IsZero() {
		q.VAT, steps = vatSplit(c, o, in, comp.Basis, steps, ar)
	}
	if len(c.Shipments) > 0 {
		q.Shipments, steps = shipmentSplit(c, o, in, comp.Basis, steps, ar)
	}
	if len(c.Payments) > 0 {
		q.Payments, steps = meansSplit(c, o, comp, in.total, m(c.RefundedBefore), steps, ar)
	}
	ar.side = steps
	if !st.IsZero() && q.Eligible {
		goods := s.goods
		if goods.Currency().IsZero() {
			goods = ar.minor(o.goods)
		}
		q.Settlement = settle(st, c, q.Total, s.parts, goods, ar)
	}
	return nil
}
