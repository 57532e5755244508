package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/aftersales/aftersales/explain"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"golang.org/x/text/language"
)

// Server limits. A request body is bounded like a case file of the
// command (MaxInputBytes, 1 MiB).
const (
	serveReadHeaderTimeout = 5 * time.Second
	serveReadTimeout       = 10 * time.Second
	serveWriteTimeout      = 30 * time.Second
	serveIdleTimeout       = 120 * time.Second
	serveShutdownTimeout   = 10 * time.Second

	// serveGCPercent is the garbage collector's target of a server when
	// GOGC is not set: a decision allocates about 25 KiB (deadline) to
	// 70 KiB (quote) and keeps none of it, and the live heap is a few MiB,
	// so collecting at +400 % instead of +100 % costs a few tens of MiB and
	// raised loopback throughput by about a third.
	serveGCPercent = 400
)

// endpoint is one decision served as POST /v1/PATH: the command it runs
// in-process, whether it takes --policy, and what the request body is.
type endpoint struct {
	path    string   // "deadline", "calendar/add"
	args    []string // the command's words: ["calendar", "add"]
	policy  bool     // the command takes --policy
	body    string   // the file flag the body is ("case", "thread", "listing"), "stdin" for a raw message, "" for a JSON object of flags
	summary string
	flags   []string // the command's own flags, when its -h does not list them
	pos     string   // the parameter whose values are the command's arguments ("market" of law show FR)
}

// endpoints lists every decision the server answers, in the order of the
// OpenAPI document.
func endpoints() []endpoint {
	return []endpoint{
		{"deadline", []string{"deadline"}, true, "", "reply deadline of one buyer message", []string{"kind", "received", "closure"}, ""},
		{"absence", []string{"absence"}, true, "", "check a seller's absence announcement", []string{"notified", "from", "to"}, ""},
		{"conversation", []string{"conversation"}, true, "thread", "evaluate a conversation's reply deadlines at an instant", []string{"at"}, ""},
		{"withdrawal", []string{"withdrawal"}, true, "", "withdrawal window of an order", []string{"delivered", "regular", "buyer", "not-informed", "informed-on", "excluded", "on"}, ""},
		{"quote", []string{"quote"}, true, "case", "refund quote for a request", nil, ""},
		{"warranty", []string{"warranty"}, true, "case", "assess a claim under the legal and commercial guarantees (or, with listing and on and no body, the listing duties)", []string{"listing", "on"}, ""},
		{"escalation", []string{"escalation"}, true, "", "where a complaint stands on the escalation ladder", []string{"opened", "at", "resolved", "fulfilled"}, ""},
		{"takeover", []string{"takeover"}, true, "case", "whether the platform takes over the customer contact", nil, ""},
		{"reference", []string{"reference"}, true, "", "generate or check a complaint reference", []string{"new", "check"}, ""},
		{"screen", []string{"screen"}, true, "stdin", "screen a message (the body, UTF-8 text) for off-platform contact and marketing, and, with market, its language", []string{"market"}, ""},
		{"listing", []string{"listing"}, true, "listing", "check a listing against the policy's listing rules", nil, ""},
		{"policy/floor", []string{"policy", "floor"}, true, "", "the policy against the legal floor", nil, ""},
		{"holidays", []string{"holidays"}, false, "", "public holidays of a market and year", []string{"market", "region", "year"}, ""},
		{"calendar/add", []string{"calendar", "add"}, false, "", "add business time to an instant", []string{"market", "region", "from", "hours", "working-days"}, ""},
		{"calendar/period", []string{"calendar", "period"}, false, "", "a legal period from an event", []string{"market", "region", "event", "days", "months", "years", "roll"}, ""},
		{"order-due", []string{"order-due"}, false, "", "due instant of an authority order or safety notice (GPSR art. 22, DSA art. 9)", nil, ""},
		{"sanction", []string{"sanction"}, false, "case", "procedure of a sanction against a seller (P2B art. 4, DSA arts 17, 20, 23)", nil, ""},
		{"inform", []string{"inform"}, false, "case", "buyers to inform of an illegal or recalled product (DSA art. 32, GPSR art. 35)", nil, ""},
		{"recalls", []string{"recalls"}, false, "listings", "screen listings (the body, JSON lines) against the recall dataset the server was started with (serve --recalls)", nil, ""},
		{"law/show", []string{"law", "show"}, false, "", "a market's consumer statute with sources and confidence", nil, "market"},
		{"law/compare", []string{"law", "compare"}, false, "", "where markets' statutes differ on a contract date", []string{"on", "all"}, "market"},
	}
}

