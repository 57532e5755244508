package platform

import (
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// UnmarshalJSON decodes an Order strictly (unknown fields, wrong types and
// bad instants are *field.Error values naming the field) and validates it.
func (o *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	var x plain
	if err := strictjson.Decode(b, &x); err != nil {
		return err
	}
	if err := Order(x).Validate(); err != nil {
		return err
	}
	*o = Order(x)
	return nil
}

// UnmarshalJSON decodes a Change strictly and validates it.
func (c *Change) UnmarshalJSON(b []byte) error {
	type plain Change
	var x plain
	if err := strictjson.Decode(b, &x); err != nil {
		return err
	}
	if err := Change(x).Validate(); err != nil {
		return err
	}
	*c = Change(x)
	return nil
}

// UnmarshalJSON decodes NoticeRules strictly and validates them.
func (r *NoticeRules) UnmarshalJSON(b []byte) error {
	type plain NoticeRules
	var x plain
	if err := strictjson.Decode(b, &x); err != nil {
		return err
	}
	if err := NoticeRules(x).Validate(); err != nil {
		return err
	}
	*r = NoticeRules(x)
	return nil
}

// UnmarshalJSON decodes a Sanction strictly and validates it.
func (s *Sanction) UnmarshalJSON(b []byte) error {
	type plain Sanction
	var x plain
	if err := strictjson.Decode(b, &x); err != nil {
		return err
	}
	if err := Sanction(x).Validate(); err != nil {
		return err
	}
	*s = Sanction(x)
	return nil
}

// UnmarshalJSON decodes a Sale strictly; id and sold_at are required.
func (s *Sale) UnmarshalJSON(b []byte) error {
	type plain Sale
	var x plain
	if err := strictjson.Decode(b, &x); err != nil {
		return err
	}
	if x.ID == "" {
		return strictjson.Errorf("id", "missing")
	}
	if x.SoldAt.IsZero() {
		return strictjson.Errorf("sold_at", "missing")
	}
	*s = Sale(x)
	return nil
}

// DecodeSanction reads one Sanction from JSON strictly.
func DecodeSanction(data []byte) (Sanction, error) {
	var s Sanction
	if err := strictjson.Decode(data, &s); err != nil {
		return Sanction{}, err
	}
	return s, nil
}

// InformCase is the input of Inform as one JSON document (the aftersales
// inform --case file): {"reason": "illegal|recall", "aware_at": instant,
// "sales": [Sale, …]}.
type InformCase struct {
	Reason  InformReason `json:"reason"`
	AwareAt time.Time    `json:"aware_at"`
	Sales   []Sale       `json:"sales"`
}

// DecodeInformCase reads an InformCase strictly.
func DecodeInformCase(data []byte) (InformCase, error) {
	var c InformCase
	if err := strictjson.Decode(data, &c); err != nil {
		return InformCase{}, err
	}
	return c, nil
}
