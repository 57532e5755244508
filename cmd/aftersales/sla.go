package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aftersales/aftersales/calendar"
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

func runDeadline(e *env, args []string) int {
	c := newCmd(e, "deadline", true)
	c.noMarkets = true // a reply deadline asks no market's law: build no market calendar
	kind := c.fs.String("kind", "", "buyer message kind: question, complaint, negative-review or message (required)")
	received := c.fs.String("received", "", "when the message was received, RFC 3339 (required)")
	var closures multi
	c.fs.Var(&closures, "closure", "seller closure registered in advance, YYYY-MM-DD..YYYY-MM-DD (repeatable)")
	sm := c.addSellerFlags()
	if st, ok := c.start(args); !ok {
		return st
	}
	slaEng, err := c.eng.SellerSLA(*sm.market, *sm.region)
	if err != nil {
		return c.fail(badf("--seller-market: %v", fieldMsg(err)))
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
	eng, err := slaEng.WithClosures(cls...)
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
	return c.emit(x, nil, x.Basis, func(w io.Writer) {
		c.say(w, "due %s (%s)", c.when(x.Due, loc), c.enum("weekday", x.Due.In(loc).Weekday()))
		c.printWhy(w, c.lines(x.Basis))
	})
}

func runAbsence(e *env, args []string) int {
	c := newCmd(e, "absence", true)
	notified := c.fs.String("notified", "", "day the absence was announced, YYYY-MM-DD (required)")
	from := c.fs.String("from", "", "first day of the absence, YYYY-MM-DD (required)")
	to := c.fs.String("to", "", "last day of the absence, YYYY-MM-DD, included (required)")
	sm := c.addSellerFlags()
	if st, ok := c.start(args); !ok {
		return st
	}
	slaEng, err := c.eng.SellerSLA(*sm.market, *sm.region)
	if err != nil {
		return c.fail(badf("--seller-market: %v", fieldMsg(err)))
	}
	var ds [3]calendar.Date
	for i, x := range []struct{ flag, v string }{{"notified", *notified}, {"from", *from}, {"to", *to}} {
		if ds[i], err = date(x.flag, x.v); err != nil {
			return c.fail(err)
		}
	}
	a, err := slaEng.Absence(ds[0], ds[1], ds[2])
	if err != nil {
		return c.failFrom(err, fromFlags("notified", "notified", "from", "from", "to", "to"))
	}
	return c.emit(a, nil, a.Basis, func(w io.Writer) {
		verdict := c.tr("compliant")
		if !a.Compliant {
			verdict = c.tr("not compliant")
		}
		c.say(w, "%s: %d working days, %d days of notice (%d required)", verdict, a.WorkingDays, a.NoticeDays, a.RequiredNoticeDays)
		c.printWhy(w, c.lines(a.Basis))
	})
}

func runConversation(e *env, args []string) int {
	c := newCmd(e, "conversation", true)
	thread := c.fs.String("thread", "", "conversation file, JSON {\"messages\": [{\"from\", \"at\", \"kind\", \"stars\"}], \"vacations\": [...]}, at most 1 MiB (required)")
	atFlag := c.fs.String("at", "", "instant of the evaluation, RFC 3339 (required)")
	sm := c.addSellerFlags()
	if st, ok := c.start(args); !ok {
		return st
	}
	slaEng, err := c.eng.SellerSLA(*sm.market, *sm.region)
	if err != nil {
		return c.fail(badf("--seller-market: %v", fieldMsg(err)))
	}
	when, err := instant("at", *atFlag)
	if err != nil {
		return c.fail(err)
	}
	cv, err := readDecoded(c, "thread", *thread, func(b []byte) (cv sla.Conversation, err error) {
		return cv, strictjson.Decode(b, &cv)
	})
	if err != nil {
		return c.fail(err)
	}
	eng := slaEng
	ev, err := eng.Evaluate(cv, when)
	if err != nil {
		src := fromFile("thread")
		src.paths = map[string]string{"at": "at"}
		return c.failFrom(err, src)
	}
	loc := eng.Calendar().Location()
	return c.emit(ev, nil, ev.Basis, func(w io.Writer) {
		for _, s := range ev.Messages {
			label := s.ID
			if label == "" {
				label = fmt.Sprintf("#%d", s.Index)
			}
			c.say(w, "%s %s received %s: %s", label, c.enum("kind", s.Kind), c.when(s.Received, loc), c.enum("state", s.State))
			for _, l := range c.lines(s.Basis) {
				fmt.Fprintf(w, "  %s\n", l)
			}
		}
		if u := ev.Update; u != nil {
			c.say(w, "next update due %s: %s", c.when(u.Due, loc), c.enum("state", u.State))
		}
		for _, l := range c.lines(ev.Basis) {
			fmt.Fprintln(w, l)
		}
	})
}