// policySet is the set of policies a server answers with, compiled once;
// it never changes (a reload builds a new one).
type policySet struct {
	byName map[string]policy.Engine // by engine name and by the --policy value
	names  []string                 // engine names, sorted
	loaded time.Time
}

// loadPolicySet loads and compiles every --policy value (all presets
// when none is given). Two policies with one name are an error.
func loadPolicySet(specs []string) (*policySet, error) {
	if len(specs) == 0 {
		specs = preset.Names()
	}
	ps := &policySet{byName: map[string]policy.Engine{}, loaded: time.Now()}
	for _, v := range specs {
		eng, err := loadEngine("policy", v)
		if err != nil {
			return nil, err
		}
		if prev, dup := ps.byName[eng.Name()]; dup && prev.Version() != eng.Version() {
			return nil, badf("--policy: %s: two policies are named %q", v, eng.Name())
		}
		if _, dup := ps.byName[eng.Name()]; !dup {
			ps.names = append(ps.names, eng.Name())
		}
		ps.byName[eng.Name()] = eng
		ps.byName[v] = eng
	}
	sort.Strings(ps.names)
	return ps, nil
}

// lookup is the --policy resolver of a request: only the served policies,
// never a file.
func (ps *policySet) lookup(name string) (policy.Engine, error) {
	if eng, ok := ps.byName[name]; ok {
		return eng, nil
	}
	if name == "" {
		return policy.Engine{}, fmt.Errorf("required (served: %s)", strings.Join(ps.names, ", "))
	}
	return policy.Engine{}, fmt.Errorf("%q is not served (served: %s)", name, strings.Join(ps.names, ", "))
}

// server answers the decisions over HTTP. Safe for concurrent use: its
// policies are swapped whole on reload.
type server struct {
	specs     []string
	set       atomic.Pointer[policySet]
	log       *slog.Logger
	endpoints map[string]endpoint
	order     []endpoint
	cmds      map[string]command // commands(), built once
	recalls   *servedRecalls     // serve --recalls, decoded and indexed once; nil without
}

func newServer(specs []string, log *slog.Logger) (*server, error) {
	ps, err := loadPolicySet(specs)
	if err != nil {
		return nil, err
	}
	s := &server{specs: specs, log: log, endpoints: map[string]endpoint{}, order: endpoints(), cmds: commands()}
	s.set.Store(ps)
	for _, ep := range s.order {
		s.endpoints[ep.path] = ep
	}
	return s, nil
}

// reload compiles the policies again and swaps them in whole; on any
// error the old set stays and the error is logged.
func (s *server) reload() error {
	ps, err := loadPolicySet(s.specs)
	if err != nil {
		s.log.Error("policy reload failed; keeping the policies in service", "error", err.Error())
		return err
	}
	s.set.Store(ps)
	var vs []string
	for _, n := range ps.names {
		vs = append(vs, n+"@"+ps.byName[n].Version())
	}
	s.log.Info("policies reloaded", "policies", vs)
	return nil
}

// apiError is the one error shape of the server.
type apiError struct {
	status  int
	in      string // "query", "body", "header", "path" or ""
	field   string
	message string
}

func (e *apiError) write(w http.ResponseWriter) {
	type inner struct {
		In      string `json:"in,omitempty"`
		Field   string `json:"field"`
		Message string `json:"message"`
	}
	b, _ := json.Marshal(struct {
		Error inner `json:"error"`
	}{inner{e.in, e.field, e.message}})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(e.status)
	_, _ = w.Write(append(b, '\n'))
}

func badRequest(in, fieldName, format string, args ...any) *apiError {
	return &apiError{http.StatusBadRequest, in, fieldName, fmt.Sprintf(format, args...)}
}

// answer is a decision's result: the command's --json output, or its
// refusal.
type answer struct {
	body   []byte
	err    *apiError
	policy string
}

