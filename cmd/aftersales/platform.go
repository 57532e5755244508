package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/platform/recall"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/history"
	"github.com/aftersales/aftersales/policy/preset"
)

// maxDueSoonHours bounds --due-soon-hours.
const maxDueSoonHours = 24 * 366

// runOrderDue: aftersales order-due --market FR --kind order|notice|dsa-order
// --received T [--at T] [--acted T] [--due-soon-hours N].
func runOrderDue(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "order-due")
	c.platform = true
	kind := c.fs.String("kind", "", "order (GPSR art. 22(4), 2 working days), notice (GPSR art. 22 notices, 3 working days) or dsa-order (DSA art. 9, without undue delay) (required)")
	received := c.fs.String("received", "", "when the order reached the platform's point of contact, RFC 3339 (required)")
	atV := c.fs.String("at", "", "evaluate the order's state at this instant, RFC 3339")
	acted := c.fs.String("acted", "", "when the platform acted on it, RFC 3339")
	soon := c.intVar("due-soon-hours", 0, maxDueSoonHours, "hours before the limit an open order is due soon (default 24)")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	if *kind == "" {
		return c.fail(badf("--kind: required (order, notice or dsa-order)"))
	}
	t, err := instant("received", *received)
	if err != nil {
		return c.fail(err)
	}
	o := platform.Order{Kind: platform.OrderKind(*kind), Received: t}
	if *acted != "" {
		if o.Acted, err = instant("acted", *acted); err != nil {
			return c.fail(err)
		}
	}
	src := fromFlags("kind", "kind", "received", "received", "acted", "acted", "at", "at", "due_soon", "due-soon-hours")
	var res platform.OrderStatus
	if *atV != "" {
		at, err := instant("at", *atV)
		if err != nil {
			return c.fail(err)
		}
		margin := 24 * time.Hour
		if soon.set {
			margin = time.Duration(soon.v) * time.Hour
		}
		res, err = platform.OrderAt(cal, o, at, margin)
		if err != nil {
			return c.failFrom(err, src)
		}
	} else {
		if *acted != "" {
			return c.fail(badf("--acted: needs --at (the instant the state is read at)"))
		}
		res, err = platform.OrderDue(cal, o)
		if err != nil {
			return c.failFrom(err, src)
		}
	}
	loc := cal.Location()
	return c.emit(res, nil, res.Basis, func(w io.Writer) {
		if res.Due.IsZero() {
			c.say(w, "%s received %s: act without undue delay (no outer limit in days)", c.enum("order", res.Kind), c.when(res.Received, loc))
		} else {
			c.say(w, "%s received %s: due %s (end of %s %s, %d working days)", c.enum("order", res.Kind), c.when(res.Received, loc), c.when(res.Due, loc), c.enum("weekday", res.LastDay.Weekday()), res.LastDay, res.WorkingDays)
		}
		if res.State != "" {
			c.say(w, "state at %s: %s", c.when(res.At, loc), c.enum("state", res.State))
		}
		c.printUnconfirmed(w, res.Unconfirmed)
		c.printWhy(w, c.lines(res.Basis))
	})
}

func (c *cmd) printUnconfirmed(w io.Writer, cs []platform.Caveat) {
	if len(cs) == 0 {
		return
	}
	c.say(w, "unconfirmed:")
	for _, x := range cs {
		fmt.Fprintf(w, "- [%s] %s: %s\n", x.Confidence, x.Fact, x.Text)
	}
}

