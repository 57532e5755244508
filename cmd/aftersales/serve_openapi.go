package main

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"github.com/aftersales/aftersales/explain"
	"net/url"
	"strings"
)

// serveData holds the example case files of the server (copies of
// examples/data, kept identical by a test) and their recorded answers.
//
//go:embed servedata
var serveData embed.FS

// serveExample is one documented request of the server: a real case file
// (or flags) on a preset. Its answer is recorded in
// servedata/examples/NAME.response.json (go test -run TestOpenAPIExamples
// -update rewrites them), with policy_version as a placeholder that the
// document fills in with the served policy's version.
type serveExample struct {
	name  string // example name, unique
	path  string // endpoint path under /v1/
	query string // URL query
	body  string // the body, or "file:NAME" for servedata/examples/NAME
	about string
}

// serveExamples lists the documented examples: at least one per endpoint.
func serveExamples() []serveExample {
	return []serveExample{
		{"deadline-complaint", "deadline", "policy=opisto", `{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"}`, "a complaint received on a Friday afternoon, Opisto's 72 business hours"},
		{"deadline-query-flags", "deadline", "policy=opisto&kind=question&received=2026-07-13T10:00:00%2B02:00&lang=en", "", "the same flags as query parameters, the day before Bastille Day"},
		{"absence-short-notice", "absence", "policy=swapiphone", `{"notified":"2026-07-27","from":"2026-08-03","to":"2026-08-14"}`, "a two-week absence announced one week ahead"},
		{"conversation-thread", "conversation", "policy=opisto&at=2026-11-30T12:00:00%2B01:00", "file:thread.json", "a thread with a seller vacation"},
		{"withdrawal-one-parcel", "withdrawal", "policy=french-law", "file:withdrawal.json", "one parcel received on a Saturday"},
		{"withdrawal-bavarian-buyer", "withdrawal", "policy=opisto&market=DE&region=DE-BY", `{"delivered":["2026-12-19"]}`, "a buyer in Bavaria: the German statute beside Opisto's clause, over Christmas"},
		{"withdrawal-informed-late", "withdrawal", "policy=french-law", "file:withdrawal-parcels-informed-late.json", "two parcels, the buyer told of the right after the sale"},
		{"quote-withdrawal", "quote", "policy=opisto", "file:quote.json", "a whole order withdrawn"},
		{"quote-late-refund", "quote", "policy=opisto&lang=en", "file:quote-late-refund.json", "a refund paid late: the late bands apply"},
		{"warranty-claim", "warranty", "policy=french-law", "file:claim.json", "a defect appearing in the second year after a repair"},
		{"warranty-listing-duties", "warranty", "policy=french-law&listing=smartphone&on=2026-06-01", "", "what a smartphone listing must show"},
		{"escalation-ladder", "escalation", "policy=agafort", `{"opened":"2026-03-02T09:00:00+01:00","at":"2026-03-03T08:00:00+01:00"}`, "a complaint one day after opening"},
		{"takeover-device-lock", "takeover", "policy=swapiphone", "file:takeover.json", "a returned phone still locked to a Google account"},
		{"reference-new", "reference", "policy=agafort", `{"new":123}`, "the reference of complaint 123"},
		{"screen-phone-number", "screen", "policy=opisto", "file:message.txt", "a seller's message giving a phone number and an obfuscated address"},
		{"listing-check", "listing", "policy=opisto", "file:listing.json", "a used gearbox listing"},
		{"policy-floor", "policy/floor", "policy=opisto", "", "Opisto's clauses against the legal floor"},
		{"holidays-poland", "holidays", "", `{"market":"PL","year":2026}`, "Polish public holidays in 2026"},
		{"calendar-add", "calendar/add", "", `{"market":"FR","from":"2026-07-13T10:00:00+02:00","hours":24}`, "24 business hours over Bastille Day"},
		{"order-due-notice", "order-due", "lang=en", `{"market":"FR","kind":"notice","received":"2026-05-07T16:00:00+02:00"}`, "a safety notice received the day before 8 May, a public holiday"},
		{"sanction-procedure", "sanction", "", "file:sanction.json", "a seller's termination for counterfeits"},
		{"inform-buyers", "inform", "", "file:inform.json", "the buyers to inform of an illegal product"},
		{"recalls-listings", "recalls", "", "file:listings.jsonl", "listings screened against the recall dataset (a server started with --recalls examples/data/rappelconso-sample.csv)"},
		{"law-show-poland", "law/show", "market=PL", "", "the Polish consumer statute, each rule with its source and confidence"},
		{"law-compare-fr-de", "law/compare", "market=FR&market=DE&on=2026-12-01", "", "where the French and German statutes differ for a contract of 1 December 2026"},
		{"calendar-period", "calendar/period", "", `{"market":"FR","event":"2025-05-26","days":14,"roll":true}`, "14 days rolled over Pentecost Monday"},
	}
}

