package refund

import "math/bits"

// orderCalc is the arithmetic of a marketplace case in int64 minor units
// (Case.checkOrder bounds the order at MaxAmount units, so every sum and
// every 128-bit product below fits): what each line cost after discounts,
// what is refunded of it, and each shipment's delivery refunded.
type orderCalc struct {
	// What the validation kept, in minor units (nil when it did not):
	lineNet []int64 // price × quantity − line discount of each line
	coupon  []int64 // amount and minimum order of each coupon
	fees    []int64 // standard delivery and surcharge of each shipment
	pay     []int64 // amount of each payment
	// shipKnown says ship was filled by the validation.
	shipKnown bool

	net   []int64 // paid for each line: price − line discount − coupon shares
	ret   []int64 // refunded of each line (0 when the line is not refundable or parts are not refunded)
	ship  []int32 // shipment index of each line (0 when the case lists none)
	ships []shipCalc
	claw  int64     // coupon taken back (≥ 0)
	m     sumsMinor // the sums in minor units
	goods int64     // Σ net

}

// shipCalc is one shipment: its goods, what is returned of them, its
// delivery prices and what is refunded of them.
type shipCalc struct {
	goods, ret, std, sur, dl, sc int64
	whole, any                   bool
}

// alloc64 splits x ≥ 0 into parts proportional to weights w (≥ 0, Σ > 0,
// Σ and x fitting int64) by largest remainder, exactly as money.Allocate:
// ties between equal remainders go to the larger weight, then to the
// earlier index. out has len(w) entries. The k leftover units go to the k
// greatest remainders, found by selection in linear expected time (no
// sort).
func alloc64(x int64, w []int64, out []int64) {
	var sum int64
	for _, v := range w {
		sum += v
	}
	if sum == 0 || x == 0 {
		clear(out)
		return
	}
	var given int64
	var small [32]allocKey
	var keys []allocKey
	if len(w) <= len(small) {
		keys = small[:0]
	} else {
		keys = make([]allocKey, 0, len(w))
	}
	for i, v := range w {
		hi, lo := bits.Mul64(uint64(x), uint64(v))
		q, r := bits.Div64(hi, lo, uint64(sum))
		out[i] = int64(q)
		given += int64(q)
		if r > 0 {
			keys = append(keys, allocKey{rem: r, w: v, i: int32(i)})
		}
	}
	k := int(x - given)
	if k == 0 {
		return
	}
	selectTop(keys, k)
	for _, key := range keys[:k] {
		out[key.i]++
	}
}

// allocKey is a part's claim to a leftover unit: its remainder, then its
// weight, then its index (earlier first).
type allocKey struct {
	rem uint64
	w   int64
	i   int32
}

// before reports whether a claims a leftover unit before b.
func (a allocKey) before(b allocKey) bool {
	if a.rem != b.rem {
		return a.rem > b.rem
	}
	if a.w != b.w {
		return a.w > b.w
	}
	return a.i < b.i
}

