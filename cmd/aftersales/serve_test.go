package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// newTestServer serves every preset (or specs) on a loopback httptest
// server; the access log goes to logs.
func newTestServer(t testing.TB, logs io.Writer, specs ...string) (*server, *httptest.Server) {
	t.Helper()
	if logs == nil {
		logs = io.Discard
	}
	s, err := newServer(specs, slog.New(slog.NewJSONHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	// The recall dataset the documented recalls example screens against.
	if s.recalls, err = loadRecalls("../../examples/data/rappelconso-sample.csv"); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// post sends body to path?query with headers and returns status and body.
func post(t testing.TB, client *http.Client, base, path, query string, body []byte, header ...string) (int, []byte) {
	t.Helper()
	u := base + path
	if query != "" {
		u += "?" + query
	}
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// cliArgs is the command line that asks the CLI what the example asks
// the server: the query as flags, the body as the file flag (written to
// dir) or as flags, or standard input.
func cliArgs(t *testing.T, x serveExample, dir string) ([]string, []byte) {
	t.Helper()
	var ep endpoint
	for _, e := range endpoints() {
		if e.path == x.path {
			ep = e
		}
	}
	args := append(append([]string{}, ep.args...), "--json")
	if ep.path == "recalls" { // the dataset the test server was started with
		args = append(args, "--recalls", "../../examples/data/rappelconso-sample.csv")
	}
	q, err := url.ParseQuery(x.query)
	if err != nil {
		t.Fatal(err)
	}
	var positional []string
	for _, k := range sortedKeys(q) {
		for _, v := range q[k] {
			if k == ep.pos {
				positional = append(positional, v)
				continue
			}
			args = append(args, "--"+k, v)
		}
	}
	args = append(args, positional...)
	body := x.requestBody()
	var stdin []byte
	switch {
	case len(body) == 0:
	case ep.body == "stdin":
		stdin = body
	case ep.body != "":
		p := filepath.Join(dir, x.name+".json")
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--"+ep.body, p)
	default:
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range sortedKeys(m) {
			vs, ok := m[k].([]any)
			if !ok {
				vs = []any{m[k]}
			}
			for _, v := range vs {
				args = append(args, fmt.Sprintf("--%s=%v", strings.ReplaceAll(k, "_", "-"), v))
			}
		}
	}
	return args, stdin
}

// TestServeAnswersWhatTheCLIAnswers: for every documented example, the
// server's body is byte for byte the CLI's --json output for the same
// flags and case file.
func TestServeAnswersWhatTheCLIAnswers(t *testing.T) {
	_, ts := newTestServer(t, nil)
	dir := t.TempDir()
	for _, x := range serveExamples() {
		t.Run(x.name, func(t *testing.T) {
			args, stdin := cliArgs(t, x, dir)
			var out, errb bytes.Buffer
			if code := run(args, bytes.NewReader(stdin), &out, &errb); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errb.String())
			}
			st, got := post(t, ts.Client(), ts.URL, "/v1/"+x.path, x.query, x.requestBody())
			if st != http.StatusOK {
				t.Fatalf("status %d: %s", st, got)
			}
			if diff := cmp.Diff(out.String(), string(got)); diff != "" {
				t.Errorf("%v (-cli +server):\n%s", args, diff)
			}
		})
	}
}

// TestEveryEndpointHasAnExample: the document shows every decision.
func TestEveryEndpointHasAnExample(t *testing.T) {
	seen := map[string]bool{}
	names := map[string]bool{}
	for _, x := range serveExamples() {
		seen[x.path] = true
		if names[x.name] {
			t.Errorf("example %q twice", x.name)
		}
		names[x.name] = true
	}
	for _, ep := range endpoints() {
		if !seen[ep.path] {
			t.Errorf("/v1/%s has no example", ep.path)
		}
		if _, ok := commands()[ep.args[0]]; !ok {
			t.Errorf("/v1/%s runs no command", ep.path)
		}
	}
}

// TestServedataCopiesExamples: the embedded case files are the files of
// examples/data, unchanged.
func TestServedataCopiesExamples(t *testing.T) {
	ents, err := serveData.ReadDir("servedata/examples")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".response.json") {
			continue
		}
		n++
		got, _ := serveData.ReadFile("servedata/examples/" + e.Name())
		want, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("servedata/examples/%s differs from examples/data/%s", e.Name(), e.Name())
		}
	}
	if n < 5 {
		t.Errorf("only %d case files embedded", n)
	}
}

