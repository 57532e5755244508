package dispute

import (
	"fmt"
	"strings"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// DeviceLock is how a device sold was locked: none, by a passcode, by a
// blacklisted IMEI, to an Apple ID or to a Google account. The zero
// DeviceLock ("") means none.
type DeviceLock string

// Device locks.
const (
	LockNone          DeviceLock = "none"
	LockPasscode      DeviceLock = "passcode"
	LockIMEI          DeviceLock = "imei"
	LockAppleID       DeviceLock = "apple_id"
	LockGoogleAccount DeviceLock = "google_account"
)

func deviceLocks() []DeviceLock {
	return []DeviceLock{LockNone, LockPasscode, LockIMEI, LockAppleID, LockGoogleAccount}
}

// ParseDeviceLock returns the DeviceLock called s; an unknown name is an
// error listing the known ones.
func ParseDeviceLock(s string) (DeviceLock, error) {
	if s == "" {
		return LockNone, nil
	}
	for _, l := range deviceLocks() {
		if string(l) == s {
			return l, nil
		}
	}
	names := make([]string, 0, 5)
	for _, l := range deviceLocks() {
		names = append(names, string(l))
	}
	return "", fmt.Errorf("unknown device lock %q (want %s)", s, strings.Join(names, ", "))
}

// UnmarshalText parses a DeviceLock strictly.
func (d *DeviceLock) UnmarshalText(b []byte) error {
	l, err := ParseDeviceLock(string(b))
	if err != nil {
		return err
	}
	*d = l
	return nil
}

// Takeover grounds: the facts that let a platform take over the customer
// contact from the seller.
const (
	GroundReplyOverdue      = "reply_overdue"
	GroundQualityDispute    = "quality_dispute"
	GroundRightsRefused     = "rights_refused"
	GroundLockPasscode      = "device_lock_passcode"
	GroundLockIMEI          = "device_lock_imei"
	GroundLockAppleID       = "device_lock_apple_id"
	GroundLockGoogleAccount = "device_lock_google_account"
	GroundCounterfeit       = "counterfeit"
	GroundDangerous         = "dangerous"
)

// TakeoverGrounds returns every takeover ground name, in a fixed order.
func TakeoverGrounds() []string {
	return []string{GroundReplyOverdue, GroundQualityDispute, GroundRightsRefused,
		GroundLockPasscode, GroundLockIMEI, GroundLockAppleID, GroundLockGoogleAccount,
		GroundCounterfeit, GroundDangerous}
}

// TakeoverRules say when the platform takes over the customer contact
// from the seller and who bears the costs. The zero TakeoverRules (no
// grounds) means the policy has no takeover rule.
type TakeoverRules struct {
	// Grounds are the grounds that allow a takeover, each with the clause
	// it comes from.
	Grounds []TakeoverGround `json:"grounds,omitempty"`
	// CostsToSeller: once the platform has taken over, it handles the
	// complaint or return itself and charges the costs to the seller.
	CostsToSeller bool `json:"costs_to_seller,omitempty"`
	// CostsBasis is the clause for CostsToSeller.
	CostsBasis string `json:"costs_basis,omitempty"`
}

// TakeoverGround is one ground of a takeover rule.
type TakeoverGround struct {
	// Ground is one of TakeoverGrounds().
	Ground string `json:"ground"`
	// Basis is the clause it comes from.
	Basis string `json:"basis"`
}

// IsZero reports whether t has no grounds (no takeover rule).
func (t TakeoverRules) IsZero() bool { return len(t.Grounds) == 0 && !t.CostsToSeller }

// Validate reports the first problem in t with its field path.
func (t TakeoverRules) Validate() error {
	if t.CostsToSeller && len(t.Grounds) == 0 {
		return strictjson.Errorf("grounds", "missing: costs to the seller need at least one takeover ground")
	}
	seen := map[string]bool{}
	for i, g := range t.Grounds {
		p := strictjson.Index("grounds", i)
		known := false
		for _, n := range TakeoverGrounds() {
			known = known || n == g.Ground
		}
		if !known {
			return strictjson.Errorf(strictjson.Join(p, "ground"), "unknown ground %q (want one of %s)", g.Ground, strings.Join(TakeoverGrounds(), ", "))
		}
		if seen[g.Ground] {
			return strictjson.Errorf(strictjson.Join(p, "ground"), "duplicate ground %q", g.Ground)
		}
		seen[g.Ground] = true
		if strings.TrimSpace(g.Basis) == "" {
			return strictjson.Errorf(strictjson.Join(p, "basis"), "missing: name the clause")
		}
	}
	if t.CostsToSeller && strings.TrimSpace(t.CostsBasis) == "" {
		return strictjson.Errorf("costs_basis", "missing: name the clause that charges the seller")
	}
	return nil
}

// Case is the facts of a case for a takeover decision. Its zero value is
// a case where nothing went wrong.
type Case struct {
	// ReplyOverdue: the seller did not answer the buyer in time.
	ReplyOverdue bool `json:"reply_overdue"`
	// QualityDispute: the buyer disputes the product's quality or its
	// conformity with the listing.
	QualityDispute bool `json:"quality_dispute"`
	// RightsRefused: the seller refused the buyer's return or claim
	// rights.
	RightsRefused bool `json:"rights_refused"`
	// Counterfeit: the goods are counterfeit.
	Counterfeit bool `json:"counterfeit"`
	// Dangerous: the goods are dangerous.
	Dangerous bool `json:"dangerous"`
	// DeviceLock: how the device sold was locked.
	DeviceLock DeviceLock `json:"device_lock"`
}

// DecodeCase reads a takeover case from JSON strictly; errors name the
// field ("device_lock: unknown device lock ...").
// It is the same as json.Unmarshal into a Case.
func DecodeCase(data []byte) (Case, error) {
	if c, ok := decodeCaseFast(data); ok {
		return c, nil
	}
	var c Case
	if err := strictjson.DecodeWith(casePlan, data, &c); err != nil {
		return Case{}, err
	}
	return c, nil
}

// decodeCaseFast is DecodeCase's fast path: one scan of a case whose
// members are its booleans and a known device lock (strictjson.Fast). It
// reports false for anything else, and DecodeCase then decodes strictly,
// so errors are always the strict decoder's; when it reports true the
// strict decoder gives the same Case (TestDecodeCaseFastAgreesWithStrict,
// FuzzDecodeCaseFast).
func decodeCaseFast(data []byte) (Case, bool) {
	f := strictjson.NewFast(data)
	var c Case
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "reply_overdue":
			f.Once(&seen, 0)
			c.ReplyOverdue = f.Bool()
		case "quality_dispute":
			f.Once(&seen, 1)
			c.QualityDispute = f.Bool()
		case "rights_refused":
			f.Once(&seen, 2)
			c.RightsRefused = f.Bool()
		case "counterfeit":
			f.Once(&seen, 3)
			c.Counterfeit = f.Bool()
		case "dangerous":
			f.Once(&seen, 4)
			c.Dangerous = f.Bool()
		case "device_lock":
			f.Once(&seen, 5)
			c.DeviceLock = strictjson.Enum(&f, deviceLocks()...)
		default:
			f.Fail()
		}
	}
	return c, f.Done()
}

