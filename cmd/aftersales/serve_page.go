package main

import (
	"bytes"
	"encoding/json"
	"github.com/aftersales/aftersales/explain"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy/timeline"
)

// pageForm is what the page's form sends.
type pageForm struct {
	Example, Decision, Policy, Market, Lang, Params, Body string
}

// pageExample is an example as the page's script fills the form with it.
type pageExample struct {
	Path   string `json:"path"`
	Policy string `json:"policy"`
	Lang   string `json:"lang"`
	Params string `json:"params"`
	Body   string `json:"body"`
}

type pageValue struct{ Key, Value string }

type pageResult struct {
	Policy, Version string
	Values          []pageValue
	Explain         []string
	Timeline        template.HTML
	JSON            string
}

type pageData struct {
	Lang         string
	Examples     []struct{ Name, Path, About string }
	ExamplesJSON map[string]pageExample
	Decisions    []string
	Policies     []string
	Markets      []string
	Langs        []string
	Form         pageForm
	Error        *struct{ Field, Message string }
	Result       *pageResult
}

// pageTemplate is the page, parsed from the embedded file.
func pageTemplate() (*template.Template, error) {
	return template.ParseFS(serveData, "servedata/page/index.html")
}

// page serves the page at /: GET shows the form (with the first example
// filled in; GET /?example=NAME decides that example), POST decides the form's case and shows the decision, its
// explanation and its time line. It works without JavaScript; a few lines
// of it fill the form when an example is picked.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	ps := s.set.Load()
	d := pageData{Lang: "en", Policies: ps.names, Markets: calendar.Markets(), ExamplesJSON: map[string]pageExample{}}
	for _, t := range explain.Languages() {
		d.Langs = append(d.Langs, t.String())
	}
	for _, ep := range s.order {
		d.Decisions = append(d.Decisions, ep.path)
	}
	for _, x := range serveExamples() {
		q, _ := url.ParseQuery(x.query)
		pol := q.Get("policy")
		if _, ok := ps.byName[pol]; pol != "" && !ok {
			continue // not served here
		}
		lang := q.Get("lang")
		q.Del("policy")
		q.Del("lang")
		params, _ := url.QueryUnescape(q.Encode())
		d.Examples = append(d.Examples, struct{ Name, Path, About string }{x.name, x.path, x.about})
		d.ExamplesJSON[x.name] = pageExample{Path: x.path, Policy: pol, Lang: lang, Params: params, Body: string(x.requestBody())}
	}
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, MaxInputBytes+64<<10)
		if err := r.ParseForm(); err != nil {
			d.Error = &struct{ Field, Message string }{"", "the form could not be read: " + err.Error()}
		} else {
			f := pageForm{Example: r.PostFormValue("example"), Decision: r.PostFormValue("decision"), Policy: r.PostFormValue("policy"),
				Market: r.PostFormValue("market"), Lang: r.PostFormValue("lang"), Params: r.PostFormValue("params"), Body: r.PostFormValue("body")}
			d.Form = f
			s.pageDecide(&d, f, r.Header.Get("Accept-Language"))
		}
	} else if name := r.URL.Query().Get("example"); name != "" {
		// GET /?example=NAME: the example decided, a page one can link to.
		x, ok := d.ExamplesJSON[name]
		if !ok {
			d.Error = &struct{ Field, Message string }{"query example", "no example " + strconv.Quote(name)}
		} else {
			d.Form = pageForm{Example: name, Decision: x.Path, Policy: x.Policy, Lang: x.Lang, Params: x.Params, Body: x.Body}
			s.pageDecide(&d, d.Form, r.Header.Get("Accept-Language"))
		}
	} else if len(d.Examples) > 0 {
		x := d.ExamplesJSON[d.Examples[0].Name]
		d.Form = pageForm{Example: d.Examples[0].Name, Decision: x.Path, Policy: x.Policy, Lang: x.Lang, Params: x.Params, Body: x.Body}
	}
	if d.Form.Lang != "" {
		d.Lang = d.Form.Lang
	}
	t, err := pageTemplate()
	if err != nil {
		s.log.Error("page", "error", err.Error())
		(&apiError{http.StatusInternalServerError, "", "", "internal error"}).write(w)
		return
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		s.log.Error("page", "error", err.Error())
		(&apiError{http.StatusInternalServerError, "", "", "internal error"}).write(w)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b.Bytes())
}

