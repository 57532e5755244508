package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// runWarranty assesses a case file under a policy's warranty rules, or,
// with --listing, lists what a product listing must show on a date.
func runWarranty(e *env, args []string) int {
	const name = "warranty"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	caseFile := fs.String("case", "", "case file (JSON), or - for standard input")
	listing := fs.String("listing", "", "product category: print the listing duties instead of assessing a case")
	on := fs.String("on", "", "date of the listing, YYYY-MM-DD (with --listing)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	if *listing != "" {
		if *caseFile != "" {
			return fail(e, name, badf("give either --case or --listing, not both"))
		}
		d, err := date("on", *on)
		if err != nil {
			return fail(e, name, err)
		}
		duties, err := eng.Warranty().ListingDuties(*listing, d)
		if err != nil {
			if fe := (*field.Error)(nil); errors.As(err, &fe) && fe.Path == "category" {
				err = fe.Err // the category is the --listing flag
			}
			return fail(e, name, badf("--listing: %v", err))
		}
		if *asJSON {
			return writeJSON(e, struct {
				Policy string `json:"policy"`
				listingJSON
			}{p.Name, toListingJSON(duties, render)})
		}
		printListing(e.stdout, duties)
		printWhy(e.stdout, render(duties.Basis))
		return 0
	}
	if *on != "" {
		return fail(e, name, badf("--on goes with --listing"))
	}
	var data []byte
	if *caseFile == "-" {
		if data, err = readLimited("case", e.stdin); err != nil {
			return fail(e, name, err)
		}
	} else if data, err = readFile("case", *caseFile); err != nil {
		return fail(e, name, err)
	}
	c, err := warranty.DecodeCase(data)
	if err != nil {
		return fail(e, name, badf("%v", err))
	}
	a, err := eng.Warranty().Assess(c)
	if err != nil {
		return fail(e, name, badf("%v", err))
	}
	lines := render(a.Basis)
	if *asJSON {
		return writeJSON(e, toAssessmentJSON(p.Name, a, lines))
	}
	printAssessment(e.stdout, a)
	printWhy(e.stdout, lines)
	return 0
}

