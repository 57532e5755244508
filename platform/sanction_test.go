package platform

import (
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestSanctionProcedure(t *testing.T) {
	sent := "2026-03-02T10:00:00+01:00"
	base := func(k SanctionKind, eff string) Sanction {
		return Sanction{Kind: k, Effective: at(t, eff), ReasonsSent: at(t, sent), DurableMedium: true, Clause: "Opisto charter §IV", Facts: []string{"three counterfeit listings"}}
	}
	tests := []struct {
		name      string
		s         func() Sanction
		earliest  string
		reasonsBy string
		defects   []string
	}{
		{"P2B art. 4(2): termination when the 30th day has ended", func() Sanction { return base(Termination, "2026-04-02T00:00:00+02:00") }, "2026-04-02T00:00:00+02:00", "2026-03-03T00:00:00+01:00", []string{}},
		{"P2B art. 4(2): termination during the 30th day is too early", func() Sanction { return base(Termination, "2026-04-01T12:00:00+02:00") }, "2026-04-02T00:00:00+02:00", "2026-03-02T00:00:00+01:00", []string{"p2b.4.2.notice"}},
		{"P2B art. 4(4): repeated infringement lifts the notice", func() Sanction {
			s := base(Termination, "2026-03-02T12:00:00+01:00")
			s.Exceptions = []TerminationException{RepeatedInfringement}
			return s
		}, sent, "", []string{}},
		{"P2B art. 4(1): suspension with reasons at the instant it takes effect", func() Sanction { return base(Suspension, sent) }, sent, sent, []string{}},
		{"P2B art. 4(1): restriction with reasons one second late", func() Sanction { return base(Restriction, "2026-03-02T09:59:59+01:00") }, sent, "2026-03-02T09:59:59+01:00", []string{"p2b.4.1.late-reasons"}},
		{"P2B art. 4(1): restriction without reasons", func() Sanction {
			s := base(Restriction, sent)
			s.ReasonsSent = time.Time{}
			return s
		}, "", sent, []string{"reasons.missing"}},
		{"P2B art. 4(1): reasons not on a durable medium", func() Sanction {
			s := base(Restriction, sent)
			s.DurableMedium = false
			return s
		}, sent, sent, []string{"reasons.durable-medium"}},
		{"DSA art. 17(3): reasons without facts or ground", func() Sanction {
			s := base(Restriction, sent)
			s.Facts, s.Clause = nil, ""
			return s
		}, sent, sent, []string{"reasons.facts", "reasons.ground"}},
		{"DSA art. 23(1): misuse suspension without warning or end", func() Sanction {
			s := base(Suspension, sent)
			s.Misuse = true
			return s
		}, sent, sent, []string{"dsa.23.warning", "dsa.23.period"}},
		{"DSA art. 23(1): warning after the suspension", func() Sanction {
			s := base(Suspension, sent)
			s.Misuse, s.Warned, s.Until = true, at(t, "2026-03-03T00:00:00+01:00"), at(t, "2026-04-02T00:00:00+02:00")
			return s
		}, sent, sent, []string{"dsa.23.warning"}},
		{"DSA art. 23(1): warned, for a period", func() Sanction {
			s := base(Suspension, sent)
			s.Misuse, s.Warned, s.Until = true, at(t, "2026-02-20T00:00:00+01:00"), at(t, "2026-04-02T00:00:00+02:00")
			return s
		}, sent, sent, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := SanctionProcedure(fr(), tt.s())
			if err != nil {
				t.Fatal(err)
			}
			f := func(x time.Time) string {
				if x.IsZero() {
					return ""
				}
				return x.Format(time.RFC3339)
			}
			got := []any{f(p.EarliestEffective), f(p.ReasonsBy), rules(p.Defects), p.Defective}
			want := []any{tt.earliest, tt.reasonsBy, tt.defects, len(tt.defects) > 0}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSanctionComplaintDeadline(t *testing.T) {
	tests := []struct {
		name, sent, until, closes string
	}{
		{"DSA art. 20(2): six months from the day informed", "2026-03-02T10:00:00+01:00", "2026-09-02", "2026-09-03T00:00:00+02:00"},
		{"DSA art. 20(2): end of month clamps", "2026-08-31T10:00:00+02:00", "2027-03-01", "2027-03-02T00:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := SanctionProcedure(fr(), Sanction{Kind: Restriction, Effective: at(t, tt.sent), ReasonsSent: at(t, tt.sent), DurableMedium: true, Clause: "x", Facts: []string{"y"}})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{p.ComplaintUntil.String(), p.ComplaintCloses.Format(time.RFC3339)}
			if diff := cmp.Diff([]string{tt.until, tt.closes}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSanctionUnconfirmed(t *testing.T) {
	p, err := SanctionProcedure(fr(), Sanction{Kind: Termination, Effective: at(t, "2026-03-02T10:00:00+01:00"), Exceptions: []TerminationException{TermLegalObligation}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{FactReg1182Applies, FactDSA17Content, FactDSA17Timing, FactDSA16To17AllSizes, FactP2BTermExceptions, FactP2BReasonsUndue}
	if diff := cmp.Diff(want, facts(p.Unconfirmed)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !p.ReasonsUndueDelay || !p.ReasonsBy.IsZero() {
		t.Errorf("P2B art. 4(4): reasons without undue delay: %+v", p)
	}
}

func TestSanctionRefusals(t *testing.T) {
	e := at(t, "2026-03-02T10:00:00+01:00")
	tests := []struct {
		name string
		s    Sanction
		path string
	}{
		{"no kind", Sanction{Effective: e}, "kind"},
		{"unknown kind", Sanction{Kind: "ban", Effective: e}, "kind"},
		{"no effective instant", Sanction{Kind: Restriction}, "effective"},
		{"exception on a restriction", Sanction{Kind: Restriction, Effective: e, Exceptions: []TerminationException{RepeatedInfringement}}, "exceptions"},
		{"unknown exception", Sanction{Kind: Termination, Effective: e, Exceptions: []TerminationException{RepeatedInfringement, "whim"}}, "exceptions[1]"},
		{"misuse on a termination", Sanction{Kind: Termination, Effective: e, Misuse: true}, "misuse"},
		{"warning without misuse", Sanction{Kind: Suspension, Effective: e, Warned: e}, "warned"},
		{"end before start", Sanction{Kind: Suspension, Effective: e, Until: e}, "until"},
		{"before P2B applied", Sanction{Kind: Suspension, Effective: at(t, "2020-07-11T10:00:00+02:00")}, "effective"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := SanctionProcedure(fr(), tt.s)
			if p, ok := field.PathOf(err); !ok || p != tt.path {
				t.Errorf("got %v, want an error at %s", err, tt.path)
			}
		})
	}
}

func TestDecodeSanction(t *testing.T) {
	s, err := DecodeSanction([]byte(`{"kind":"termination","effective":"2026-04-02T00:00:00+02:00","reasons_sent":"2026-03-02T10:00:00+01:00","durable_medium":true,"exceptions":[]}`))
	if err != nil || s.Kind != Termination {
		t.Fatalf("%v %+v", err, s)
	}
	for in, path := range map[string]string{
		`{"kind":"termination","effective":"2026-04-02T00:00:00+02:00","extra":1}`:                              "extra",
		`{"kind":"termination","effective":"2026-04-02"}`:                                                       "effective",
		`{"kind":"restriction","effective":"2026-04-02T00:00:00+02:00","exceptions":["repeated-infringement"]}`: "exceptions",
	} {
		_, err := DecodeSanction([]byte(in))
		if p, ok := field.PathOf(err); !ok || p != path {
			t.Errorf("%s: got %v, want an error at %s", in, err, path)
		}
	}
}
