package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
	"golang.org/x/text/language"
)

// slaEngine loads --policy, compiles it and returns its sla engine.
func slaEngine(v string) (policy.Policy, sla.Engine, error) {
	p, eng, err := policyEngine("policy", v)
	if err != nil {
		return p, sla.Engine{}, err
	}
	return p, eng.SLA(), nil
}

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
	const name = "deadline"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	kind := fs.String("kind", "", "buyer message kind: question, complaint, negative-review or message (required)")
	received := fs.String("received", "", "when the message was received, RFC 3339 (required)")
	var closures multi
	fs.Var(&closures, "closure", "seller closure registered in advance, YYYY-MM-DD..YYYY-MM-DD (repeatable)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	lines, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	p, eng, err := slaEngine(*pol)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	if *kind == "" {
		return fail(e, name, badf("--kind is required (question, complaint, negative-review or message)"))
	}
	t, err := instant("received", *received)
	if err != nil {
		return fail(e, name, err)
	}
	var cls []calendar.Closure
	for _, v := range closures {
		c, err := parseClosure(v)
		if err != nil {
			return fail(e, name, err)
		}
		cls = append(cls, c)
	}
	if eng, err = eng.WithClosures(cls...); err != nil {
		return fail(e, name, badf("--closure: %v", err))
	}
	x, err := eng.Explain(sla.Kind(*kind), t)
	switch {
	case errors.Is(err, sla.ErrUnknownKind) || errors.Is(err, sla.ErrNoTarget):
		return fail(e, name, badf("--kind: %v (policy %s)", err, p.Name))
	case err != nil:
		return fail(e, name, badf("--received: %v", err))
	}
	loc := eng.Calendar().Location()
	expl := lines(x.Basis)
	if *asJSON {
		hs := []jsonHoliday{}
		for _, h := range x.Holidays {
			hs = append(hs, jsonHoliday{h.Date.String(), h.Name})
		}
		return writeJSON(e, struct {
			Policy   string        `json:"policy"`
			Kind     string        `json:"kind"`
			Received string        `json:"received"`
			Due      string        `json:"due"`
			Clock    string        `json:"clock"`
			Limit    string        `json:"limit"`
			Holidays []jsonHoliday `json:"holidays"`
			Closures []jsonClosure `json:"closures"`
			Explain  []string      `json:"explain"`
			Basis    explain.Basis `json:"basis"`
		}{p.Name, *kind, rfc3339(t, loc), rfc3339(x.Due, loc), string(x.Target.Clock), x.Target.String(), hs, closuresJSON(x.Closures), expl, x.Basis})
	}
	fmt.Fprintf(e.stdout, "due %s (%s)\n", rfc3339(x.Due, loc), x.Due.In(loc).Weekday())
	for _, l := range expl {
		fmt.Fprintf(e.stdout, "  %s\n", l)
	}
	return 0
}

