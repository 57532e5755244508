package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/sla"
)

// parseClosure parses "YYYY-MM-DD..YYYY-MM-DD" (or one date).
func parseClosure(v string) (calendar.Closure, error) {
	a, b, found := strings.Cut(v, "..")
	if !found {
		b = a
	}
	from, err := calendar.ParseDate(strings.TrimSpace(a))
	if err != nil {
		return calendar.Closure{}, badf("--closure: %q: %v (want YYYY-MM-DD..YYYY-MM-DD)", v, err)
	}
	to, err := calendar.ParseDate(strings.TrimSpace(b))
	if err != nil {
		return calendar.Closure{}, badf("--closure: %q: %v (want YYYY-MM-DD..YYYY-MM-DD)", v, err)
	}
	if to.Before(from) {
		return calendar.Closure{}, badf("--closure: %q ends before it starts", v)
	}
	return calendar.Closure{From: from, To: to, Reason: "seller closure"}, nil
}

type jsonHoliday struct {
	Date string `json:"date"`
	Name string `json:"name"`
}

type jsonClosure struct {
	From string `json:"from"`
	To   string `json:"to"`
}

func closuresJSON(cls []calendar.Closure) []jsonClosure {
	out := []jsonClosure{}
	for _, c := range cls {
		out = append(out, jsonClosure{c.From.String(), c.To.String()})
	}
	return out
}

func runDeadline(e *env, args []string) int {
	c := newCmd(e, "deadline", true)
	kind := c.fs.String("kind", "", "buyer message kind: question, complaint, negative-review or message (required)")
	received := c.fs.String("received", "", "when the message was received, RFC 3339 (required)")
	var closures multi
	c.fs.Var(&closures, "closure", "seller closure registered in advance, YYYY-MM-DD..YYYY-MM-DD (repeatable)")
	if st, ok := c.start(args); !ok {
		return st
	}
	if *kind == "" {
		return c.fail(badf("--kind: required (question, complaint, negative-review or message)"))
	}
	t, err := instant("received", *received)
	if err != nil {
		return c.fail(err)
	}
	var cls []calendar.Closure
	for _, v := range closures {
		cl, err := parseClosure(v)
		if err != nil {
			return c.fail(err)
		}
		cls = append(cls, cl)
	}
	eng, err := c.eng.SLA().WithClosures(cls...)
	if err != nil {
		return c.failFrom(err, fromFlags("", "closure", "closures", "closure"))
	}
	x, err := eng.Explain(sla.Kind(*kind), t)
	switch {
	case errors.Is(err, sla.ErrUnknownKind) || errors.Is(err, sla.ErrNoTarget):
		return c.fail(badf("--kind: %v (policy %s)", err, c.eng.Name()))
	case err != nil:
		return c.failFrom(err, fromFlags("", "received", "received", "received", "kind", "kind"))
	}
	loc := eng.Calendar().Location()
	hs := []jsonHoliday{}
	for _, h := range x.Holidays {
		hs = append(hs, jsonHoliday{h.Date.String(), h.Name})
	}
	out := struct {
		Kind     string        `json:"kind"`
		Received string        `json:"received"`
		Due      string        `json:"due"`
		Clock    string        `json:"clock"`
		Limit    string        `json:"limit"`
		Holidays []jsonHoliday `json:"holidays"`
		Closures []jsonClosure `json:"closures"`
		Basis    explain.Basis `json:"basis"`
	}{*kind, c.rfc3339(t, loc), c.rfc3339(x.Due, loc), string(x.Target.Clock), x.Target.String(), hs, closuresJSON(x.Closures), x.Basis}
	return c.emit(out, nil, x.Basis, func(w io.Writer) {
		fmt.Fprintf(w, "due %s (%s)\n", c.rfc3339(x.Due, loc), x.Due.In(loc).Weekday())
		for _, l := range c.lines(x.Basis) {
			fmt.Fprintf(w, "  %s\n", l)
		}
	})
}

func runAbsence(e *env, args []string) int {
	c := newCmd(e, "absence", true)
	notified := c.fs.String("notified", "", "day the absence was announced, YYYY-MM-DD (required)")
	from := c.fs.String("from", "", "first day of the absence, YYYY-MM-DD (required)")
	to := c.fs.String("to", "", "last day of the absence, YYYY-MM-DD, included (required)")
	if st, ok := c.start(args); !ok {
		return st
	}
	var ds [3]calendar.Date
	var err error
	for i, x := range []struct{ flag, v string }{{"notified", *notified}, {"from", *from}, {"to", *to}} {
		if ds[i], err = date(x.flag, x.v); err != nil {
			return c.fail(err)
		}
	}
	a, err := c.eng.SLA().Absence(ds[0], ds[1], ds[2])
	if err != nil {
		return c.failFrom(err, fromFlags("notified", "notified", "from", "from", "to", "to"))
	}
	out := struct {
		Notified           string        `json:"notified"`
		From               string        `json:"from"`
		To                 string        `json:"to"`
		WorkingDays        int           `json:"working_days"`
		NoticeDays         int           `json:"notice_days"`
		NoticeRequired     bool          `json:"notice_required"`
		RequiredNoticeDays int           `json:"required_notice_days"`
		Compliant          bool          `json:"compliant"`
		Basis              explain.Basis `json:"basis"`
	}{a.Notified.String(), a.From.String(), a.To.String(), a.WorkingDays, a.NoticeDays, a.NoticeRequired, a.RequiredNoticeDays, a.Compliant, a.Basis}
	return c.emit(out, nil, a.Basis, func(w io.Writer) {
		verdict := "compliant"
		if !a.Compliant {
			verdict = "not compliant"
		}
		fmt.Fprintf(w, "%s: %d working days, %d days of notice (%d required)\n", verdict, a.WorkingDays, a.NoticeDays, a.RequiredNoticeDays)
		for _, l := range c.lines(a.Basis) {
			fmt.Fprintf(w, "  %s\n", l)
		}
	})
}

