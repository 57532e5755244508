package warranty

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// The edge classes this package refuses (issue 12): numbers outside their
// documented range, dates the arithmetic cannot represent, too much work,
// rules the policy does not have. Every refusal is a *field.Error naming
// the field (or a sentinel for the missing rule), never a plausible date.

// refusal is the field path and the start of the message of an error.
type refusal struct{ Path, Msg string }

func refusalOf(t *testing.T, err error) refusal {
	t.Helper()
	var fe *field.Error
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v (%T), want a *field.Error", err, err)
	}
	return refusal{fe.Path, fe.Err.Error()}
}

func TestRulesRefuseNumbersOutsideTheirRange(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Rules)
		want refusal
	}{
		{"C. civ. 2232: a long stop of 2^63-1 years", func(r *Rules) { r.Conformity.LongStopYears = math.MaxInt64 },
			refusal{"conformity.long_stop_years", "9223372036854775807 is outside 1 to 100"}},
		{"C. civ. 2232: a long stop of 101 years", func(r *Rules) { r.Conformity.LongStopYears = 101 },
			refusal{"conformity.long_stop_years", "101 is outside 1 to 100"}},
		{"C. civ. 2232: no long stop", func(r *Rules) { r.Conformity.LongStopYears = 0 },
			refusal{"conformity.long_stop_years", "0 is outside 1 to 100"}},
		{"C. civ. 2224: a negative limitation", func(r *Rules) { r.Conformity.LimitationYears = -5 },
			refusal{"conformity.limitation_years", "-5 is outside 1 to 100"}},
		{"C. civ. 2224: a limitation of 2^63-1 years", func(r *Rules) { r.Conformity.LimitationYears = math.MaxInt64 },
			refusal{"conformity.limitation_years", "9223372036854775807 is outside 1 to 100"}},
		{"L217-3: a period of 1201 months", func(r *Rules) { r.Conformity.Regimes[2].Months = 1201 },
			refusal{"conformity.regimes[2].months", "1201 is outside 1 to 1200"}},
		{"L217-3: a period of -2^63 months", func(r *Rules) { r.Conformity.Regimes[0].Months = math.MinInt64 },
			refusal{"conformity.regimes[0].months", "-9223372036854775808 is outside 1 to 1200"}},
		{"L217-7: a presumption of 2^63-1 months", func(r *Rules) { r.Conformity.Regimes[2].PresumptionNewMonths = math.MaxInt64 },
			refusal{"conformity.regimes[2].presumption_new_months", "9223372036854775807 is outside 0 to 1200"}},
		{"L217-13: a repair extension of 121 months", func(r *Rules) { r.Conformity.Regimes[2].RepairExtensionMonths = 121 },
			refusal{"conformity.regimes[2].repair_extension_months", "121 is outside 0 to 120"}},
		{"C. civ. 1648: a hidden-defect period of 0 months", func(r *Rules) { r.HiddenDefect.Months = 0 },
			refusal{"hidden_defect.months", "0 is outside 1 to 1200"}},
		{"C. civ. 2232: a hidden-defect long stop of 2^63-1 years", func(r *Rules) { r.HiddenDefect.LongStopYears = math.MaxInt64 },
			refusal{"hidden_defect.long_stop_years", "9223372036854775807 is outside 1 to 100"}},
		{"L217-21: a commercial warranty of 1201 months", func(r *Rules) { r.Commercial.Months = 1201; r.Commercial.Basis = "charter" },
			refusal{"commercial.months", "1201 is outside 0 to 1200"}},
		{"L217-28: an immobilisation threshold of 3651 days", func(r *Rules) { r.Commercial.ImmobilisationMinDays = 3651 },
			refusal{"commercial.immobilisation_min_days", "3651 is outside 0 to 3650"}},
		{"L217-28: a negative immobilisation threshold", func(r *Rules) { r.Commercial.ImmobilisationMinDays = -1 },
			refusal{"commercial.immobilisation_min_days", "-1 is outside 0 to 3650"}},
		{"L217-10: 2^63-1 days to repair", func(r *Rules) { r.Remedies.ConformityDays = math.MaxInt64 },
			refusal{"remedies.conformity_days", "9223372036854775807 is outside 0 to 3650"}},
		{"L217-17: no time to refund", func(r *Rules) { r.Remedies.RefundDays = 0 },
			refusal{"remedies.refund_days", "0 is outside 1 to 3650"}},
	}
	cal, err := frCalendar()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := statute()
			tt.edit(&r)
			if diff := cmp.Diff(tt.want, refusalOf(t, r.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
			_, err := New(r, cal)
			if diff := cmp.Diff(tt.want, refusalOf(t, err)); diff != "" {
				t.Errorf("New (-want +got):\n%s", diff)
			}
			// The deprecated entry point refuses them too.
			c := Case{Condition: NewGoods, Contract: d("2025-01-01"), Delivered: d("2025-01-02"), Appeared: d("2025-02-01")}
			if _, err := Assess(r, cal, c); err == nil {
				t.Error("deprecated Assess accepted the rules")
			}
		})
	}
}

