package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/aftersales/aftersales/warranty"
)

// runWarranty assesses a case file under a policy's warranty rules, or,
// with --listing, lists what a product listing must show on a date.
func runWarranty(e *env, args []string) int {
	c := newCmd(e, "warranty", true)
	caseFile := c.fs.String("case", "", "case file (JSON, at most 1 MiB), or - for standard input")
	listing := c.fs.String("listing", "", "product category: print the listing duties instead of assessing a case")
	on := c.fs.String("on", "", "date of the listing, YYYY-MM-DD (with --listing)")
	mf := c.addBuyerMarketFlags()
	me, st, ok := c.startBuyerMarket(args, mf)
	if !ok {
		return st
	}
	if *listing != "" {
		if *caseFile != "" {
			return c.fail(badf("--listing: give either --case or --listing, not both"))
		}
		d, err := date("on", *on)
		if err != nil {
			return c.fail(err)
		}
		duties, err := c.eng.Warranty().ListingDuties(*listing, d)
		if err != nil {
			return c.failFrom(err, fromFlags("category", "listing", "on", "on", "", "listing"))
		}
		return c.emit(duties, nil, duties.Basis, func(w io.Writer) {
			printListing(w, duties)
			printWhy(w, c.lines(duties.Basis))
		})
	}
	if *on != "" {
		return c.fail(badf("--on: goes with --listing"))
	}
	wc, err := readDecoded(c, "case", *caseFile, warranty.DecodeCase)
	if err != nil {
		return c.fail(err)
	}
	a, err := me.Assess(wc)
	if err != nil {
		return c.failFrom(err, fromFile("case"))
	}
	return c.emit(a, nil, a.Basis, func(w io.Writer) {
		fmt.Fprintf(w, "buyer's market: %s (rule applied: %s)\n", a.Market, a.Applied)
		printAssessment(w, a.Assessment)
		printWhy(w, c.lines(a.Basis))
	})
}

func yesNo(b bool) string {
	if b {
		return "applies"
	}
	return "does not apply"
}

func printAssessment(w io.Writer, a warranty.Assessment) {
	k := a.Conformity
	fmt.Fprintf(w, "assessed on %s (conformity rules: %s)\n", a.Assessed, a.Regime)
	what := "defect appearing by"
	switch k.Window {
	case warranty.Action:
		what = "action by"
	case warranty.Lifespan:
		what = "expected lifespan to"
	}
	fmt.Fprintf(w, "conformity:    %s (%s %s); presumed until %s; burden on the %s\n", yesNo(k.Applies), what, k.Until, k.PresumedUntil, k.Burden)
	if a.HiddenDefect.Until.IsZero() {
		fmt.Fprintln(w, "hidden defect: none in these rules")
	} else {
		fmt.Fprintf(w, "hidden defect: %s (action by %s)\n", yesNo(a.HiddenDefect.Applies), a.HiddenDefect.Until)
	}
	if m := a.Mandatory; m != nil {
		fmt.Fprintf(w, "mandatory:     %s (%d months, %s to %s)\n", yesNo(m.Applies), m.Months, m.From, m.Until)
	}
	if n := a.Notice; n != nil {
		if n.By.IsZero() {
			fmt.Fprintf(w, "notice:        %s duty; in time: %s\n", n.Kind, n.Timely)
		} else {
			fmt.Fprintf(w, "notice:        %s duty, %d months, by %s; in time: %s\n", n.Kind, n.Months, n.By, n.Timely)
		}
	}
	if a.Commercial.Months == 0 {
		fmt.Fprintln(w, "commercial:    none")
	} else {
		fmt.Fprintf(w, "commercial:    %s (%d months, %s to %s)\n", yesNo(a.Commercial.Applies), a.Commercial.Months, a.Commercial.From, a.Commercial.Until)
	}
	r := a.Remedies
	if !r.RepairOrReplacement {
		fmt.Fprintln(w, "remedies:      none under the conformity guarantee")
	} else {
		var parts []string
		if r.Due.IsZero() {
			parts = append(parts, "repair or replacement (free)")
		} else {
			late := ""
			if r.Late {
				late = ", late"
			}
			parts = append(parts, fmt.Sprintf("repair or replacement (free, due %s%s)", r.Due, late))
		}
		if r.PriceReduction {
			parts = append(parts, "price reduction")
		}
		if r.Rescission {
			parts = append(parts, "rescission")
		}
		if !r.RefundDue.IsZero() {
			parts = append(parts, fmt.Sprintf("refund due %s", r.RefundDue))
		}
		if !r.AnswerDue.IsZero() {
			if r.DeemedAccepted {
				parts = append(parts, fmt.Sprintf("request deemed accepted (no answer by %s)", r.AnswerDue))
			} else {
				parts = append(parts, fmt.Sprintf("answer due %s", r.AnswerDue))
			}
		}
		fmt.Fprintf(w, "remedies:      %s\n", strings.Join(parts, "; "))
	}
	barred := ""
	if a.Limitation.Barred {
		barred = ", time-barred"
	}
	switch {
	case a.Limitation.Until.IsZero():
		fmt.Fprintf(w, "limitation:    no date (not started, or not confirmed)%s\n", barred)
	case a.Limitation.LongStop.IsZero():
		fmt.Fprintf(w, "limitation:    court action by %s%s\n", a.Limitation.Until, barred)
	default:
		fmt.Fprintf(w, "limitation:    court action by %s (long stop %s%s)\n", a.Limitation.Until, a.Limitation.LongStop, barred)
	}
	if len(a.Unconfirmed) > 0 {
		fmt.Fprintf(w, "unconfirmed:   %s\n", strings.Join(a.Unconfirmed, ", "))
	}
	if a.Listing != nil {
		printListing(w, *a.Listing)
	}
}

func printListing(w io.Writer, d warranty.Duties) {
	idx := "none"
	if len(d.Indices) > 0 {
		var s []string
		for _, k := range d.Indices {
			s = append(s, string(k))
		}
		idx = strings.Join(s, ", ")
	}
	fmt.Fprintf(w, "listing of %s on %s: spare parts statement %s; index: %s", d.Category, d.On, d.SpareParts, idx)
	if len(d.Statements) > 0 {
		fmt.Fprintf(w, "; must state: %s", strings.Join(d.Statements, ", "))
	}
	fmt.Fprintln(w)
}
