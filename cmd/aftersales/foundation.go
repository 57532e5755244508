package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

func runPolicy(e *env, args []string) int {
	if len(args) == 0 {
		c := newCmd(e, "policy", false)
		return c.fail(badf("want a subcommand: show NAME, check FILE, floor --policy NAME|FILE or history FILE"))
	}
	switch args[0] {
	case "show":
		return runPolicyShow(e, args[1:])
	case "check":
		return runPolicyCheck(e, args[1:])
	case "floor":
		return runPolicyFloor(e, args[1:])
	case "history":
		return runPolicyHistory(e, args[1:])
	}
	return newCmd(e, "policy", false).fail(badf("unknown subcommand %q: want show, check, floor or history", args[0]))
}

// runPolicyShow prints a preset as a policy file (the policy JSON format,
// not the envelope: it is meant to be saved and edited).
func runPolicyShow(e *env, args []string) int {
	c := newCmd(e, "policy show", false)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return c.fail(badf("want one preset name (%s)", strings.Join(preset.Names(), ", ")))
	}
	name := args[0]
	if st, ok := c.startMarket(args[1:], nil); !ok {
		return st
	}
	p, err := preset.Get(name)
	if err != nil {
		return c.fail(err)
	}
	b, err := policy.Encode(p)
	if err != nil {
		return c.fail(err)
	}
	_, _ = e.stdout.Write(b)
	return 0
}

// runPolicyCheck validates a policy file; with --json it prints the
// envelope with valid, name and schema (valid false and error on a bad
// file, which still exits 2).
func runPolicyCheck(e *env, args []string) int {
	c := newCmd(e, "policy check", false)
	// The file comes first; flags may follow it.
	if len(args) < 1 || strings.HasPrefix(args[0], "-") {
		return c.fail(badf("want a policy file: policy check FILE [--json]"))
	}
	file := args[0]
	if st, ok := c.parse(args[1:]); !ok {
		return st
	}
	type result struct {
		Valid  bool   `json:"valid"`
		Name   string `json:"name,omitempty"`
		Schema int    `json:"schema,omitempty"`
		Error  string `json:"error,omitempty"`
	}
	p, err := preset.Load(file)
	if err != nil {
		msg := refusal(err, source{})
		if err := c.setLang(""); err != nil {
			return c.fail(err)
		}
		if *c.asJSON {
			if b, jerr := c.envelope(result{Error: msg}, nil, explain.Basis{}); jerr == nil {
				_, _ = e.stdout.Write(b)
			}
		}
		return c.fail(badf("%s: %s", file, msg))
	}
	if err := c.usePolicy("policy", file); err != nil {
		return c.fail(badf("%s: %s", file, refusal(err, source{})))
	}
	if err := c.setLang(c.eng.Calendar().Market()); err != nil {
		return c.fail(err)
	}
	return c.emit(result{Valid: true, Name: p.Name, Schema: p.Schema}, nil, explain.Basis{}, func(w io.Writer) {
		c.say(w, "%s: valid policy %s (schema %d)", file, strconv.Quote(p.Name), p.Schema)
	})
}

// marketFlags are --market and --region of the commands that take a
// market's calendar instead of a policy.
type marketFlags struct{ market, region *string }

// newCalendarCmd starts a command that takes --market and --region.
func newCalendarCmd(e *env, name string) (*cmd, marketFlags) {
	c := newCmd(e, name, false)
	return c, marketFlags{
		market: c.fs.String("market", "FR", "market, ISO 3166-1 code"),
		region: c.fs.String("region", "", "region: an ISO 3166-2 code (DE-BY, ES-CN, FR-57, PT-20, …) or an alias (alsace-moselle); an unknown one lists the market's regions"),
	}
}

// startCalendar parses args, fixes the language from --market and builds
// the market's calendar: the opening of the calendar commands.
func (c *cmd) startCalendar(args []string, mf marketFlags) (calendar.Calendar, int, bool) {
	if st, ok := c.startMarket(args, mf.market); !ok {
		return calendar.Calendar{}, st, false
	}
	cal, err := marketCalendar(*mf.market, *mf.region)
	if err != nil {
		return cal, c.fail(err), false
	}
	return cal, 0, true
}

func marketCalendar(market, region string) (calendar.Calendar, error) {
	c, err := calendar.ForMarket(market, region)
	if err != nil {
		return c, badf("%s", refusal(err, fromFlags("market", "market", "region", "region", "", "market")))
	}
	return c, nil
}

func runHolidays(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "holidays")
	year := c.intVar("year", calendar.FirstYear, calendar.LastYear, "year of the holiday data (required)")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	if !year.set {
		return c.fail(badf("--year: required: a year from %d to %d", calendar.FirstYear, calendar.LastYear))
	}
	hs := cal.Holidays(int(year.v))
	if hs == nil {
		hs = []calendar.Holiday{}
	}
	out := struct {
		Market   string             `json:"market"`
		Region   string             `json:"region,omitempty"`
		Year     int                `json:"year"`
		Holidays []calendar.Holiday `json:"holidays"`
		Sources  []string           `json:"sources,omitempty"`
	}{Market: cal.Market(), Region: cal.Region(), Year: int(year.v), Holidays: hs, Sources: cal.Sources()}
	return c.emit(out, nil, explain.Basis{}, func(w io.Writer) {
		width := 9 // the weekdays' column: the longest rendered weekday
		for _, x := range hs {
			width = max(width, utf8.RuneCountInString(c.enum("weekday", x.Date.Weekday())))
		}
		for _, x := range hs {
			from := ""
			if x.From != 0 {
				from = " " + c.tr("(from %s)", x.From.String())
			}
			day := c.enum("weekday", x.Date.Weekday())
			fmt.Fprintf(w, "%s  %s%s  %s%s  [%s]\n", x.Date, day, strings.Repeat(" ", width-utf8.RuneCountInString(day)), x.Name, from, x.Basis)
		}
	})
}

