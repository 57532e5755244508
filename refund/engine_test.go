package refund

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

func TestEngineIsPointerSized(t *testing.T) {
	if n := unsafe.Sizeof(Engine{}); n != unsafe.Sizeof(uintptr(0)) {
		t.Errorf("Engine is %d bytes, want one pointer", n)
	}
}

// TestRulesHoldNoReferences fails when Rules gains a slice, map, pointer
// or interface: clone (a plain copy) would then share memory.
func TestRulesHoldNoReferences(t *testing.T) {
	var walk func(path string, ty reflect.Type)
	walk = func(path string, ty reflect.Type) {
		switch ty.Kind() {
		case reflect.Struct:
			for i := 0; i < ty.NumField(); i++ {
				walk(path+"."+ty.Field(i).Name, ty.Field(i).Type)
			}
		case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
			t.Errorf("%s is a %s: make Rules.clone copy it", path, ty.Kind())
		}
	}
	walk("Rules", reflect.TypeOf(Rules{}))
}

func TestEngineMatchesDeprecatedWrappers(t *testing.T) {
	for _, r := range []Rules{frenchLaw(), opistoRules()} {
		eng, err := New(r, fr)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, eng.Rules()); diff != "" {
			t.Errorf("Rules() (-given +got):\n%s", diff)
		}
		for _, reason := range Reasons() {
			c := twoLines(reason)
			c.Refunded = d("2027-02-01")
			want, err1 := r.Quote(fr, c)
			got, err2 := eng.Quote(c)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: %v / %v", reason, err1, err2)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: (-Rules.Quote +Engine.Quote):\n%s", reason, diff)
			}
		}
		rc := Receipt{Delivered: []calendar.Date{d("2026-02-14")}, Buyer: Professional, NotInformed: true}
		want, err1 := r.Window(fr, rc)
		got, err2 := eng.Window(rc)
		if err1 != nil || err2 != nil {
			t.Fatalf("%v / %v", err1, err2)
		}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b weekday) bool { return a == b })); diff != "" {
			t.Errorf("(-Rules.Window +Engine.Window):\n%s", diff)
		}
	}
	if _, err := New(frenchLaw(), calendar.Calendar{}); err == nil {
		t.Error("New accepted the zero Calendar")
	}
}

// TestEngineIsImmutable shares one engine between goroutines that quote
// and compute windows while the test edits everything it gave to New and
// everything it got back: the answers never change. Run it with -race.
func TestEngineIsImmutable(t *testing.T) {
	rules := opistoRules()
	eng, err := New(rules, fr)
	if err != nil {
		t.Fatal(err)
	}
	c := tenLines()
	rc := Receipt{Delivered: []calendar.Date{d("2026-02-14"), d("2026-02-16")}, Exclusions: []Exclusion{Perishable}, InformedOn: d("2026-04-01")}
	wantQ, err := eng.Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	wantW, err := eng.Window(rc)
	if err != nil {
		t.Fatal(err)
	}
	wantQJSON, _ := json.Marshal(wantQ)
	wantWJSON, _ := json.Marshal(wantW)

	rounds := 200
	if testing.Short() {
		rounds = 40
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		// Each goroutine has its own copies of the inputs: the engine
		// must not keep or share them.
		c, rc := cloneCase(c), cloneReceipt(rc)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				q, err := eng.Quote(c)
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(q); string(b) != string(wantQJSON) {
					t.Errorf("quote changed:\n%s\nwant\n%s", b, wantQJSON)
					return
				}
				w, err := eng.Window(rc)
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(w); string(b) != string(wantWJSON) {
					t.Errorf("window changed:\n%s\nwant\n%s", b, wantWJSON)
					return
				}
				// Scribble over what came back.
				q.Components[0].Amount = money.Zero(eur)
				q.Components[0].Basis.Steps[0].Text = "scribbled"
				q.Basis.Steps[0].Args = nil
				q.Basis.Steps = append(q.Basis.Steps[:0], explain.Step{Rule: "x"})
				w.Excluded = append(w.Excluded[:0], Auction)
				w.Basis.Steps[0].Facts = nil
			}
		}()
	}
	// Meanwhile, edit what was given to New and what Rules() returned.
	for i := 0; i < rounds; i++ {
		rules.OnWithdrawal.DeadlineDays = 1 + i
		rules.Withdrawal.Days = 2 + i
		got := eng.Rules()
		got.OnWithdrawal.Parts = false
		got.Withdrawal.Basis = "scribbled"
		c.Lines[0].Quantity = 99
		rc.Delivered[0] = d("2000-01-01")
	}
	wg.Wait()
	if diff := cmp.Diff(opistoRules(), eng.Rules()); diff != "" {
		t.Errorf("engine rules changed (-want +got):\n%s", diff)
	}
}

func cloneCase(c Case) Case {
	c.Lines = append([]Line(nil), c.Lines...)
	return c
}