type jsonStatus struct {
	ID               string        `json:"id,omitempty"`
	Index            int           `json:"index"`
	Kind             string        `json:"kind"`
	Received         string        `json:"received"`
	Due              *string       `json:"due"`
	Answered         bool          `json:"answered"`
	AnsweredAt       *string       `json:"answered_at"`
	State            string        `json:"state"`
	Late             string        `json:"late"`
	LateSeconds      int64         `json:"late_seconds"`
	Remaining        string        `json:"remaining"`
	RemainingSeconds int64         `json:"remaining_seconds"`
	Closures         []jsonClosure `json:"closures"`
	Explain          []string      `json:"explain"`
	Basis            explain.Basis `json:"basis"`
}

type jsonUpdate struct {
	Opened  string   `json:"opened"`
	Last    *string  `json:"last"`
	Due     string   `json:"due"`
	State   string   `json:"state"`
	Explain []string `json:"explain"`
	Late    string   `json:"late"`
	Remains string   `json:"remaining"`
}

func strp(s string) *string { return &s }

func runConversation(e *env, args []string) int {
	c := newCmd(e, "conversation", true)
	thread := c.fs.String("thread", "", "conversation file, JSON {\"messages\": [{\"from\", \"at\", \"kind\", \"stars\"}], \"vacations\": [...]}, at most 1 MiB (required)")
	atFlag := c.fs.String("at", "", "instant of the evaluation, RFC 3339 (required)")
	if st, ok := c.start(args); !ok {
		return st
	}
	data, err := c.readFile("thread", *thread)
	if err != nil {
		return c.fail(err)
	}
	when, err := instant("at", *atFlag)
	if err != nil {
		return c.fail(err)
	}
	var cv sla.Conversation
	if err := strictjson.Decode(data, &cv); err != nil {
		return c.failFrom(err, fromFile("thread"))
	}
	eng := c.eng.SLA()
	ev, err := eng.Evaluate(cv, when)
	if err != nil {
		src := fromFile("thread")
		src.paths = map[string]string{"at": "at"}
		return c.failFrom(err, src)
	}
	loc := eng.Calendar().Location()
	out := struct {
		At          string        `json:"at"`
		FirstBreach *string       `json:"first_breach"`
		Messages    []jsonStatus  `json:"messages"`
		Update      *jsonUpdate   `json:"update"`
		Basis       explain.Basis `json:"basis"`
	}{At: c.rfc3339(when, loc), Messages: []jsonStatus{}, Basis: ev.Basis}
	if !ev.FirstBreach.IsZero() {
		out.FirstBreach = strp(c.rfc3339(ev.FirstBreach, loc))
	}
	for _, s := range ev.Messages {
		js := jsonStatus{ID: s.ID, Index: s.Index, Kind: string(s.Kind), Received: c.rfc3339(s.Received, loc), Answered: s.Answered,
			State: string(s.State), Late: sla.Span(s.Late).String(), LateSeconds: int64(s.Late / time.Second),
			Remaining: sla.Span(s.Remaining).String(), RemainingSeconds: int64(s.Remaining / time.Second),
			Closures: closuresJSON(s.Closures), Explain: c.lines(s.Basis), Basis: s.Basis}
		if !s.Due.IsZero() {
			js.Due = strp(c.rfc3339(s.Due, loc))
		}
		if s.Answered {
			js.AnsweredAt = strp(c.rfc3339(s.AnsweredAt, loc))
		}
		out.Messages = append(out.Messages, js)
	}
	if u := ev.Update; u != nil {
		ju := &jsonUpdate{Opened: c.rfc3339(u.Opened, loc), Due: c.rfc3339(u.Due, loc), State: string(u.State),
			Explain: c.lines(u.Basis), Late: sla.Span(u.Late).String(), Remains: sla.Span(u.Remaining).String()}
		if !u.Last.IsZero() {
			ju.Last = strp(c.rfc3339(u.Last, loc))
		}
		out.Update = ju
	}
	return c.emit(out, nil, ev.Basis, func(w io.Writer) {
		for _, s := range ev.Messages {
			label := s.ID
			if label == "" {
				label = fmt.Sprintf("#%d", s.Index)
			}
			fmt.Fprintf(w, "%s %s received %s: %s\n", label, s.Kind, c.rfc3339(s.Received, loc), s.State)
			for _, l := range c.lines(s.Basis) {
				fmt.Fprintf(w, "  %s\n", l)
			}
		}
		if u := ev.Update; u != nil {
			fmt.Fprintf(w, "next update due %s: %s\n", c.rfc3339(u.Due, loc), u.State)
		}
		for _, l := range c.lines(ev.Basis) {
			fmt.Fprintln(w, l)
		}
	})
}
