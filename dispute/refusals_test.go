package dispute_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// TestRefusesMalformedComplaints: a complaint that is not exactly the
// documented format is refused with the field it is about.
func TestRefusesMalformedComplaints(t *testing.T) {
	tests := []struct{ name, in, path string }{
		{"unknown field", `{"opened":"2026-03-02T09:00:00+01:00","open":"x"}`, "open"},
		{"missing opening", `{"reference":"AGA1"}`, "opened"},
		{"resolved before opened", `{"opened":"2026-03-02T09:00:00+01:00","resolved":"2026-03-01T09:00:00+01:00"}`, "resolved"},
		{"offset of 24 hours", `{"opened":"2026-03-02T09:00:00+24:00"}`, "opened"},
		{"not an instant", `{"opened":"2026-03-02"}`, "opened"},
		{"invalid UTF-8", "{\"reference\":\"\xff\",\"opened\":\"2026-03-02T09:00:00+01:00\"}", "reference"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c dispute.Complaint
			err := json.Unmarshal([]byte(tc.in), &c)
			var fe *field.Error
			if !errors.As(err, &fe) || !strings.HasPrefix(fe.Path, tc.path) {
				t.Errorf("error %v does not name %s", err, tc.path)
			}
		})
	}
}

// TestRefusesMalformedTakeoverCases: unknown fields and device locks.
func TestRefusesMalformedTakeoverCases(t *testing.T) {
	for _, tc := range []struct{ name, in, path string }{
		{"unknown field", `{"reply_overdu":true}`, "reply_overdu"},
		{"unknown device lock", `{"device_lock":"pin"}`, "device_lock"},
		{"number for a bool", `{"counterfeit":1}`, "counterfeit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c dispute.Case
			err := json.Unmarshal([]byte(tc.in), &c)
			var fe *field.Error
			if !errors.As(err, &fe) || !strings.HasPrefix(fe.Path, tc.path) {
				t.Errorf("error %v does not name %s", err, tc.path)
			}
		})
	}
}

// TestRefusesNumbersOutOfRange: every number of Rules has a range that
// Validate enforces.
func TestRefusesNumbersOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		edit func(*dispute.Rules)
		path string
	}{
		{"reference digits", func(r *dispute.Rules) { r.Reference.Digits = 19 }, "reference.digits"},
		{"rate text", func(r *dispute.Rules) {
			r.Sanctions = append(r.Sanctions, dispute.Sanction{Trigger: dispute.PerformanceBelow, Below: dispute.Rate("0." + strings.Repeat("9", 40)), Measures: []dispute.Measure{dispute.SupportContact}, Basis: "x"})
		}, "sanctions[1].below"},
		{"escalation delay", func(r *dispute.Rules) {
			r.Escalation.Levels[2].After = calendar.HoursOn(calendar.MaxDelayHours+1, calendar.Elapsed)
		}, "escalation.levels[2].after.hours"},
		{"resolution target", func(r *dispute.Rules) {
			r.Escalation.Target = calendar.DaysOn(calendar.MaxDelayDays+1, calendar.Elapsed)
		}, "escalation.target.days"},
		{"negative commitment", func(r *dispute.Rules) {
			r.Escalation.Levels[1].Commitments[0].Within = calendar.HoursOn(-1, calendar.Elapsed)
		}, "escalation.levels[1].commitments[0].within.hours"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := engineRules()
			tc.edit(&r)
			err := r.Validate()
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Path != tc.path {
				t.Errorf("Validate() = %v, want an error at %s", err, tc.path)
			}
			if _, err := dispute.New(r, fr()); err == nil {
				t.Error("New accepted the rules")
			}
		})
	}
}

// TestComplaintRoundTrip: a complaint survives Marshal and Unmarshal.
func TestComplaintRoundTrip(t *testing.T) {
	in := dispute.Complaint{Reference: "AGA00012397", Opened: ts("2026-03-02T09:00:00+01:00"),
		Resolved: ts("2026-03-04T09:00:00+01:00")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var back dispute.Complaint
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, back); diff != "" {
		t.Errorf("round trip (-in +back):\n%s", diff)
	}
}

// TestCaseRoundTrip: a takeover case survives Marshal and Unmarshal.
func TestCaseRoundTrip(t *testing.T) {
	in := dispute.Case{ReplyOverdue: true, Dangerous: true, DeviceLock: dispute.LockGoogleAccount}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var back dispute.Case
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, back); diff != "" {
		t.Errorf("round trip (-in +back):\n%s", diff)
	}
}