func runCalendar(e *env, args []string) int {
	if len(args) == 0 {
		return newCmd(e, "calendar", false).fail(badf("want a subcommand: add or period"))
	}
	switch args[0] {
	case "add":
		return runCalendarAdd(e, args[1:])
	case "period":
		return runCalendarPeriod(e, args[1:])
	}
	return newCmd(e, "calendar", false).fail(badf("unknown subcommand %q: want add or period", args[0]))
}

// maxWorkingDays bounds --working-days (about 40 years of working days).
const maxWorkingDays = 10000

func runCalendarAdd(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "calendar add")
	from := c.fs.String("from", "", "start instant, RFC 3339 (required)")
	hours := c.fs.String("hours", "", "business hours to add, a non-negative decimal number (e.g. 72 or 1.5)")
	days := c.intVar("working-days", 0, maxWorkingDays, "whole working days to add instead of hours")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	t, err := instant("from", *from)
	if err != nil {
		return c.fail(err)
	}
	var at time.Time
	var what, whatText string // what: the JSON value (English); whatText: the text's
	switch {
	case *hours != "" && days.set:
		return c.fail(badf("--hours: give --hours or --working-days, not both"))
	case *hours != "":
		d, err := parseHours(*hours)
		if err != nil {
			return c.fail(err)
		}
		what = *hours + " business hours"
		whatText = c.tr("%s business hours", *hours)
		at, err = cal.AddBusiness(t, d)
		if err != nil {
			return c.fail(badf("--from: %v", err))
		}
	case days.set:
		what = fmt.Sprintf("%d working days", days.v)
		whatText = c.tr("%d working days", days.v)
		at, err = cal.AddWorkingDays(t, int(days.v))
		if err != nil {
			return c.fail(badf("--from: %v", err))
		}
	default:
		return c.fail(badf("--hours: required (or --working-days)"))
	}
	loc := cal.Location()
	out := struct {
		Market string `json:"market"`
		From   string `json:"from"`
		Added  string `json:"added"`
		At     string `json:"at"`
	}{cal.Market(), c.rfc3339(t, loc), what, c.rfc3339(at, loc)}
	return c.emit(out, nil, explain.Basis{}, func(w io.Writer) {
		fmt.Fprintf(w, "%s + %s = %s (%s)\n", c.rfc3339(t, loc), whatText, c.rfc3339(at, loc), c.enum("weekday", at.Weekday()))
	})
}

// maxHours bounds --hours (a little over a century).
const maxHours = 1_000_000

// parseHours reads --hours: decimal digits with an optional fraction
// ("72", "1.5"), at most maxHours.
func parseHours(v string) (time.Duration, error) {
	whole, frac, _ := strings.Cut(v, ".")
	ok := whole != "" && len(whole) <= 7
	for _, r := range whole + frac {
		ok = ok && r >= '0' && r <= '9'
	}
	if !ok || (strings.Contains(v, ".") && frac == "") {
		return 0, badf("--hours: %q is not a non-negative decimal number of hours", v)
	}
	d, err := time.ParseDuration(v + "h")
	if err != nil || d > maxHours*time.Hour {
		return 0, badf("--hours: %q is outside 0 to %d", v, maxHours)
	}
	return d, nil
}

func runCalendarPeriod(e *env, args []string) int {
	c, mf := newCalendarCmd(e, "calendar period")
	event := c.fs.String("event", "", "day of the triggering event, YYYY-MM-DD (not counted)")
	days := c.intVar("days", 0, calendar.MaxDays, "period in days")
	months := c.intVar("months", 0, calendar.MaxMonths, "period in months")
	years := c.intVar("years", 0, calendar.MaxYears, "period in years")
	roll := c.fs.Bool("roll", false, "move a last day on a Saturday, Sunday or holiday to the next working day")
	cal, st, ok := c.startCalendar(args, mf)
	if !ok {
		return st
	}
	ev, err := date("event", *event)
	if err != nil {
		return c.fail(err)
	}
	var n int
	var unit calendar.Unit
	var flagName string
	set := 0
	for _, x := range []struct {
		f    *intFlag
		u    calendar.Unit
		flag string
	}{{days, calendar.Days, "days"}, {months, calendar.Months, "months"}, {years, calendar.Years, "years"}} {
		if x.f.set {
			n, unit, flagName = int(x.f.v), x.u, x.flag
			set++
		}
	}
	if set != 1 {
		return c.fail(badf("--days: give exactly one of --days, --months, --years"))
	}
	p, err := cal.Period(ev, n, unit, *roll)
	if err != nil {
		return c.failFrom(err, fromFlags("", flagName))
	}
	return c.emit(p, nil, p.Basis(), func(w io.Writer) {
		c.say(w, "%s + %d %s: last day %s (%s), closes %s", ev, n, c.enum("unit", unit), p.LastDay, c.enum("weekday", p.LastDay.Weekday()), c.when(p.Closes, cal.Location()))
		for _, s := range p.Skipped {
			c.say(w, "  moved over %s (%s)", s.Date, s.Name)
		}
	})
}
