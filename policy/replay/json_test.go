package replay

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/aftersales/aftersales/money"
)

func checkAppendJSON(t *testing.T, c CaseChange) {
	t.Helper()
	// json.Marshal must stay the reflection encoder AppendJSON is checked
	// against: CaseChange and Outcome have no MarshalJSON.
	if _, ok := any(c).(json.Marshaler); ok {
		t.Fatal("CaseChange implements json.Marshaler: the reference is gone")
	}
	if _, ok := any(&Outcome{}).(json.Marshaler); ok {
		t.Fatal("Outcome implements json.Marshaler: the reference is gone")
	}
	want, werr := json.Marshal(c)
	got, gerr := c.AppendJSON([]byte("prefix"))
	if (werr == nil) != (gerr == nil) {
		t.Fatalf("%+v: json.Marshal error %v, AppendJSON error %v", c, werr, gerr)
	}
	if werr != nil {
		return
	}
	if !bytes.Equal(append([]byte("prefix"), want...), got) {
		t.Fatalf("AppendJSON differs from json.Marshal:\nwant %s\ngot  %s", want, got[len("prefix"):])
	}
}

// TestAppendJSONMatchesMarshal encodes every change of a replay of the
// testdata corpus and of a generated corpus both ways.
func TestAppendJSONMatchesMarshal(t *testing.T) {
	from, to := policyPair()
	ra, rb := mustRunner(t, from), mustRunner(t, to)
	testdata, err := os.ReadFile("../testdata/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, data := range [][]byte{testdata, shardCorpus(2000), []byte("{bad line\n{\"id\":\"x\",\"kind\":\"quote\",\"input\":{}}\n")} {
		_, err := Replay(context.Background(), ra, rb, bytes.NewReader(data), func(c CaseChange) error {
			checkAppendJSON(t, c)
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d changes encoded", n)
	}
}

func TestAppendJSONEdges(t *testing.T) {
	eur := money.MustCurrency("EUR")
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []CaseChange{
		{},
		{Line: -3, Error: "bad <input> & \"quotes\" \\ \b\f\n\r\t\x01\x7f é \u2028 \u2029 \xff\xfe end"},
		{Line: 1, ID: "a", Kind: KindQuote, Changes: []Change{ChangeMoney, ChangeClauses}, Diff: "- x\n+ y\n",
			From: &Outcome{}, To: &Outcome{Kind: KindQuote, Decision: DecisionRefund,
				Instants: map[string]time.Time{"b": time.Date(2026, 3, 29, 3, 0, 0, 5, paris), "a": time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
					"z<": time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5*3600+1800))},
				Values:  map[string]string{"k": "v", "é": "\x00", "": ""},
				Money:   map[string]money.Amount{"total": money.MustParse("12.50", eur), "z": money.MustParse("-0.01", eur)},
				Clauses: []string{"C. consom. L221-24", "art. 16 <b>"}}},
		{To: &Outcome{Instants: map[string]time.Time{"far": time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}},
		{To: &Outcome{Money: map[string]money.Amount{"nocur": money.Amount{}}}},
		{To: &Outcome{Instants: map[string]time.Time{"off": time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("x", 24*3600))}}},
	} {
		checkAppendJSON(t, c)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add(1, "q1", "- money.total: 1\n", "total", "<x>", int64(1767225600), 3600, "12.50")
	f.Add(-1, "\xff", "\u2028", "", "\t", int64(-62135596800), -86399, "0")
	f.Fuzz(func(t *testing.T, line int, id, diff, key, value string, unix int64, offset int, amount string) {
		if offset <= -48*3600 || offset >= 48*3600 {
			return
		}
		at := time.Unix(unix, int64(line)&0xfff).In(time.FixedZone("", offset))
		o := &Outcome{Kind: Kind(id), Decision: Decision(value), Instants: map[string]time.Time{key: at, key + "2": at},
			Values: map[string]string{key: value, value: key}, Clauses: []string{diff, id}}
		if a, err := money.Parse(amount, money.MustCurrency("EUR")); err == nil {
			o.Money = map[string]money.Amount{key: a}
		}
		checkAppendJSON(t, CaseChange{Line: line, ID: id, Kind: Kind(key), Changes: []Change{Change(value)}, Diff: diff, From: o, To: o, Error: value})
	})
}