func runAbsence(e *env, args []string) int {
	const name = "absence"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	notified := fs.String("notified", "", "day the absence was announced, YYYY-MM-DD (required)")
	from := fs.String("from", "", "first day of the absence, YYYY-MM-DD (required)")
	to := fs.String("to", "", "last day of the absence, YYYY-MM-DD, included (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	lines, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	p, eng, err := slaEngine(*pol)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	var ds [3]calendar.Date
	for i, x := range []struct{ flag, v string }{{"notified", *notified}, {"from", *from}, {"to", *to}} {
		if ds[i], err = date(x.flag, x.v); err != nil {
			return fail(e, name, err)
		}
	}
	a, err := eng.Absence(ds[0], ds[1], ds[2])
	if err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			return fail(e, name, badf("--%s: %v", se.Path, se.Err))
		}
		return fail(e, name, badf("%v", err))
	}
	expl := lines(a.Basis)
	if *asJSON {
		return writeJSON(e, struct {
			Policy             string        `json:"policy"`
			Notified           string        `json:"notified"`
			From               string        `json:"from"`
			To                 string        `json:"to"`
			WorkingDays        int           `json:"working_days"`
			NoticeDays         int           `json:"notice_days"`
			NoticeRequired     bool          `json:"notice_required"`
			RequiredNoticeDays int           `json:"required_notice_days"`
			Compliant          bool          `json:"compliant"`
			Explain            []string      `json:"explain"`
			Basis              explain.Basis `json:"basis"`
		}{p.Name, a.Notified.String(), a.From.String(), a.To.String(), a.WorkingDays, a.NoticeDays, a.NoticeRequired, a.RequiredNoticeDays, a.Compliant, expl, a.Basis})
	}
	verdict := "compliant"
	if !a.Compliant {
		verdict = "not compliant"
	}
	fmt.Fprintf(e.stdout, "%s: %d working days, %d days of notice (%d required)\n", verdict, a.WorkingDays, a.NoticeDays, a.RequiredNoticeDays)
	for _, l := range expl {
		fmt.Fprintf(e.stdout, "  %s\n", l)
	}
	return 0
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
	const name = "conversation"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	thread := fs.String("thread", "", "conversation file, JSON {\"messages\": [{\"from\", \"at\", \"kind\", \"stars\"}], \"vacations\": [...]} (required)")
	atFlag := fs.String("at", "", "instant of the evaluation, RFC 3339 (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	lines, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	p, eng, err := slaEngine(*pol)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	data, err := readFile("thread", *thread)
	if err != nil {
		return fail(e, name, err)
	}
	when, err := instant("at", *atFlag)
	if err != nil {
		return fail(e, name, err)
	}
	var c sla.Conversation
	if err := strictjson.Decode(data, &c); err != nil {
		return fail(e, name, badf("%v", strictjson.At("thread", err)))
	}
	ev, err := eng.Evaluate(c, when)
	if err != nil {
		return fail(e, name, badf("%v", strictjson.At("thread", err)))
	}
	loc := eng.Calendar().Location()
	if *asJSON {
		out := struct {
			Policy      string        `json:"policy"`
			At          string        `json:"at"`
			FirstBreach *string       `json:"first_breach"`
			Messages    []jsonStatus  `json:"messages"`
			Update      *jsonUpdate   `json:"update"`
			Explain     []string      `json:"explain"`
			Basis       explain.Basis `json:"basis"`
		}{Policy: p.Name, At: rfc3339(when, loc), Messages: []jsonStatus{}, Explain: lines(ev.Basis), Basis: ev.Basis}
		if !ev.FirstBreach.IsZero() {
			out.FirstBreach = strp(rfc3339(ev.FirstBreach, loc))
		}
		for _, s := range ev.Messages {
			js := jsonStatus{ID: s.ID, Index: s.Index, Kind: string(s.Kind), Received: rfc3339(s.Received, loc), Answered: s.Answered,
				State: string(s.State), Late: sla.Span(s.Late).String(), LateSeconds: int64(s.Late.Std() / time.Second),
				Remaining: sla.Span(s.Remaining).String(), RemainingSeconds: int64(s.Remaining.Std() / time.Second),
				Closures: closuresJSON(s.Closures), Explain: lines(s.Basis), Basis: s.Basis}
			if !s.Due.IsZero() {
				js.Due = strp(rfc3339(s.Due, loc))
			}
			if s.Answered {
				js.AnsweredAt = strp(rfc3339(s.AnsweredAt, loc))
			}
			out.Messages = append(out.Messages, js)
		}
		if u := ev.Update; u != nil {
			ju := &jsonUpdate{Opened: rfc3339(u.Opened, loc), Due: rfc3339(u.Due, loc), State: string(u.State),
				Explain: lines(u.Basis), Late: sla.Span(u.Late).String(), Remains: sla.Span(u.Remaining).String()}
			if !u.Last.IsZero() {
				ju.Last = strp(rfc3339(u.Last, loc))
			}
			out.Update = ju
		}
		return writeJSON(e, out)
	}
	for _, s := range ev.Messages {
		label := s.ID
		if label == "" {
			label = fmt.Sprintf("#%d", s.Index)
		}
		fmt.Fprintf(e.stdout, "%s %s received %s: %s\n", label, s.Kind, rfc3339(s.Received, loc), s.State)
		for _, l := range lines(s.Basis) {
			fmt.Fprintf(e.stdout, "  %s\n", l)
		}
	}
	if u := ev.Update; u != nil {
		fmt.Fprintf(e.stdout, "next update due %s: %s\n", rfc3339(u.Due, loc), u.State)
	}
	for _, l := range lines(ev.Basis) {
		fmt.Fprintln(e.stdout, l)
	}
	return 0
}
