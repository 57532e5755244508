package sla

import (
	"strconv"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// The fast paths of Conversation.UnmarshalJSON and Message.UnmarshalJSON:
// one scan of the common document (strictjson.Fast), without reflection.
// They report false for anything else (vacations, escapes, null, unknown
// or repeated members, an unknown author or kind, malformed JSON, a
// message that does not validate), and the strict decoder then decodes
// the document, so errors are always its own. When they report true the strict decoder gives the same value
// (TestDecodeFastAgreesWithStrict, FuzzDecodeConversationFast).

// decodeConversationFast decodes a conversation whose members are among
// id, messages, case_opened and case_closed.
func decodeConversationFast(b []byte) (Conversation, bool) {
	f := strictjson.NewFast(b)
	var c Conversation
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "id":
			f.Once(&seen, 0)
			c.ID = f.String()
		case "messages":
			f.Once(&seen, 1)
			c.Messages = messagesFast(&f)
		case "case_opened":
			f.Once(&seen, 2)
			c.CaseOpened = f.Instant()
		case "case_closed":
			f.Once(&seen, 3)
			c.CaseClosed = f.Instant()
		default:
			f.Fail()
		}
	}
	if !f.Done() {
		return Conversation{}, false
	}
	return c, true
}

// messagesFast reads a list of messages into a slice of its exact length
// (never nil, as the strict decoder's).
func messagesFast(f *strictjson.Fast) []Message {
	var buf [16]Message
	ms := buf[:0]
	f.Enter('[')
	for f.More(']') {
		m := messageFast(f)
		if !f.OK() {
			return nil
		}
		ms = append(ms, m)
	}
	if !f.OK() {
		return nil
	}
	return append(make([]Message, 0, len(ms)), ms...)
}

// messageFast reads one message and validates it (the strict decoder's
// Message.UnmarshalJSON validates each message).
func messageFast(f *strictjson.Fast) Message {
	var m Message
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "id":
			f.Once(&seen, 0)
			m.ID = f.String()
		case "from":
			f.Once(&seen, 1)
			m.From = strictjson.Enum(f, Buyer, Seller, Platform)
		case "at":
			f.Once(&seen, 2)
			m.At = f.Instant()
		case "kind":
			f.Once(&seen, 3)
			m.Kind = strictjson.Enum(f, Question, Complaint, NegativeReview, PlainMessage, Review)
		case "stars":
			f.Once(&seen, 4)
			m.Stars = int(f.Int(strconv.IntSize))
		default:
			f.Fail()
		}
	}
	if f.OK() && m.validate() != nil {
		f.Fail()
	}
	return m
}
