package dispute_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/google/go-cmp/cmp"
)

// agafortLadder is the Agafort preset's ladder (policy.Agafort), repeated
// here so the package tests do not depend on package policy.
func agafortLadder() dispute.Ladder {
	return dispute.Ladder{
		Basis: "Agafort dispute resolution policy §4",
		Levels: []dispute.Level{
			{Team: "customer service"},
			{Team: "problem resolution team", After: dispute.Hours(24, dispute.CalendarClock),
				Commitments: []dispute.Commitment{{Name: "findings", Within: dispute.Hours(48, dispute.CalendarClock)}}},
			{Team: "customer experience team", After: dispute.Hours(48, dispute.CalendarClock)},
		},
		Target: dispute.Days(5, dispute.CalendarClock),
	}
}

func fr() calendar.Calendar { return calendar.MustForMarket("FR", "") }

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// summary is the part of a Status the table tests compare.
type summary struct {
	Level          int
	Team           string
	Next           string
	Target         string
	TargetMissed   bool
	Resolved       bool
	Commitments    []string
	Timeline       []string
	UpcomingEvents int
}

func summarise(s dispute.Status) summary {
	out := summary{Level: s.Level, Team: s.Team, Next: rfc(s.NextEscalation), Target: rfc(s.Target),
		TargetMissed: s.TargetMissed, Resolved: s.Resolved, UpcomingEvents: len(s.Upcoming)}
	for _, c := range s.Commitments {
		out.Commitments = append(out.Commitments, c.Name+" "+string(c.State)+" due "+rfc(c.Due)+" met "+rfc(c.MetAt))
	}
	for _, e := range s.Timeline {
		out.Timeline = append(out.Timeline, rfc(e.At)+" "+string(e.Kind)+" "+e.Team+e.Name)
	}
	return out
}