// dateJSON is a date or null.
func dateJSON(d calendar.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

type statusJSON struct {
	Applies bool    `json:"applies"`
	From    *string `json:"from"`
	Until   *string `json:"until"`
	Months  int     `json:"months,omitempty"`
}

type assessmentJSON struct {
	Policy     string `json:"policy"`
	Assessed   string `json:"assessed"`
	Regime     string `json:"regime"`
	Conformity struct {
		Applies         bool   `json:"applies"`
		Until           string `json:"until"`
		PresumedUntil   string `json:"presumed_until"`
		Burden          string `json:"burden"`
		Window          string `json:"window"`
		From            string `json:"from"`
		Renewed         bool   `json:"renewed"`
		ExtensionMonths int    `json:"extension_months"`
		SuspendedDays   int    `json:"suspended_days"`
	} `json:"conformity"`
	HiddenDefect statusJSON `json:"hidden_defect"`
	Commercial   statusJSON `json:"commercial"`
	Remedies     struct {
		RepairOrReplacement bool     `json:"repair_or_replacement"`
		Free                bool     `json:"free"`
		Requested           *string  `json:"requested"`
		Due                 *string  `json:"due"`
		Late                bool     `json:"late"`
		Grounds             []string `json:"grounds"`
		PriceReduction      bool     `json:"price_reduction"`
		Rescission          bool     `json:"rescission"`
		RefundDays          int      `json:"refund_days"`
		RefundFrom          *string  `json:"refund_from"`
		RefundDue           *string  `json:"refund_due"`
	} `json:"remedies"`
	Limitation struct {
		From     string `json:"from"`
		Until    string `json:"until"`
		LongStop string `json:"long_stop"`
		Barred   bool   `json:"barred"`
	} `json:"limitation"`
	Listing *listingJSON  `json:"listing,omitempty"`
	Explain []string      `json:"explain"`
	Basis   explain.Basis `json:"basis"`
}

type listingJSON struct {
	Category   string   `json:"category"`
	On         string   `json:"on"`
	SpareParts string   `json:"spare_parts"`
	Indices    []string `json:"indices"`
	Statements []string `json:"statements"`
	Explain    []string `json:"explain"`
}

func toListingJSON(d warranty.Duties, render func(explain.Basis) []string) listingJSON {
	out := listingJSON{Category: d.Category, On: d.On.String(), SpareParts: string(d.SpareParts),
		Indices: []string{}, Statements: d.Statements, Explain: render(d.Basis)}
	for _, k := range d.Indices {
		out.Indices = append(out.Indices, string(k))
	}
	if out.Statements == nil {
		out.Statements = []string{}
	}
	return out
}

func toAssessmentJSON(policy string, a warranty.Assessment, lines []string) assessmentJSON {
	var o assessmentJSON
	o.Policy, o.Assessed, o.Regime = policy, a.Assessed.String(), a.Regime
	k := a.Conformity
	o.Conformity.Applies, o.Conformity.Until, o.Conformity.PresumedUntil = k.Applies, k.Until.String(), k.PresumedUntil.String()
	o.Conformity.Burden, o.Conformity.Window, o.Conformity.From = string(k.Burden), string(k.Window), k.From.String()
	o.Conformity.Renewed, o.Conformity.ExtensionMonths, o.Conformity.SuspendedDays = k.Renewed, k.ExtensionMonths, k.SuspendedDays
	o.HiddenDefect = statusJSON{a.HiddenDefect.Applies, dateJSON(a.HiddenDefect.From), dateJSON(a.HiddenDefect.Until), 0}
	o.Commercial = statusJSON{a.Commercial.Applies, dateJSON(a.Commercial.From), dateJSON(a.Commercial.Until), a.Commercial.Months}
	r := a.Remedies
	o.Remedies.RepairOrReplacement, o.Remedies.Free = r.RepairOrReplacement, r.RepairOrReplacement
	o.Remedies.Requested, o.Remedies.Due, o.Remedies.Late = dateJSON(r.Requested), dateJSON(r.Due), r.Late
	o.Remedies.Grounds = []string{}
	for _, g := range r.Grounds {
		o.Remedies.Grounds = append(o.Remedies.Grounds, string(g))
	}
	o.Remedies.PriceReduction, o.Remedies.Rescission = r.PriceReduction, r.Rescission
	o.Remedies.RefundDays, o.Remedies.RefundFrom, o.Remedies.RefundDue = r.RefundDays, dateJSON(r.RefundFrom), dateJSON(r.RefundDue)
	l := a.Limitation
	o.Limitation.From, o.Limitation.Until, o.Limitation.LongStop, o.Limitation.Barred = l.From.String(), l.Until.String(), l.LongStop.String(), l.Barred
	if a.Listing != nil {
		lj := toListingJSON(*a.Listing, func(explain.Basis) []string { return nil })
		lj.Explain = nil // the listing steps are part of the main explanation
		o.Listing = &lj
	}
	o.Explain, o.Basis = lines, a.Basis
	if o.Explain == nil {
		o.Explain = []string{}
	}
	return o
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
	if k.Window == warranty.Action {
		what = "action by"
	}
	fmt.Fprintf(w, "conformity:    %s (%s %s); presumed until %s; burden on the %s\n", yesNo(k.Applies), what, k.Until, k.PresumedUntil, k.Burden)
	fmt.Fprintf(w, "hidden defect: %s (action by %s)\n", yesNo(a.HiddenDefect.Applies), a.HiddenDefect.Until)
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
		fmt.Fprintf(w, "remedies:      %s\n", strings.Join(parts, "; "))
	}
	barred := ""
	if a.Limitation.Barred {
		barred = ", time-barred"
	}
	fmt.Fprintf(w, "limitation:    court action by %s (long stop %s%s)\n", a.Limitation.Until, a.Limitation.LongStop, barred)
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

func printWhy(w io.Writer, lines []string) {
	fmt.Fprintln(w, "why:")
	for _, l := range lines {
		fmt.Fprintf(w, "- %s\n", l)
	}
}
