package law_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law"
)

var update = flag.Bool("update", false, "rewrite the generated section of README.md")

const (
	beginMarkets = "<!-- BEGIN GENERATED: go test ./law -run TestReadmeMarkets -update -->"
	endMarkets   = "<!-- END GENERATED -->"
)

// cell escapes a table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// conf is the tag of a confidence, as in LEGAL-EU.md.
func conf(c law.Confidence) string {
	switch c {
	case law.Confirmed:
		return "C"
	case law.Partial:
		return "P"
	}
	return "**U**"
}

// current returns the rows of key in force for contracts of the day
// before 2026-07-31 (the regime before Directive 2024/1799), joined.
func current(s law.Statute, key string) string {
	var out []string
	for _, r := range s.Rules {
		if r.Key != key || (!r.Until.IsZero() && r.Until.Before(cut)) || r.From.After(cut) {
			continue
		}
		out = append(out, r.Value+" ["+strings.Trim(conf(r.Confidence), "*")+"]")
	}
	return cell(strings.Join(out, "; "))
}

var cut = mustDate("2026-07-30")

// renderMarkets renders the overview and one table per market other than
// France (documented by hand above) from law.For.
func renderMarkets() string {
	var b strings.Builder
	b.WriteString(beginMarkets + "\n\n")
	b.WriteString("## Overview (contracts of 2026-07-30; [C] confirmed, [P] partial, [U] unconfirmed)\n\n")
	b.WriteString("| market | language | currency | period | presumption new / used | used goods | notice | limitation | late refund |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		fmt.Fprintf(&b, "| %s %s | %s | %s | %s | %s / %s | %s | %s | %s | %s |\n", m, s.Name, s.Language, s.Currency,
			current(s, "conformity.liability"), current(s, "conformity.presumption_new"), current(s, "conformity.presumption_used"),
			current(s, "conformity.used_shortening"), current(s, "conformity.notice"), current(s, "conformity.limitation"),
			current(s, "withdrawal.late_refund"))
	}
	b.WriteString("\nEvery market: withdrawal 14 days from receipt, +12 months when not informed, refund within 14 days deferred until the goods are back (Directive 2011/83/EU art. 9, 10, 13); from 2026-07-31, +12 months once after a repair (Directive (EU) 2024/1799, transposition unconfirmed).\n")
	for _, m := range law.Markets() {
		if m == "FR" {
			continue
		}
		s, _ := law.For(m)
		fmt.Fprintf(&b, "\n## %s (`law/%s`)\n\n", s.Name, strings.ToLower(m))
		fmt.Fprintf(&b, "Language `%s`, currency %s, calendar `%s`; periods: %s (%s, %s).  \n", s.Language, s.Currency, s.Calendar.Market,
			s.Periods.Kind, s.Periods.Basis, s.Periods.Confidence)
		fmt.Fprintf(&b, "Sources: %s.  \n", strings.Join(s.Sources, "; "))
		regs := make([]string, 0, len(s.Warranty.Conformity.Regimes))
		for _, g := range s.Warranty.Conformity.Regimes {
			from := "any date"
			if !g.From.IsZero() {
				from = "from " + g.From.String()
			}
			u := ""
			if len(g.Unconfirmed) > 0 {
				u = " (unconfirmed: " + strings.Join(g.Unconfirmed, ", ") + ")"
			}
			regs = append(regs, fmt.Sprintf("%s, contracts %s%s", g.Name, from, u))
		}
		fmt.Fprintf(&b, "Regimes: %s.  \n", strings.Join(regs, "; "))
		fmt.Fprintf(&b, "Unconfirmed outside the regimes: %s.\n\n", strings.Join(s.Unconfirmed, ", "))
		b.WriteString("| rule | value | basis | conf. | contracts | note |\n|---|---|---|---|---|---|\n")
		for _, r := range s.Rules {
			dates := ""
			switch {
			case !r.From.IsZero() && !r.Until.IsZero():
				dates = r.From.String() + " to " + r.Until.String()
			case !r.From.IsZero():
				dates = "from " + r.From.String()
			case !r.Until.IsZero():
				dates = "until " + r.Until.String()
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", r.Key, cell(r.Value), cell(r.Basis), conf(r.Confidence), dates, cell(r.Note))
		}
	}
	b.WriteString("\n" + endMarkets + "\n")
	return b.String()
}

// TestReadmeMarkets checks that README.md holds the tables rendered from
// the statutes; go test ./law -run TestReadmeMarkets -update rewrites them.
func TestReadmeMarkets(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	i, j := strings.Index(doc, beginMarkets), strings.Index(doc, endMarkets)
	want := renderMarkets()
	if i < 0 || j < i {
		if !*update {
			t.Fatal("README.md has no generated section; run with -update")
		}
		doc = strings.TrimRight(doc, "\n") + "\n\n" + want
	} else {
		got := doc[i : j+len(endMarkets)+1]
		if got == want {
			return
		}
		if !*update {
			t.Fatal("README.md's market tables differ from the statutes; run go test ./law -run TestReadmeMarkets -update")
		}
		doc = doc[:i] + want + doc[j+len(endMarkets)+1:]
	}
	if err := os.WriteFile("README.md", []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustDate(s string) calendar.Date { return calendar.MustParseDate(s) }