func TestLadderStatusAgafort(t *testing.T) {
	const opened = "2026-03-02T09:00:00+01:00"
	tests := []struct {
		name      string
		at        string
		resolved  string
		fulfilled string // findings
		want      summary
	}{
		{name: "issue example: before 24 hours, customer service", at: "2026-03-03T08:00:00+01:00", want: summary{
			Level: 0, Team: "customer service", Next: "2026-03-03T09:00:00+01:00", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings pending due 2026-03-04T09:00:00+01:00 met "},
			Timeline:    []string{"2026-03-02T09:00:00+01:00 opened customer service"}, UpcomingEvents: 3}},
		{name: "at exactly 24 hours unresolved, investigation", at: "2026-03-03T09:00:00+01:00", want: summary{
			Level: 1, Team: "problem resolution team", Next: "2026-03-04T09:00:00+01:00", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings pending due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team"}, UpcomingEvents: 3}},
		{name: "after 48 hours, last level, findings missed", at: "2026-03-04T10:00:00+01:00", want: summary{
			Level: 2, Team: "customer experience team", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings missed due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team",
				"2026-03-04T09:00:00+01:00 escalated customer experience team",
				"2026-03-04T09:00:00+01:00 commitment-missed problem resolution teamfindings"}, UpcomingEvents: 1}},
		{name: "findings given in time", at: "2026-03-04T10:00:00+01:00", fulfilled: "2026-03-03T20:00:00+01:00", want: summary{
			Level: 2, Team: "customer experience team", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings met due 2026-03-04T09:00:00+01:00 met 2026-03-03T20:00:00+01:00"},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team",
				"2026-03-03T20:00:00+01:00 commitment-met problem resolution teamfindings",
				"2026-03-04T09:00:00+01:00 escalated customer experience team"}, UpcomingEvents: 1}},
		{name: "findings after 'at' are not yet known", at: "2026-03-03T10:00:00+01:00", fulfilled: "2026-03-03T20:00:00+01:00", want: summary{
			Level: 1, Team: "problem resolution team", Next: "2026-03-04T09:00:00+01:00", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings pending due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team"}, UpcomingEvents: 3}},
		{name: "resolved at exactly 24 hours stays at the first level", at: "2026-03-20T00:00:00+01:00", resolved: "2026-03-03T09:00:00+01:00", want: summary{
			Level: 0, Team: "customer service", Target: "2026-03-07T09:00:00+01:00", Resolved: true,
			Commitments: []string{"findings not-applicable due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 resolved customer service"}}},
		{name: "resolved during the investigation: frozen, findings met by the resolution", at: "2026-03-20T00:00:00+01:00", resolved: "2026-03-03T12:00:00+01:00", want: summary{
			Level: 1, Team: "problem resolution team", Target: "2026-03-07T09:00:00+01:00", Resolved: true,
			Commitments: []string{"findings met due 2026-03-04T09:00:00+01:00 met 2026-03-03T12:00:00+01:00"},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team",
				"2026-03-03T12:00:00+01:00 commitment-met problem resolution teamfindings",
				"2026-03-03T12:00:00+01:00 resolved problem resolution team"}}},
		{name: "resolved after the target", at: "2026-03-09T10:00:00+01:00", resolved: "2026-03-08T10:00:00+01:00", want: summary{
			Level: 2, Team: "customer experience team", Target: "2026-03-07T09:00:00+01:00", TargetMissed: true, Resolved: true,
			Commitments: []string{"findings missed due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team",
				"2026-03-04T09:00:00+01:00 escalated customer experience team",
				"2026-03-04T09:00:00+01:00 commitment-missed problem resolution teamfindings",
				"2026-03-07T09:00:00+01:00 target-missed customer experience team",
				"2026-03-08T10:00:00+01:00 resolved customer experience team"}}},
		{name: "target reached exactly is not missed", at: "2026-03-07T09:00:00+01:00", want: summary{
			Level: 2, Team: "customer experience team", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings missed due 2026-03-04T09:00:00+01:00 met "},
			Timeline: []string{"2026-03-02T09:00:00+01:00 opened customer service",
				"2026-03-03T09:00:00+01:00 escalated problem resolution team",
				"2026-03-04T09:00:00+01:00 escalated customer experience team",
				"2026-03-04T09:00:00+01:00 commitment-missed problem resolution teamfindings"}, UpcomingEvents: 1}},
		{name: "resolution later than 'at' is not yet known", at: "2026-03-03T08:00:00+01:00", resolved: "2026-03-05T08:00:00+01:00", want: summary{
			Level: 0, Team: "customer service", Next: "2026-03-03T09:00:00+01:00", Target: "2026-03-07T09:00:00+01:00",
			Commitments: []string{"findings pending due 2026-03-04T09:00:00+01:00 met "},
			Timeline:    []string{"2026-03-02T09:00:00+01:00 opened customer service"}, UpcomingEvents: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := dispute.Complaint{Opened: ts(opened)}
			if tc.resolved != "" {
				c.Resolved = ts(tc.resolved)
			}
			if tc.fulfilled != "" {
				c.Fulfilled = map[string]time.Time{"findings": ts(tc.fulfilled)}
			}
			st, err := agafortLadder().Status(fr(), c, ts(tc.at))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summarise(st)); diff != "" {
				t.Errorf("status (-want +got):\n%s", diff)
			}
			if len(st.Basis.Steps) == 0 || st.Basis.Steps[0].Basis != "Agafort dispute resolution policy §4" {
				t.Errorf("basis does not cite the clause: %+v", st.Basis)
			}
		})
	}
}

