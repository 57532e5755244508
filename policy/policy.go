// Package policy composes one platform's after-sales rules: its market
// calendar and a section per capability (reply deadlines, refunds,
// guarantees, disputes, seller conduct). Policies are data: the presets
// (french-law, opisto, swapiphone, agafort) are plain values, every field
// round-trips through JSON, and decoding is strict, with errors that name
// the field path ("calendar.week.mon[0]: end before start").
package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// SchemaVersion is the version of the policy JSON format this package
// reads and writes. Decode rejects any other version.
const SchemaVersion = 1

// Policy is one platform's rules as data. The zero Policy is invalid (no
// schema, no name, no market); start from a preset (Preset, FrenchLaw,
// Opisto, Swapiphone, Agafort) and change fields.
//
// A Policy is a value: copying it copies the sections, but slices inside
// them are shared, so treat a Policy you have handed to other goroutines as
// read-only. Validate before use; Decode validates for you.
type Policy struct {
	// Schema is the format version, SchemaVersion.
	Schema int `json:"schema"`
	// Name identifies the policy ("opisto", "opisto-48h").
	Name string `json:"name"`
	// Platform is the marketplace's name for people ("Opisto").
	Platform string `json:"platform"`
	// Sources lists the documents the policy models (charter titles,
	// statutes).
	Sources []string `json:"sources,omitempty"`
	// Calendar is the market calendar deadlines are counted on.
	Calendar calendar.Spec `json:"calendar"`
	// SLA holds reply deadlines per buyer message kind.
	SLA sla.Rules `json:"sla"`
	// Refund holds the withdrawal window and refund components.
	Refund refund.Rules `json:"refund"`
	// Warranty holds the legal and commercial guarantees.
	Warranty warranty.Rules `json:"warranty"`
	// Dispute holds dispute grounds, escalation and takeover rules.
	Dispute dispute.Rules `json:"dispute"`
	// Conduct holds seller conduct rules: contact kept on the platform,
	// marketing, canned replies, listing completeness.
	Conduct conduct.Rules `json:"conduct"`
}

// Validate reports the first problem in p, with its field path.
func (p Policy) Validate() error {
	if p.Schema != SchemaVersion {
		return strictjson.Errorf("schema", "version %d not supported (want %d)", p.Schema, SchemaVersion)
	}
	if strings.TrimSpace(p.Name) == "" {
		return strictjson.Errorf("name", "missing")
	}
	if err := p.Calendar.Validate(); err != nil {
		return strictjson.At("calendar", err)
	}
	if err := p.SLA.Validate(); err != nil {
		return strictjson.At("sla", err)
	}
	if err := p.Refund.Validate(); err != nil {
		return strictjson.At("refund", err)
	}
	if err := p.Warranty.Validate(); err != nil {
		return strictjson.At("warranty", err)
	}
	if err := p.Dispute.Validate(); err != nil {
		return strictjson.At("dispute", err)
	}
	if err := p.Conduct.Validate(); err != nil {
		return strictjson.At("conduct", err)
	}
	return nil
}

// BuildCalendar builds p's market calendar.
func (p Policy) BuildCalendar() (calendar.Calendar, error) {
	c, err := calendar.New(p.Calendar)
	if err != nil {
		return calendar.Calendar{}, strictjson.At("calendar", err)
	}
	return c, nil
}

// Decode reads a policy from JSON strictly: unknown fields, wrong types,
// a missing or unsupported schema version and invalid values are errors
// naming the field path. The policy is validated.
func Decode(data []byte) (Policy, error) {
	var probe struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &probe); err == nil && probe.Schema == nil {
		return Policy{}, strictjson.Errorf("schema", "missing (want %d)", SchemaVersion)
	}
	var p Policy
	if err := strictjson.Decode(data, &p); err != nil {
		return Policy{}, err
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// Encode writes p as indented JSON, ending with a newline.
func Encode(p Policy) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ErrUnknownPreset is returned by Preset for a name it does not know.
var ErrUnknownPreset = errors.New("unknown policy preset")

// presets returns the built-in policies by name.
func presets() map[string]func() Policy {
	return map[string]func() Policy{
		"french-law": FrenchLaw,
		"opisto":     Opisto,
		"swapiphone": Swapiphone,
		"agafort":    Agafort,
	}
}

// Presets returns the names of the built-in policies, sorted.
func Presets() []string {
	var out []string
	for k := range presets() {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Preset returns a fresh copy of the built-in policy called name.
func Preset(name string) (Policy, error) {
	f, ok := presets()[name]
	if !ok {
		return Policy{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownPreset, name, strings.Join(Presets(), ", "))
	}
	return f(), nil
}

// Load returns the preset called nameOrFile or, when no preset has that
// name, the policy decoded from the file at that path.
func Load(nameOrFile string) (Policy, error) {
	if _, ok := presets()[nameOrFile]; ok {
		return Preset(nameOrFile)
	}
	data, err := os.ReadFile(nameOrFile)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !strings.ContainsAny(nameOrFile, "./\\") {
			return Policy{}, fmt.Errorf("%w %q (known: %s; or a policy file path)", ErrUnknownPreset, nameOrFile, strings.Join(Presets(), ", "))
		}
		return Policy{}, err
	}
	p, err := Decode(data)
	if err != nil {
		return Policy{}, fmt.Errorf("%s: %w", nameOrFile, err)
	}
	return p, nil
}
