package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/law"
)

// runLaw prints a market's statute (law show CC) or where markets differ
// (law compare CC CC...).
func runLaw(e *env, args []string) int {
	c := newCmd(e, "law", false)
	on := c.fs.String("on", "", "contract date whose rules to print, YYYY-MM-DD (default: today); compare only")
	all := c.fs.Bool("all", false, "compare: print every rule, not only those that differ")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintln(e.stdout, "usage: aftersales law show CC [--json] | aftersales law compare CC CC... [--on YYYY-MM-DD] [--all] [--json]")
			return 0
		}
		return c.fail(badf("law: want a subcommand: show CC | compare CC CC... (markets: %s)", strings.Join(law.Markets(), " ")))
	}
	sub := args[0]
	var codes, flags []string
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "-") || (len(flags) > 0 && !strings.Contains(flags[len(flags)-1], "=") && flags[len(flags)-1] == "--on") {
			flags = append(flags, a)
			continue
		}
		codes = append(codes, a)
	}
	if st, ok := c.startMarket(flags, nil); !ok {
		return st
	}
	for _, cc := range codes {
		if !law.Has(cc) {
			return c.fail(badf("%s: no statute for market %q (markets: %s)", sub, cc, strings.Join(law.Markets(), " ")))
		}
	}
	switch sub {
	case "show":
		if len(codes) != 1 {
			return c.fail(badf("law show: want one market code (markets: %s)", strings.Join(law.Markets(), " ")))
		}
		if *on != "" || *all {
			return c.fail(badf("--on, --all: go with law compare"))
		}
		st, _ := law.For(codes[0])
		return c.emit(st, nil, explain.Basis{}, func(w io.Writer) { c.printStatute(w, st) })
	case "compare":
		if len(codes) < 2 {
			return c.fail(badf("law compare: want two or more market codes (markets: %s)", strings.Join(law.Markets(), " ")))
		}
		day := calendar.DateOf(time.Now())
		if *on != "" {
			d, err := date("on", *on)
			if err != nil {
				return c.fail(err)
			}
			day = d
		}
		cmpr := compareLaw(codes, day, *all)
		return c.emit(cmpr, nil, explain.Basis{}, func(w io.Writer) { c.printComparison(w, cmpr) })
	}
	return c.fail(badf("law: unknown subcommand %q (want show or compare)", sub))
}

// printStatute prints a statute as a table.
func (c *cmd) printStatute(w io.Writer, st law.Statute) {
	c.say(w, "%s (%s): language %s, currency %s; periods: %s (%s, %s)", st.Name, st.Market, st.Language, st.Currency, st.Periods.Kind, st.Periods.Basis, st.Periods.Confidence)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	c.say(tw, "rule\tvalue\tbasis\tconfidence\tcontracts")
	for _, r := range st.Rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Key, r.Value, r.Basis, r.Confidence, span(r))
	}
	tw.Flush()
	if len(st.Unconfirmed) > 0 {
		c.say(w, "unconfirmed: %s", strings.Join(st.Unconfirmed, ", "))
	}
	c.say(w, "sources: %s", strings.Join(st.Sources, "; "))
}

// span prints a rule's contract dates.
func span(r law.Rule) string {
	switch {
	case r.From.IsZero() && r.Until.IsZero():
		return "all"
	case r.Until.IsZero():
		return "from " + r.From.String()
	case r.From.IsZero():
		return "until " + r.Until.String()
	}
	return r.From.String() + " to " + r.Until.String()
}

// comparison is the output of law compare.
type comparison struct {
	// On is the contract date compared.
	On calendar.Date `json:"on"`
	// Markets are the markets compared, in the order given.
	Markets []string `json:"markets"`
	// Rows are the rules, one per key, in law.Keys order: every key with
	// --all, else those whose values differ.
	Rows []comparisonRow `json:"rows"`
}

// comparisonRow is one rule across markets.
type comparisonRow struct {
	// Key is the rule key.
	Key string `json:"key"`
	// Differs is true when the markets' values are not all equal.
	Differs bool `json:"differs"`
	// Values are the markets' rules in force on On, in Markets order.
	Values []comparisonCell `json:"values"`
}

// comparisonCell is one market's rule.
type comparisonCell struct {
	Market     string `json:"market"`
	Value      string `json:"value"`
	Basis      string `json:"basis"`
	Confidence string `json:"confidence"`
}

// compareLaw builds the comparison of markets' rules in force on day.
func compareLaw(codes []string, day calendar.Date, all bool) comparison {
	out := comparison{On: day, Markets: codes, Rows: []comparisonRow{}}
	sts := make([]law.Statute, len(codes))
	for i, cc := range codes {
		sts[i], _ = law.For(cc)
	}
	for _, k := range law.Keys() {
		row := comparisonRow{Key: k}
		for i, st := range sts {
			cell := comparisonCell{Market: codes[i], Value: "-", Basis: "-", Confidence: "-"}
			var vals, bases, confs []string
			for _, r := range st.Rules {
				if r.Key != k || (!r.From.IsZero() && day.Before(r.From)) || (!r.Until.IsZero() && day.After(r.Until)) {
					continue
				}
				vals, bases, confs = append(vals, r.Value), append(bases, r.Basis), append(confs, string(r.Confidence))
			}
			if len(vals) > 0 {
				cell = comparisonCell{Market: codes[i], Value: strings.Join(vals, "; "), Basis: strings.Join(bases, "; "), Confidence: strings.Join(confs, "; ")}
			}
			row.Values = append(row.Values, cell)
			if i > 0 && cell.Value != row.Values[0].Value {
				row.Differs = true
			}
		}
		if row.Differs || all {
			out.Rows = append(out.Rows, row)
		}
	}
	return out
}

// printComparison prints a comparison as a table, [U] marking unconfirmed
// values and [P] partial ones.
func (cm *cmd) printComparison(w io.Writer, c comparison) {
	cm.say(w, "contracts of %s", c.On)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, cm.tr("rule"))
	for _, m := range c.Markets {
		fmt.Fprintf(tw, "\t%s", m)
	}
	fmt.Fprintln(tw)
	for _, r := range c.Rows {
		fmt.Fprint(tw, r.Key)
		for _, v := range r.Values {
			tag := ""
			switch {
			case strings.Contains(v.Confidence, string(law.Unconfirmed)):
				tag = " [U]"
			case strings.Contains(v.Confidence, string(law.Partial)):
				tag = " [P]"
			}
			fmt.Fprintf(tw, "\t%s%s", v.Value, tag)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if len(c.Rows) == 0 {
		cm.say(w, "no differences")
	}
}