var placeholderVersion = regexp.MustCompile(`"policy_version": "sha256:[0-9a-f]{64}"`)

// TestOpenAPIExamples runs every example the document shows against the
// server and compares the answer with the documented one
// (-update records the answers under servedata/examples).
func TestOpenAPIExamples(t *testing.T) {
	_, ts := newTestServer(t, nil)
	if *update {
		for _, x := range serveExamples() {
			st, got := post(t, ts.Client(), ts.URL, "/v1/"+x.path, x.query, x.requestBody())
			if st != http.StatusOK {
				t.Fatalf("%s: status %d: %s", x.name, st, got)
			}
			got = placeholderVersion.ReplaceAll(got, []byte(`"policy_version": "sha256:…"`))
			if err := os.WriteFile(filepath.Join("servedata", "examples", x.name+".response.json"), got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Skip("recorded; run again without -update")
	}
	resp, err := ts.Client().Get(ts.URL + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name     string `json:"name"`
				In       string `json:"in"`
				Examples map[string]struct {
					Value any `json:"value"`
				} `json:"examples"`
			} `json:"parameters"`
			RequestBody struct {
				Content map[string]struct {
					Examples map[string]struct {
						Value any `json:"value"`
					} `json:"examples"`
				} `json:"content"`
			} `json:"requestBody"`
			Responses map[string]struct {
				Content map[string]struct {
					Examples map[string]struct {
						Value any `json:"value"`
					} `json:"examples"`
				} `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	ran := 0
	for path, item := range doc.Paths {
		op, ok := item["post"]
		if !ok {
			continue
		}
		for name, ex := range op.Responses["200"].Content["application/json"].Examples {
			t.Run(name, func(t *testing.T) {
				q := url.Values{}
				for _, p := range op.Parameters {
					if v, ok := p.Examples[name]; ok && p.In == "query" {
						switch v := v.Value.(type) {
						case []any:
							for _, x := range v {
								q.Add(p.Name, fmt.Sprint(x))
							}
						default:
							q.Set(p.Name, fmt.Sprint(v))
						}
					}
				}
				var body []byte
				for media, c := range op.RequestBody.Content {
					if v, ok := c.Examples[name]; ok {
						if s, ok := v.Value.(string); ok && media == "text/plain" {
							body = []byte(s)
						} else if body, err = json.Marshal(v.Value); err != nil {
							t.Fatal(err)
						}
					}
				}
				st, got := post(t, ts.Client(), ts.URL, path, q.Encode(), body)
				if st != http.StatusOK {
					t.Fatalf("status %d: %s", st, got)
				}
				var gotV any
				if err := json.Unmarshal(got, &gotV); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(ex.Value, gotV); diff != "" {
					t.Errorf("POST %s?%s (-documented +served):\n%s", path, q.Encode(), diff)
				}
			})
			ran++
		}
	}
	if want := len(serveExamples()); ran != want {
		t.Errorf("ran %d documented examples, want %d (go test -run TestOpenAPIExamples -update records them)", ran, want)
	}
}

// TestOpenAPIListsEveryEndpoint: every route of the server is a path of
// the document, with the command's flags as parameters.
func TestOpenAPIListsEveryEndpoint(t *testing.T) {
	s, _ := newTestServer(t, nil)
	b, err := json.Marshal(s.openAPI())
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	paths := doc["paths"].(map[string]any)
	var got []string
	for p := range paths {
		got = append(got, p)
	}
	sort.Strings(got)
	want := []string{"/healthz", "/openapi.json", "/v1/timeline"}
	for _, ep := range endpoints() {
		want = append(want, "/v1/"+ep.path)
	}
	sort.Strings(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	var names []string
	for _, p := range paths["/v1/withdrawal"].(map[string]any)["post"].(map[string]any)["parameters"].([]any) {
		names = append(names, p.(map[string]any)["name"].(string))
	}
	if diff := cmp.Diff([]string{"policy", "lang", "Accept-Language", "buyer", "delivered", "excluded", "informed-on", "market", "not-informed", "on", "region", "regular"}, names); diff != "" {
		t.Errorf("withdrawal parameters (-want +got):\n%s", diff)
	}
}

// TestServeRefusals: bad requests answer a JSON error naming where the
// problem is, with the right status, never a stack.
func TestServeRefusals(t *testing.T) {
	_, ts := newTestServer(t, nil)
	big := bytes.Repeat([]byte(" "), MaxInputBytes+1)
	tests := []struct {
		name, method, path, query string
		body                      []byte
		status                    int
		in, field                 string
		msg                       string // a part of the message
	}{
		{"no policy among several", "POST", "/v1/deadline", "", []byte(`{"kind":"question"}`), 400, "query", "policy", "required (served: agafort, french-law, opisto, swapiphone)"},
		{"a policy file is not read", "POST", "/v1/quote", "policy=../../examples/data/opisto-48h.json", nil, 400, "query", "policy", "is not served"},
		{"a case file is not read", "POST", "/v1/quote", "policy=opisto&case=/etc/passwd", nil, 400, "query", "case", "request body"},
		{"flag from the body", "POST", "/v1/deadline", "policy=opisto", []byte(`{"kind":"question","received":"2026-13-01T00:00:00Z"}`), 400, "body", "received", "not an RFC 3339 instant"},
		{"flag from the query", "POST", "/v1/deadline", "policy=opisto&kind=question&received=yesterday", nil, 400, "query", "received", "not an RFC 3339 instant"},
		{"missing flag", "POST", "/v1/deadline", "policy=opisto", []byte(`{"kind":"question"}`), 400, "body", "received", "required"},
		{"unknown flag", "POST", "/v1/deadline", "policy=opisto&colour=red", nil, 400, "query", "colour", "unknown flag"},
		{"unknown kind", "POST", "/v1/deadline", "policy=opisto", []byte(`{"kind":"poem","received":"2026-11-20T15:00:00+01:00"}`), 400, "body", "kind", "poem"},
		{"flag twice", "POST", "/v1/deadline", "policy=opisto&kind=question", []byte(`{"kind":"question"}`), 400, "body", "kind", "both"},
		{"flags body not an object", "POST", "/v1/deadline", "policy=opisto", []byte(`[1]`), 400, "body", "", ""},
		{"flags body with an object value", "POST", "/v1/deadline", "policy=opisto", []byte(`{"kind":{"a":1}}`), 400, "body", "kind", "want a string"},
		{"case field path", "POST", "/v1/quote", "policy=opisto", []byte(`{"lines":[{"id":3}]}`), 400, "body", "lines[0].id", "want a string"},
		{"case not JSON", "POST", "/v1/quote", "policy=opisto", []byte(`{`), 400, "body", "", ""},
		{"case missing", "POST", "/v1/quote", "policy=opisto", nil, 400, "body", "", "required: the case file"},
		{"unsupported language", "POST", "/v1/deadline", "policy=opisto&lang=tlh", []byte(`{"kind":"question","received":"2026-11-20T15:00:00+01:00"}`), 400, "query", "lang", "is not supported; supported: bg, cs"},
		{"policy where none is taken", "POST", "/v1/holidays", "policy=opisto", nil, 400, "query", "policy", "takes no policy"},
		{"json is not a parameter", "POST", "/v1/deadline", "policy=opisto&json=false", nil, 400, "query", "json", "not a parameter"},
		{"law of an unknown market", "POST", "/v1/law/show", "market=XX", nil, 400, "query", "market", "no statute for market"},
		{"law compare of one market", "POST", "/v1/law/compare", "", []byte(`{"market":["FR"]}`), 400, "body", "market", "two or more"},
		{"law market that is a flag", "POST", "/v1/law/show", "market=--json", nil, 400, "query", "market", "not a market code"},
		{"history is not served", "POST", "/v1/quote", "policy=opisto&history=examples/data/policy-history.json", nil, 400, "query", "history", "not served"},
		{"as-of is not served", "POST", "/v1/deadline", "policy=opisto", []byte(`{"as_of":"2026-01-01T00:00:00Z"}`), 400, "body", "as_of", "not served"},
		{"help is not a parameter", "POST", "/v1/deadline", "policy=opisto&h=true", nil, 400, "query", "h", "not a parameter"},
		{"message not UTF-8", "POST", "/v1/screen", "policy=opisto", []byte("caf\xe9"), 400, "body", "", "not valid UTF-8"},
		{"body too large", "POST", "/v1/quote", "policy=opisto", big, 413, "body", "", "1 MiB"},
		{"unknown decision", "POST", "/v1/horoscope", "", nil, 404, "path", "", "horoscope"},
		{"unknown path", "GET", "/etc/passwd", "", nil, 404, "path", "", "no such resource"},
		{"GET a decision", "GET", "/v1/deadline", "", nil, 405, "", "", "allowed: POST"},
		{"POST healthz", "POST", "/healthz", "", nil, 405, "", "", "allowed: GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := ts.URL + tt.path
			if tt.query != "" {
				u += "?" + tt.query
			}
			req, _ := http.NewRequest(tt.method, u, bytes.NewReader(tt.body))
			resp, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			var e struct {
				Error struct {
					In      string `json:"in"`
					Field   string `json:"field"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if err := json.Unmarshal(b, &e); err != nil {
				t.Fatalf("not a JSON error: %v: %s", err, b)
			}
			got := []any{resp.StatusCode, e.Error.In, e.Error.Field, strings.Contains(e.Error.Message, tt.msg), resp.Header.Get("Content-Type")}
			want := []any{tt.status, tt.in, tt.field, true, "application/json"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nmessage: %s", diff, e.Error.Message)
			}
			if strings.Contains(string(b), "goroutine") || strings.Contains(string(b), ".go:") {
				t.Errorf("a stack in the answer: %s", b)
			}
		})
	}
}

// TestServeLanguage: lang, else Accept-Language (by weight, the first with
// a catalog), else the market's.
func TestServeLanguage(t *testing.T) {
	_, ts := newTestServer(t, nil)
	body := []byte(`{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"}`)
	tests := []struct {
		name, query, accept, want string
	}{
		{"market's language", "policy=opisto", "", "fr"},
		{"Accept-Language", "policy=opisto", "en-GB,en;q=0.8", "en"},
		{"Accept-Language by weight", "policy=opisto", "tlh;q=1, pl;q=0.9, en;q=0.5", "pl"},
		{"Accept-Language unsupported", "policy=opisto", "tlh, ja", "fr"},
		{"lang wins", "policy=opisto&lang=pl", "en", "pl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h []string
			if tt.accept != "" {
				h = []string{"Accept-Language", tt.accept}
			}
			st, b := post(t, ts.Client(), ts.URL, "/v1/deadline", tt.query, body, h...)
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil || st != 200 {
				t.Fatalf("status %d: %s", st, b)
			}
			if m["lang"] != tt.want {
				t.Errorf("lang %v, want %s", m["lang"], tt.want)
			}
		})
	}
}

