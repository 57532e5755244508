package sla

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
)

// Late reports whether s is a missed reply deadline: answered late, or
// still unanswered past the deadline. It is the one definition of "the
// seller replied late" (package dispute reads it for automatic opening and
// for the reply_late ground fact).
func (s State) Late() bool { return s == Breached || s == AnsweredLate }

// LateReply is the "seller replied late" fact about one buyer message of
// an Evaluation: which message, when the reply was due, whether it was
// answered (late) or is still unanswered, and how late on the target's
// clock.
//
// A LateReply is a plain value, safe for concurrent use. Its zero value
// describes no message.
type LateReply struct {
	// ID and Index identify the message as in MessageStatus.
	ID    string `json:"id,omitempty"`
	Index int    `json:"index"`
	// Kind is the kind the target was chosen by.
	Kind Kind `json:"kind"`
	// Due is the missed deadline.
	Due time.Time `json:"due"`
	// Answered is true when the seller answered after Due (AnsweredAt);
	// false when the message is still unanswered at the evaluation
	// instant.
	Answered   bool      `json:"answered"`
	AnsweredAt time.Time `json:"answered_at,omitzero"`
	// Late is the time past Due on the target's clock, until the reply or
	// the evaluation instant.
	Late calendar.Duration `json:"late"`
}

// LateReplies derives the late-reply facts of ev: one LateReply per buyer
// message whose State is Late, in the conversation's order. It returns an
// empty (non-nil) slice when every deadline was met or is still running.
func (ev Evaluation) LateReplies() []LateReply {
	out := []LateReply{}
	for _, m := range ev.Messages {
		if !m.State.Late() {
			continue
		}
		out = append(out, LateReply{ID: m.ID, Index: m.Index, Kind: m.Kind, Due: m.Due,
			Answered: m.Answered, AnsweredAt: m.AnsweredAt, Late: m.Late})
	}
	return out
}

// ReplyLate reports whether any reply deadline of ev was missed (the
// reply_late fact of a dispute ground); FirstBreach is then its earliest
// deadline.
func (ev Evaluation) ReplyLate() bool { return !ev.FirstBreach.IsZero() }

// Message returns where one buyer message m stands at instant at: its due
// instant, its state (open, due-soon, breached, answered-on-time,
// answered-late, or no-reply-needed), the business time remaining or the
// time late on the target's clock, and the explanation. A review's stars
// decide: 1 to 3 stars need a reply as a negative review, 4 or 5 none.
//
// reply is the seller's first reply at or after m.At (zero when none yet);
// a reply after at is not known at at. It is Evaluate on the conversation
// of m and its reply, so the two always agree.
func (e Engine) Message(m Message, reply, at time.Time) (MessageStatus, error) {
	if m.From == "" {
		m.From = Buyer
	}
	if m.From != Buyer {
		return MessageStatus{}, field.Errorf("from", "only a buyer message has a reply deadline")
	}
	c := Conversation{Messages: []Message{m}}
	if !reply.IsZero() {
		if reply.Before(m.At) {
			return MessageStatus{}, field.Errorf("reply", "before the message")
		}
		c.Messages = append(c.Messages, Message{From: Seller, At: reply})
	}
	ev, err := e.Evaluate(c, at)
	if err != nil {
		return MessageStatus{}, err
	}
	if len(ev.Messages) == 0 {
		return MessageStatus{}, field.Errorf("at", "before the message was received")
	}
	return ev.Messages[0], nil
}
