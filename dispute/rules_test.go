package dispute_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func swapiphoneTakeover() dispute.TakeoverRules {
	var gs []dispute.TakeoverGround
	for _, g := range dispute.TakeoverGrounds() {
		gs = append(gs, dispute.TakeoverGround{Ground: g, Basis: "Swapiphone takeover"})
	}
	return dispute.TakeoverRules{Grounds: gs, CostsToSeller: true, CostsBasis: "Swapiphone takeover ¶2"}
}

func opistoGrounds() []dispute.Ground {
	return []dispute.Ground{
		{Name: "reply_too_late", Basis: "Opisto charter §I", Conditions: []dispute.Condition{{Fact: dispute.FactReplyLate, Is: true}}},
		{Name: "return_costs_seller_defect", Basis: "Opisto charter §I", Conditions: []dispute.Condition{
			{Fact: dispute.FactSellerDefectConfirmed, Is: true}, {Fact: dispute.FactReturnCostsDemanded, Is: true}, {Fact: dispute.FactWithdrawal, Is: false}}},
	}
}

func fullRules() dispute.Rules {
	return dispute.Rules{
		Grounds:    opistoGrounds(),
		AutoOpen:   opistoAuto(),
		Escalation: agafortLadder(),
		Reference:  aga(),
		Takeover:   swapiphoneTakeover(),
		Sanctions: []dispute.Sanction{
			{Trigger: dispute.NonCooperation, Measures: []dispute.Measure{dispute.Restriction, dispute.Termination}, Basis: "Agafort dispute resolution policy §6"},
			{Trigger: dispute.PerformanceBelow, Below: "0.90", Measures: []dispute.Measure{dispute.Warning}, Basis: "test"},
		},
	}
}

func TestTakeover(t *testing.T) {
	tests := []struct {
		name  string
		json  string
		want  dispute.Takeover
		steps int
	}{
		{"device locked to a Google account", `{"device_lock":"google_account"}`,
			dispute.Takeover{Takeover: true, Grounds: []string{"device_lock_google_account"}, CostsToSeller: true}, 2},
		{"nothing wrong", `{"reply_overdue":false,"device_lock":"none"}`,
			dispute.Takeover{Grounds: []string{}}, 1},
		{"every ground", `{"reply_overdue":true,"quality_dispute":true,"rights_refused":true,"counterfeit":true,"dangerous":true,"device_lock":"imei"}`,
			dispute.Takeover{Takeover: true, Grounds: []string{"reply_overdue", "quality_dispute", "rights_refused", "device_lock_imei", "counterfeit", "dangerous"}, CostsToSeller: true}, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := dispute.DecodeCase([]byte(tc.json))
			if err != nil {
				t.Fatal(err)
			}
			got, err := swapiphoneTakeover().Decide(c)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Basis.Steps) != tc.steps {
				t.Errorf("%d steps, want %d: %+v", len(got.Basis.Steps), tc.steps, got.Basis)
			}
			got.Basis = explain.Basis{}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// A rule with only some grounds: the others are facts, not grounds.
	partial := dispute.TakeoverRules{Grounds: []dispute.TakeoverGround{{Ground: dispute.GroundCounterfeit, Basis: "x"}}}
	got, err := partial.Decide(dispute.Case{ReplyOverdue: true})
	if err != nil || got.Takeover || got.CostsToSeller {
		t.Errorf("partial rule: %+v, %v", got, err)
	}
}

func TestTakeoverErrors(t *testing.T) {
	_, err := dispute.DecodeCase([]byte(`{"device_lock":"pin"}`))
	if err == nil || err.Error() != `device_lock: unknown device lock "pin" (want none, passcode, imei, apple_id, google_account)` {
		t.Errorf("unknown lock: %v", err)
	}
	if _, err := dispute.DecodeCase([]byte(`{"locked":true}`)); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("unknown field: %v", err)
	}
	if _, err := swapiphoneTakeover().Decide(dispute.Case{DeviceLock: "pin"}); err == nil || !strings.HasPrefix(err.Error(), "device_lock: ") {
		t.Errorf("Decide with unknown lock: %v", err)
	}
	if _, err := (dispute.TakeoverRules{}).Decide(dispute.Case{}); !errors.Is(err, dispute.ErrNoTakeoverRule) || err.Error() != "no takeover rule in this policy" {
		t.Errorf("no rule: %v", err)
	}
}