func TestCaseRefusesNumbersAndDatesOutsideTheirRange(t *testing.T) {
	const ok = `"condition":"new","contract":"2024-02-20","delivered":"2024-02-29","appeared":"2026-02-20"`
	manyRepairs := make([]string, 101)
	for i := range manyRepairs {
		day := d("2024-03-01").AddDays(2 * i)
		manyRepairs[i] = `{"requested":"` + day.String() + `","returned":"` + day.String() + `"}`
	}
	tests := []struct {
		name, json string
		want       refusal
	}{
		{"a commercial warranty of 2^63-1 months", `{` + ok + `,"commercial_months":9223372036854775807}`,
			refusal{"case.commercial_months", "9223372036854775807 is outside 0 to 1200"}},
		{"a commercial warranty of 1201 months", `{` + ok + `,"commercial_months":1201}`,
			refusal{"case.commercial_months", "1201 is outside 0 to 1200"}},
		{"a number beyond int64", `{` + ok + `,"commercial_months":9223372036854775808}`,
			refusal{"case.commercial_months", ""}},
		{"a number the JSON grammar forbids (01)", `{` + ok + `,"commercial_months":012}`, refusal{"case", "invalid character '1'"}},
		{"a number the JSON grammar forbids (+1)", `{` + ok + `,"commercial_months":+1}`, refusal{"case", "invalid character '+'"}},
		{"invalid UTF-8 in a string", "{" + ok + ",\"category\":\"\xff\"}", refusal{"case", "invalid UTF-8"}},
		{"a document over 64 KiB", `{` + ok + `,"category":"` + strings.Repeat("a", 64<<10) + `"}`, refusal{"case", "document of 65642 bytes, more than 65536"}},
		{"a fractional number of months", `{` + ok + `,"commercial_months":1.5}`, refusal{"case.commercial_months", ""}},
		{"a delivery after 9800", `{"condition":"new","contract":"2024-02-20","delivered":"9801-01-01","appeared":"9801-01-01"}`,
			refusal{"case.delivered", "9801-01-01 is after 9800-12-31"}},
		{"an assessment after 9800", `{` + ok + `,"assessed":"9999-12-31"}`,
			refusal{"case.assessed", "9999-12-31 is after 9800-12-31"}},
		{"a repair after 9800", `{` + ok + `,"repairs":[{"requested":"2025-01-01","returned":"9999-01-01"}]}`,
			refusal{"case.repairs[0].returned", "9999-01-01 is after 9800-12-31"}},
		{"a replacement after 9800", `{` + ok + `,"replacement":{"buyer_chose_repair":true,"delivered":"9801-01-01"}}`,
			refusal{"case.replacement.delivered", "9801-01-01 is after 9800-12-31"}},
		{"a refund after 9800", `{` + ok + `,"resolution":{"remedy":"rescission","notified":"2026-03-01","goods_returned":"9801-01-01"}}`,
			refusal{"case.resolution.goods_returned", "9801-01-01 is after 9800-12-31"}},
		{"year 0", `{"condition":"new","contract":"0000-12-31","delivered":"2024-02-29","appeared":"2026-02-20"}`,
			refusal{"case.contract", ""}},
		{"more than 100 repairs", `{` + ok + `,"repairs":[` + strings.Join(manyRepairs, ",") + `]}`,
			refusal{"case.repairs", "101 repairs, more than 100"}},
		{"a resolution without remedy", `{` + ok + `,"resolution":{"notified":"2026-03-01"}}`,
			refusal{"case.resolution.remedy", "missing (want price_reduction or rescission)"}},
		{"a duplicate field", `{` + ok + `,"appeared":"2026-02-21"}`, refusal{"case.appeared", ""}},
		{"a duplicate field in a repair", `{` + ok + `,"repairs":[{"requested":"2025-01-01","requested":"2025-01-02"}]}`,
			refusal{"case.repairs[0].requested", ""}},
		{"an unknown field in a replacement", `{` + ok + `,"replacement":{"delivered":"2025-01-01","colour":"red"}}`,
			refusal{"case.replacement.colour", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeCase([]byte(tt.json))
			got := refusalOf(t, err)
			if got.Path != tt.want.Path || !strings.HasPrefix(got.Msg, tt.want.Msg) {
				t.Errorf("DecodeCase = %q: %q, want %q: %q…", got.Path, got.Msg, tt.want.Path, tt.want.Msg)
			}
		})
	}
}