const testPolicyName = "opisto-48h"

// TestServeReload: a reload swaps the policies whole; a bad file keeps the
// ones in service and says why in the log.
func TestServeReload(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.json")
	good, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", "opisto-48h.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	s, ts := newTestServer(t, &logs, file)
	version := func() string {
		st, b := post(t, ts.Client(), ts.URL, "/v1/deadline", "", []byte(`{"kind":"complaint","received":"2026-11-20T15:00:00+01:00"}`))
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil || st != 200 {
			t.Fatalf("status %d: %s", st, b)
		}
		if m["policy"] != testPolicyName {
			t.Errorf("policy %v", m["policy"])
		}
		return m["policy_version"].(string)
	}
	v1 := version()
	if err := os.WriteFile(file, []byte(`{"schema":2,"name":"opisto-48h","bogus":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.reload(); err == nil {
		t.Fatal("a bad policy file reloaded")
	}
	if v := version(); v != v1 {
		t.Errorf("after a failed reload: version %s, want the old %s", v, v1)
	}
	if !strings.Contains(logs.String(), "policy reload failed") {
		t.Errorf("the failed reload is not logged: %s", logs.String())
	}
	changed := bytes.Replace(good, []byte(`"hours": 48`), []byte(`"hours": 47`), 1)
	if bytes.Equal(changed, good) {
		t.Fatal("test policy has no 48 hours to change")
	}
	if err := os.WriteFile(file, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.reload(); err != nil {
		t.Fatal(err)
	}
	if v := version(); v == v1 {
		t.Errorf("after a reload of a changed policy the version is still %s", v)
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeConcurrent shares one server between goroutines (run with
// -race): every answer is the one a lone request gets.
func TestServeConcurrent(t *testing.T) {
	s, ts := newTestServer(t, nil)
	xs := serveExamples()
	want := map[string][]byte{}
	for _, x := range xs {
		_, want[x.name] = post(t, ts.Client(), ts.URL, "/v1/"+x.path, x.query, x.requestBody())
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				x := xs[(g+i)%len(xs)]
				if g == 0 && i == 10 {
					_ = s.reload()
				}
				_, got := post(t, ts.Client(), ts.URL, "/v1/"+x.path, x.query, x.requestBody())
				if !bytes.Equal(got, want[x.name]) {
					errs <- x.name
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a concurrent answer differs", name)
	}
}

// TestServeAccessLog: one JSON line per request with method, path, status
// and duration.
func TestServeAccessLog(t *testing.T) {
	var logs syncBuffer
	_, ts := newTestServer(t, &logs)
	post(t, ts.Client(), ts.URL, "/v1/deadline", "policy=opisto&kind=question&received=2026-11-20T15:00:00%2B01:00", nil)
	var line map[string]any
	for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		if err := json.Unmarshal([]byte(l), &line); err != nil {
			t.Fatalf("not a JSON log line: %s", l)
		}
	}
	got := map[string]any{"msg": line["msg"], "method": line["method"], "path": line["path"], "status": line["status"], "policy": line["policy"]}
	want := map[string]any{"msg": "request", "method": "POST", "path": "/v1/deadline", "status": 200.0, "policy": "opisto"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, ok := line["us"].(float64); !ok {
		t.Errorf("no duration: %v", line)
	}
}

// TestServeCommand runs `aftersales serve` itself: it answers, reloads on
// SIGHUP and stops gracefully on SIGTERM with status 0.
func TestServeCommand(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	var logs syncBuffer
	done := make(chan int, 1)
	go func() { done <- run([]string{"serve", "--addr", addr, "--policy", "opisto"}, nil, io.Discard, &logs) }()
	var resp *http.Response
	for range 100 {
		if resp, err = http.Get("http://" + addr + "/healthz"); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("serve did not start: %v\n%s", err, logs.String())
	}
	resp.Body.Close()
	st, b := post(t, http.DefaultClient, "http://"+addr, "/v1/deadline", "kind=question&received=2026-11-20T15:00:00%2B01:00", nil)
	if st != 200 || !strings.Contains(string(b), `"policy": "opisto"`) {
		t.Errorf("the one policy is the default: %d %s", st, b)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	for range 100 {
		if strings.Contains(logs.String(), "policies reloaded") {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
	for _, want := range []string{`"msg":"serving"`, `"msg":"policies reloaded"`, `"msg":"shutting down"`, `"msg":"stopped"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}
}

// TestServeCommandRefusals: a bad policy or address is refused at start.
func TestServeCommandRefusals(t *testing.T) {
	tests := []struct{ name, want string }{
		{"nosuch", "aftersales serve: --policy: "},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "serve", "--addr", "127.0.0.1:0", "--policy", tt.name)
		if code != 2 || !strings.HasPrefix(errs, tt.want) {
			t.Errorf("exit %d, stderr %q, want 2 and %q", code, errs, tt.want)
		}
	}
	code, _, errs := runCmd(t, "serve", "--addr", "nohost:-1")
	if code != 2 || !strings.HasPrefix(errs, "aftersales serve: --addr: ") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestOpenAPIParametersAreUnique: OpenAPI requires each operation's
// parameters to be unique by name and location, and every $ref to
// resolve.
func TestOpenAPIParametersAreUnique(t *testing.T) {
	s, _ := newTestServer(t, nil)
	b, err := json.Marshal(s.openAPI())
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for _, ref := range regexp.MustCompile(`"\$ref":"#/components/schemas/([A-Za-z]+)"`).FindAllStringSubmatch(string(b), -1) {
		if _, ok := schemas[ref[1]]; !ok {
			t.Errorf("$ref to a missing schema %s", ref[1])
		}
	}
	for path, item := range doc["paths"].(map[string]any) {
		for method, op := range item.(map[string]any) {
			seen := map[string]bool{}
			ps, _ := op.(map[string]any)["parameters"].([]any)
			for _, p := range ps {
				pm := p.(map[string]any)
				key := pm["in"].(string) + " " + pm["name"].(string)
				if seen[key] {
					t.Errorf("%s %s: parameter %s twice", method, path, key)
				}
				seen[key] = true
			}
		}
	}
}
