package sla

import (
	"strings"
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
)

// strictConversation and strictMessage are the reference decoders: the
// reflection decoder and the validation, without the fast paths.
func strictConversation(data []byte) (Conversation, error) {
	var p conversationJSON
	if err := strictjson.DecodeWith(conversationPlan, data, &p); err != nil {
		return Conversation{}, err
	}
	v := Conversation(p)
	return v, v.Validate()
}

func strictMessage(data []byte) (Message, error) {
	var p messageJSON
	if err := strictjson.DecodeWith(messagePlan, data, &p); err != nil {
		return Message{}, err
	}
	v := Message(p)
	return v, v.validate()
}

// fastMessage runs the message fast path alone.
func fastMessage(data []byte) (Message, bool) {
	f := strictjson.NewFast(data)
	m := messageFast(&f)
	return m, f.Done()
}

// checkConversationFast fails when the fast path accepts data and the
// strict decoder refuses it or decodes it differently.
func checkConversationFast(t *testing.T, data []byte) bool {
	t.Helper()
	got, ok := decodeConversationFast(data)
	if ok {
		ok = got.Validate() == nil
	}
	if !ok {
		return false
	}
	want, err := strictConversation(data)
	if err != nil {
		t.Fatalf("fast path accepts %q, the strict decoder refuses it: %v", data, err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("fast path decodes %q differently (-strict +fast):\n%s", data, d)
	}
	return true
}

func checkMessageFast(t *testing.T, data []byte) bool {
	t.Helper()
	got, ok := fastMessage(data)
	if !ok {
		return false
	}
	want, err := strictMessage(data)
	if err != nil {
		t.Fatalf("fast path accepts message %q, the strict decoder refuses it: %v", data, err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("fast path decodes message %q differently (-strict +fast):\n%s", data, d)
	}
	return true
}

const fastThread = `{"id":"t1","messages":[{"id":"m1","from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"complaint"},` +
	`{"id":"m2","from":"seller","at":"2026-11-02T10:30:00+01:00"},{"from":"buyer","at":"2026-11-03T09:00:00Z","kind":"review","stars":2}],` +
	`"case_opened":"2026-11-02T09:00:00+01:00"}`

func TestDecodeFastAgreesWithStrict(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		fast bool // the fast path decodes it (false: the strict decoder does)
	}{
		{"thread", fastThread, true},
		{"spaces", " {\n \"messages\" : [ { \"from\" : \"seller\" , \"at\" : \"2026-11-02T10:30:00.5+05:30\" } ] } \n", true},
		{"no messages", `{"messages":[]}`, true},
		{"empty object", `{}`, true},
		{"closed case", `{"messages":[],"case_opened":"2026-11-02T09:00:00Z","case_closed":"2026-11-03T09:00:00Z"}`, true},
		{"vacations", `{"messages":[],"vacations":[{"from":"2026-08-01","to":"2026-08-15","registered":"2026-07-01T09:00:00Z"}]}`, false},
		{"escaped id", `{"id":"t\u0031","messages":[]}`, false},
		{"accented id", `{"id":"fil-été","messages":[]}`, false},
		{"null messages", `{"messages":null}`, false},
		{"duplicate", `{"messages":[],"messages":[]}`, false},
		{"duplicate in message", `{"messages":[{"from":"seller","from":"seller","at":"2026-11-02T10:30:00Z"}]}`, false},
		{"unknown member", `{"messages":[],"x":1}`, false},
		{"trailing comma", `{"messages":[],}`, false},
		{"leading comma", `{,"messages":[]}`, false},
		{"trailing data", `{"messages":[]} x`, false},
		{"unclosed", `{"messages":[]`, false},
		{"bad instant", `{"messages":[{"from":"seller","at":"2026-11-02T25:30:00Z"}]}`, false},
		{"offset 24h", `{"messages":[{"from":"seller","at":"2026-11-02T10:30:00+24:00"}]}`, false},
		{"stars float", `{"messages":[{"from":"buyer","kind":"review","stars":4.0,"at":"2026-11-02T10:30:00Z"}]}`, false},
		{"stars leading zero", `{"messages":[{"from":"buyer","kind":"review","stars":04,"at":"2026-11-02T10:30:00Z"}]}`, false},
		{"stars huge", `{"messages":[{"from":"buyer","kind":"review","stars":99999999999999999999,"at":"2026-11-02T10:30:00Z"}]}`, false},
		{"invalid message", `{"messages":[{"from":"seller","kind":"question","at":"2026-11-02T10:30:00Z"}]}`, false},
		{"unknown author", `{"messages":[{"from":"bot","at":"2026-11-02T10:30:00Z"}]}`, false},
		{"closed before opened", `{"messages":[],"case_opened":"2026-11-03T09:00:00Z","case_closed":"2026-11-02T09:00:00Z"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkConversationFast(t, []byte(tt.doc)); got != tt.fast {
				t.Fatalf("fast path took it: %v, want %v", got, tt.fast)
			}
			// Through UnmarshalJSON the result and the error are the
			// strict decoder's either way.
			want, werr := strictConversation([]byte(tt.doc))
			var got Conversation
			gerr := got.UnmarshalJSON([]byte(tt.doc))
			if (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()) {
				t.Fatalf("UnmarshalJSON error %v, strict %v", gerr, werr)
			}
			if werr == nil {
				if d := cmp.Diff(want, got); d != "" {
					t.Fatalf("UnmarshalJSON (-strict +got):\n%s", d)
				}
			}
		})
	}
}

func TestMessageFastAgreesWithStrict(t *testing.T) {
	for _, doc := range []string{
		`{"id":"m1","from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"question"}`,
		`{"from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"negative-review","stars":-0}`,
		`{"from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"review","stars":5}`,
		`{"from":"buyer","at":"2026-11-02T09:00:00+01:00","kind":"review","stars":true}`,
		`{"from":"platform","at":"2026-11-02T09:00:00+01:00","kind":null}`,
		`{"from":"seller","at":"2026-11-02T09:00:00+01:00"}{}`,
	} {
		checkMessageFast(t, []byte(doc))
	}
}

func TestConversationFastAllocs(t *testing.T) {
	data := []byte(fastThread)
	var c Conversation
	allocs := testing.AllocsPerRun(100, func() {
		if err := c.UnmarshalJSON(data); err != nil {
			t.Fatal(err)
		}
	})
	// The messages' slice and the two ids (the thread's and m1, m2).
	if allocs > 5 {
		t.Errorf("decoding a thread of three messages: %v allocations, want at most 5", allocs)
	}
}

func FuzzDecodeConversationFast(f *testing.F) {
	f.Add(fastThread)
	f.Add(`{"messages":[{"from":"seller","at":"2026-11-02T10:30:00Z"}]}`)
	f.Add(`{"messages":[{"from":"buyer","kind":"review","stars":4,"at":"2026-11-02T10:30:00Z"}],"case_opened":"2026-11-02T09:00:00Z"}`)
	f.Fuzz(func(t *testing.T, doc string) {
		checkConversationFast(t, []byte(doc))
		// Every message of the document, on its own.
		if i := strings.Index(doc, "[{"); i >= 0 {
			if j := strings.Index(doc[i:], "}"); j >= 0 {
				checkMessageFast(t, []byte(doc[i+1:i+j+1]))
			}
		}
	})
}
