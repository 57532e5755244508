package dispute

import (
	"strings"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// Rules is the dispute section of a policy: the grounds a buyer may open a
// dispute on, the automatic opening on a late reply, the escalation ladder,
// complaint references, the platform takeover and the sanctions.
//
// The zero Rules is a policy with none of these: no grounds, no automatic
// dispute, no escalation procedure, no references, no takeover, no
// sanctions (the French-law preset). Each part is independent and its
// zero value means "the policy has no such rule".
//
// Rules is plain data and round-trips through JSON. Slices are shared on
// copy: treat Rules handed to other goroutines as read-only; reading is
// safe for concurrent use.
type Rules struct {
	// Grounds are the grounds on which a buyer may open a dispute.
	Grounds []Ground `json:"grounds,omitempty"`
	// AutoOpen opens a dispute by itself when a reply deadline passes.
	AutoOpen AutoOpenRule `json:"auto_open,omitzero"`
	// Escalation is the escalation ladder for complaints.
	Escalation Ladder `json:"escalation,omitzero"`
	// Reference is how complaints are numbered.
	Reference ReferenceRule `json:"reference,omitzero"`
	// Takeover says when the platform takes over the customer contact.
	Takeover TakeoverRules `json:"takeover,omitzero"`
	// Sanctions are the measures against sellers.
	Sanctions []Sanction `json:"sanctions,omitempty"`
}

// AutoOpenRule opens a dispute by itself when the reply to a buyer
// message of one of Kinds is late. Registered vacations move the reply
// deadline itself (package sla), so no dispute opens while one runs. The
// zero AutoOpenRule (no kinds) means no automatic dispute.
type AutoOpenRule struct {
	// Kinds are the sla message kinds whose late reply opens a dispute.
	Kinds []string `json:"kinds,omitempty"`
	// Basis is the clause ("Opisto charter §I").
	Basis string `json:"basis,omitempty"`
}

// IsZero reports whether a opens nothing.
func (a AutoOpenRule) IsZero() bool { return len(a.Kinds) == 0 && a.Basis == "" }

// Validate reports the first problem in a with its field path.
func (a AutoOpenRule) Validate() error {
	if a.IsZero() {
		return nil
	}
	if len(a.Kinds) == 0 {
		return strictjson.Errorf("kinds", "missing: name the message kinds whose late reply opens a dispute")
	}
	seen := map[string]bool{}
	for i, k := range a.Kinds {
		if err := validKind(k); err != nil {
			return strictjson.At(strictjson.Index("kinds", i), err)
		}
		if seen[k] {
			return strictjson.Errorf(strictjson.Index("kinds", i), "duplicate kind %q", k)
		}
		seen[k] = true
	}
	if strings.TrimSpace(a.Basis) == "" {
		return strictjson.Errorf("basis", "missing: name the clause")
	}
	return nil
}

// Validate reports the first problem in r with its field path
// ("escalation.levels[2].after: levels are not in increasing order ...").
func (r Rules) Validate() error {
	if err := validateGrounds(r.Grounds); err != nil {
		return err
	}
	if err := r.AutoOpen.Validate(); err != nil {
		return strictjson.At("auto_open", err)
	}
	if err := r.Escalation.Validate(); err != nil {
		return strictjson.At("escalation", err)
	}
	if err := r.Reference.Validate(); err != nil {
		return strictjson.At("reference", err)
	}
	if err := r.Takeover.Validate(); err != nil {
		return strictjson.At("takeover", err)
	}
	return validateSanctions(r.Sanctions)
}
