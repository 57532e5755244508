package sla

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRulesValidate(t *testing.T) {
	q := func(tg Target) Rules { return Rules{Targets: []Target{tg}} }
	tests := []struct {
		name  string
		rules Rules
		want  string
	}{
		{"zero rules are valid", Rules{}, ""},
		{"opisto", opistoRules(), ""},
		{"swapiphone", swapiphoneRules(), ""},
		{"missing kind", q(Target{Clock: BusinessHours, Hours: 1}), "targets[0].kind: missing"},
		{"unknown kind", q(Target{Kind: "foo", Clock: BusinessHours, Hours: 1}), `targets[0].kind: unknown kind "foo"`},
		{"review has no target", q(Target{Kind: Review, Clock: BusinessHours, Hours: 1}), `targets[0].kind: "review" has no target`},
		{"zero hours", q(Target{Kind: Question, Clock: BusinessHours}), "targets[0].hours: must be positive"},
		{"negative hours", q(Target{Kind: Question, Clock: CalendarHours, Hours: -3}), "targets[0].hours: must be positive"},
		{"days on an hours clock", q(Target{Kind: Question, Clock: BusinessHours, Hours: 2, Days: 1}), "targets[0].days: give hours or days"},
		{"hours on the working-days clock", q(Target{Kind: Question, Clock: WorkingDays, Days: 2, Hours: 1}), "targets[0].days: give hours or days"},
		{"negative days", q(Target{Kind: Question, Clock: WorkingDays, Days: -2}), "targets[0].days: must be positive"},
		{"too many hours", q(Target{Kind: Question, Clock: BusinessHours, Hours: MaxHours + 1}), "targets[0].hours: at most"},
		{"missing clock", q(Target{Kind: Question, Hours: 1}), "targets[0].clock: missing"},
		{"unknown clock", q(Target{Kind: Question, Clock: "lunar", Hours: 1}), `targets[0].clock: unknown clock "lunar"`},
		{"duplicate kind", Rules{Targets: []Target{{Kind: Question, Clock: BusinessHours, Hours: 1}, {Kind: Question, Clock: BusinessHours, Hours: 2}}}, `targets[1].kind: "question" already has a target at targets[0]`},
		{"negative margin", Rules{DueSoonHours: -1}, "due_soon_hours: must not be negative"},
		{"negative absence notice", Rules{Absence: &AbsenceRule{NoticeDays: -14}}, "absence.notice_days: must not be negative"},
		{"negative absence days", Rules{Absence: &AbsenceRule{MoreThanWorkingDays: -1}}, "absence.more_than_working_days: must not be negative"},
		{"zero update interval", Rules{Updates: &UpdateRule{}}, "updates.every_working_days: must be positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.rules.Validate()
			got := ""
			if err != nil {
				got = err.Error()
			}
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("Validate() = %q, want prefix %q", got, tt.want)
			}
			if tt.want != "" {
				var se *strictjson.Error
				if !errors.As(err, &se) {
					t.Errorf("error %T is not a *strictjson.Error", err)
				}
				if _, err := New(tt.rules, frCal(t)); err == nil {
					t.Error("New accepted invalid rules")
				}
			}
		})
	}
}

func TestRulesJSONRoundTrip(t *testing.T) {
	for _, r := range []Rules{{}, opistoRules(), swapiphoneRules(),
		{Targets: []Target{{Kind: Complaint, Clock: WorkingDays, Days: 3}, {Kind: PlainMessage, Clock: CalendarHours, Hours: 48}}}} {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Rules
		if err := strictjson.Decode(b, &back); err != nil {
			t.Fatalf("decode %s: %v", b, err)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
}

func TestRulesDecodeStrict(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"targets":[{"kind":"question","clock":"business-hours","hours":72,"minutes":3}]}`, "targets[0].minutes: unknown field"},
		{`{"targets":[{"kind":"question","clock":"business-hours","hours":"72"}]}`, "targets[0].hours"},
		{`{"absence":{"more_than_working_days":5,"notice_days":14,"extra":1}}`, "absence.extra: unknown field"},
	}
	for _, tt := range tests {
		var r Rules
		err := strictjson.Decode([]byte(tt.in), &r)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

// FuzzRulesDecode: decoding never panics, and decoded valid rules
// re-encode to rules that decode equal.
func FuzzRulesDecode(f *testing.F) {
	for _, r := range []Rules{opistoRules(), swapiphoneRules(), {}} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"targets":[{"kind":"review","clock":"working-days","days":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Rules
		if err := strictjson.Decode(data, &r); err != nil {
			return
		}
		if r.Validate() != nil {
			return
		}
		e, err := New(r, frCal(t))
		if err != nil {
			t.Fatalf("New on valid rules: %v", err)
		}
		for _, k := range Kinds() {
			if _, err := e.Deadline(k, at("2026-07-13T10:00:00+02:00")); err != nil && !errors.Is(err, ErrNoTarget) {
				t.Fatalf("Deadline(%s): %v", k, err)
			}
		}
		b, _ := json.Marshal(r)
		var back Rules
		if err := strictjson.Decode(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatal(diff)
		}
	})
}

// FuzzConversationDecode: any decoded conversation either fails to
// validate with an error or evaluates without panicking, and the fast and
// explained paths agree.
func FuzzConversationDecode(f *testing.F) {
	f.Add([]byte(`{"messages":[{"from":"buyer","kind":"question","at":"2026-07-13T10:00:00+02:00"},{"from":"seller","at":"2026-07-14T10:00:00+02:00"}]}`))
	f.Add([]byte(`{"messages":[{"from":"buyer","kind":"review","stars":9,"at":"2026-07-13T10:00:00+02:00"}]}`))
	f.Add([]byte(`{"messages":[],"vacations":[{"from":"2026-07-10","to":"2026-07-20","registered":"2026-07-01T00:00:00Z"}],"case_opened":"2026-07-13T10:00:00+02:00"}`))
	e := mustEngine(f, swapiphoneRules())
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Conversation
		if err := strictjson.Decode(data, &c); err != nil {
			return
		}
		when := at("2026-07-20T10:00:00+02:00")
		ev, err := e.Evaluate(c, when)
		sum, err2 := e.Summarize(c, when)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Evaluate err %v, Summarize err %v", err, err2)
		}
		if err != nil {
			return
		}
		if !sum.FirstBreach.Equal(ev.FirstBreach) || sum.Buyer != len(ev.Messages) {
			t.Fatalf("summary %+v disagrees with evaluation", sum)
		}
		if n := len(ev.LateReplies()); n != sum.Breached+sum.AnsweredLate || ev.ReplyLate() != (n > 0) {
			t.Fatalf("%d late replies, summary %+v, ReplyLate %t", n, sum, ev.ReplyLate())
		}
		for _, m := range ev.Messages {
			if m.Late < 0 || m.Remaining < 0 || (m.Remaining > 0 && m.State != Open && m.State != DueSoon) {
				t.Fatalf("message %d: state %s late %v remaining %v", m.Index, m.State, m.Late, m.Remaining)
			}
		}
	})
}

func TestSpanString(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 72 * time.Hour: "72h", 90 * time.Minute: "1h30m", 45*time.Minute + 10*time.Second: "45m10s", -time.Hour: "-1h"} {
		if got := Span(d).String(); got != want {
			t.Errorf("Span(%v) = %q, want %q", d, got, want)
		}
	}
}