func cloneReceipt(rc Receipt) Receipt {
	rc.Delivered = append([]calendar.Date(nil), rc.Delivered...)
	rc.Exclusions = append([]Exclusion(nil), rc.Exclusions...)
	return rc
}

// TestResultJSONShape pins the keys of a Quote and a Window, in
// declaration order, and the common money and date shapes.
func TestResultJSONShape(t *testing.T) {
	eng, _ := New(frenchLaw(), fr)
	c := twoLines(Withdrawal)
	c.GoodsBack, c.Refunded = d("2026-11-08"), d("2026-12-20")
	q, err := eng.Quote(c)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{`{"reason":"withdrawal"`, `,"eligible":true`, `,"currency":"EUR"`, `,"components":[{"kind":"parts","amount":{"amount":"75.00","currency":"EUR"},"basis":{"steps":[`,
		`,"total":{"amount":"`, `,"paid":{"amount":"89.90","currency":"EUR"}`, `,"due":"2026-11-19"`, `,"deferred":false`, `,"days_late":31`,
		`,"late_band":{"scale":"L242-4","from_days":30,"to_days":60,"months":0,"percent":20,"interest":false,"capped":false}`, `,"basis":{"steps":[`}
	checkInOrder(t, string(b), wantKeys)
	q.Band = Band{}
	b, _ = json.Marshal(q)
	if strings.Contains(string(b), "late_band") {
		t.Errorf("a zero Band is not omitted: %s", b)
	}
	w, err := eng.Window(Receipt{Delivered: []calendar.Date{d("2026-03-28")}})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	// 2026-04-11 + roll: closes at midnight in summer time (+02:00).
	checkInOrder(t, string(b), []string{`{"applies":true`, `,"buyer":"consumer"`, `,"counted_from":"2026-03-28"`, `,"normal_last_day":"2026-04-13"`,
		`,"extended":false`, `,"last_day":"2026-04-13"`, `,"closes":"2026-04-14T00:00:00+02:00"`, `,"excluded":[]`, `,"basis":{"steps":[`})
}

func checkInOrder(t *testing.T, s string, parts []string) {
	t.Helper()
	rest := s
	for _, p := range parts {
		i := strings.Index(rest, p)
		if i < 0 {
			t.Fatalf("%q not found (in order) in\n%s", p, s)
		}
		rest = rest[i+len(p):]
	}
}

// TestInputJSONRoundTrip checks that every input type decodes what it
// encodes, to an equal value.
func TestInputJSONRoundTrip(t *testing.T) {
	c := tenLines()
	c.Lines[3].Exclusion, c.Lines[2].Description = Perishable, "Bougie d'allumage — lot de 4"
	c.Deduction, c.DeductionReason, c.RefundedBefore, c.Buyer, c.NotInformed = eu("1.00"), "rayure", eu("2.00"), Professional, true
	cases := []any{&c, &Receipt{Delivered: []calendar.Date{d("2026-02-14"), d("2026-02-01")}, Regular: true, Buyer: Professional, NotInformed: true, InformedOn: d("2026-05-01"), Exclusions: []Exclusion{Auction}},
		&Receipt{Delivered: []calendar.Date{d("2026-02-14")}}, &Line{ID: "L1", Quantity: 3, UnitPrice: eu("9.99"), Returned: 2}}
	for _, in := range cases {
		t.Run(reflect.TypeOf(in).Elem().Name(), func(t *testing.T) {
			b, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			back := reflect.New(reflect.TypeOf(in).Elem())
			if err := json.Unmarshal(b, back.Interface()); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			want := reflect.ValueOf(in).Elem().Interface()
			if cc, ok := want.(Case); ok {
				want, _ = cc.normalised()
			}
			if diff := cmp.Diff(want, back.Elem().Interface()); diff != "" {
				t.Errorf("(-sent +decoded):\n%s\n%s", diff, b)
			}
			b2, _ := json.Marshal(back.Interface())
			if string(b) != string(b2) {
				t.Errorf("encode(decode(x)) differs:\n%s\n%s", b, b2)
			}
		})
	}
	// The legacy shorthand: a decimal string in the case currency decodes
	// to the same case as the money object.
	var a, b Case
	short := `{"reason":"withdrawal","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","lines":[{"id":"L1","quantity":1,"unit_price":"45.00","returned":1}],"delivery":{"standard":"9.90"}}`
	long := `{"reason":"withdrawal","currency":"EUR","delivered":"2026-11-02","informed":"2026-11-05","lines":[{"id":"L1","quantity":1,"unit_price":{"amount":"45.00","currency":"EUR"},"returned":1}],"delivery":{"standard":{"amount":"9.90","currency":"EUR"}}}`
	if err := json.Unmarshal([]byte(short), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(long), &b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("shorthand vs money object (-short +long):\n%s", diff)
	}
	// Decoding makes the default buyer explicit.
	if out, _ := json.Marshal(a); string(out) != strings.Replace(long, `"currency":"EUR",`, `"buyer":"consumer","currency":"EUR",`, 1) {
		t.Errorf("encoded\n%s\nwant\n%s", out, long)
	}
}
