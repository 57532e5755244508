package history_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy/history"
	"github.com/aftersales/aftersales/policy/replay"
	"github.com/google/go-cmp/cmp"
)

// TestCaseInstant: each kind of recorded case is placed at the instant
// whose policy version governs it; a takeover case has none.
func TestCaseInstant(t *testing.T) {
	cal := calendar.MustForMarket("FR", "")
	tests := []struct {
		name  string
		kind  replay.Kind
		input string
		want  string
		path  string
	}{
		{"deadline: received", replay.KindDeadline, `{"received":"2026-11-20T15:00:00+01:00"}`, "2026-11-20T15:00:00+01:00", ""},
		{"withdrawal: the last delivery's day", replay.KindWithdrawal, `{"delivered":["2026-11-02","2026-11-05"]}`, "2026-11-05T00:00:00+01:00", ""},
		{"quote: the delivery's day", replay.KindQuote, `{"delivered":"2026-11-02"}`, "2026-11-02T00:00:00+01:00", ""},
		{"warranty: the contract's day", replay.KindWarranty, `{"contract":"2026-07-31"}`, "2026-07-31T00:00:00+02:00", ""},
		{"warranty without a contract", replay.KindWarranty, `{}`, "", "input.contract"},
		{"takeover has no instant", replay.KindTakeover, `{}`, "", "kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := history.CaseInstant(replay.Case{Kind: tt.kind, Input: json.RawMessage(tt.input)}, cal)
			if tt.path != "" {
				var fe *field.Error
				if !errors.As(err, &fe) || fe.Path != tt.path {
					t.Fatalf("err = %v, want a *field.Error at %s", err, tt.path)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Format(time.RFC3339)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