// decide runs the endpoint's command in-process on the request: query
// parameters are its flags, the body its file (or a JSON object of
// flags), the policy one of the served ones.
func (s *server) decide(ep endpoint, q map[string][]string, acceptLang string, body []byte) answer {
	ps := s.set.Load()
	args := append([]string{}, ep.args...)
	args = append(args, "--json")
	// where says where each flag came from, so a refusal names it.
	where := map[string][2]string{}
	var positional []string
	var polName string
	for _, k := range sortedKeys(q) {
		vs := q[k]
		switch {
		case k == "json" || k == "h" || k == "help":
			return answer{err: badRequest("query", k, "not a parameter of /v1/%s", ep.path)}
		case unserved(k):
			return answer{err: badRequest("query", k, "not served: a policy history is a file of the command; serve the version you want with --policy")}
		case k == "policy" && !ep.policy:
			return answer{err: badRequest("query", k, "/v1/%s takes no policy", ep.path)}
		case k == "policy":
			if len(vs) != 1 {
				return answer{err: badRequest("query", k, "give one policy")}
			}
			polName = vs[0]
			continue
		case ep.body != "" && ep.body != "stdin" && k == ep.body:
			return answer{err: badRequest("query", k, "send the %s as the request body", k)}
		case ep.pos != "" && k == ep.pos:
			positional = append(positional, vs...)
			where[k] = [2]string{"query", k}
			continue
		}
		for _, v := range vs {
			args = append(args, "--"+k+"="+v)
		}
		where[k] = [2]string{"query", k}
	}
	if ep.policy {
		if polName == "" && len(ps.names) == 1 {
			polName = ps.names[0]
		}
		if _, err := ps.lookup(polName); err != nil {
			return answer{err: badRequest("query", "policy", "%v", err)}
		}
		args = append(args, "--policy="+polName)
	}
	if _, ok := q["lang"]; !ok && acceptLang != "" {
		if t, ok := pickLang(acceptLang); ok {
			args = append(args, "--lang="+t)
			where["lang"] = [2]string{"header", "Accept-Language"}
		}
	}
	var stdin io.Reader = bytes.NewReader(nil)
	switch ep.body {
	case "":
		if len(bytes.TrimSpace(body)) > 0 {
			fl, err := bodyFlags(body)
			if err != nil {
				return answer{err: err}
			}
			for _, f := range fl {
				if _, dup := where[f.flag]; dup {
					return answer{err: badRequest("body", f.key, "given both in the query and in the body")}
				}
				where[f.flag] = [2]string{"body", f.key}
				if ep.pos != "" && f.flag == ep.pos {
					positional = append(positional, f.values...)
					continue
				}
				for _, v := range f.values {
					args = append(args, "--"+f.flag+"="+v)
				}
			}
		}
	case "stdin":
		stdin = bytes.NewReader(body)
	default:
		if len(body) > 0 {
			args = append(args, "--"+ep.body+"=-")
			stdin = bytes.NewReader(body)
		}
	}
	for _, v := range positional {
		if strings.HasPrefix(v, "-") {
			return answer{err: badRequest(where[ep.pos][0], ep.pos, "%q is not a market code", v)}
		}
	}
	args = append(args, positional...)
	var out, errb bytes.Buffer
	e := &env{stdin: stdin, stdout: &out, stderr: &errb, policies: ps.lookup, noFiles: true, recalls: s.recalls}
	code := runIn(s.cmds, e, args)
	if code == 0 {
		return answer{body: out.Bytes(), policy: polName}
	}
	if code != 2 {
		s.log.Error("decision failed", "path", ep.path, "status", code, "stderr", errb.String())
		return answer{err: &apiError{http.StatusInternalServerError, "", "", "internal error"}}
	}
	return answer{err: refusalError(ep, strings.Join(ep.args, " "), errb.String(), where), policy: polName}
}

// unserved reports whether a flag of the commands is not served: the
// policy history (--history, a file, and --as-of, which goes with it).
func unserved(flagName string) bool { return flagName == "history" || flagName == "as-of" }

// runCommand runs one command of commands() with e (run without the
// command-line's help and usage handling).
func runCommand(e *env, args []string) int { return runIn(commands(), e, args) }

// runIn runs one command of cmds with e.
func runIn(cmds map[string]command, e *env, args []string) int {
	c, ok := cmds[args[0]]
	if !ok {
		return 2
	}
	return c.run(e, args[1:])
}

// pathLike is a field path of a file ("lines[2].price", "messages[0].at").
var pathLike = regexp.MustCompile(`^[A-Za-z0-9_]+(\[[0-9]+\]|\.[A-Za-z0-9_]+)*$`)

