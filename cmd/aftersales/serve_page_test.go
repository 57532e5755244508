package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func getPage(t *testing.T, client *http.Client, u string, form url.Values) (int, string) {
	t.Helper()
	var resp *http.Response
	var err error
	if form == nil {
		resp, err = client.Get(u)
	} else {
		resp, err = client.PostForm(u, form)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode == 200 && ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	return resp.StatusCode, string(b)
}

// TestPage: the page offers the served policies, the markets and the
// examples, and shows a decision with its explanation and time line, or
// the refusal; whatever is pasted stays text.
func TestPage(t *testing.T) {
	_, ts := newTestServer(t, nil)
	st, page := getPage(t, ts.Client(), ts.URL+"/", nil)
	if st != 200 {
		t.Fatalf("GET /: %d", st)
	}
	for _, want := range []string{`<option value="opisto"`, `<option value="FR"`, `<option value="deadline-complaint" selected>`, `<textarea id="body" name="body" spellcheck="false">{&#34;kind&#34;:&#34;complaint&#34;`, `"quote-late-refund":{"path":"quote"`} {
		if !strings.Contains(page, want) {
			t.Errorf("GET / lacks %s", want)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("the page loads something from the network")
	}
	if st, page := getPage(t, ts.Client(), ts.URL+"/?example=quote-late-refund", nil); st != 200 || !strings.Contains(page, `<td>days_late</td><td>25</td>`) {
		t.Errorf("GET /?example=quote-late-refund: %d, no days_late 25", st)
	}
	if _, page := getPage(t, ts.Client(), ts.URL+"/?example=nosuch", nil); !strings.Contains(page, `id="error"`) {
		t.Error("GET /?example=nosuch: no refusal")
	}
	tests := []struct {
		name string
		form url.Values
		want []string
		not  []string
	}{
		{"withdrawal with its time line", url.Values{"decision": {"withdrawal"}, "policy": {"french-law"}, "market": {"FR"}, "lang": {"en"},
			"params": {"on=2026-03-01"}, "body": {`{"delivered":["2026-02-14"]}`}},
			[]string{`<td>last_day</td><td>2026-03-02</td>`, `<td>open</td><td>true</td>`, `<ol class="explain" id="explain"><li>Received on February 14, 2026`,
				`<div class="timeline" id="timeline"><svg xmlns="http://www.w3.org/2000/svg" width="800"`, `>withdrawal window<`},
			[]string{`id="error"`}},
		{"quote money shown", url.Values{"decision": {"quote"}, "policy": {"opisto"}, "body": {mustExample(t, "quote-late-refund")}},
			[]string{`<td>total</td><td>522.50 EUR</td>`, `id="timeline"`}, nil},
		{"screen has no time line", url.Values{"decision": {"screen"}, "policy": {"opisto"}, "body": {"appelez le 06 12 34 56 78"}},
			[]string{`<td>findings</td>`}, []string{`id="timeline"`}},
		{"refusal names the field", url.Values{"decision": {"quote"}, "policy": {"opisto"}, "body": {`{"lines":[{"id":3}]}`}},
			[]string{`<div class="error" id="error"><strong>body lines[0].id: </strong>`}, []string{`id="explain"`}},
		{"pasted markup stays text", url.Values{"decision": {"quote"}, "policy": {"opisto"}, "body": {`</textarea><script>alert(1)</script>`}},
			[]string{`&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;`, `id="error"`}, []string{`<script>alert(1)`}},
		{"unknown decision", url.Values{"decision": {"horoscope"}}, []string{`id="error"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, page := getPage(t, ts.Client(), ts.URL+"/", tt.form)
			if st != 200 {
				t.Fatalf("status %d", st)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("lacks %s", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(page, n) {
					t.Errorf("has %s", n)
				}
			}
			if t.Failed() {
				t.Log(page)
			}
		})
	}
}

func mustExample(t *testing.T, name string) string {
	t.Helper()
	for _, x := range serveExamples() {
		if x.name == name {
			return string(x.requestBody())
		}
	}
	t.Fatalf("no example %s", name)
	return ""
}

// browser finds a headless browser: $AFTERSALES_BROWSER, else chromium
// or Chrome on the PATH.
func browser() string {
	if b := os.Getenv("AFTERSALES_BROWSER"); b != "" {
		return b
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestPageInBrowser loads the page in a headless browser on a loopback
// server, with an example case decided, and checks the rendered DOM: the
// decision's key values, its explanation and the time line's picture. It
// keeps a screenshot in $AFTERSALES_ARTIFACTS (else the temporary
// directory) and prints its path. Skipped when no browser is installed
// (.ci/run installs Chromium).
func TestPageInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no chromium on the PATH (set AFTERSALES_BROWSER)")
	}
	_, ts := newTestServer(t, nil)
	u := ts.URL + "/?example=withdrawal-informed-late"
	profile := t.TempDir()
	common := []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
		"--user-data-dir=" + profile, "--window-size=1000,1500", "--lang=en"}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, append(common, "--dump-dom", u)...).Output()
	if err != nil {
		t.Fatalf("%s --dump-dom: %v", bin, err)
	}
	dom := string(out)
	for _, want := range []string{
		`<td>last_day</td><td>2026-06-24</td>`,
		`<td>extended</td><td>true</td>`,
		`<ol class="explain" id="explain"><li>`,
		`<div class="timeline" id="timeline"><svg`,
		`extension (not informed)`, // the browser asks for English (--lang=en, Accept-Language)
		`<option value="withdrawal-informed-late" selected="">`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the rendered page lacks %s", want)
		}
	}
	if strings.Contains(dom, `id="error"`) {
		t.Error("the page shows a refusal")
	}
	dir := os.Getenv("AFTERSALES_ARTIFACTS")
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "aftersales-page.png")
	if err := exec.CommandContext(ctx, bin, append(common, "--screenshot="+shot, u)...).Run(); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10000 {
		t.Fatalf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot of the page: %s", shot)
}
