package refund

import (
	"strconv"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// The fast path of Case.UnmarshalJSON: one scan of the common case file
// (strictjson.Fast) into its wire form, without reflection. It reports
// false for anything else (discounts, shipments, payments, instalments,
// deductions, free shipping, withdrawal_sent, exclusions and VAT rates of
// lines, escapes, null, unknown or repeated members, an unknown reason,
// buyer or seller, malformed JSON, a
// line that does not check), and the strict decoder then decodes the
// document, so errors are always its own. When it reports true the strict
// decoder gives the same wire form (TestCaseFastAgreesWithStrict,
// FuzzCaseFast); both then go through the same checks.

// caseFast decodes data into w, the zero caseWire.
func caseFast(data []byte, w *caseWire) bool {
	f := strictjson.NewFast(data)
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "reason":
			f.Once(&seen, 0)
			w.Reason = strictjson.Enum(&f, Reasons()...)
		case "buyer":
			f.Once(&seen, 1)
			w.Buyer = strictjson.Enum(&f, Consumer, Professional)
		case "currency":
			f.Once(&seen, 2)
			if s := f.Str(); f.OK() && w.Currency.UnmarshalText(s) != nil {
				f.Fail()
			}
		case "delivered":
			f.Once(&seen, 3)
			w.Delivered = dateFast(&f)
		case "informed":
			f.Once(&seen, 4)
			w.Informed = dateFast(&f)
		case "goods_back":
			f.Once(&seen, 5)
			w.GoodsBack = dateFast(&f)
		case "shipped_back":
			f.Once(&seen, 6)
			w.ShippedBack = dateFast(&f)
		case "refunded":
			f.Once(&seen, 7)
			w.Refunded = dateFast(&f)
		case "ordered":
			f.Once(&seen, 8)
			w.Ordered = dateFast(&f)
		case "not_informed":
			f.Once(&seen, 9)
			w.NotInformed = f.Bool()
		case "lines":
			f.Once(&seen, 10)
			w.Lines = linesFast(&f)
		case "delivery":
			f.Once(&seen, 11)
			var in uint64
			f.Enter('{')
			for f.More('}') {
				switch string(f.Key()) {
				case "standard":
					f.Once(&in, 0)
					amountFast(&f, &w.Delivery.Standard)
				case "surcharge":
					f.Once(&in, 1)
					amountFast(&f, &w.Delivery.Surcharge)
				default:
					f.Fail()
				}
			}
		case "return_shipping":
			f.Once(&seen, 12)
			amountFast(&f, &w.ReturnShipping)
		case "refunded_before":
			f.Once(&seen, 13)
			amountFast(&f, &w.RefundedBefore)
		case "commission":
			f.Once(&seen, 14)
			amountFast(&f, &w.Commission)
		case "seller":
			f.Once(&seen, 15)
			w.Seller = strictjson.Enum(&f, Trader, PrivateSeller)
		case "platform_took_over":
			f.Once(&seen, 16)
			w.PlatformTookOver = f.Bool()
		case "seller_collects":
			f.Once(&seen, 17)
			w.SellerCollects = f.Bool()
		case "return_cost_not_stated":
			f.Once(&seen, 18)
			w.ReturnCostNotStated = f.Bool()
		default:
			f.Fail()
		}
	}
	return f.Done()
}

// linesFast reads a list of lines into a slice of its exact length (never
// nil, as the strict decoder's), each checked as Line.UnmarshalJSON does.
func linesFast(f *strictjson.Fast) []Line {
	var buf [8]Line
	ls := buf[:0]
	f.Enter('[')
	for f.More(']') {
		l := lineFast(f)
		if !f.OK() {
			return nil
		}
		ls = append(ls, l)
	}
	if !f.OK() {
		return nil
	}
	return append(make([]Line, 0, len(ls)), ls...)
}

// lineFast reads one line without exclusion or VAT rate.
func lineFast(f *strictjson.Fast) Line {
	var w lineWire
	var price caseAmount
	var seen uint64
	hasPrice := false
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "id":
			f.Once(&seen, 0)
			w.ID = f.String()
		case "description":
			f.Once(&seen, 1)
			w.Description = f.String()
		case "quantity":
			f.Once(&seen, 2)
			w.Quantity = int(f.Int(strconv.IntSize))
		case "unit_price":
			f.Once(&seen, 3)
			amountFast(f, &price)
			hasPrice = true
		case "returned":
			f.Once(&seen, 4)
			w.Returned = int(f.Int(strconv.IntSize))
		case "discount":
			f.Once(&seen, 5)
			amountFast(f, &w.Discount)
		case "shipment":
			f.Once(&seen, 6)
			w.Shipment = f.String()
		default:
			f.Fail()
		}
	}
	if !f.OK() || !hasPrice {
		f.Fail() // a missing price is the strict decoder's error to make
		return Line{}
	}
	l, err := w.lineWith(price.a)
	if err != nil {
		f.Fail()
	}
	return l
}

// amountFast reads an amount as caseAmount.UnmarshalJSON does.
func amountFast(f *strictjson.Fast, x *caseAmount) {
	if raw := f.Raw(); f.OK() && x.UnmarshalJSON(raw) != nil {
		f.Fail()
	}
}

// dateFast reads a date as calendar.Date.UnmarshalText does.
func dateFast(f *strictjson.Fast) calendar.Date {
	s := f.Str()
	var d calendar.Date
	if f.OK() && d.UnmarshalText(s) != nil {
		f.Fail()
	}
	return d
}
