package main

import (
	"fmt"
	"golang.org/x/text/language"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/refund"
)

func runWithdrawal(e *env, args []string) int {
	const name = "withdrawal"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a JSON file (required)")
	var delivered, excluded multi
	fs.Var(&delivered, "delivered", "day a parcel was received, YYYY-MM-DD (repeat for each parcel; required)")
	regular := fs.Bool("regular", false, "regular deliveries over a period: count from the first parcel instead of the last")
	buyer := fs.String("buyer", "consumer", "buyer: consumer or professional")
	notInformed := fs.Bool("not-informed", false, "the buyer was not told of the right of withdrawal (L221-20)")
	informedOn := fs.String("informed-on", "", "day the buyer was told of the right after the sale, YYYY-MM-DD (implies --not-informed)")
	fs.Var(&excluded, "excluded", "L221-28 exclusion of the goods (repeatable): "+exclusionNames())
	on := fs.String("on", "", "also say whether the buyer may withdraw on this day, YYYY-MM-DD")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	cal := eng.Calendar()
	if len(delivered) == 0 {
		return fail(e, name, badf("--delivered is required (YYYY-MM-DD; repeat for each parcel)"))
	}
	rc := refund.Receipt{Regular: *regular, NotInformed: *notInformed}
	for _, v := range delivered {
		dd, err := date("delivered", v)
		if err != nil {
			return fail(e, name, err)
		}
		rc.Delivered = append(rc.Delivered, dd)
	}
	if rc.Buyer, err = refund.ParseBuyer(*buyer); err != nil {
		return fail(e, name, badf("--buyer: %v", err))
	}
	if *informedOn != "" {
		if rc.InformedOn, err = date("informed-on", *informedOn); err != nil {
			return fail(e, name, err)
		}
	}
	for _, v := range excluded {
		x, err := refund.ParseExclusion(v)
		if err != nil {
			return fail(e, name, badf("--excluded: %v", err))
		}
		rc.Exclusions = append(rc.Exclusions, x)
	}
	var onDay calendar.Date
	if *on != "" {
		if onDay, err = date("on", *on); err != nil {
			return fail(e, name, err)
		}
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	w, err := eng.Refund().Window(rc)
	if err != nil {
		return fail(e, name, badf("--delivered: %v", err))
	}
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	lines := render(w.Basis)
	loc := cal.Location()
	if *asJSON {
		out := map[string]any{
			"policy":          p.Name,
			"applies":         w.Applies,
			"buyer":           string(rc.Buyer),
			"counted_from":    w.From.String(),
			"normal_last_day": w.Normal.String(),
			"last_day":        w.LastDay.String(),
			"closes":          rfc3339(w.Closes, loc),
			"extended":        w.Extended,
			"excluded":        nonNil(w.Excluded),
			"explain":         lines,
			"basis":           w.Basis,
		}
		if !onDay.IsZero() {
			out["on"] = onDay.String()
			out["open"] = w.OpenOn(onDay)
		}
		return writeJSON(e, out)
	}
	if w.Applies {
		fmt.Fprintf(e.stdout, "withdrawal open until %s (%s), closes %s\n", w.LastDay, w.LastDay.Weekday(), rfc3339(w.Closes, loc))
	} else {
		fmt.Fprintf(e.stdout, "no right of withdrawal (the period would end on %s)\n", w.LastDay)
	}
	if !onDay.IsZero() {
		fmt.Fprintf(e.stdout, "on %s: open=%v\n", onDay, w.OpenOn(onDay))
	}
	for _, l := range lines {
		fmt.Fprintf(e.stdout, "- %s\n", l)
	}
	return 0
}

func nonNil(x []refund.Exclusion) []refund.Exclusion {
	if x == nil {
		return []refund.Exclusion{}
	}
	return x
}

func exclusionNames() string {
	var s []string
	for _, x := range refund.Exclusions() {
		s = append(s, string(x))
	}
	return strings.Join(s, ", ")
}

func runQuote(e *env, args []string) int {
	const name = "quote"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a JSON file (required)")
	casePath := fs.String("case", "", "case file, JSON (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	data, err := readFile("case", *casePath)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	var c refund.Case
	if err := c.UnmarshalJSON(data); err != nil {
		return fail(e, name, strictjson.At("case", err))
	}
	q, err := eng.Refund().Quote(c)
	if err != nil {
		return fail(e, name, strictjson.At("case", err))
	}
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	if *asJSON {
		type comp struct {
			Kind    string   `json:"kind"`
			Amount  string   `json:"amount"`
			Explain []string `json:"explain"`
		}
		comps := make([]comp, 0, len(q.Components))
		for _, x := range q.Components {
			comps = append(comps, comp{string(x.Kind), x.Amount.Number(), render(x.Basis)})
		}
		out := map[string]any{
			"policy":     p.Name,
			"reason":     string(q.Reason),
			"eligible":   q.Eligible,
			"currency":   q.Currency.Code(),
			"total":      q.Total.Number(),
			"paid":       q.Paid.Number(),
			"due":        q.Due.String(),
			"deferred":   q.Deferred,
			"days_late":  q.DaysLate,
			"late_band":  q.Band.String(),
			"components": comps,
			"explain":    render(q.Basis),
			"basis":      q.Basis,
		}
		return writeJSON(e, out)
	}
	fmt.Fprintf(e.stdout, "refund %s (%s), due %s\n", q.Total.Format(tag), q.Reason, q.Due)
	for _, x := range q.Components {
		fmt.Fprintf(e.stdout, "  %-18s %s\n", x.Kind, x.Amount.Format(tag))
	}
	for _, l := range render(q.Basis) {
		fmt.Fprintf(e.stdout, "- %s\n", l)
	}
	return 0
}