// refusalError turns the command's one-line refusal ("aftersales NAME:
// --flag: problem" or "aftersales NAME: --case: path: problem") into the
// server's error: the field is the query parameter, the body member, or
// the path inside the body.
func refusalError(ep endpoint, name, stderr string, where map[string][2]string) *apiError {
	msg := strings.TrimSpace(stderr)
	if m, ok := strings.CutPrefix(msg, "aftersales "+name+": "); ok {
		msg = m
	} else {
		msg = strings.TrimPrefix(msg, "aftersales "+ep.args[0]+": ")
	}
	flagName, rest, ok := strings.Cut(msg, ": ")
	if ok && flagName == "stdin" && ep.body == "stdin" {
		return badRequest("body", "", "%s", rest)
	}
	if !ok || !strings.HasPrefix(flagName, "--") {
		if ep.pos != "" {
			in := "query"
			if w, ok := where[ep.pos]; ok {
				in = w[0]
			}
			return badRequest(in, ep.pos, "%s", msg)
		}
		return badRequest("", "", "%s", msg)
	}
	flagName = strings.TrimPrefix(flagName, "--")
	if flagName == ep.body || (ep.body == "stdin" && flagName == "stdin") || (flagName == "stdin" && ep.body == "") {
		// "--case: path: problem" or "--case: problem".
		if rest == "required" {
			return badRequest("body", "", "required: the %s file of the command as the request body", ep.body)
		}
		if p, problem, ok := strings.Cut(rest, ": "); ok && pathLike.MatchString(p) {
			return badRequest("body", p, "%s", problem)
		}
		return badRequest("body", "", "%s", rest)
	}
	if w, ok := where[flagName]; ok {
		return badRequest(w[0], w[1], "%s", rest)
	}
	if flagName == "policy" {
		return badRequest("query", "policy", "%s", rest)
	}
	if ep.body == "" {
		// A required flag that was not given: a member of the body (or a
		// query parameter).
		return badRequest("body", strings.ReplaceAll(flagName, "-", "_"), "%s", rest)
	}
	return badRequest("query", flagName, "%s", rest)
}

// pickLang picks from an Accept-Language header the first supported
// language, by the header's weights.
func pickLang(header string) (string, bool) {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return "", false
	}
	for _, t := range tags {
		if explain.Supported(t) {
			return explain.Match(t).String(), true
		}
	}
	return "", false
}

// bodyFlag is one member of a flags body: its key as written, the flag
// it sets and its values (several for a repeatable flag).
type bodyFlag struct {
	key, flag string
	values    []string
}

// bodyFlags reads the body of a decision without a file: a JSON object
// whose members are the command's flags, by flag name or in snake_case
// ("informed_on" for --informed-on); a value is a string, a number, a
// boolean or an array of them (a repeatable flag).
func bodyFlags(body []byte) ([]bodyFlag, *apiError) {
	var m map[string]json.RawMessage
	if err := strictjson.Decode(body, &m); err != nil {
		var fe *strictjson.Error
		if errors.As(err, &fe) {
			return nil, badRequest("body", fe.Path, "%v", fe.Err)
		}
		return nil, badRequest("body", "", "%v", err)
	}
	var out []bodyFlag
	for _, k := range sortedKeys(m) {
		raw := bytes.TrimSpace(m[k])
		f := bodyFlag{key: k, flag: strings.ReplaceAll(k, "_", "-")}
		if f.flag == "json" || f.flag == "h" || f.flag == "help" || f.flag == "policy" || f.flag == "lang" {
			return nil, badRequest("body", k, "give %s as a query parameter", k)
		}
		if unserved(f.flag) {
			return nil, badRequest("body", k, "not served: a policy history is a file of the command; serve the version you want with --policy")
		}
		var items []json.RawMessage
		if len(raw) > 0 && raw[0] == '[' {
			if err := json.Unmarshal(raw, &items); err != nil {
				return nil, badRequest("body", k, "%v", err)
			}
		} else {
			items = []json.RawMessage{raw}
		}
		for i, it := range items {
			v, err := scalar(it)
			if err != nil {
				p := k
				if len(items) > 1 || raw[0] == '[' {
					p = fmt.Sprintf("%s[%d]", k, i)
				}
				return nil, badRequest("body", p, "%v", err)
			}
			f.values = append(f.values, v)
		}
		out = append(out, f)
	}
	return out, nil
}

// scalar is the flag text of a JSON string, number or boolean.
func scalar(raw json.RawMessage) (string, error) {
	switch {
	case len(raw) == 0:
		return "", errors.New("no value")
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case string(raw) == "true" || string(raw) == "false":
		return string(raw), nil
	case raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9'):
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", err
		}
		return n.String(), nil
	}
	return "", fmt.Errorf("want a string, a number or a boolean, not %s", raw)
}

// ServeHTTP routes: POST /v1/DECISION, POST /v1/timeline, GET /healthz,
// GET /openapi.json, GET /. Everything else is a JSON 404 or 405.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			if !rec.wrote {
				(&apiError{status: http.StatusInternalServerError, message: "internal error"}).write(rec)
			}
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Int("bytes", rec.n),
			slog.String("policy", rec.Header().Get("X-Policy")),
			slog.Int64("us", time.Since(start).Microseconds()),
			slog.String("remote", r.RemoteAddr))
	}()
	s.route(rec, r)
}

