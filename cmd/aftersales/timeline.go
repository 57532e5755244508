package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy/timeline"
)

// timelineKindsAny lists the kinds for the OpenAPI document.
func timelineKindsAny() []any {
	var out []any
	for _, k := range timeline.Kinds() {
		out = append(out, string(k))
	}
	return out
}

func timelineKindNames() string {
	var s []string
	for _, k := range timeline.Kinds() {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

// drawTimeline runs the decision of kind on the request, as POST
// /v1/KIND would, and draws it: the days of the buyer's market when the
// decision names one, else of the policy's calendar.
func (s *server) drawTimeline(kind string, q url.Values, acceptLang string, body []byte) ([]byte, *apiError) {
	ok := false
	for _, k := range timeline.Kinds() {
		ok = ok || string(k) == kind
	}
	ep, found := s.endpoints[kind]
	if !ok || !found {
		return nil, badRequest("query", "kind", "%q has no time line (kinds: %s)", kind, timelineKindNames())
	}
	ps := s.set.Load()
	a := s.decide(ep, q, acceptLang, body)
	if a.err != nil {
		return nil, a.err
	}
	eng, err := ps.lookup(a.policy)
	if err != nil {
		return nil, badRequest("query", "policy", "%v", err)
	}
	cal := eng.Calendar()
	var head struct {
		Market string `json:"market"`
		Region string `json:"region"`
	}
	input := timelineInput(ep, q, body)
	if json.Unmarshal(a.body, &head) == nil && head.Region == "" {
		// the region asked, when the result does not repeat it
		var in struct {
			Region any `json:"region"`
		}
		if json.Unmarshal(input, &in) == nil {
			head.Region, _ = in.Region.(string)
		}
	}
	if head.Market != "" && (head.Market != cal.Market() || head.Region != cal.Region()) {
		if mc, err := calendar.ForMarket(head.Market, head.Region); err == nil {
			cal = mc
		}
	}
	ch, err := timeline.From(timeline.Kind(kind), input, a.body, cal)
	if err != nil {
		s.log.Error("timeline", "kind", kind, "error", err.Error())
		return nil, &apiError{http.StatusInternalServerError, "", "", "internal error"}
	}
	return ch.SVG(cal), nil
}

// timelineInput is the decision's input as one JSON object: the body
// (case file, or flags) with the query's flags added in snake_case.
func timelineInput(ep endpoint, q url.Values, body []byte) []byte {
	m := map[string]any{}
	if ep.body != "stdin" {
		_ = json.Unmarshal(body, &m)
	}
	for k, vs := range q {
		key := strings.ReplaceAll(k, "-", "_")
		if _, ok := m[key]; ok || k == "policy" || k == "lang" || k == "kind" {
			continue
		}
		if len(vs) == 1 {
			m[key] = vs[0]
		} else {
			m[key] = vs
		}
	}
	b, _ := json.Marshal(m)
	return b
}

// timeline answers POST /v1/timeline?kind=KIND: an SVG.
func (s *server) timeline(w http.ResponseWriter, r *http.Request) {
	body, aerr := readBody(w, r)
	if aerr != nil {
		aerr.write(w)
		return
	}
	q := r.URL.Query()
	kind := q.Get("kind")
	q.Del("kind")
	svg, aerr := s.drawTimeline(kind, q, r.Header.Get("Accept-Language"), body)
	if aerr != nil {
		aerr.write(w)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Content-Length", strconv.Itoa(len(svg)))
	_, _ = w.Write(svg)
}

// runTimeline draws a case as an SVG time line on standard output.
func runTimeline(e *env, args []string) int {
	c := newCmd(e, "timeline", false)
	c.fs = flag.NewFlagSet("aftersales timeline", flag.ContinueOnError) // an SVG: no --json
	c.fs.SetOutput(io.Discard)
	c.langV = c.fs.String("lang", "", "language of the labels and tooltips: "+supportedNames()+" (default: the language of the decision's market)")
	pol := c.fs.String("policy", "", "policy: a preset name or a policy file, at most 1 MiB (required)")
	kind := c.fs.String("kind", "", "the decision to draw: "+timelineKindNames()+" (required)")
	file := c.fs.String("case", "", "the decision's input: its case or thread file, or its flags as a JSON object ({\"delivered\":[\"2026-02-14\"]}); - for standard input (required)")
	at := c.fs.String("at", "", "instant of the evaluation, RFC 3339 (conversation)")
	market := c.fs.String("market", "", "buyer's market (withdrawal, quote, warranty), ISO 3166-1 alpha-2")
	region := c.fs.String("region", "", "region of the buyer's market, ISO 3166-2")
	var sets multi
	c.fs.Var(&sets, "set", "NAME=VALUE: another flag of the decision (repeatable), e.g. --set on=2026-03-01")
	if st, ok := c.parse(args); !ok {
		return st
	}
	if *kind == "" {
		return c.fail(badf("--kind: required (%s)", timelineKindNames()))
	}
	if *pol == "" {
		return c.fail(badf("--policy: required"))
	}
	s, err := newServer([]string{*pol}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return c.fail(err)
	}
	body, err := c.readFile("case", *file)
	if err != nil {
		return c.fail(err)
	}
	q := url.Values{"policy": {*pol}}
	if *c.langV != "" {
		q.Set("lang", *c.langV)
	}
	if *at != "" {
		q.Set("at", *at)
	}
	if *market != "" {
		q.Set("market", *market)
	}
	if *region != "" {
		q.Set("region", *region)
	}
	for _, kv := range sets {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return c.fail(badf("--set: %q: want NAME=VALUE", kv))
		}
		q.Add(k, v)
	}
	svg, aerr := s.drawTimeline(*kind, q, "", body)
	if aerr != nil {
		switch {
		case aerr.in == "body" && aerr.field != "":
			return c.fail(badf("--case: %s: %s", aerr.field, aerr.message))
		case aerr.in == "body":
			return c.fail(badf("--case: %s", aerr.message))
		case aerr.field == "kind" || aerr.field == "policy" || aerr.field == "lang" || aerr.field == "at":
			return c.fail(badf("--%s: %s", aerr.field, aerr.message))
		case aerr.field != "":
			return c.fail(badf("--set: %s: %s", aerr.field, aerr.message))
		}
		return c.fail(fmt.Errorf("%s", aerr.message))
	}
	_, _ = c.e.stdout.Write(svg)
	return 0
}