// runSanction: aftersales sanction --case FILE [--market FR].
func runSanction(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "sanction")
	c.platform = true
	file := c.fs.String("case", "", "the sanction decision, a JSON file (- for standard input; see package platform) (required)")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	s, err := readDecoded(c, "case", *file, platform.DecodeSanction)
	if err != nil {
		return c.fail(err)
	}
	p, err := platform.SanctionProcedure(cal, s)
	if err != nil {
		return c.failFrom(err, fromFile("case"))
	}
	loc := cal.Location()
	return c.emit(p, nil, p.Basis, func(w io.Writer) {
		if p.Defective {
			c.say(w, "%s effective %s: procedurally defective", c.enum("sanction", p.Kind), c.when(p.Effective, loc))
		} else {
			c.say(w, "%s effective %s: procedure followed", c.enum("sanction", p.Kind), c.when(p.Effective, loc))
		}
		for _, d := range p.Defects {
			fmt.Fprintf(w, "- %s: %s\n", d.Article, d.Text)
		}
		switch {
		case p.ReasonsUndueDelay:
			c.say(w, "statement of reasons: without undue delay")
		case !p.ReasonsBy.IsZero():
			c.say(w, "statement of reasons by: %s", c.when(p.ReasonsBy, loc))
		}
		if !p.EarliestEffective.IsZero() {
			c.say(w, "earliest effective: %s", c.when(p.EarliestEffective, loc))
		}
		if !p.ComplaintUntil.IsZero() {
			c.say(w, "seller may complain until: %s", p.ComplaintUntil)
		}
		c.say(w, "statement must contain:")
		for _, x := range p.Statement {
			v := x.Value
			if v == "" {
				v = c.tr("(missing)")
			}
			fmt.Fprintf(w, "- %s: %s (%s)\n", x.Item, v, x.Article)
		}
		c.printUnconfirmed(w, p.Unconfirmed)
		c.printWhy(w, c.lines(p.Basis))
	})
}

// runInform: aftersales inform --case FILE [--market FR].
func runInform(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "inform")
	c.platform = true
	file := c.fs.String("case", "", "the product's sales and the awareness instant, a JSON file (- for standard input; see package platform) (required)")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	ic, err := readDecoded(c, "case", *file, platform.DecodeInformCase)
	if err != nil {
		return c.fail(err)
	}
	in, err := platform.Inform(cal, ic.Reason, ic.AwareAt, ic.Sales)
	if err != nil {
		return c.failFrom(err, fromFile("case"))
	}
	loc := cal.Location()
	return c.emit(in, nil, in.Basis, func(w io.Writer) {
		if !in.LookbackFrom.IsZero() {
			c.say(w, "%s product, aware %s: purchases from %s", c.enum("product", in.Reason), c.when(in.AwareAt, loc), c.when(in.LookbackFrom, loc))
		} else {
			c.say(w, "%s product, aware %s: every identifiable buyer", c.enum("product", in.Reason), c.when(in.AwareAt, loc))
		}
		for _, s := range in.Inform {
			c.say(w, "- inform %s (buyer %s, sold %s)", s.ID, s.Buyer, c.when(s.SoldAt, loc))
		}
		for _, s := range in.NoContact {
			c.say(w, "- no contact details: %s (sold %s)", s.ID, c.when(s.SoldAt, loc))
		}
		c.say(w, "outside the period: %d; public notice needed: %s", in.Outside, c.yesNo(in.PublicNotice))
		for _, f := range in.Findings {
			fmt.Fprintf(w, "- %s: %s (%s)\n", f.Article, f.Text, f.Field)
		}
		c.printUnconfirmed(w, in.Unconfirmed)
		c.printWhy(w, c.lines(in.Basis))
	})
}

// MaxRecallsBytes bounds the --recalls file (the full RappelConso export
// is tens of megabytes).
const MaxRecallsBytes = 512 << 20

