package replay

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/sla"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// checkInputFast fails when an input fast path accepts raw and the strict
// decoder refuses it or decodes it differently. It returns which fast
// paths took raw.
func checkInputFast(t *testing.T, raw []byte) (took []string) {
	t.Helper()
	check := func(name string, ok bool, got any, plan strictjson.Plan, want any) {
		t.Helper()
		if !ok {
			return
		}
		took = append(took, name)
		if err := decodeInput(plan, raw, want); err != nil {
			t.Fatalf("%s fast path accepts %q, the strict decoder refuses it: %v", name, raw, err)
		}
		// keys is Prepare's, after decoding.
		if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(conversationInput{})); d != "" {
			t.Fatalf("%s fast path decodes %q differently (-strict +fast):\n%s", name, raw, d)
		}
	}
	var d deadlineInput
	check("deadline", deadlineFast(raw, &d), &d, deadlinePlan, new(deadlineInput))
	var c conversationInput
	check("conversation", conversationFast(raw, &c), &c, conversationPlan, new(conversationInput))
	var e escalationInput
	check("escalation", escalationFast(raw, &e), &e, escalationPlan, new(escalationInput))
	var w withdrawalInput
	check("withdrawal", withdrawalFast(raw, &w), &w, withdrawalPlan, new(withdrawalInput))
	return took
}

func TestInputFastAgreesWithStrict(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string // the fast paths that take it
	}{
		{"deadline", `{"kind":"complaint","received":"2026-11-02T09:15:00+01:00"}`, []string{"deadline"}},
		{"deadline with closures", `{"kind":"complaint","received":"2026-11-02T09:15:00+01:00","closures":[]}`, nil},
		{"conversation", `{"at":"2026-12-15T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"complaint"}]}}`, []string{"conversation"}},
		{"conversation with a bad thread", `{"at":"2026-12-15T12:00:00+01:00","thread":{"messages":[{"from":"robot","at":"2026-11-02T09:00:00+01:00"}]}}`, nil},
		{"conversation null thread", `{"at":"2026-12-15T12:00:00+01:00","thread":null}`, nil},
		{"at only", `{"at":"2026-12-15T12:00:00+01:00"}`, []string{"conversation", "escalation"}},
		{"escalation", `{"opened":"2026-03-01T09:00:00+01:00","at":"2026-03-02T10:00:00+01:00","resolved":"2026-03-02T09:00:00Z"}`, []string{"escalation"}},
		{"escalation fulfilled", `{"opened":"2026-03-01T09:00:00+01:00","at":"2026-03-02T10:00:00+01:00","fulfilled":{}}`, nil},
		{"withdrawal", `{"delivered":["2026-02-01","2026-02-03"],"regular":false,"buyer":"consumer","not_informed":true,"informed_on":"2026-02-10","on":"2026-03-02"}`, []string{"withdrawal"}},
		{"withdrawal no deliveries", `{"delivered":[]}`, []string{"withdrawal"}},
		{"withdrawal bad date", `{"delivered":["2026-02-30"]}`, nil},
		{"withdrawal excluded", `{"delivered":["2026-02-01"],"excluded":["sealed"]}`, nil},
		{"withdrawal regular null", `{"delivered":["2026-02-01"],"regular":null}`, nil},
		{"empty", `{}`, []string{"deadline", "conversation", "escalation", "withdrawal"}},
		{"duplicate", `{"at":"2026-12-15T12:00:00+01:00","at":"2026-12-15T12:00:00+01:00"}`, nil},
		{"not an object", `[]`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, checkInputFast(t, []byte(tt.raw))); d != "" {
				t.Errorf("fast paths taken (-want +got):\n%s", d)
			}
		})
	}
}

func FuzzInputFast(f *testing.F) {
	for _, s := range []string{
		`{"kind":"complaint","received":"2026-11-02T09:15:00+01:00"}`,
		`{"at":"2026-12-15T12:00:00+01:00","thread":{"messages":[{"id":"m1","from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"complaint"}]}}`,
		`{"opened":"2026-03-01T09:00:00+01:00","at":"2026-03-02T10:00:00+01:00"}`,
		`{"delivered":["2026-02-01"],"regular":true,"buyer":"consumer","on":"2026-03-02"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) { checkInputFast(t, []byte(raw)) })
}

func TestMessageKeys(t *testing.T) {
	th := sla.Conversation{Messages: []sla.Message{{ID: "m1"}, {}, {ID: "reply-2"}, {}}}
	for i := 0; i < 30; i++ { // past the stack buffer
		th.Messages = append(th.Messages, sla.Message{ID: "x" + strconv.Itoa(i)})
	}
	var want []string
	for i, m := range th.Messages {
		id := m.ID
		if id == "" {
			id = "#" + strconv.Itoa(i)
		}
		want = append(want, id+".state", id+".due")
	}
	if d := cmp.Diff(want, messageKeys(th)); d != "" {
		t.Errorf("messageKeys (-want +got):\n%s", d)
	}
	if got := messageKeys(sla.Conversation{}); len(got) != 0 {
		t.Errorf("messageKeys of no message = %q", got)
	}
}

// TestReadLinesAgainstSplit checks readLines, which hands out lines in
// the reader's buffer when they fit one read, against splitting the
// whole stream: lines longer than the 64 KiB buffer, CRLF, blank lines,
// a last line without a newline, lines over MaxCaseLine.
func TestReadLinesAgainstSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for round := 0; round < 30; round++ {
		var stream bytes.Buffer
		n := 1 + r.IntN(40)
		for i := 0; i < n; i++ {
			var size int
			switch r.IntN(6) {
			case 0:
				size = 0
			case 1:
				size = 60<<10 + r.IntN(200<<10) // across reads
			case 2:
				if round%5 == 0 {
					size = MaxCaseLine - 2 + r.IntN(5) // around the limit
				}
			default:
				size = r.IntN(300)
			}
			stream.WriteString(strings.Repeat(string(rune('a'+i%26)), size))
			if r.IntN(4) == 0 {
				stream.WriteString(" \r")
			}
			if i < n-1 || r.IntN(2) == 0 {
				stream.WriteByte('\n')
			}
		}
		type got struct {
			line int
			text string
			err  bool
		}
		var want []got
		for i, l := range strings.Split(strings.TrimSuffix(stream.String(), "\n"), "\n") {
			switch {
			case len(strings.TrimRight(l, "\r\n")) > MaxCaseLine:
				want = append(want, got{line: i + 1, err: true})
			case strings.TrimSpace(l) != "":
				want = append(want, got{line: i + 1, text: strings.TrimSpace(l)})
			}
		}
		var have []got
		err := readLines(bytes.NewReader(stream.Bytes()), func(line int, text []byte, err error) error {
			have = append(have, got{line: line, text: string(text), err: err != nil})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(have) != len(want) {
			t.Fatalf("round %d: %d lines, want %d", round, len(have), len(want))
		}
		for i := range want {
			if have[i] != want[i] {
				t.Fatalf("round %d, item %d: line %d (%d bytes, err %v), want line %d (%d bytes, err %v)", round, i,
					have[i].line, len(have[i].text), have[i].err, want[i].line, len(want[i].text), want[i].err)
			}
		}
	}
}
