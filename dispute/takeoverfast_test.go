package dispute

import (
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
)

// checkCaseFast fails when the fast path accepts data and the strict
// decoder refuses it or decodes it differently.
func checkCaseFast(t *testing.T, data []byte) bool {
	t.Helper()
	got, ok := decodeCaseFast(data)
	if !ok {
		return false
	}
	var want Case
	if err := strictjson.DecodeWith(casePlan, data, &want); err != nil {
		t.Fatalf("fast path accepts %q, the strict decoder refuses it: %v", data, err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("fast path decodes %q differently (-strict +fast):\n%s", data, d)
	}
	return true
}

func TestDecodeCaseFastAgreesWithStrict(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		fast bool
	}{
		{"all", `{"reply_overdue":true,"quality_dispute":false,"rights_refused":true,"counterfeit":false,"dangerous":true,"device_lock":"google_account"}`, true},
		{"empty", ` { } `, true},
		{"empty lock", `{"device_lock":""}`, false},
		{"unknown lock", `{"device_lock":"pin"}`, false},
		{"null", `{"dangerous":null}`, false},
		{"number", `{"dangerous":1}`, false},
		{"duplicate", `{"dangerous":true,"dangerous":false}`, false},
		{"unknown member", `{"stolen":true}`, false},
		{"trailing", `{"dangerous":true}{}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkCaseFast(t, []byte(tt.doc)); got != tt.fast {
				t.Fatalf("fast path took it: %v, want %v", got, tt.fast)
			}
		})
	}
}

func FuzzDecodeCaseFast(f *testing.F) {
	f.Add(`{"reply_overdue":true,"device_lock":"imei"}`)
	f.Add(`{"counterfeit":false,"dangerous":true,"device_lock":"none"}`)
	f.Fuzz(func(t *testing.T, doc string) { checkCaseFast(t, []byte(doc)) })
}