// runRecalls: aftersales recalls --recalls FILE --listings FILE.jsonl.
func runRecalls(e *env, args []string) int {
	c := newCmd(e, "recalls", false)
	c.platform = true
	recalls := c.fs.String("recalls", "", "the RappelConso export you downloaded: CSV (';') or JSON, at most 512 MiB (required)")
	listings := c.fs.String("listings", "", "listings to screen, JSON lines {id, gtin, brand, model, lot} (- for standard input) (required)")
	if st, ok := c.startMarket(args, nil); !ok {
		return st
	}
	served := c.e.recalls
	switch {
	case served != nil && *recalls != "":
		return c.fail(badf("--recalls: this server screens against the dataset it was started with (serve --recalls)"))
	case served == nil && c.e.noFiles:
		return c.fail(badf("--recalls: this server holds no recall dataset (start it with serve --recalls FILE)"))
	case served == nil && *recalls == "":
		return c.fail(badf("--recalls: required (the RappelConso export, CSV or JSON; the library never downloads it)"))
	}
	if *listings == "" {
		return c.fail(badf("--listings: required (JSON lines)"))
	}
	if served == nil {
		var err error
		if served, err = loadRecalls(*recalls); err != nil {
			return c.fail(err)
		}
	}
	ds, ix := served.ds, served.ix
	var in io.Reader
	if *listings == "-" {
		in = c.e.stdin
	} else {
		lf, err := os.Open(*listings)
		if err != nil {
			return c.fail(badf("--listings: %v", err))
		}
		defer lf.Close()
		in = lf
	}
	findings := []recall.Finding{}
	n := 0
	probs, err := recall.DecodeListings(in, func(line int, l recall.Listing) error {
		n++
		k := len(findings)
		findings = ix.Screen(findings, l)
		for i := k; i < len(findings); i++ {
			findings[i].Line = line
		}
		return nil
	})
	if err != nil {
		return c.fail(badf("--listings: %v", err))
	}
	basis := recall.SourceBasis(ix.Len())
	for _, f := range findings {
		basis = basis.Add(ix.Basis(f).Steps...)
	}
	out := struct {
		Recalls         int                     `json:"recalls"`
		Listings        int                     `json:"listings"`
		Findings        []recall.Finding        `json:"findings"`
		RecallProblems  []recall.Problem        `json:"recall_problems"`
		ListingProblems []recall.ListingProblem `json:"listing_problems"`
		Basis           explain.Basis           `json:"basis"`
	}{ix.Len(), n, findings, ds.Problems, probs, basis}
	return c.emit(out, nil, basis, func(w io.Writer) {
		c.say(w, "%d listings screened against %d recalls: %d findings", n, ix.Len(), len(findings))
		for _, f := range findings {
			lot := ""
			if f.LotUnknown {
				lot = c.tr(", lot not given: check it")
			}
			c.say(w, "- %s (line %d): RappelConso %s v%d by %s, risk %s, published %s%s", f.Listing, f.Line, f.Sheet, f.Version, f.By, strconv.Quote(f.Risk), f.Published, lot)
		}
		if len(ds.Problems) > 0 {
			c.say(w, "recall file problems:")
			for _, p := range ds.Problems {
				c.say(w, "- row %d%s: %s%s", p.Row, fieldSuffix(p.Field), p.Error, c.skipped(p.Skipped))
			}
		}
		if len(probs) > 0 {
			c.say(w, "listing problems:")
			for _, p := range probs {
				c.say(w, "- line %d%s: %s%s", p.Line, fieldSuffix(p.Field), p.Error, c.skipped(p.Skipped))
			}
		}
		c.printWhy(w, c.lines(recall.SourceBasis(ix.Len())))
	})
}

func fieldSuffix(f string) string {
	if f == "" {
		return ""
	}
	return " " + f
}

func (c *cmd) skipped(s bool) string {
	if s {
		return c.tr(" (skipped)")
	}
	return ""
}