// requestBody is the example's body.
func (x serveExample) requestBody() []byte {
	if name, ok := strings.CutPrefix(x.body, "file:"); ok {
		b, err := serveData.ReadFile("servedata/examples/" + name)
		if err != nil {
			return nil
		}
		return b
	}
	return []byte(x.body)
}

// response is the example's recorded answer, or nil.
func (x serveExample) response() []byte {
	b, err := serveData.ReadFile("servedata/examples/" + x.name + ".response.json")
	if err != nil {
		return nil
	}
	return b
}

// flagDoc is one flag of a command as its -h lists it.
type flagDoc struct {
	name, kind, usage string // kind: "string", "value" or "" (boolean)
}

// commandFlags lists the flags of the endpoint's command, read from its
// own -h output, so the document follows the command.
func commandFlags(ep endpoint) []flagDoc {
	var out, errb bytes.Buffer
	runCommand(&env{stdin: bytes.NewReader(nil), stdout: &out, stderr: &errb, noFiles: true}, append(append([]string{}, ep.args...), "-h"))
	var fs []flagDoc
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "  -"); ok {
			name, kind, _ := strings.Cut(rest, " ")
			fs = append(fs, flagDoc{name: name, kind: kind})
			continue
		}
		if len(fs) > 0 && strings.HasPrefix(line, "    \t") {
			f := &fs[len(fs)-1]
			f.usage = strings.TrimSpace(f.usage + " " + strings.TrimSpace(line))
		}
	}
	if len(fs) == 0 {
		// a command whose -h is a usage line (law): the endpoint's list
		for _, n := range ep.flags {
			kind := "string"
			if n == "all" {
				kind = ""
			}
			fs = append(fs, flagDoc{name: n, kind: kind, usage: "--" + n + " of aftersales " + strings.Join(ep.args, " ")})
		}
	}
	return fs
}

// flagSchema is the JSON schema of a flag's value.
func flagSchema(f flagDoc) map[string]any {
	switch {
	case f.kind == "":
		return map[string]any{"type": "boolean"}
	case strings.Contains(f.usage, "(decimal,"):
		return map[string]any{"type": "integer"}
	case strings.Contains(f.usage, "repeat"):
		return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "array", "items": map[string]any{"type": "string"}}}}
	}
	return map[string]any{"type": "string"}
}