func FuzzDecodeCase(f *testing.F) {
	f.Add(`{"device_lock":"google_account","dangerous":true}`)
	f.Add(`{"device_lock":""}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := dispute.DecodeCase([]byte(s))
		if err != nil {
			return
		}
		d, err := swapiphoneTakeover().Decide(c)
		if err != nil {
			t.Fatalf("decoded case %+v fails: %v", c, err)
		}
		if d.Takeover != (len(d.Grounds) > 0) || d.CostsToSeller != d.Takeover {
			t.Fatalf("inconsistent decision %+v", d)
		}
	})
}

func TestCheckGround(t *testing.T) {
	r := dispute.Rules{Grounds: opistoGrounds()}
	tests := []struct {
		name    string
		ground  string
		facts   dispute.Facts
		holds   bool
		failed  []dispute.Condition
		missing []string
	}{
		{"late reply", "reply_too_late", dispute.Facts{"reply_late": true}, true, []dispute.Condition{}, []string{}},
		{"reply in time", "reply_too_late", dispute.Facts{"reply_late": false}, false, []dispute.Condition{{Fact: "reply_late", Is: true}}, []string{}},
		{"return costs outside a withdrawal", "return_costs_seller_defect", dispute.Facts{"seller_defect_confirmed": true, "return_costs_demanded": true, "withdrawal": false}, true, []dispute.Condition{}, []string{}},
		{"return costs within a withdrawal", "return_costs_seller_defect", dispute.Facts{"seller_defect_confirmed": true, "return_costs_demanded": true, "withdrawal": true}, false, []dispute.Condition{{Fact: "withdrawal", Is: false}}, []string{}},
		{"defect not confirmed, withdrawal not said", "return_costs_seller_defect", dispute.Facts{"return_costs_demanded": true}, false,
			[]dispute.Condition{{Fact: "seller_defect_confirmed", Is: true}, {Fact: "withdrawal", Is: false}}, []string{"seller_defect_confirmed", "withdrawal"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := r.CheckGround(tc.ground, tc.facts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]any{tc.holds, tc.failed, tc.missing}, []any{got.Holds, got.Failed, got.Missing}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if got.Basis.Sources()[0] != "Opisto charter §I" {
				t.Errorf("basis %v", got.Basis.Sources())
			}
		})
	}
	if _, err := r.CheckGround("rudeness", nil); !errors.Is(err, dispute.ErrUnknownGround) || !strings.Contains(err.Error(), "reply_too_late, return_costs_seller_defect") {
		t.Errorf("unknown ground: %v", err)
	}
	if _, err := r.CheckGround("reply_too_late", dispute.Facts{"late": true}); err == nil || !strings.HasPrefix(err.Error(), "late: unknown fact") {
		t.Errorf("unknown fact: %v", err)
	}
	m, err := r.MatchGrounds(dispute.Facts{"reply_late": true, "seller_defect_confirmed": true, "return_costs_demanded": true, "withdrawal": false})
	if err != nil || len(m) != 2 {
		t.Errorf("MatchGrounds: %d, %v", len(m), err)
	}
}

func TestSanction(t *testing.T) {
	r := fullRules()
	tests := []struct {
		name string
		c    dispute.Conduct
		want []dispute.Trigger
	}{
		{"nothing", dispute.Conduct{}, nil},
		{"non-cooperation", dispute.Conduct{NonCooperation: true}, []dispute.Trigger{dispute.NonCooperation}},
		{"rate under the threshold", dispute.Conduct{PerformanceRate: "0.8999"}, []dispute.Trigger{dispute.PerformanceBelow}},
		{"rate at the threshold", dispute.Conduct{PerformanceRate: "0.9"}, nil},
		{"rate as a percentage at the threshold", dispute.Conduct{PerformanceRate: "90%"}, nil},
		{"rate as a percentage under", dispute.Conduct{PerformanceRate: "89.99%", NonCooperation: true}, []dispute.Trigger{dispute.NonCooperation, dispute.PerformanceBelow}},
		{"not a trigger of this policy", dispute.Conduct{OffPlatformDealing: true}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := r.Sanction(tc.c)
			if err != nil {
				t.Fatal(err)
			}
			var got []dispute.Trigger
			for _, a := range d.Applied {
				got = append(got, a.Trigger)
				if a.Reason == "" || a.Basis == "" || len(a.Measures) == 0 {
					t.Errorf("incomplete %+v", a)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" || d.Sanctioned != (len(got) > 0) {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := r.Sanction(dispute.Conduct{PerformanceRate: "0,9"}); err == nil || !strings.HasPrefix(err.Error(), "performance_rate: ") {
		t.Errorf("bad rate: %v", err)
	}
	d, _ := r.Sanction(dispute.Conduct{NonCooperation: true})
	if diff := cmp.Diff([]dispute.Measure{dispute.Restriction, dispute.Termination}, d.Applied[0].Measures); diff != "" {
		t.Error(diff)
	}
}

func FuzzRate(f *testing.F) {
	for _, s := range []string{"0.95", "95%", "1", "1.01", "100%", "", "-0.1", "1e-2", ".5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var r dispute.Rate
		if err := r.UnmarshalText([]byte(s)); err != nil {
			return
		}
		d, err := r.Decimal()
		if err != nil || d.IsNegative() || d.GreaterThan(decimalOne()) {
			t.Fatalf("%q accepted as %v, %v", s, d, err)
		}
	})
}

func TestRulesValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(r *dispute.Rules)
		want string
	}{
		{"valid", func(r *dispute.Rules) {}, ""},
		{"zero", func(r *dispute.Rules) { *r = dispute.Rules{} }, ""},
		{"ladder out of order", func(r *dispute.Rules) {
			r.Escalation.Levels = []dispute.Level{{Team: "a"}, {Team: "b", After: dispute.Hours(48, dispute.CalendarClock)}, {Team: "c", After: dispute.Hours(24, dispute.CalendarClock)}}
		}, "escalation.levels[2].after: levels are not in increasing order: 24 hours is not after 48 hours of level 1"},
		{"unknown fact", func(r *dispute.Rules) { r.Grounds[0].Conditions[0].Fact = "late" }, `grounds[0].conditions[0].fact: unknown fact "late" (want one of refund_refused, reply_late, return_costs_demanded, seller_defect_confirmed, withdrawal, withdrawal_in_time, withdrawal_refused)`},
		{"duplicate ground", func(r *dispute.Rules) { r.Grounds[1].Name = r.Grounds[0].Name }, `grounds[1].name: duplicate ground "reply_too_late"`},
		{"unknown kind", func(r *dispute.Rules) { r.AutoOpen.Kinds = []string{"review"} }, `auto_open.kinds[0]: unknown message kind "review" (want question, complaint, negative-review, message)`},
		{"unknown takeover ground", func(r *dispute.Rules) { r.Takeover.Grounds[0].Ground = "rude" }, `takeover.grounds[0].ground: unknown ground "rude"`},
		{"threshold above 1", func(r *dispute.Rules) { r.Sanctions[1].Below = "1.5" }, `sanctions[1].below: rate "1.5": above 1 (100%)`},
		{"threshold missing", func(r *dispute.Rules) { r.Sanctions[1].Below = "" }, `sanctions[1].below: missing: performance_below needs a threshold rate`},
		{"unknown measure", func(r *dispute.Rules) { r.Sanctions[0].Measures = []dispute.Measure{"fine"} }, `sanctions[0].measures[0]: unknown measure "fine"`},
		{"reference prefix", func(r *dispute.Rules) { r.Reference.Prefix = "A-B" }, `reference.prefix: "A-B": want 2 to 8 upper-case letters A-Z`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := fullRules()
			tc.mod(&r)
			got := ""
			if err := r.Validate(); err != nil {
				got = err.Error()
			}
			if !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
				t.Errorf("Validate() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRulesJSONRoundTrip(t *testing.T) {
	for _, r := range []dispute.Rules{{}, fullRules()} {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back dispute.Rules
		if err := strictjson.Decode(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
	var r dispute.Rules
	err := strictjson.Decode([]byte(`{"sanctions":[{"trigger":"performance_below","below":"0,9","measures":["warning"],"basis":"x"}]}`), &r)
	if err == nil || !strings.HasPrefix(err.Error(), "sanctions[0].below: ") {
		t.Errorf("bad rate decoded: %v", err)
	}
}

func FuzzRulesDecode(f *testing.F) {
	b, _ := json.Marshal(fullRules())
	f.Add(string(b))
	f.Add(`{"escalation":{"basis":"x","levels":[{"team":"a"},{"team":"b","after":{"hours":-1,"clock":"calendar"}}]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var r dispute.Rules
		if err := strictjson.Decode([]byte(s), &r); err != nil {
			return
		}
		if r.Validate() != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back dispute.Rules
		if err := strictjson.Decode(b, &back); err != nil || !cmp.Equal(r, back, cmpopts.EquateEmpty()) {
			t.Fatalf("valid rules do not round-trip: %v", err)
		}
	})
}