// pageDecide runs the form's decision, and its time line when it has one.
func (s *server) pageDecide(d *pageData, f pageForm, acceptLang string) {
	fail := func(e *apiError) {
		d.Error = &struct{ Field, Message string }{strings.TrimSpace(e.in + " " + e.field), e.message}
	}
	ep, ok := s.endpoints[f.Decision]
	if !ok {
		fail(badRequest("form", "decision", "no decision %q", f.Decision))
		return
	}
	q, err := url.ParseQuery(strings.TrimSpace(f.Params))
	if err != nil {
		fail(badRequest("form", "params", "%v", err))
		return
	}
	if ep.policy && f.Policy != "" {
		q.Set("policy", f.Policy)
	}
	if f.Lang != "" {
		q.Set("lang", f.Lang)
	}
	if f.Market != "" && hasFlag(ep, "market") {
		q.Set("market", f.Market)
	}
	body := []byte(strings.ReplaceAll(f.Body, "\r\n", "\n"))
	a := s.decide(ep, q, acceptLang, body)
	if a.err != nil {
		fail(a.err)
		return
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(a.body, &m); err != nil {
		fail(&apiError{http.StatusInternalServerError, "", "", "internal error"})
		return
	}
	res := &pageResult{JSON: string(a.body)}
	_ = json.Unmarshal(m["policy"], &res.Policy)
	_ = json.Unmarshal(m["policy_version"], &res.Version)
	_ = json.Unmarshal(m["explain"], &res.Explain)
	if l := ""; json.Unmarshal(m["lang"], &l) == nil && l != "" {
		d.Lang = l
	}
	for _, mb := range membersOf(a.body) {
		switch mb.key {
		case "policy", "policy_version", "lang", "explain", "basis":
			continue
		}
		res.Values = append(res.Values, pageValue{mb.key, showValue(mb.raw)})
	}
	for _, k := range timeline.Kinds() {
		if string(k) == ep.path {
			if svg, aerr := s.drawTimeline(ep.path, q, acceptLang, body); aerr == nil {
				// The picture is the server's own SVG, every text in it
				// escaped by policy/timeline.
				res.Timeline = template.HTML(svg)
			}
		}
	}
	d.Result = res
}

// hasFlag reports whether the endpoint's command has the flag.
func hasFlag(ep endpoint, name string) bool {
	for _, f := range commandFlags(ep) {
		if f.name == name {
			return true
		}
	}
	return false
}

// membersOf lists the members of the JSON object b in their order.
func membersOf(b []byte) []member {
	var c bytes.Buffer
	if err := json.Compact(&c, b); err != nil {
		return nil
	}
	var v json.RawMessage = c.Bytes()
	ms, err := objectMembers(v)
	if err != nil {
		return nil
	}
	return ms
}

// showValue is a member's value for people: strings bare, money as
// "12.50 EUR", anything else as compact JSON without its basis.
func showValue(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var money struct{ Amount, Currency string }
	var probe map[string]json.RawMessage
	if json.Unmarshal(raw, &probe) == nil && len(probe) == 2 && probe["amount"] != nil && probe["currency"] != nil && json.Unmarshal(raw, &money) == nil {
		return money.Amount + " " + money.Currency
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return string(raw)
	}
	out, _ := json.Marshal(dropBasis(v))
	return string(out)
}

func dropBasis(v any) any {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "basis")
		for k, e := range x {
			x[k] = dropBasis(e)
		}
	case []any:
		for i, e := range x {
			x[i] = dropBasis(e)
		}
	}
	return v
}