// casePlan is the decoding plan of a Case: its field names read from the
// tags once, at start-up (immutable).
var casePlan = strictjson.PlanOf((*Case)(nil))

// grounds returns the takeover grounds c's facts establish.
func (c Case) grounds() ([]string, error) {
	if _, err := ParseDeviceLock(string(c.DeviceLock)); err != nil {
		return nil, strictjson.At("device_lock", err)
	}
	var out []string
	add := func(b bool, g string) {
		if b {
			out = append(out, g)
		}
	}
	add(c.ReplyOverdue, GroundReplyOverdue)
	add(c.QualityDispute, GroundQualityDispute)
	add(c.RightsRefused, GroundRightsRefused)
	add(c.DeviceLock == LockPasscode, GroundLockPasscode)
	add(c.DeviceLock == LockIMEI, GroundLockIMEI)
	add(c.DeviceLock == LockAppleID, GroundLockAppleID)
	add(c.DeviceLock == LockGoogleAccount, GroundLockGoogleAccount)
	add(c.Counterfeit, GroundCounterfeit)
	add(c.Dangerous, GroundDangerous)
	return out, nil
}

// Takeover is a takeover decision.
type Takeover struct {
	// Takeover reports whether the platform may take over the customer
	// contact.
	Takeover bool `json:"takeover"`
	// Grounds lists every ground of the rule the facts establish.
	Grounds []string `json:"grounds"`
	// CostsToSeller reports whether the costs of handling the case go to
	// the seller (only with a takeover).
	CostsToSeller bool          `json:"costs_to_seller"`
	Basis         explain.Basis `json:"basis"`
}

// ErrNoTakeoverRule is returned by Decide for a policy without takeover
// rules.
var ErrNoTakeoverRule error = noRule("no takeover rule in this policy")

// Decide returns whether the platform takes over the customer contact in
// case c, on every ground of t that c's facts establish. An unknown device
// lock is an error naming the field.
//
// Deprecated: use New(rules, cal) and Engine.Takeover.
func (t TakeoverRules) Decide(c Case) (Takeover, error) {
	return t.decide(c)
}

func (t TakeoverRules) decide(c Case) (Takeover, error) {
	if t.IsZero() {
		return Takeover{}, ErrNoTakeoverRule
	}
	facts, err := c.grounds()
	if err != nil {
		return Takeover{}, err
	}
	out := Takeover{Grounds: []string{}}
	var steps []explain.Step
	for _, g := range t.Grounds {
		for _, f := range facts {
			if f == g.Ground {
				out.Grounds = append(out.Grounds, g.Ground)
				steps = append(steps, explain.Step{Rule: "dispute.takeover.ground", Basis: g.Basis,
					Facts: []explain.Fact{explain.F(g.Ground, true)},
					Text:  "Ground %s applies: the platform may take over the customer contact.", Args: []any{g.Ground}})
			}
		}
	}
	for _, f := range facts {
		if !contains(out.Grounds, f) {
			steps = append(steps, explain.Step{Rule: "dispute.takeover.ground",
				Facts: []explain.Fact{explain.F(f, true)},
				Text:  "Fact %s is not a takeover ground in this policy.", Args: []any{f}})
		}
	}
	out.Takeover = len(out.Grounds) > 0
	if !out.Takeover {
		steps = append(steps, explain.Step{Rule: "dispute.takeover.none", Basis: t.Grounds[0].Basis,
			Text: "No takeover ground applies: the seller keeps the customer contact."})
	} else if t.CostsToSeller {
		out.CostsToSeller = true
		steps = append(steps, explain.Step{Rule: "dispute.takeover.costs", Basis: t.CostsBasis,
			Text: "Once it has taken over, the platform handles the complaint or return itself and charges the costs to the seller."})
	}
	out.Basis = explain.Of(steps...)
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// UnmarshalJSON decodes a takeover case strictly (unknown or duplicate
// fields, wrong types, an unknown device_lock are errors); errors are
// *field.Error values naming the field.
func (c *Case) UnmarshalJSON(data []byte) error {
	type plain Case
	var p plain
	if err := strictjson.Decode(data, &p); err != nil {
		return err
	}
	*c = Case(p)
	return nil
}
