// Package policy is one platform's after-sales rules as data: its market
// calendar and a section per rule package (reply deadlines, refunds,
// guarantees, disputes, seller conduct). Compile validates a Policy once
// and builds everything its questions need into an Engine, an immutable
// value safe for concurrent use through which every question is asked.
//
// Policies are data: every field round-trips through JSON (schema 2;
// schema-1 files keep loading), decoding is strict and errors are
// *field.Error values naming the field path ("calendar.week.mon[0]: end
// before start"). The built-in policies are in package policy/preset; the
// French statute they start from is in package law/fr; recorded cases,
// replay and policy tests are in package policy/replay.
//
// A zero section means "no rule" of that kind, never an implicit statute:
// a policy that wants the legal guarantees states them (preset.FrenchLaw
// and law/fr give them).
package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// SchemaVersion is the version of the policy JSON format Encode writes.
// Decode reads it and every earlier version still supported
// (MinSchemaVersion): schema 1 differs only in the names of the delay
// clocks ("calendar-hours" and "calendar" for "elapsed", "business-hours"
// for "business"), which the rule packages read in either spelling.
const SchemaVersion = 2

// MinSchemaVersion is the oldest policy JSON format Decode reads.
const MinSchemaVersion = 1

// Policy is one platform's rules as data. The zero Policy is invalid (no
// schema, no name, no market); start from a preset (package policy/preset)
// and change fields.
//
// A Policy is a plain value: copying it copies the sections, but slices and
// maps inside them are shared, so treat a Policy you have handed to other
// goroutines as read-only. Compile copies it deeply: changing a Policy after
// compiling it never changes the Engine. Daylight-saving time does not
// affect a Policy; it is handled by the calendar its Engine counts on.
type Policy struct {
	// Schema is the format version: SchemaVersion, or MinSchemaVersion
	// for a policy written before it (Decode returns SchemaVersion).
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
	// Markets lists the buyers' markets the policy serves, the first being
	// the default: each consumer decision applies, field by field, the more
	// protective of the policy's clause and that market's statute
	// (Rome I art. 6). When empty, the policy serves the market of its
	// calendar if the library holds its statute.
	Markets []Market `json:"markets,omitempty"`
	// Base is the market whose statute the policy's refund and warranty
	// sections restate (the presets restate French law): where a section
	// equals that statute's answer it is the law, not a clause of the
	// platform, and a buyer in another market gets his own market's
	// statute instead; where it differs it is a clause of the platform,
	// applied when more protective. Empty means the calendar's market;
	// "none" makes every rule a clause of the platform.
	Base string `json:"base,omitempty"`
	// ReplyCalendar says whose calendar reply deadlines (sla) count on:
	// "platform" (the default when empty: Calendar) or "seller" (the
	// seller's market, with Calendar's weekly schedule; see
	// Engine.SellerSLA). Escalation (dispute) always counts on the
	// platform's calendar.
	ReplyCalendar string `json:"reply_calendar,omitempty"`
	// SLA holds reply deadlines per buyer message kind.
	SLA sla.Rules `json:"sla"`
	// Refund holds the withdrawal window and refund components.
	Refund refund.Rules `json:"refund"`
	// Warranty holds the legal and commercial guarantees; zero means none.
	Warranty warranty.Rules `json:"warranty"`
	// Dispute holds dispute grounds, escalation and takeover rules.
	Dispute dispute.Rules `json:"dispute"`
	// Conduct holds seller conduct rules: contact kept on the platform,
	// marketing, canned replies, listing completeness.
	Conduct conduct.Rules `json:"conduct"`
}

// MaxNameLength is the longest policy Name accepted, in bytes.
const MaxNameLength = 200

// Validate reports the first problem in p as a *field.Error with its field
// path. It checks the schema version, the name, then each section with its
// package's Validate, then the ranges of every number (see Limits).
func (p Policy) Validate() error {
	if p.Schema < MinSchemaVersion || p.Schema > SchemaVersion {
		return field.Errorf("schema", "version %d not supported (want %d to %d)", p.Schema, MinSchemaVersion, SchemaVersion)
	}
	if strings.TrimSpace(p.Name) == "" {
		return field.Errorf("name", "missing")
	}
	if len(p.Name) > MaxNameLength {
		return field.Errorf("name", "longer than %d bytes", MaxNameLength)
	}
	if err := p.Calendar.Validate(); err != nil {
		return field.At("calendar", err)
	}
	if err := validateMarkets(p.Markets); err != nil {
		return err
	}
	if p.Base != "" && p.Base != "none" && !law.Has(p.Base) {
		return field.Errorf("base", "%q: no statute for this market (want none or one of %s)", p.Base, strings.Join(law.Markets(), ", "))
	}
	switch p.ReplyCalendar {
	case "", "platform", "seller":
	default:
		return field.Errorf("reply_calendar", "unknown value %q (want platform or seller)", p.ReplyCalendar)
	}
	if err := p.SLA.Validate(); err != nil {
		return field.At("sla", err)
	}
	if err := p.Refund.Validate(); err != nil {
		return field.At("refund", err)
	}
	if err := p.Warranty.Validate(); err != nil {
		return field.At("warranty", err)
	}
	if err := p.Dispute.Validate(); err != nil {
		return field.At("dispute", err)
	}
	if err := p.Conduct.Validate(); err != nil {
		return field.At("conduct", err)
	}
	return checkLimits(p)
}

// BuildCalendar builds p's market calendar.
//
// Deprecated: Compile the policy once and use Engine.Calendar: it builds
// the calendar once for every question.
func (p Policy) BuildCalendar() (calendar.Calendar, error) {
	c, err := calendar.New(p.Calendar)
	if err != nil {
		return calendar.Calendar{}, field.At("calendar", err)
	}
	return c, nil
}

// Decode reads a policy from JSON strictly: unknown or duplicate fields,
// wrong types, numbers the JSON grammar forbids, invalid UTF-8, a missing
// or unsupported schema version and invalid values are *field.Error values
// naming the field path (a document that is not JSON, or not UTF-8, is an
// error at the byte offset, with an empty path). Schema 1 and 2 are read; the result has Schema =
// SchemaVersion. The policy is validated.
func Decode(data []byte) (Policy, error) {
	// The JSON grammar first: numbers such as +1 or 01 are refused.
	if !json.Valid(data) {
		var x any
		err := json.Unmarshal(data, &x)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return Policy{}, &field.Error{Err: fmt.Errorf("invalid JSON at byte %d: %s", se.Offset, se.Error())}
		}
		return Policy{}, &field.Error{Err: errors.New("invalid JSON")}
	}
	if !utf8.Valid(data) {
		n := 0
		for n < len(data) {
			r, size := utf8.DecodeRune(data[n:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			n += size
		}
		return Policy{}, &field.Error{Err: fmt.Errorf("invalid UTF-8 at byte %d", n)}
	}
	var probe struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &probe); err == nil && probe.Schema == nil {
		return Policy{}, field.Errorf("schema", "missing (want %d)", SchemaVersion)
	}
	var p Policy
	if err := strictjson.Decode(data, &p); err != nil {
		return Policy{}, err
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	p.Schema = SchemaVersion
	return p, nil
}

// Encode writes p as indented JSON in schema SchemaVersion, ending with a
// newline. Keys are in declaration order.
func Encode(p Policy) ([]byte, error) {
	p.Schema = SchemaVersion
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