// runPolicyHistory: aftersales policy history FILE [--at T] [--cases FILE].
func runPolicyHistory(e *env, args []string) int {
	c := newCmd(e, "policy history", false)
	c.platform = true
	if len(args) < 1 || strings.HasPrefix(args[0], "-") {
		return c.fail(badf("want a history file: policy history FILE [--at RFC3339] [--cases FILE.jsonl] [--json]"))
	}
	file := args[0]
	atV := c.fs.String("at", "", "also name the version in force at this instant, RFC 3339")
	cases := c.fs.String("cases", "", "recorded cases (JSON lines, see aftersales replay) to run each under the version in force at its instant")
	if st, ok := c.startMarket(args[1:], nil); !ok {
		return st
	}
	data, err := c.readFile("history", file)
	if err != nil {
		return c.fail(badf("%s: %s", file, strings.TrimPrefix(err.Error(), "--history: ")))
	}
	h, err := decodeHistory(file, data)
	if err != nil {
		return c.fail(err)
	}
	r, err := h.Check()
	if err != nil {
		return c.fail(badf("%s: %s", file, refusal(err, source{})))
	}
	var extra []member
	basis := r.Basis
	var inForce *history.InForce
	if *atV != "" {
		t, err := instant("at", *atV)
		if err != nil {
			return c.fail(err)
		}
		v, err := h.At(t)
		if err != nil {
			return c.fail(badf("--at: %v", err))
		}
		inForce = &v
		basis = basis.Add(history.AsOfStep(v, t))
		extra = append(extra, jsonMember("at", v))
	}
	var results []history.CaseResult
	if *cases != "" {
		cf, err := os.Open(*cases)
		if err != nil {
			return c.fail(badf("--cases: %v", err))
		}
		defer cf.Close()
		if results, err = h.RunCases(cf); err != nil {
			return c.fail(badf("--cases: %v", err))
		}
		extra = append(extra, jsonMember("cases", results))
	}
	return c.emit(r, extra, basis, func(w io.Writer) {
		for _, v := range r.Versions {
			c.say(w, "version %s (%s, %s) effective %s", v.ID, v.Name, v.Version, v.EffectiveAt.Format(time.RFC3339))
		}
		for _, ch := range r.Changes {
			n := ch.Notice
			if n == nil {
				c.say(w, "change %s → %s: before the P2B Regulation applied, no notice to check; clauses changed: %d", ch.From, ch.To, len(ch.Clauses))
				continue
			}
			verdict := c.tr("lawful notice")
			switch {
			case n.Void:
				verdict = c.tr("VOID (P2B art. 3(3))")
			case n.TooEarly:
				verdict = c.tr("too early under the platform's own notice")
			}
			c.say(w, "change %s → %s: %s; may take effect from %s (law: %s)", ch.From, ch.To, verdict, n.Earliest.Format(time.RFC3339), n.LegalEarliest.Format(time.RFC3339))
			for _, f := range n.Findings {
				fmt.Fprintf(w, "- %s: %s\n", f.Article, f.Text)
			}
			c.say(w, "  clauses changed (%d):", len(ch.Clauses))
			for _, x := range ch.Clauses {
				fmt.Fprintf(w, "  - %s\n", x)
			}
			c.printUnconfirmed(w, n.Unconfirmed)
		}
		if inForce != nil {
			c.say(w, "in force at %s: %s (%s)", *atV, inForce.ID, inForce.Version)
		}
		for _, x := range results {
			if x.Error != "" {
				c.say(w, "case %s (line %d): %s", x.ID, x.Line, x.Error)
				continue
			}
			c.say(w, "case %s (line %d) at %s: version %s → %s", x.ID, x.Line, x.At.Format(time.RFC3339), x.Version, x.Outcome.Decision)
		}
		c.printWhy(w, c.lines(basis))
	})
}

// decodeHistory decodes a policy history file; its versions name presets
// or policy files relative to the history file.
func decodeHistory(file string, data []byte) (history.History, error) {
	dir := filepath.Dir(file)
	h, err := history.Decode(data, func(ref string) (policy.Policy, error) {
		if preset.Is(ref) {
			return preset.Get(ref)
		}
		if !filepath.IsAbs(ref) {
			ref = filepath.Join(dir, ref)
		}
		return preset.Load(ref)
	})
	if err != nil {
		return history.History{}, badf("%s: %s", file, refusal(err, source{}))
	}
	return h, nil
}

// servedRecalls is a decoded recall dataset and its index, built once
// (per run, or per server).
type servedRecalls struct {
	ds recall.Dataset
	ix recall.Index
}

// loadRecalls reads, decodes and indexes a recall export file.
func loadRecalls(path string) (*servedRecalls, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badf("--recalls: %v", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxRecallsBytes {
		return nil, badf("--recalls: larger than the limit of %s", sizeName(MaxRecallsBytes))
	}
	ds, err := recall.Decode(io.LimitReader(f, MaxRecallsBytes))
	if err != nil {
		return nil, badf("%s", refusal(err, fromFile("recalls")))
	}
	ix, err := recall.NewIndex(ds.Recalls)
	if err != nil {
		return nil, badf("%s", refusal(err, fromFile("recalls")))
	}
	return &servedRecalls{ds: ds, ix: ix}, nil
}
