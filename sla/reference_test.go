package sla

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// This file holds a slow, obviously-correct reference for the Monday–Friday
// 00:00–24:00 schedule of the presets: it walks local days with time.Date,
// decides each day from its weekday, the calendar's holiday list and the
// closures, and walks the conversation in time order, letting each seller
// reply answer everything pending.

type refCal struct {
	c        calendar.Calendar // only for Holiday
	closures []calendar.Closure
}

func (r refCal) working(d calendar.Date) bool {
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	if _, ok := r.c.Holiday(d); ok {
		return false
	}
	for _, cl := range r.closures {
		if !d.Before(cl.From) && !d.After(cl.To) {
			return false
		}
	}
	return true
}

func dayBounds(d calendar.Date) (time.Time, time.Time) {
	y, m, dd := d.Parts()
	y2, m2, dd2 := d.AddDays(1).Parts()
	return time.Date(y, m, dd, 0, 0, 0, 0, paris), time.Date(y2, m2, dd2, 0, 0, 0, 0, paris)
}

// addBusiness walks days from t until h has elapsed inside working days.
func (r refCal) addBusiness(t time.Time, h time.Duration) time.Time {
	d := calendar.DateOf(t.In(paris))
	for {
		s, e := dayBounds(d)
		if r.working(d) {
			if t.After(s) {
				s = t
			}
			if left := e.Sub(s); left >= h {
				return s.Add(h)
			} else if left > 0 {
				h -= left
			}
		}
		d = d.AddDays(1)
	}
}

// between sums working-day time from a to b (a ≤ b).
func (r refCal) between(a, b time.Time) time.Duration {
	var sum time.Duration
	for d := calendar.DateOf(a.In(paris)); ; d = d.AddDays(1) {
		s, e := dayBounds(d)
		if !s.Before(b) {
			return sum
		}
		if r.working(d) {
			s, e = later(s, a), earlier(e, b)
			if e.After(s) {
				sum += e.Sub(s)
			}
		}
	}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// refEvaluate is the reference evaluation with business-hours targets of
// h hours for every kind but Review (stars), margin m.
func refEvaluate(rc refCal, h, m time.Duration, c Conversation, when time.Time) []MessageStatus {
	type ev struct {
		i int
		m Message
	}
	var evs []ev
	for i, x := range c.Messages {
		if !x.At.After(when) {
			evs = append(evs, ev{i, x})
		}
	}
	// Time order; at equal instants buyer messages come first, so a reply
	// at the same instant answers them.
	slices.SortStableFunc(evs, func(a, b ev) int {
		if c := a.m.At.Compare(b.m.At); c != 0 {
			return c
		}
		return boolInt(a.m.From != Buyer) - boolInt(b.m.From != Buyer)
	})
	answered := map[int]time.Time{}
	var pending []int
	for _, x := range evs {
		switch x.m.From {
		case Buyer:
			pending = append(pending, x.i)
		case Seller:
			for _, i := range pending {
				answered[i] = x.m.At
			}
			pending = nil
		}
	}
	var out []MessageStatus
	for i, x := range c.Messages {
		if x.From != Buyer || x.At.After(when) {
			continue
		}
		st := MessageStatus{ID: x.ID, Index: i, Kind: x.Kind, Received: x.At.In(paris)}
		if a, ok := answered[i]; ok {
			st.Answered, st.AnsweredAt = true, a.In(paris)
		}
		if x.Kind == Review {
			if x.Stars > 3 {
				st.State = NoReplyNeeded
				out = append(out, st)
				continue
			}
			st.Kind = NegativeReview
		}
		st.Due = rc.addBusiness(x.At, h).In(paris)
		switch {
		case st.Answered && !st.AnsweredAt.After(st.Due):
			st.State = AnsweredOnTime
		case st.Answered:
			st.State, st.Late = AnsweredLate, calendar.Duration(rc.between(st.Due, st.AnsweredAt))
		case when.After(st.Due):
			st.State, st.Late = Breached, calendar.Duration(rc.between(st.Due, when))
		default:
			st.Remaining = calendar.Duration(rc.between(when, st.Due))
			st.State = Open
			if st.Remaining.Std() <= m {
				st.State = DueSoon
			}
		}
		out = append(out, st)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func randomConversation(r *rand.Rand) Conversation {
	base := time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, 0, paris)
	if r.IntN(3) == 0 { // around the DST changes
		base = []time.Time{at("2026-03-26T00:00:00+01:00"), at("2026-10-22T00:00:00+02:00")}[r.IntN(2)]
	}
	var c Conversation
	kinds := []Kind{Question, Complaint, NegativeReview, PlainMessage, Review}
	n := 1 + r.IntN(12)
	for range n {
		t := base.Add(time.Duration(r.IntN(10*24*60)) * time.Minute)
		switch r.IntN(4) {
		case 0, 1:
			k := kinds[r.IntN(len(kinds))]
			m := Message{From: Buyer, Kind: k, At: t}
			if k == Review {
				m.Stars = 1 + r.IntN(5)
			}
			c.Messages = append(c.Messages, m)
		case 2:
			c.Messages = append(c.Messages, Message{From: Seller, At: t})
		default:
			c.Messages = append(c.Messages, Message{From: Platform, At: t})
		}
	}
	for range r.IntN(3) {
		from := calendar.DateOf(base).AddDays(r.IntN(12) - 2)
		c.Vacations = append(c.Vacations, Vacation{From: from, To: from.AddDays(r.IntN(4)),
			Registered: base.Add(time.Duration(r.IntN(10*24)-48) * time.Hour)})
	}
	return c
}

func TestAgainstReference(t *testing.T) {
	hours := 24
	rules := Rules{DueSoonHours: 5, RegisteredClosuresPause: true}
	for _, k := range Kinds() {
		rules.Targets = append(rules.Targets, Target{Kind: k, Clock: BusinessHours, Hours: hours})
	}
	e := mustEngine(t, rules)
	r := rand.New(rand.NewPCG(11, 12))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := range n {
		c := randomConversation(r)
		when := c.Messages[0].At.Add(time.Duration(r.IntN(12*24)) * time.Hour)
		// The vacations that count: known at when, registered before
		// their first day began.
		rc := refCal{c: frCal(t)}
		for _, v := range c.Vacations {
			s, _ := dayBounds(v.From)
			if !v.Registered.After(when) && v.Registered.Before(s) {
				rc.closures = append(rc.closures, v.Closure())
			}
		}
		want := refEvaluate(rc, time.Duration(hours)*time.Hour, 5*time.Hour, c, when)
		got, _, err := e.AppendStatuses(nil, c, when)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpOpts, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("case %d at %s: %+v\n(-ref +fast):\n%s", i, when, c, diff)
		}
	}
}