// A date the arithmetic would put after 9999-12-31 is refused with the
// field that led there, never returned as a wrong or zero date.
func TestAssessRefusesDatesBeyondYear9999(t *testing.T) {
	generous := statute()
	generous.Conformity.Regimes[2].RepairExtensionMonths = 120
	var repairs []Repair
	for i := range 100 {
		day := d("9700-03-01").AddDays(i)
		repairs = append(repairs, Repair{Requested: day, Returned: day})
	}
	longCommercial := statute()
	longCommercial.Conformity.Regimes[2].Months = 1200
	longCommercial.Commercial = Commercial{Months: 1200, Start: FromConformityEnd, Basis: "charter"}
	tests := []struct {
		name  string
		rules Rules
		c     Case
		want  string
	}{
		{"L217-13: 100 repairs each extending the period by 10 years from 9700",
			generous, Case{Condition: NewGoods, Contract: d("9700-01-01"), Delivered: d("9700-01-01"), Appeared: d("9700-02-01"),
				Assessed: d("9700-12-31"), Repairs: repairs},
			"repairs[29]"},
		{"L217-21: a 100-year commercial warranty from the end of a 100-year period from 9800",
			longCommercial, Case{Condition: NewGoods, Contract: d("9800-01-01"), Delivered: d("9800-01-01"), Appeared: d("9800-02-01")},
			"commercial_months"},
		{"L217-21: the seller's 100-year warranty from the end of a 100-year period from 9800",
			func() Rules { r := longCommercial.clone(); r.Commercial.Months = 12; return r }(),
			Case{Condition: NewGoods, Contract: d("9800-01-01"), Delivered: d("9800-01-01"), Appeared: d("9800-02-01"), CommercialMonths: 1200},
			"commercial_months"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := engineFor(t, tt.rules).Assess(tt.c)
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Assess = %+v, %v; want ErrOutOfRange", a.Conformity, err)
			}
			if got := refusalOf(t, err); got.Path != tt.want {
				t.Errorf("path = %q (%s), want %q", got.Path, got.Msg, tt.want)
			}
		})
	}
}