func TestLadderStatusErrors(t *testing.T) {
	opened := ts("2026-03-02T09:00:00+01:00")
	tests := []struct {
		name   string
		ladder dispute.Ladder
		c      dispute.Complaint
		at     time.Time
		is     error
		msg    string
	}{
		{"resolution before the opening", agafortLadder(), dispute.Complaint{Opened: opened, Resolved: opened.Add(-time.Second)}, opened.Add(time.Hour), dispute.ErrResolvedTooEarly, "resolved: resolution before the opening"},
		{"instant before the opening", agafortLadder(), dispute.Complaint{Opened: opened}, opened.Add(-time.Hour), dispute.ErrBeforeOpening, "at: instant before the opening"},
		{"no opening", agafortLadder(), dispute.Complaint{}, opened, calendar.ErrZeroTime, "opened: "},
		{"no ladder", dispute.Ladder{}, dispute.Complaint{Opened: opened}, opened, dispute.ErrNoLadder, "no escalation procedure in this policy"},
		{"opening out of the calendar's range", agafortLadder(), dispute.Complaint{Opened: time.Date(9999, 12, 30, 0, 0, 0, 0, time.UTC)}, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), nil, "opened: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.ladder.Status(fr(), tc.c, tc.at)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if !strings.HasPrefix(err.Error(), tc.msg) {
				t.Errorf("error %q does not start with %q", err, tc.msg)
			}
		})
	}
}

func TestLadderValidate(t *testing.T) {
	mod := func(f func(l *dispute.Ladder)) dispute.Ladder {
		l := agafortLadder()
		l.Levels = append([]dispute.Level(nil), l.Levels...)
		f(&l)
		return l
	}
	tests := []struct {
		name   string
		ladder dispute.Ladder
		want   string
	}{
		{"valid", agafortLadder(), ""},
		{"zero is no procedure", dispute.Ladder{}, ""},
		{"levels not increasing", mod(func(l *dispute.Ladder) { l.Levels[2].After = dispute.Hours(24, dispute.CalendarClock) }),
			"levels[2].after: levels are not in increasing order: 24 hours is not after 24 hours of level 1"},
		{"days compared with hours", mod(func(l *dispute.Ladder) { l.Levels[2].After = dispute.Days(1, dispute.CalendarClock) }),
			"levels[2].after: levels are not in increasing order: 1 days is not after 24 hours of level 1"},
		{"first level delayed", mod(func(l *dispute.Ladder) { l.Levels[0].After = dispute.Hours(1, dispute.CalendarClock) }),
			"levels[0].after: the first level is where a complaint starts: its delay must be zero"},
		{"later level without delay", mod(func(l *dispute.Ladder) { l.Levels[1].After = dispute.Delay{} }),
			"levels[1].after: missing: a later level needs a delay after the first contact"},
		{"mixed clocks", mod(func(l *dispute.Ladder) { l.Levels[2].After = dispute.Hours(48, dispute.BusinessClock) }),
			"levels[2].after.clock: business: every level of a ladder must use one clock (elapsed)"},
		{"missing team", mod(func(l *dispute.Ladder) { l.Levels[1].Team = " " }), "levels[1].team: missing"},
		{"negative hours", mod(func(l *dispute.Ladder) { l.Levels[1].After = dispute.Hours(-1, dispute.CalendarClock) }), "levels[1].after.hours: must not be negative"},
		{"hours and days", mod(func(l *dispute.Ladder) {
			l.Levels[1].After = dispute.Delay{Hours: 1, Days: 1, Clock: dispute.CalendarClock}
		}), "levels[1].after.days: give hours or days, not both"},
		{"business days", mod(func(l *dispute.Ladder) { l.Target = dispute.Days(5, dispute.BusinessClock) }), "target.days: the business clock counts hours; use the working-days clock for days"},
		{"working-days hours", mod(func(l *dispute.Ladder) { l.Target = dispute.Hours(5, dispute.WorkingDaysClock) }), "target.hours: the working-days clock counts days; use the business clock for hours"},
		{"unknown clock", mod(func(l *dispute.Ladder) { l.Target = dispute.Days(5, "lunar") }), `target.clock: unknown clock "lunar" (want elapsed, business or working-days)`},
		{"no clock", mod(func(l *dispute.Ladder) { l.Target = dispute.Delay{Days: 5} }), "target.clock: missing (want elapsed, business or working-days)"},
		{"commitment without deadline", mod(func(l *dispute.Ladder) {
			l.Levels[2].Commitments = []dispute.Commitment{{Name: "call"}}
		}), "levels[2].commitments[0].within: missing: a commitment needs a deadline"},
		{"duplicate commitment", mod(func(l *dispute.Ladder) {
			l.Levels[2].Commitments = []dispute.Commitment{{Name: "findings", Within: dispute.Hours(1, dispute.CalendarClock)}}
		}), `levels[2].commitments[0].name: duplicate commitment "findings"`},
		{"no basis", mod(func(l *dispute.Ladder) { l.Basis = "" }), "basis: missing: name the clause the procedure comes from"},
		{"target without levels", dispute.Ladder{Target: dispute.Days(5, dispute.CalendarClock)}, "levels: missing: a target needs at least one level"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if err := tc.ladder.Validate(); err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("Validate() = %q, want %q", got, tc.want)
			}
			if tc.want != "" {
				if _, err := tc.ladder.Status(fr(), dispute.Complaint{Opened: ts("2026-03-02T09:00:00+01:00")}, ts("2026-03-03T09:00:00+01:00")); err == nil {
					t.Error("Status accepted an invalid ladder")
				}
			}
		})
	}
}

