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
			c.printListing(w, duties)
			c.printWhy(w, c.lines(duties.Basis))
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
		c.say(w, "buyer's market: %s (rule applied: %s)", a.Market, c.enum("applied", a.Applied))
		c.printAssessment(w, a.Assessment)
		c.printWhy(w, c.lines(a.Basis))
	})
}

// applies is "applies" or "does not apply" in the run's language.
func (c *cmd) applies(b bool) string {
	if b {
		return c.tr("applies")
	}
	return c.tr("does not apply")
}

// printAssessment prints the warranty block: one labelled row per
// guarantee, the values aligned after the longest rendered label.
func (c *cmd) printAssessment(w io.Writer, a warranty.Assessment) {
	k := a.Conformity
	c.say(w, "assessed on %s (conformity rules: %s)", a.Assessed, a.Regime)
	what := c.tr("defect appearing by %s", k.Until)
	switch k.Window {
	case warranty.Action:
		what = c.tr("action by %s", k.Until)
	case warranty.Lifespan:
		what = c.tr("expected lifespan to %s", k.Until)
	}
	var rows []row
	add := func(label, value string) { rows = append(rows, row{c.tr(label), value}) }
	add("conformity:", c.tr("%s (%s); presumed until %s; burden on the %s", c.applies(k.Applies), what, k.PresumedUntil, c.enum("burden", k.Burden)))
	if a.HiddenDefect.Until.IsZero() {
		add("hidden defect:", c.tr("none in these rules"))
	} else {
		add("hidden defect:", c.tr("%s (action by %s)", c.applies(a.HiddenDefect.Applies), a.HiddenDefect.Until))
	}
	if m := a.Mandatory; m != nil {
		add("mandatory:", c.tr("%s (%d months, %s to %s)", c.applies(m.Applies), m.Months, m.From, m.Until))
	}
	if n := a.Notice; n != nil {
		if n.By.IsZero() {
			add("notice:", c.tr("%s duty; in time: %s", c.enum("notice", n.Kind), c.enum("timely", n.Timely)))
		} else {
			add("notice:", c.tr("%s duty, %d months, by %s; in time: %s", c.enum("notice", n.Kind), n.Months, n.By, c.enum("timely", n.Timely)))
		}
	}
	if a.Commercial.Months == 0 {
		add("commercial:", c.tr("none"))
	} else {
		add("commercial:", c.tr("%s (%d months, %s to %s)", c.applies(a.Commercial.Applies), a.Commercial.Months, a.Commercial.From, a.Commercial.Until))
	}
	r := a.Remedies
	if !r.RepairOrReplacement {
		add("remedies:", c.tr("none under the conformity guarantee"))
	} else {
		var parts []string
		switch {
		case r.Due.IsZero():
			parts = append(parts, c.tr("repair or replacement (free)"))
		case r.Late:
			parts = append(parts, c.tr("repair or replacement (free, due %s, late)", r.Due))
		default:
			parts = append(parts, c.tr("repair or replacement (free, due %s)", r.Due))
		}
		if r.PriceReduction {
			parts = append(parts, c.tr("price reduction"))
		}
		if r.Rescission {
			parts = append(parts, c.tr("rescission"))
		}
		if !r.RefundDue.IsZero() {
			parts = append(parts, c.tr("refund due %s", r.RefundDue))
		}
		if !r.AnswerDue.IsZero() {
			if r.DeemedAccepted {
				parts = append(parts, c.tr("request deemed accepted (no answer by %s)", r.AnswerDue))
			} else {
				parts = append(parts, c.tr("answer due %s", r.AnswerDue))
			}
		}
		add("remedies:", strings.Join(parts, "; "))
	}
	barred := ""
	if a.Limitation.Barred {
		barred = c.tr(", time-barred")
	}
	switch {
	case a.Limitation.Until.IsZero():
		add("limitation:", c.tr("no date (not started, or not confirmed)")+barred)
	case a.Limitation.LongStop.IsZero():
		add("limitation:", c.tr("court action by %s", a.Limitation.Until)+barred)
	case a.Limitation.Barred:
		add("limitation:", c.tr("court action by %s (long stop %s, time-barred)", a.Limitation.Until, a.Limitation.LongStop))
	default:
		add("limitation:", c.tr("court action by %s (long stop %s)", a.Limitation.Until, a.Limitation.LongStop))
	}
	if len(a.Unconfirmed) > 0 {
		add("unconfirmed:", strings.Join(a.Unconfirmed, ", "))
	}
	printRows(w, "", 14, rows)
	if a.Listing != nil {
		c.printListing(w, *a.Listing)
	}
}

// printListing prints the listing duties of a category on one line.
func (c *cmd) printListing(w io.Writer, d warranty.Duties) {
	idx := c.tr("none")
	if len(d.Indices) > 0 {
		var s []string
		for _, k := range d.Indices {
			s = append(s, c.enum("index", k))
		}
		idx = strings.Join(s, ", ")
	}
	line := c.tr("listing of %s on %s: spare parts statement %s; index: %s", d.Category, d.On, c.enum("spare_parts", d.SpareParts), idx)
	if len(d.Statements) > 0 {
		line += c.tr("; must state: %s", strings.Join(d.Statements, ", "))
	}
	fmt.Fprintln(w, line)
}