// openAPI is the OpenAPI 3.1 document of the server: every endpoint with
// its parameters (the command's flags), its body, its answers and the
// recorded examples.
func (s *server) openAPI() any {
	ps := s.set.Load()
	langs := []any{}
	for _, t := range explain.Languages() {
		langs = append(langs, t.String())
	}
	policies := []any{}
	for _, n := range ps.names {
		policies = append(policies, n)
	}
	errResp := func(what string) map[string]any {
		return map[string]any{"description": what, "content": map[string]any{"application/json": map[string]any{"schema": ref("Error")}}}
	}
	paths := map[string]any{}
	byPath := map[string][]serveExample{}
	for _, x := range serveExamples() {
		byPath[x.path] = append(byPath[x.path], x)
	}
	for _, ep := range s.order {
		params := []any{}
		if ep.policy {
			params = append(params, map[string]any{"name": "policy", "in": "query", "required": len(ps.names) > 1,
				"description": "the policy (required when the server serves more than one)", "schema": map[string]any{"type": "string", "enum": policies}})
		}
		params = append(params,
			map[string]any{"name": "lang", "in": "query", "description": "language of the explanation (default: Accept-Language, else the market's)", "schema": map[string]any{"type": "string", "enum": langs}},
			map[string]any{"name": "Accept-Language", "in": "header", "description": "picks the explanation's language when lang is not given", "schema": map[string]any{"type": "string"}})
		props := map[string]any{}
		if ep.pos != "" {
			sch := map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": "the command's arguments (market codes)"}
			params = append(params, map[string]any{"name": ep.pos, "in": "query", "style": "form", "explode": true,
				"description": "the command's arguments: market codes, ISO 3166-1 (repeat the parameter for each)", "schema": sch})
			props[ep.pos] = sch
		}
		for _, f := range commandFlags(ep) {
			switch f.name {
			case "policy", "lang", "json", ep.body:
				continue
			}
			if unserved(f.name) {
				continue
			}
			sch := flagSchema(f)
			sch["description"] = f.usage
			if ep.body == "" {
				props[strings.ReplaceAll(f.name, "-", "_")] = sch
			}
			params = append(params, map[string]any{"name": f.name, "in": "query", "description": "--" + f.name + ": " + f.usage, "schema": sch})
		}
		op := map[string]any{
			"operationId": strings.ReplaceAll(ep.path, "/", "_"),
			"summary":     ep.summary,
			"description": "Runs `aftersales " + strings.Join(ep.args, " ") + " --json` on the served policy and answers its envelope.",
			"parameters":  params,
			"responses": map[string]any{
				"400": errResp("bad input: the field (query parameter, body member or path inside the body) and the problem"),
				"405": errResp("not POST"),
				"413": errResp("body larger than 1 MiB"),
			},
		}
		var bodyMedia string
		var bodySchema map[string]any
		switch ep.body {
		case "":
			bodyMedia = "application/json"
			bodySchema = map[string]any{"type": "object", "additionalProperties": false, "properties": props,
				"description": "the command's flags as members (snake_case or the flag's name); or give them as query parameters"}
		case "stdin":
			bodyMedia = "text/plain"
			bodySchema = map[string]any{"type": "string", "maxLength": MaxInputBytes}
		case "listings":
			// JSON Lines, one listing a line: text, not one JSON value.
			bodyMedia = "text/plain"
			bodySchema = map[string]any{"type": "string", "maxLength": MaxInputBytes,
				"description": "the --listings file of the command: JSON Lines {id, gtin, brand, model, lot}"}
		default:
			bodyMedia = "application/json"
			bodySchema = map[string]any{"type": "object", "description": "the --" + ep.body + " file of the command (the library's input JSON)"}
		}
		reqEx, respEx := map[string]any{}, map[string]any{}
		for _, x := range byPath[ep.path] {
			resp := x.response()
			if resp == nil {
				continue
			}
			var rv any
			if err := json.Unmarshal(resp, &rv); err != nil {
				continue
			}
			if m, ok := rv.(map[string]any); ok {
				if n, ok := m["policy"].(string); ok {
					if eng, ok := ps.byName[n]; ok {
						m["policy_version"] = eng.Version()
					}
				}
			}
			respEx[x.name] = map[string]any{"summary": x.about, "value": rv}
			body := x.requestBody()
			var bv any = string(body)
			if bodyMedia == "application/json" && len(body) > 0 {
				if err := json.Unmarshal(body, &bv); err != nil {
					continue
				}
			}
			if len(body) > 0 {
				reqEx[x.name] = map[string]any{"summary": x.about, "value": bv}
			}
			q, _ := url.ParseQuery(x.query)
			for i, p := range params {
				pm := p.(map[string]any)
				if pm["in"] != "query" {
					continue
				}
				if v, ok := q[pm["name"].(string)]; ok {
					exs, _ := pm["examples"].(map[string]any)
					if exs == nil {
						exs = map[string]any{}
						pm["examples"] = exs
					}
					var val any = v[0]
					if len(v) > 1 {
						val = v
					}
					exs[x.name] = map[string]any{"value": val}
					params[i] = pm
				}
			}
		}
		op["requestBody"] = map[string]any{"required": ep.body != "" && ep.body != "stdin" && ep.path != "warranty",
			"content": map[string]any{bodyMedia: map[string]any{"schema": bodySchema, "examples": reqEx}}}
		op["responses"].(map[string]any)["200"] = map[string]any{"description": "the decision: the envelope of `--json`",
			"content": map[string]any{"application/json": map[string]any{"schema": ref("Envelope"), "examples": respEx}}}
		paths["/v1/"+ep.path] = map[string]any{"post": op}
	}
	paths["/v1/timeline"] = map[string]any{"post": map[string]any{
		"operationId": "timeline",
		"summary":     "the case as an SVG time line",
		"description": "Runs the decision named by kind on the body (as POST /v1/KIND would) and draws its dates and instants.",
		"parameters": []any{
			map[string]any{"name": "kind", "in": "query", "required": true, "schema": map[string]any{"type": "string", "enum": timelineKindsAny()}},
			map[string]any{"name": "policy", "in": "query", "schema": map[string]any{"type": "string", "enum": policies}},
			map[string]any{"name": "lang", "in": "query", "schema": map[string]any{"type": "string", "enum": langs}},
		},
		"requestBody": map[string]any{"content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}},
		"responses": map[string]any{
			"200": map[string]any{"description": "SVG, 800 px wide", "content": map[string]any{"image/svg+xml": map[string]any{"schema": map[string]any{"type": "string"}}}},
			"400": errResp("bad input"),
		},
	}}
	paths["/healthz"] = map[string]any{"get": map[string]any{"operationId": "healthz", "summary": "liveness, and the served policies with their versions",
		"responses": map[string]any{"200": map[string]any{"description": "ok", "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}}}}
	paths["/openapi.json"] = map[string]any{"get": map[string]any{"operationId": "openapi", "summary": "this document",
		"responses": map[string]any{"200": map[string]any{"description": "OpenAPI 3.1", "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}}}}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{"title": "aftersales", "version": buildVersion().Version,
			"description": "The decisions of the aftersales command over HTTP: each POST /v1/DECISION answers exactly what `aftersales DECISION --json` prints for the same flags and case file."},
		"paths": paths,
		"components": map[string]any{"schemas": map[string]any{
			"Envelope": map[string]any{"type": "object", "required": []any{"policy", "policy_version", "lang", "explain"},
				"properties": map[string]any{
					"policy":         map[string]any{"type": []any{"string", "null"}, "description": "the policy's name"},
					"policy_version": map[string]any{"type": []any{"string", "null"}, "description": "sha256 of the policy's canonical JSON"},
					"lang":           map[string]any{"type": "string"},
					"basis":          map[string]any{"type": "object", "properties": map[string]any{"steps": map[string]any{"type": "array"}}},
					"explain":        map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
				},
				"additionalProperties": true,
				"description":          "policy, policy_version and lang, then the decision's own members as the library marshals them, then explain",
			},
			"Error": map[string]any{"type": "object", "required": []any{"error"}, "properties": map[string]any{
				"error": map[string]any{"type": "object", "required": []any{"field", "message"}, "properties": map[string]any{
					"in":      map[string]any{"type": "string", "enum": []any{"query", "body", "header", "path"}},
					"field":   map[string]any{"type": "string", "description": "query parameter, body member, or path inside the body (lines[2].price); empty for the whole body"},
					"message": map[string]any{"type": "string"},
				}},
			}},
		}},
	}
}

func ref(name string) map[string]any {
	return map[string]any{"$ref": "#/components/schemas/" + name}
}