// selectTop reorders keys so that its first k entries are the k that come
// first (Hoare's selection, median-of-three pivots; keys are distinct, by
// index).
func selectTop(keys []allocKey, k int) {
	lo, hi := 0, len(keys)-1
	for lo < hi {
		if hi-lo < 12 {
			for i := lo + 1; i <= hi; i++ {
				for j := i; j > lo && keys[j].before(keys[j-1]); j-- {
					keys[j], keys[j-1] = keys[j-1], keys[j]
				}
			}
			return
		}
		mid := lo + (hi-lo)/2
		if keys[mid].before(keys[lo]) {
			keys[mid], keys[lo] = keys[lo], keys[mid]
		}
		if keys[hi].before(keys[lo]) {
			keys[hi], keys[lo] = keys[lo], keys[hi]
		}
		if keys[hi].before(keys[mid]) {
			keys[hi], keys[mid] = keys[mid], keys[hi]
		}
		pivot := keys[mid]
		i, j := lo, hi
		for i <= j {
			for keys[i].before(pivot) {
				i++
			}
			for pivot.before(keys[j]) {
				j--
			}
			if i <= j {
				keys[i], keys[j] = keys[j], keys[i]
				i++
				j--
			}
		}
		// keys[lo..j] come before or equal the pivot, keys[i..hi] after.
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}

// coreOrder is the arithmetic core of a marketplace case: coupons
// allocated to lines, each line refunded pro rata to its units, each
// shipment's delivery refunded by the rules' split, the coupon taken back
// when the rules revoke it, and the same cap by earlier refunds as the
// other cores.
func coreOrder(c *Case, f coreFlags, o *orderCalc, ar *argArena) (sums, error) {
	n := len(c.Lines)
	if len(o.lineNet) == n {
		o.net = o.lineNet // written below: the validation's copy is not needed after
	} else {
		o.net = ar.int64s(n)
	}
	o.ret = ar.int64s(n)
	// Coupon weights and shares: this call's own scratch.
	var small [64]int64
	var tmp, weights []int64
	if 2*n <= len(small) {
		tmp, weights = small[:n:n], small[n:2*n:2*n]
	} else {
		buf := make([]int64, 2*n)
		tmp, weights = buf[:n:n], buf[n:]
	}
	o.ships = ar.shipCalcs(max(1, len(c.Shipments)))
	if !o.shipKnown || len(o.ship) != n {
		o.ship = ar.int32s(n)
		o.shipKnown = false
	}
	switch {
	case len(c.Shipments) == 0:
		o.ships[0].std, _ = minorOf(c.Delivery)
		o.ships[0].sur, _ = minorOf(c.DeliverySurcharge)
	case len(o.fees) == 2*len(c.Shipments):
		for j := range c.Shipments {
			o.ships[j].std, o.ships[j].sur = o.fees[2*j], o.fees[2*j+1]
		}
	default:
		for j := range c.Shipments {
			o.ships[j].std, _ = minorOf(c.Shipments[j].Standard)
			o.ships[j].sur, _ = minorOf(c.Shipments[j].Surcharge)
		}
	}
	if len(c.Shipments) > 0 && !o.shipKnown {
		find := shipmentIndex(c.Shipments)
		for i := range c.Lines {
			o.ship[i] = int32(max(0, find(c.Lines[i].Shipment)))
		}
	}
	// Value of each line after its own discount.
	if len(o.lineNet) != n {
		for i := range c.Lines {
			l := &c.Lines[i]
			u, _ := minorOf(l.UnitPrice)
			dm, _ := minorOf(l.Discount)
			o.net[i] = u*int64(l.Quantity) - dm
		}
	}
	// Kept value before coupons, for coupon minimums (only when the rules
	// may revoke a coupon).
	var kept int64
	anyReturned := false
	revocable := false
	if f.comp.CouponMinimum == "revoke" {
		for k := range c.Discounts {
			revocable = revocable || c.Discounts[k].MinOrder.IsPositive()
		}
	}
	for i := range c.Lines {
		l := &c.Lines[i]
		r := int64(0)
		if f.eligibleLine(l) && l.Returned > 0 {
			anyReturned = true
			if revocable {
				r = proRata64(o.net[i], int64(l.Returned), int64(l.Quantity))
			}
		}
		kept += o.net[i] - r
	}
	// Coupons, each allocated over the values after line discounts (and
	// after earlier coupons).
	copy(weights, o.net)
	for k := range c.Discounts {
		d := &c.Discounts[k]
		var a, min int64
		if len(o.coupon) == 2*len(c.Discounts) {
			a, min = o.coupon[2*k], o.coupon[2*k+1]
		} else {
			a, _ = minorOf(d.Amount)
			min, _ = minorOf(d.MinOrder)
		}
		alloc64(a, weights, tmp)
		revoke := f.comp.CouponMinimum == "revoke" && min > 0 && anyReturned && kept > 0 && kept < min
		for i := range c.Lines {
			o.net[i] -= tmp[i]
			if revoke {
				l := &c.Lines[i]
				back := int64(0)
				if f.eligibleLine(l) {
					back = proRata64(tmp[i], int64(l.Returned), int64(l.Quantity))
				}
				o.claw += tmp[i] - back
			}
		}
	}
	// Lines refunded and shipments.
	for j := range o.ships {
		o.ships[j].whole = true
	}
	var goods, ret int64
	for i := range c.Lines {
		l := &c.Lines[i]
		s := &o.ships[o.ship[i]]
		s.goods += o.net[i]
		goods += o.net[i]
		if f.eligibleLine(l) {
			if l.Returned > 0 {
				s.any = true
				r := proRata64(o.net[i], int64(l.Returned), int64(l.Quantity))
				s.ret += r
				ret += r
				if f.comp.Parts {
					o.ret[i] = r
				}
			}
			if l.Returned != l.Quantity {
				s.whole = false
			}
		} else {
			s.whole = false
		}
	}
	o.goods = goods
	var paid, dl, sc int64
	paid = goods
	for j := range o.ships {
		s := &o.ships[j]
		paid += s.std + s.sur
		share := func(x int64, on bool) int64 {
			switch {
			case !on || !s.any:
				return 0
			case s.whole:
				return x
			}
			switch f.comp.PartialDelivery {
			case SplitFull:
				return x
			case SplitProRata:
				return proRata64(x, s.ret, s.goods)
			}
			return 0
		}
		s.dl = share(s.std, f.comp.Delivery)
		s.sc = share(s.sur, f.comp.DeliverySurcharge)
		dl += s.dl
		sc += s.sc
	}
	var parts, rsh, dd int64
	if f.comp.Parts {
		parts = ret
	}
	rs, _ := minorOf(c.ReturnShipping)
	if (f.comp.ReturnShipping || f.sellerReturn) && f.eligible {
		rsh = rs
	}
	if f.deduct {
		ded, _ := minorOf(c.Deduction)
		if ded > parts {
			return sums{}, errDeductionAbove
		}
		dd = ded
	}
	if o.claw > parts-dd {
		o.claw = parts - dd
	}
	if !f.comp.Parts || !f.eligible {
		o.claw = 0
	}
	var shipClaw int64
	below := false
	if fs := c.FreeShipping; !fs.IsZero() && anyReturned && f.eligible {
		t, _ := minorOf(fs.Threshold)
		if keptNet := goods - ret; keptNet > 0 && keptNet < t {
			below = true
			if f.comp.FreeShippingCharge {
				shipClaw, _ = minorOf(fs.Price)
				shipClaw = min(shipClaw, parts+dl+sc-dd-o.claw)
			}
		}
	}
	before, _ := minorOf(c.RefundedBefore)
	sub := parts + dl + sc - dd - o.claw - shipClaw
	avail := paid - before
	if avail < 0 {
		return sums{}, errAbovePaid
	}
	var earlier int64
	if sub > avail {
		earlier = avail - sub
	}
	mk := ar.minor
	s := sums{paid: mk(paid), parts: mk(parts), delivery: mk(dl), surcharge: mk(sc),
		returnShipping: mk(rsh), deduction: mk(-dd), earlier: mk(earlier), clawback: mk(-o.claw), shipClaw: mk(-shipClaw), belowThreshold: below,
		whole: f.eligible && anyReturned && allWhole(o.ships), any: anyReturned}
	if len(c.Shipments) == 0 {
		// The goods' value is only cited by the pro rata delivery step
		// of a single delivery; the settlement makes it when it needs it.
		s.goods = mk(goods)
	}
	o.m = sumsMinor{ok: true, base: parts + dl + sc + rsh - dd + earlier - o.claw - shipClaw, rsh: rsh, dd: dd, claw: o.claw + shipClaw, earlier: earlier}
	if ar != nil {
		ar.sums = o.m
	}
	return s, nil
}

func allWhole(ships []shipCalc) bool {
	for i := range ships {
		if !ships[i].whole {
			return false
		}
	}
	return true
}
