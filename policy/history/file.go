package history

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/policy"
)

// LoadFunc loads the policy a version names by reference (a preset name
// or a file path, as the caller resolves it).
type LoadFunc func(ref string) (policy.Policy, error)

type fileVersion struct {
	ID            string                   `json:"id"`
	Policy        json.RawMessage          `json:"policy"`
	NotifiedAt    time.Time                `json:"notified_at,omitzero"`
	EffectiveAt   time.Time                `json:"effective_at"`
	Until         time.Time                `json:"until,omitzero"`
	DurableMedium bool                     `json:"durable_medium,omitempty"`
	Adaptation    bool                     `json:"adaptation,omitempty"`
	Exception     platform.ChangeException `json:"exception,omitempty"`
}

type file struct {
	Notice   *platform.NoticeRules `json:"notice,omitempty"`
	Versions []fileVersion         `json:"versions"`
}

// Decode reads a history file strictly and builds the History (New):
//
//	{"notice": {"min_days": 15, "contractual_months": 1,
//	            "contract_source": "Opisto charter, preamble", "termination_days": 15},
//	 "versions": [
//	   {"id": "v1", "policy": "opisto", "effective_at": "2026-01-01T00:00:00+01:00"},
//	   {"id": "v2", "policy": "opisto-48h.json", "notified_at": "…", "effective_at": "…",
//	    "durable_medium": true, "adaptation": false, "exception": ""}]}
//
// notice is optional (default platform.P2B()). policy is a reference
// (string) resolved by load, or a policy object inline. Errors are
// *field.Error values naming the field ("versions[1].effective_at: …").
func Decode(data []byte, load LoadFunc) (History, error) {
	var f file
	if err := strictjson.Decode(data, &f); err != nil {
		return History{}, err
	}
	notice := platform.P2B()
	if f.Notice != nil {
		notice = *f.Notice
	}
	vs := make([]Version, len(f.Versions))
	for i, v := range f.Versions {
		p := field.Index("versions", i) + ".policy"
		raw := bytes.TrimSpace(v.Policy)
		var pol policy.Policy
		switch {
		case len(raw) == 0:
			return History{}, field.Errorf(p, "missing (a preset name, a policy file or a policy object)")
		case raw[0] == '"':
			var ref string
			if err := json.Unmarshal(raw, &ref); err != nil || ref == "" {
				return History{}, field.Errorf(p, "want a preset name, a policy file or a policy object")
			}
			if load == nil {
				return History{}, field.Errorf(p, "%q: no loader for policy references", ref)
			}
			var err error
			if pol, err = load(ref); err != nil {
				return History{}, field.At(p, err)
			}
		case raw[0] == '{':
			var err error
			if pol, err = policy.Decode(raw); err != nil {
				return History{}, field.At(p, err)
			}
		default:
			return History{}, field.Errorf(p, "want a preset name, a policy file or a policy object")
		}
		vs[i] = Version{ID: v.ID, Policy: pol, NotifiedAt: v.NotifiedAt, EffectiveAt: v.EffectiveAt, Until: v.Until, DurableMedium: v.DurableMedium, Adaptation: v.Adaptation, Exception: v.Exception}
	}
	return New(notice, vs)
}