// Every "the rules have no such rule" satisfies errors.Is(err,
// explain.ErrNoRule), with its own sentinel and, where a field is at
// fault, a *field.Error naming it.
func TestNoSuchRuleRefusals(t *testing.T) {
	later := statute()
	later.Conformity.Regimes = later.Conformity.Regimes[2:] // from 2022 only
	c := Case{Condition: NewGoods, Contract: d("2020-01-01"), Delivered: d("2020-01-02"), Appeared: d("2020-02-01")}
	withCategory := Case{Condition: NewGoods, Contract: d("2025-01-01"), Delivered: d("2025-01-02"), Appeared: d("2025-02-01"), Category: "phone"}
	tests := []struct {
		name     string
		run      func() error
		sentinel error
		path     string
	}{
		{"zero Rules: no guarantee rule", func() error { _, err := engineFor(t, Rules{}).Assess(c); return err }, ErrNoRules, ""},
		{"zero Rules: no listing rule", func() error { _, err := engineFor(t, Rules{}).ListingDuties("smartphone", d("2025-01-01")); return err }, ErrNoRules, ""},
		{"no regime for a contract of 2020", func() error { _, err := engineFor(t, later).Assess(c); return err }, ErrNoRegime, "contract"},
		{"unknown listing category", func() error { _, err := statuteEngine(t).ListingDuties("phone", d("2025-01-01")); return err }, ErrUnknownCategory, "category"},
		{"unknown category in a case", func() error { _, err := statuteEngine(t).Assess(withCategory); return err }, ErrUnknownCategory, "category"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if !errors.Is(err, explain.ErrNoRule) || !errors.Is(err, tt.sentinel) {
				t.Fatalf("err = %v, want %v and explain.ErrNoRule", err, tt.sentinel)
			}
			if p, _ := field.PathOf(err); p != tt.path {
				t.Errorf("path = %q, want %q", p, tt.path)
			}
		})
	}
	if _, err := statuteEngine(t).ListingDuties("smartphone", calendar.Date{}); err == nil {
		t.Error("a listing without a date was accepted")
	} else if p, _ := field.PathOf(err); p != "on" {
		t.Errorf("missing date: path = %q, want on", p)
	}
}

func TestZeroEngineRefuses(t *testing.T) {
	var e Engine
	if _, err := e.Assess(Case{}); !errors.Is(err, ErrNoEngine) {
		t.Errorf("Assess: %v", err)
	}
	if _, err := e.ListingDuties("smartphone", d("2025-01-01")); !errors.Is(err, ErrNoEngine) {
		t.Errorf("ListingDuties: %v", err)
	}
	if !e.IsZero() || !e.Rules().IsZero() || !e.Calendar().IsZero() || e.Categories() != nil {
		t.Error("zero Engine accessors")
	}
	if _, err := New(statute(), calendar.Calendar{}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("New without calendar: %v", err)
	}
}

// Each nested input type decodes strictly on its own and round-trips.
func TestNestedInputsDecodeStrictly(t *testing.T) {
	type roundTrip struct {
		name string
		good string
		bad  string
		want string // path of the refusal of bad
		into func() any
	}
	tests := []roundTrip{
		{"repair", `{"requested":"2025-01-10","returned":"2025-01-25","failed":true}`,
			`{"requested":"2025-01-10","returned":"2025-01-09"}`, "returned", func() any { return new(Repair) }},
		{"replacement", `{"buyer_chose_repair":true,"requested":"2025-02-10","delivered":"2025-03-01"}`,
			`{"requested":"2025-02-10","delivered":"2025-02-01"}`, "delivered", func() any { return new(Replacement) }},
		{"resolution", `{"remedy":"rescission","notified":"2025-07-01","goods_returned":"2025-07-08"}`,
			`{"remedy":"price_reduction","notified":"2025-07-01","goods_returned":"2025-07-08"}`, "goods_returned", func() any { return new(Resolution) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.into()
			if err := json.Unmarshal([]byte(tt.good), v); err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.good, string(b)); diff != "" {
				t.Errorf("decode → encode (-input +output):\n%s", diff)
			}
			w := tt.into()
			if err := json.Unmarshal(b, w); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(v, w, cmp.AllowUnexported(calendar.Date{})); diff != "" {
				t.Errorf("decode → encode → decode (-first +second):\n%s", diff)
			}
			err = json.Unmarshal([]byte(tt.bad), tt.into())
			if got := refusalOf(t, err); got.Path != tt.want {
				t.Errorf("refusal at %q (%s), want %q", got.Path, got.Msg, tt.want)
			}
			if err := json.Unmarshal([]byte(`{"colour":"red"}`), tt.into()); err == nil {
				t.Error("unknown field accepted")
			}
		})
	}
}
