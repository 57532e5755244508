package policy_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/google/go-cmp/cmp"
)

func TestCompileFor(t *testing.T) {
	p, err := preset.Load("swapiphone")
	if err != nil {
		t.Fatal(err)
	}
	full, err := policy.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	none, err := policy.CompileFor(p)
	if err != nil {
		t.Fatal(err)
	}
	if full.Version() != none.Version() {
		t.Errorf("versions differ: %s, %s", full.Version(), none.Version())
	}
	if diff := cmp.Diff(full.Markets(), none.Markets()); diff != "" {
		t.Errorf("Markets (-Compile +CompileFor):\n%s", diff)
	}
	at := time.Date(2026, 7, 13, 10, 0, 0, 0, time.FixedZone("", 2*3600))
	a, errA := full.SLA().Deadline(sla.Question, at)
	b, errB := none.SLA().Deadline(sla.Question, at)
	if errA != nil || errB != nil || !a.Equal(b) {
		t.Errorf("deadline: Compile %v %v, CompileFor %v %v", a, errA, b, errB)
	}
	if _, err := none.Market("FR"); err == nil || !strings.Contains(err.Error(), "market: FR: its engine was not built") {
		t.Errorf("Market(FR) without its engine: err = %v", err)
	}
	if _, err := none.Market(""); err == nil || !strings.Contains(err.Error(), "its engine was not built") {
		t.Errorf("Market(\"\") without engines: err = %v", err)
	}
	code := full.Markets()[1].Code
	some, err := policy.CompileFor(p, code)
	if err != nil {
		t.Fatal(err)
	}
	rc := refund.Receipt{Delivered: []calendar.Date{calendar.MustDate(2026, 2, 14)}}
	mf, _ := full.Market(code)
	ms, err := some.Market(code)
	if err != nil {
		t.Fatal(err)
	}
	wf, errF := mf.Window(rc)
	ws, errS := ms.Window(rc)
	if errF != nil || errS != nil {
		t.Fatal(errF, errS)
	}
	jf, _ := json.Marshal(wf)
	js, _ := json.Marshal(ws)
	if diff := cmp.Diff(string(jf), string(js)); diff != "" || len(jf) < 50 {
		t.Errorf("window of %s (-Compile +CompileFor):\n%s", code, diff)
	}
	if _, err := policy.CompileFor(p, "ZZ"); err == nil || !strings.Contains(err.Error(), `market[0]: "ZZ" is not served by policy`) {
		t.Errorf("CompileFor(ZZ): err = %v", err)
	}
}
