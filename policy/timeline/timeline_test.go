package timeline_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"github.com/aftersales/aftersales/internal/explaintest"
	"io"
	"regexp"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy/timeline"
	"github.com/google/go-cmp/cmp"
)

func paris(t testing.TB) calendar.Calendar {
	t.Helper()
	c, err := calendar.ForMarket("FR", "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// withdrawalResult is the --json envelope of a withdrawal decision.
const withdrawalResult = `{"policy":"french-law","lang":"en","applies":true,"counted_from":"2026-02-14",
"normal_last_day":"2026-03-02","extended":false,"last_day":"2026-03-02","closes":"2026-03-03T00:00:00+01:00",
"basis":{"steps":[{"rule":"withdrawal.window","basis":"C. consom. L221-18","facts":[{"name":"last_day","value":"2026-03-02"}]}]},
"explain":["The buyer may withdraw until the end of 2026-03-02 (Monday). (C. consom. L221-18)"]}`

func ExampleFrom_withdrawalWindowRunsFromTheDayAfterDelivery() {
	cal, _ := calendar.ForMarket("FR", "")
	ch, err := timeline.From(timeline.Withdrawal, []byte(`{"delivered":["2026-02-14"]}`), []byte(withdrawalResult), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ch.Title)
	for _, it := range ch.Items {
		kind := "bar "
		if it.IsMark() {
			kind = "mark"
		}
		fmt.Printf("%s %-17s %s %v\n", kind, it.Label, it.Value, it.Tips)
	}
	// Output:
	// Withdrawal — french-law
	// mark delivered         2026-02-14 []
	// bar  withdrawal window 2026-02-15 → 2026-03-02 [The buyer may withdraw until the end of 2026-03-02 (Monday). (C. consom. L221-18)]
	// mark last day          2026-03-02 [The buyer may withdraw until the end of 2026-03-02 (Monday). (C. consom. L221-18)]
	// mark closes            2026-03-03 00:00 [The buyer may withdraw until the end of 2026-03-02 (Monday). (C. consom. L221-18)]
}

// TestCatalog: the one catalog check (internal/explaintest): a chart in
// fr or pl has no English label left, and no translation drops a label
// or names one the package does not draw.
func TestCatalog(t *testing.T) {
	explaintest.Check(t, timeline.LabelTexts(), timeline.Translations())
}

// TestLanguages: a chart is drawn in every supported language, and a
// regional or unsupported tag is read as its language or English.
func TestLanguages(t *testing.T) {
	if got := len(timeline.Languages()); got != 25 {
		t.Errorf("%d languages, want 25", got)
	}
	in := []byte(`{"kind":"question","received":"2026-11-20T15:00:00+01:00"}`)
	for _, tt := range []struct{ lang, want string }{{"fr-BE", "fr"}, {"de", "de"}, {"tlh", "en"}, {"", "en"}} {
		res := []byte(`{"lang":"` + tt.lang + `","due":"2026-11-24T15:00:00+01:00","received":"2026-11-20T15:00:00+01:00"}`)
		ch, err := timeline.From(timeline.Deadline, in, res, paris(t))
		if err != nil {
			t.Fatal(err)
		}
		if ch.Lang != tt.want {
			t.Errorf("%q: lang %s, want %s", tt.lang, ch.Lang, tt.want)
		}
	}
}

func TestUnknownKind(t *testing.T) {
	_, err := timeline.From("listing", nil, []byte(`{}`), paris(t))
	if !errors.Is(err, timeline.ErrKind) {
		t.Errorf("err %v, want ErrKind", err)
	}
	if _, err := timeline.From(timeline.Quote, nil, []byte(`[`), paris(t)); err == nil {
		t.Error("a result that is not JSON gave a chart")
	}
}

// TestMarksSitOnTheirDay: a day mark is drawn inside its day, and an
// instant at its time, on a daylight-saving day too (29 March 2026 lasts
// 23 hours in Paris).
func TestMarksSitOnTheirDay(t *testing.T) {
	cal := paris(t)
	res := `{"lang":"en","received":"2026-03-29T12:00:00+02:00","due":"2026-03-30T12:00:00+02:00"}`
	ch, err := timeline.From(timeline.Deadline, nil, []byte(res), cal)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range ch.Items {
		got = append(got, it.Label+" "+it.From.Format("2006-01-02T15:04Z07:00")+" "+it.To.Format("2006-01-02T15:04Z07:00"))
	}
	want := []string{
		"reply window 2026-03-29T12:00+02:00 2026-03-30T12:00+02:00",
		"received 2026-03-29T12:00+02:00 2026-03-29T12:00+02:00",
		"reply due 2026-03-30T12:00+02:00 2026-03-30T12:00+02:00",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	checkXML(t, ch.SVG(cal))
}

func checkXML(t testing.TB, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not valid XML: %v\n%s", err, svg)
		}
	}
}

// TestEmptyChartIsValid: the zero chart draws an empty, valid frame.
func TestEmptyChartIsValid(t *testing.T) {
	checkXML(t, timeline.Chart{}.SVG(paris(t)))
	checkXML(t, timeline.Chart{}.SVG(calendar.Calendar{}))
}

// FuzzFrom: any result JSON gives a chart or an error, never a panic, and
// every chart draws valid XML with its bars forward in time.
func FuzzFrom(f *testing.F) {
	f.Add("withdrawal", `{"delivered":"2026-02-14"}`, withdrawalResult)
	f.Add("quote", `{"informed":"2026-01-08","refunded":"2026-02-16"}`, `{"due":"2026-01-22","days_late":25,"late_band":{"from_days":20,"to_days":30,"percent":10}}`)
	f.Add("escalation", ``, `{"timeline":[{"at":"2026-03-02T09:00:00+01:00","kind":"opened","level":0,"team":"<a&b>"}],"target":"2026-03-01T00:00:00Z"}`)
	f.Add("warranty", `{}`, `{"limitation":{"from":"0001-01-01","until":"9999-12-31","long_stop":"9999-12-31"}}`)
	f.Add("conversation", `{"vacations":[{"from":"2026-11-27","to":"2026-11-26"}]}`, `{"messages":[{"id":"\u0000","received":"2026-11-20T15:00:00+01:00","due":"2026-11-19T15:00:00+01:00"}]}`)
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind, input, result string) {
		ch, err := timeline.From(timeline.Kind(kind), []byte(input), []byte(result), cal)
		if err != nil {
			return
		}
		for _, it := range ch.Items {
			if it.To.Before(it.From) {
				t.Errorf("%s runs backwards: %v → %v", it.Label, it.From, it.To)
			}
		}
		svg := ch.SVG(cal)
		if !bytes.Equal(svg, ch.SVG(cal)) {
			t.Error("two drawings differ")
		}
		// Control characters have no XML form: the picture must still parse.
		checkXML(t, svg)
	})
}

func ExampleChart_SVG_holidaysAreShadedByName() {
	cal, _ := calendar.ForMarket("FR", "")
	res := `{"lang":"fr","received":"2026-07-10T16:00:00+02:00","due":"2026-07-16T16:00:00+02:00"}`
	ch, _ := timeline.From(timeline.Deadline, nil, []byte(res), cal)
	dayOff := regexp.MustCompile(`<rect class="(rest|holiday)"[^>]*><title>([^<]*)</title>`)
	for _, m := range dayOff.FindAllSubmatch(ch.SVG(cal), -1) {
		fmt.Printf("%s: %s\n", m[1], m[2])
	}
	// Output:
	// rest: 2026-07-11 Saturday&#xA;2026-07-12 Sunday
	// holiday: 2026-07-14 Fête nationale
}
