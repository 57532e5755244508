package replay

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// The fast paths of Prepare for the common inputs: one scan of the input
// object (strictjson.Fast), without reflection. Each reports false for
// anything it does not handle (closures, fulfilled commitments,
// exclusions, escapes, null, unknown or repeated members, malformed JSON),
// and Prepare then decodes the input strictly, so errors are always the
// strict decoder's. When one reports true the strict decoder gives the
// same input (TestInputFastAgreesWithStrict, FuzzInputFast).

// deadlineFast decodes {"kind", "received"}.
func deadlineFast(raw []byte, in *deadlineInput) bool {
	f := strictjson.NewFast(raw)
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "kind":
			f.Once(&seen, 0)
			in.Kind = f.String()
		case "received":
			f.Once(&seen, 1)
			in.Received = f.Instant()
		default:
			f.Fail()
		}
	}
	return f.Done()
}

// conversationFast decodes {"at", "thread"}; the thread decodes with
// sla.Conversation.UnmarshalJSON (its own fast path).
func conversationFast(raw []byte, in *conversationInput) bool {
	f := strictjson.NewFast(raw)
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "at":
			f.Once(&seen, 0)
			in.At = f.Instant()
		case "thread":
			f.Once(&seen, 1)
			if th := f.Raw(); f.OK() && in.Thread.UnmarshalJSON(th) != nil {
				f.Fail()
			}
		default:
			f.Fail()
		}
	}
	return f.Done()
}

// escalationFast decodes {"opened", "at", "resolved"}.
func escalationFast(raw []byte, in *escalationInput) bool {
	f := strictjson.NewFast(raw)
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "opened":
			f.Once(&seen, 0)
			in.Opened = f.Instant()
		case "at":
			f.Once(&seen, 1)
			in.At = f.Instant()
		case "resolved":
			f.Once(&seen, 2)
			in.Resolved = f.Instant()
		default:
			f.Fail()
		}
	}
	return f.Done()
}

// withdrawalFast decodes a withdrawal input without exclusions.
func withdrawalFast(raw []byte, in *withdrawalInput) bool {
	f := strictjson.NewFast(raw)
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "delivered":
			f.Once(&seen, 0)
			var buf [8]calendar.Date
			ds := buf[:0]
			f.Enter('[')
			for f.More(']') {
				ds = append(ds, dateFast(&f))
			}
			if f.OK() {
				in.Delivered = append(make([]calendar.Date, 0, len(ds)), ds...)
			}
		case "regular":
			f.Once(&seen, 1)
			in.Regular = f.Bool()
		case "buyer":
			f.Once(&seen, 2)
			in.Buyer = f.String()
		case "not_informed":
			f.Once(&seen, 3)
			in.NotInformed = f.Bool()
		case "informed_on":
			f.Once(&seen, 4)
			in.InformedOn = dateFast(&f)
		case "on":
			f.Once(&seen, 5)
			in.On = dateFast(&f)
		default:
			f.Fail()
		}
	}
	return f.Done()
}

// dateFast reads a date "YYYY-MM-DD" as calendar.Date.UnmarshalText does.
func dateFast(f *strictjson.Fast) calendar.Date {
	s := f.Str()
	var d calendar.Date
	if f.OK() && d.UnmarshalText(s) != nil {
		f.Fail()
	}
	return d
}
