package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// timelineCases draw one real case of each kind.
var timelineCases = []struct {
	name string
	args []string
	body string // the case file, under examples/data, or inline JSON
}{
	{"withdrawal-informed-late", []string{"--kind", "withdrawal", "--policy", "french-law"}, "withdrawal-parcels-informed-late.json"},
	{"withdrawal-asked-en", []string{"--kind", "withdrawal", "--policy", "french-law", "--lang", "en", "--set", "on=2026-03-01"}, "withdrawal.json"},
	{"withdrawal-bavarian-buyer", []string{"--kind", "withdrawal", "--policy", "opisto", "--set", "market=DE", "--set", "region=DE-BY", "--lang", "en"}, `{"delivered":["2026-12-19"]}`},
	{"quote-late-refund", []string{"--kind", "quote", "--policy", "opisto"}, "quote-late-refund.json"},
	{"warranty-claim", []string{"--kind", "warranty", "--policy", "french-law"}, "claim.json"},
	{"conversation-vacation", []string{"--kind", "conversation", "--policy", "opisto", "--at", "2026-11-30T12:00:00+01:00"}, "thread.json"},
	{"escalation-missed", []string{"--kind", "escalation", "--policy", "agafort", "--lang", "pl"}, `{"opened":"2026-03-02T09:00:00+01:00","at":"2026-03-05T08:00:00+01:00"}`},
	{"deadline-bastille", []string{"--kind", "deadline", "--policy", "opisto", "--lang", "en"}, `{"kind":"complaint","received":"2026-07-10T16:00:00+02:00"}`},
}

func timelineBody(t *testing.T, body string) []byte {
	t.Helper()
	if strings.HasPrefix(body, "{") {
		return []byte(body)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", body))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTimelineGolden draws each case with the command and compares it
// with testdata/golden/timeline-NAME.svg (-update rewrites them); the
// picture is valid XML, 800 px wide, the same on every run, and the
// server draws the same bytes.
func TestTimelineGolden(t *testing.T) {
	_, ts := newTestServer(t, nil)
	for _, tt := range timelineCases {
		t.Run(tt.name, func(t *testing.T) {
			body := timelineBody(t, tt.body)
			args := append([]string{"timeline", "--case", "-"}, tt.args...)
			var out, errb bytes.Buffer
			if code := run(args, bytes.NewReader(body), &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			svg := out.Bytes()
			checkSVG(t, svg)
			var again bytes.Buffer
			run(args, bytes.NewReader(body), &again, io.Discard)
			if !bytes.Equal(svg, again.Bytes()) {
				t.Error("two runs draw different bytes")
			}
			path := filepath.Join("testdata", "golden", "timeline-"+tt.name+".svg")
			if *update {
				if err := os.WriteFile(path, svg, 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(string(want), string(svg)); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}
			q := url.Values{}
			for i := 0; i+1 < len(tt.args); i += 2 {
				k, v := strings.TrimPrefix(tt.args[i], "--"), tt.args[i+1]
				if k == "set" {
					k, v, _ = strings.Cut(v, "=")
				}
				q.Add(k, v)
			}
			st, served := post(t, ts.Client(), ts.URL, "/v1/timeline", q.Encode(), body)
			if st != http.StatusOK {
				t.Fatalf("POST /v1/timeline?%s: %d %s", q.Encode(), st, served)
			}
			if !bytes.Equal(served, svg) {
				t.Errorf("the server draws other bytes than the command")
			}
		})
	}
}

// checkSVG parses svg with encoding/xml: one svg root 800 px wide, every
// row with a tooltip.
func checkSVG(t *testing.T, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	depth, roots, rows, titled := 0, 0, 0, 0
	var inRow []bool
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not valid XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				w := ""
				for _, a := range el.Attr {
					if a.Name.Local == "width" {
						w = a.Value
					}
				}
				if el.Name.Local != "svg" || el.Name.Space != "http://www.w3.org/2000/svg" || w != "800" {
					t.Errorf("root <%s xmlns=%q width=%q>, want an SVG 800 px wide", el.Name.Local, el.Name.Space, w)
				}
			}
			isRow := false
			for _, a := range el.Attr {
				if a.Name.Local == "class" && a.Value == "row" {
					isRow = true
					rows++
				}
			}
			if el.Name.Local == "title" && len(inRow) > 0 && inRow[len(inRow)-1] {
				titled++
			}
			inRow = append(inRow, isRow)
			depth++
		case xml.EndElement:
			depth--
			inRow = inRow[:len(inRow)-1]
		}
	}
	if roots != 1 {
		t.Errorf("%d root elements", roots)
	}
	if rows == 0 || titled != rows {
		t.Errorf("%d rows, %d with a tooltip", rows, titled)
	}
}

// TestTimelineLabelsFollowTheLanguage: the same case in three languages.
func TestTimelineLabelsFollowTheLanguage(t *testing.T) {
	want := map[string]string{"en": ">withdrawal window<", "fr": ">délai de rétractation<", "pl": ">termin odstąpienia<"}
	for lang, label := range want {
		code, out, errs := runCmdIn(t, `{"delivered":["2026-02-14"]}`, "timeline", "--kind", "withdrawal", "--policy", "french-law", "--case", "-", "--lang", lang)
		if code != 0 || !strings.Contains(out, label) {
			t.Errorf("%s: exit %d %s: no %s", lang, code, errs, label)
		}
	}
}

// TestTimelineShadesDaysOff: Bastille Day is a holiday with its name,
// the weekend a rest day.
func TestTimelineShadesDaysOff(t *testing.T) {
	code, out, errs := runCmdIn(t, `{"kind":"complaint","received":"2026-07-10T16:00:00+02:00"}`, "timeline", "--kind", "deadline", "--policy", "opisto", "--case", "-")
	if code != 0 {
		t.Fatal(errs)
	}
	for _, want := range []string{`class="holiday"`, "2026-07-14 Fête nationale", `class="rest"`, "2026-07-11 Saturday"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

func runCmdIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestTimelineRefusals: the command's refusals name the flag, the
// server's the field.
func TestTimelineRefusals(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"no kind", "{}", []string{"--policy", "opisto", "--case", "-"}, "aftersales timeline: --kind: required"},
		{"unknown kind", "{}", []string{"--kind", "listing", "--policy", "opisto", "--case", "-"}, "aftersales timeline: --kind: \"listing\" has no time line"},
		{"no policy", "{}", []string{"--kind", "quote", "--case", "-"}, "aftersales timeline: --policy: required"},
		{"bad case field", `{"lines":[{"id":3}]}`, []string{"--kind", "quote", "--policy", "opisto", "--case", "-"}, "aftersales timeline: --case: lines[0].id: "},
		{"missing flag of the decision", `{"delivered":["2026-02-14"]}`, []string{"--kind", "conversation", "--policy", "opisto", "--case", "-"}, "aftersales timeline: --"},
		{"bad set", "{}", []string{"--kind", "withdrawal", "--policy", "opisto", "--case", "-", "--set", "on"}, "aftersales timeline: --set: \"on\": want NAME=VALUE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmdIn(t, tt.stdin, append([]string{"timeline"}, tt.args...)...)
			if code != 2 || out != "" || !strings.HasPrefix(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errs, tt.want)
			}
		})
	}
	_, ts := newTestServer(t, nil)
	st, b := post(t, ts.Client(), ts.URL, "/v1/timeline", "kind=screen&policy=opisto", []byte("hello"))
	if st != 400 || !strings.Contains(string(b), `"field":"kind"`) {
		t.Errorf("POST /v1/timeline?kind=screen: %d %s", st, b)
	}
}
