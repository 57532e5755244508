package sla

import "github.com/aftersales/aftersales/internal/strictjson"

// The wire forms (the types without their UnmarshalJSON methods) and their
// decoding plans: the field names read from the tags once, at start-up.
// The plans are immutable.
type (
	conversationJSON Conversation
	messageJSON      Message
	vacationJSON     Vacation
)

var (
	conversationPlan = strictjson.PlanOf((*conversationJSON)(nil))
	messagePlan      = strictjson.PlanOf((*messageJSON)(nil))
	vacationPlan     = strictjson.PlanOf((*vacationJSON)(nil))
)

// UnmarshalJSON decodes a conversation strictly (unknown or duplicate
// fields, wrong types, numbers the JSON grammar forbids, invalid UTF-8 and
// trailing data are errors) and validates it. Errors are *field.Error
// values naming the field ("messages[2].stars: 6 is outside 1 to 5").
func (c *Conversation) UnmarshalJSON(data []byte) error {
	if v, ok := decodeConversationFast(data); ok && v.Validate() == nil {
		*c = v
		return nil
	}
	var p conversationJSON
	if err := strictjson.DecodeWith(conversationPlan, data, &p); err != nil {
		return err
	}
	v := Conversation(p)
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// UnmarshalJSON decodes one message strictly and validates it.
func (m *Message) UnmarshalJSON(data []byte) error {
	f := strictjson.NewFast(data)
	if v := messageFast(&f); f.Done() {
		*m = v
		return nil
	}
	var p messageJSON
	if err := strictjson.DecodeWith(messagePlan, data, &p); err != nil {
		return err
	}
	v := Message(p)
	if err := v.validate(); err != nil {
		return err
	}
	*m = v
	return nil
}

// UnmarshalJSON decodes a vacation strictly and validates it.
func (v *Vacation) UnmarshalJSON(data []byte) error {
	var p vacationJSON
	if err := strictjson.DecodeWith(vacationPlan, data, &p); err != nil {
		return err
	}
	x := Vacation(p)
	if err := x.Validate(); err != nil {
		return err
	}
	*v = x
	return nil
}