func (s *server) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case p == "/healthz":
		if !allow(w, r, http.MethodGet, http.MethodHead) {
			return
		}
		ps := s.set.Load()
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "policies": ps.versions(), "loaded": ps.loaded.UTC().Format(time.RFC3339)})
	case p == "/openapi.json":
		if !allow(w, r, http.MethodGet, http.MethodHead) {
			return
		}
		writeJSON(w, http.StatusOK, s.openAPI())
	case p == "/":
		if !allow(w, r, http.MethodGet, http.MethodHead, http.MethodPost) {
			return
		}
		s.page(w, r)
	case p == "/v1/timeline":
		if !allow(w, r, http.MethodPost) {
			return
		}
		s.timeline(w, r)
	case strings.HasPrefix(p, "/v1/"):
		ep, ok := s.endpoints[strings.TrimPrefix(p, "/v1/")]
		if !ok {
			(&apiError{http.StatusNotFound, "path", "", fmt.Sprintf("no decision %q (see /openapi.json)", strings.TrimPrefix(p, "/v1/"))}).write(w)
			return
		}
		if !allow(w, r, http.MethodPost) {
			return
		}
		body, aerr := readBody(w, r)
		if aerr != nil {
			aerr.write(w)
			return
		}
		a := s.decide(ep, r.URL.Query(), r.Header.Get("Accept-Language"), body)
		if a.err != nil {
			a.err.write(w)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Policy", a.policy)
		w.Header().Set("Content-Length", strconv.Itoa(len(a.body)))
		_, _ = w.Write(a.body)
	default:
		(&apiError{http.StatusNotFound, "path", "", fmt.Sprintf("no such resource %q (see /openapi.json)", p)}).write(w)
	}
}

// versions names each served policy with its version.
func (ps *policySet) versions() map[string]string {
	m := make(map[string]string, len(ps.names))
	for _, n := range ps.names {
		m[n] = ps.byName[n].Version()
	}
	return m
}

// allow answers 405 with the Allow header when r's method is not one of
// methods.
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	(&apiError{http.StatusMethodNotAllowed, "", "", fmt.Sprintf("method %s not allowed (allowed: %s)", r.Method, strings.Join(methods, ", "))}).write(w)
	return false
}

// readBody reads the request body, at most MaxInputBytes.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, *apiError) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInputBytes))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, &apiError{http.StatusRequestEntityTooLarge, "body", "", "larger than the limit of " + sizeName(MaxInputBytes)}
		}
		return nil, badRequest("body", "", "%v", err)
	}
	return b, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		(&apiError{http.StatusInternalServerError, "", "", "internal error"}).write(w)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// recorder keeps the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	n      int
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.n += n
	return n, err
}

// httpServer is the server with its limits.
func (s *server) httpServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: serveReadHeaderTimeout,
		ReadTimeout:       serveReadTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// runServe serves the decisions over HTTP until SIGTERM or SIGINT, then
// shuts down gracefully; SIGHUP reloads the policies.
func runServe(e *env, args []string) int {
	c := newCmd(e, "serve", false)
	c.fs = flag.NewFlagSet("aftersales serve", flag.ContinueOnError) // no --json, no --lang: each request says
	c.fs.SetOutput(io.Discard)
	addr := c.fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port)")
	var pols multi
	c.fs.Var(&pols, "policy", "policy to serve: a preset name or a policy file (repeatable; default: every preset: "+strings.Join(preset.Names(), ", ")+")")
	recallsFile := c.fs.String("recalls", "", "RappelConso export (CSV or JSON) that POST /v1/recalls screens listings against, loaded once")
	if st, ok := c.parse(args); !ok {
		return st
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, nil))
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	s, err := newServer(pols, log)
	if err != nil {
		return c.fail(err)
	}
	if *recallsFile != "" {
		if s.recalls, err = loadRecalls(*recallsFile); err != nil {
			return c.fail(err)
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return c.fail(badf("--addr: %v", err))
	}
	hs := s.httpServer(*addr)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(sigs)
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	ps := s.set.Load()
	log.Info("serving", "addr", ln.Addr().String(), "policies", ps.versions())
	for {
		select {
		case err := <-done:
			log.Error("server stopped", "error", err.Error())
			return 1
		case sig := <-sigs:
			if sig == syscall.SIGHUP {
				_ = s.reload()
				continue
			}
			log.Info("shutting down", "signal", sig.String())
			ctx, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
			err := hs.Shutdown(ctx)
			cancel()
			if err != nil {
				log.Error("shutdown", "error", err.Error())
				return 1
			}
			<-done
			log.Info("stopped")
			return 0
		}
	}
}
