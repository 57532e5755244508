package policy_test

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/golden"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// TestLanguagesGolden renders, in every supported language, the five
// decisions a buyer or a seller reads most: a withdrawal window, a refund
// quote, a warranty assessment, a reply deadline and an escalation. Each
// language's text is kept in testdata/languages/LANG.txt (-update rewrites
// them), so that a change of any translation, date or amount format is
// reviewed as a diff.
func TestLanguagesGolden(t *testing.T) {
	opisto, err := policy.Compile(preset.Opisto())
	if err != nil {
		t.Fatal(err)
	}
	agafort, err := policy.Compile(preset.Agafort())
	if err != nil {
		t.Fatal(err)
	}
	d := calendar.MustParseDate
	eur := money.MustCurrency("EUR")
	loc := opisto.Calendar().Location()

	win, err := opisto.Refund().Window(refund.Receipt{Delivered: []calendar.Date{d("2026-07-01")}})
	if err != nil {
		t.Fatal(err)
	}
	q, err := opisto.Refund().Quote(refund.Case{Reason: refund.Withdrawal, Currency: eur,
		Delivered: d("2026-11-02"), Informed: d("2026-11-05"), GoodsBack: d("2026-11-12"), Refunded: d("2026-12-22"),
		Lines: []refund.Line{
			{ID: "L1", Quantity: 1, UnitPrice: money.MustParse("1245.00", eur), Returned: 1},
			{ID: "L2", Quantity: 2, UnitPrice: money.MustParse("30.00", eur), Returned: 1},
		},
		Delivery: money.MustParse("9.90", eur), DeliverySurcharge: money.MustParse("5.00", eur)})
	if err != nil {
		t.Fatal(err)
	}
	a, err := opisto.Warranty().Assess(warranty.Case{Condition: warranty.Used, Contract: d("2026-01-10"),
		Delivered: d("2026-01-14"), Appeared: d("2026-05-02"), Assessed: d("2026-06-01")})
	if err != nil {
		t.Fatal(err)
	}
	due, err := opisto.SLA().Explain(sla.Complaint, time.Date(2026, time.July, 10, 15, 30, 0, 0, loc))
	if err != nil {
		t.Fatal(err)
	}
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, agafort.Calendar().Location())
	esc, err := agafort.Dispute().Status(dispute.Complaint{Reference: "", Opened: opened}, opened.Add(50*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := policy.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range explain.Languages() {
		t.Run(lang.String(), func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", "languages", lang.String()+".txt"), func(w io.Writer) error {
				for _, x := range []struct {
					title string
					b     explain.Basis
				}{{"withdrawal window", win.Basis}, {"refund quote", q.Basis}, {"warranty assessment", a.Basis},
					{"reply deadline", due.Basis}, {"escalation", esc.Basis}} {
					fmt.Fprintf(w, "# %s\n%s\n", x.title, cat.Render(x.b, lang))
				}
				return nil
			})
		})
	}
}