func TestLadderClocks(t *testing.T) {
	ladder := func(after, target dispute.Delay) dispute.Ladder {
		return dispute.Ladder{Basis: "test", Levels: []dispute.Level{{Team: "a"}, {Team: "b", After: after}}, Target: target}
	}
	tests := []struct {
		name           string
		l              dispute.Ladder
		opened         string
		wantNext, want string // next escalation, target
	}{
		{"business hours skip the weekend (Fri 15:00 + 24 business hours)",
			ladder(dispute.Hours(24, dispute.BusinessClock), dispute.Hours(72, dispute.BusinessClock)),
			"2026-03-06T15:00:00+01:00", "2026-03-09T15:00:00+01:00", "2026-03-11T15:00:00+01:00"},
		{"working days skip Easter Monday",
			ladder(dispute.Days(1, dispute.WorkingDaysClock), dispute.Days(2, dispute.WorkingDaysClock)),
			"2026-04-03T10:00:00+02:00", "2026-04-07T10:00:00+02:00", "2026-04-08T10:00:00+02:00"},
		{"calendar days keep the wall-clock time across the DST change",
			ladder(dispute.Hours(24, dispute.CalendarClock), dispute.Days(5, dispute.CalendarClock)),
			"2026-03-27T09:00:00+01:00", "2026-03-28T09:00:00+01:00", "2026-04-01T09:00:00+02:00"},
		{"calendar hours are elapsed time across the DST change",
			ladder(dispute.Hours(24, dispute.CalendarClock), dispute.Hours(48, dispute.CalendarClock)),
			"2026-03-28T09:00:00+01:00", "2026-03-29T10:00:00+02:00", "2026-03-30T10:00:00+02:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := tc.l.Status(fr(), dispute.Complaint{Opened: ts(tc.opened)}, ts(tc.opened))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([2]string{tc.wantNext, tc.want}, [2]string{rfc(st.NextEscalation), rfc(st.Target)}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// refLevel is the slow reference for the level of a complaint on a
// calendar-hour ladder: it walks minute by minute from the opening,
// moving up one level each time the elapsed time reaches the next
// level's delay while the complaint is unresolved.
func refLevel(hours []int, opened, resolved, at time.Time) int {
	level := 0
	for t := opened; !t.After(at); t = t.Add(time.Minute) {
		if !resolved.IsZero() && !resolved.After(t) {
			break
		}
		for level+1 < len(hours) && t.Sub(opened) >= time.Duration(hours[level+1])*time.Hour {
			level++
		}
	}
	return level
}

func TestLadderLevelAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 300
	if testing.Short() {
		n = 40
	}
	cal := fr()
	for i := 0; i < n; i++ {
		levels := []dispute.Level{{Team: "t0"}}
		hours := []int{0}
		h := 0
		for j := 1; j < 1+r.IntN(4); j++ {
			h += 1 + r.IntN(30)
			hours = append(hours, h)
			levels = append(levels, dispute.Level{Team: "t", After: dispute.Hours(h, dispute.CalendarClock)})
		}
		l := dispute.Ladder{Basis: "test", Levels: levels}
		opened := time.Date(2026, time.March, 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, cal.Location())
		at := opened.Add(time.Duration(r.IntN(h*60+120)) * time.Minute)
		var resolved time.Time
		if r.IntN(2) == 0 {
			resolved = opened.Add(time.Duration(r.IntN(h*60+120)) * time.Minute)
		}
		st, err := l.Status(cal, dispute.Complaint{Opened: opened, Resolved: resolved}, at)
		if err != nil {
			t.Fatal(err)
		}
		known := resolved
		if known.After(at) {
			known = time.Time{}
		}
		if want := refLevel(hours, opened, known, at); st.Level != want {
			t.Fatalf("ladder %v opened %v resolved %v at %v: level %d, reference %d", hours, opened, resolved, at, st.Level, want)
		}
		if st.Resolved != !known.IsZero() {
			t.Fatalf("resolved = %v, want %v", st.Resolved, !known.IsZero())
		}
		if st.Resolved && !st.NextEscalation.IsZero() {
			t.Fatal("a resolved complaint has a next escalation")
		}
	}
}

func TestLadderProperties(t *testing.T) {
	cal := fr()
	l := agafortLadder()
	opened := ts("2026-03-02T09:00:00+01:00")
	resolved := ts("2026-03-03T17:30:00+01:00")
	var prev int
	var frozen *dispute.Status
	for m := 0; m < 8*24*60; m += 7 {
		at := opened.Add(time.Duration(m) * time.Minute)
		st, err := l.Status(cal, dispute.Complaint{Opened: opened}, at)
		if err != nil {
			t.Fatal(err)
		}
		if st.Level < prev {
			t.Fatalf("level went down at %v", at)
		}
		prev = st.Level
		if !st.NextEscalation.IsZero() && !st.NextEscalation.After(at) {
			t.Fatalf("next escalation %v not after %v", st.NextEscalation, at)
		}
		rs, err := l.Status(cal, dispute.Complaint{Opened: opened, Resolved: resolved}, at)
		if err != nil {
			t.Fatal(err)
		}
		if !at.Before(resolved) {
			if frozen == nil {
				frozen = &rs
			}
			if diff := cmp.Diff(summarise(*frozen), summarise(rs)); diff != "" {
				t.Fatalf("resolved complaint moved at %v:\n%s", at, diff)
			}
		}
	}
}

func TestLadderConcurrent(t *testing.T) {
	l := agafortLadder()
	cal := fr()
	c := dispute.Complaint{Opened: ts("2026-03-02T09:00:00+01:00"), Fulfilled: map[string]time.Time{"findings": ts("2026-03-03T10:00:00+01:00")}}
	want, err := l.Status(cal, c, ts("2026-03-05T09:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				got, err := l.Status(cal, c, ts("2026-03-05T09:00:00+01:00"))
				if err != nil || !cmp.Equal(summarise(want), summarise(got)) {
					t.Error("concurrent Status differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkLadderStatus(b *testing.B) {
	l := agafortLadder()
	cal := fr()
	c := dispute.Complaint{Opened: ts("2026-03-02T09:00:00+01:00")}
	at := ts("2026-03-05T09:00:00+01:00")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Status(cal, c, at); err != nil {
			b.Fatal(err)
		}
	}
}
