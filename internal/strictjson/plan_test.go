package strictjson

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func planDocs() []string {
	return []string{
		`{"name":"x","in":{"a":1,"b":["p","q"]},"list":[{"a":2},{"a":3}],"ptr":{"a":4},"m":{"k":1},"flag":true,"deep":{"d":{"a":5}},"NoTag":6}`,
		`{"nam":"x"}`, `{"in":{"c":1}}`, `{"list":[{"a":1},{"z":1}]}`, `{"in":{"a":"x"}}`,
		`{"name":"a","name":"b"}`, `{"n\u0061me":"esc"}`, `{"deep":{"d":{"a":1,"a":2}}}`, `{"in":{"a":1}} x`, `{"in":`,
		`{"Skip":1}`, `{"ptr":null,"list":null}`,
	}
}

// TestDecodeWithPlan checks that a Plan changes nothing but the cost:
// every document decodes to the same value and error with and without it.
func TestDecodeWithPlan(t *testing.T) {
	plan := PlanOf((*outer)(nil))
	if len(plan.types) != 2 {
		t.Fatalf("plan of outer has %d types, want 2 (outer, inner)", len(plan.types))
	}
	for _, doc := range planDocs() {
		var want, got outer
		werr := Decode([]byte(doc), &want)
		gerr := DecodeWith(plan, []byte(doc), &got)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("%s: err %v with plan, %v without", doc, gerr, werr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-Decode +DecodeWith):\n%s", doc, diff)
		}
	}
	// A plan of another type is only a head start: the decoder learns
	// the rest on a copy.
	var got outer
	if err := DecodeWith(PlanOf((*inner)(nil)), []byte(planDocs()[0]), &got); err != nil || got.Deep["d"].A != 5 {
		t.Errorf("decode with a partial plan: %v, %+v", err, got)
	}
}

// TestPlanConcurrent shares one Plan (which does not cover every type)
// across goroutines: run with -race.
func TestPlanConcurrent(t *testing.T) {
	plan := PlanOf((*inner)(nil))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				var o outer
				if err := DecodeWith(plan, []byte(planDocs()[0]), &o); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkDecodePlan(b *testing.B) {
	doc := []byte(planDocs()[0])
	b.Run("plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var o outer
			_ = Decode(doc, &o)
		}
	})
	plan := PlanOf((*outer)(nil))
	b.Run("plan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var o outer
			_ = DecodeWith(plan, doc, &o)
		}
	})
}
