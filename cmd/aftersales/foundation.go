package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

func runPolicy(e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "policy", badf("want a subcommand: show NAME, check FILE or floor --policy NAME|FILE"))
	}
	switch args[0] {
	case "show":
		if len(args) != 2 {
			return fail(e, "policy show", badf("want one preset name (%s)", strings.Join(presetNames(), ", ")))
		}
		p, err := preset.Get(args[1])
		if err != nil {
			return fail(e, "policy show", badf("%v", err))
		}
		b, err := policy.Encode(p)
		if err != nil {
			return fail(e, "policy show", err)
		}
		_, _ = e.stdout.Write(b)
		return 0
	case "check":
		fs := flags(e, "policy check")
		asJSON := fs.Bool("json", false, "print JSON")
		// The file comes first; flags may follow it.
		if len(args) < 2 || strings.HasPrefix(args[1], "-") {
			return fail(e, "policy check", badf("want a policy file: policy check FILE [--json]"))
		}
		file := args[1]
		if done, st := parse(e, "policy check", fs, args[2:]); done {
			return st
		}
		p, err := preset.Load(file)
		if err != nil {
			err = badf("%v", err)
			if *asJSON {
				writeJSON(e, map[string]any{"valid": false, "error": err.Error()})
			}
			return fail(e, "policy check", err)
		}
		if *asJSON {
			return writeJSON(e, map[string]any{"valid": true, "name": p.Name})
		}
		fmt.Fprintf(e.stdout, "%s: valid policy %q (schema %d)\n", file, p.Name, p.Schema)
		return 0
	case "floor":
		return runPolicyFloor(e, args[1:])
	}
	return fail(e, "policy", badf("unknown subcommand %q: want show, check or floor", args[0]))
}

func marketCalendar(e *env, name string, market, region string) (calendar.Calendar, error) {
	c, err := calendar.ForMarket(market, region)
	if err != nil {
		msg := err.Error()
		flag := "--market"
		if strings.HasPrefix(msg, "region") {
			flag = "--region"
			msg = strings.TrimPrefix(msg, "region: ")
		} else {
			msg = strings.TrimPrefix(msg, "market: ")
		}
		return c, badf("%s: %s", flag, msg)
	}
	return c, nil
}

func runHolidays(e *env, args []string) int {
	const name = "holidays"
	fs := flags(e, name)
	market := fs.String("market", "FR", "market, ISO 3166-1 code")
	region := fs.String("region", "", "region: an ISO 3166-2 code (DE-BY, ES-CN, FR-57, PT-20, …) or an alias (alsace-moselle); an unknown one lists the market's regions")
	year := intFlag(fs, "year", 0, 1, 9999, "year of the holiday data (required)")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	if *year < calendar.FirstYear || *year > calendar.LastYear {
		return fail(e, name, badf("--year: %d is outside the years of the holiday data (%d to %d)", *year, calendar.FirstYear, calendar.LastYear))
	}
	c, err := marketCalendar(e, name, *market, *region)
	if err != nil {
		return fail(e, name, err)
	}
	hs := c.Holidays(*year)
	if hs == nil {
		hs = []calendar.Holiday{}
	}
	if *asJSON {
		out := struct {
			Market   string             `json:"market"`
			Region   string             `json:"region,omitempty"`
			Year     int                `json:"year"`
			Holidays []calendar.Holiday `json:"holidays"`
			Sources  []string           `json:"sources,omitempty"`
		}{Market: c.Market(), Region: c.Region(), Year: *year, Holidays: hs, Sources: c.Sources()}
		return writeJSON(e, out)
	}
	for _, x := range hs {
		from := ""
		if x.From != 0 {
			from = " (from " + x.From.String() + ")"
		}
		fmt.Fprintf(e.stdout, "%s  %-9s  %s%s  [%s]\n", x.Date, x.Date.Weekday(), x.Name, from, x.Basis)
	}
	return 0
}

func runCalendar(e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "calendar", badf("want a subcommand: add or period"))
	}
	switch args[0] {
	case "add":
		return runCalendarAdd(e, args[1:])
	case "period":
		return runCalendarPeriod(e, args[1:])
	}
	return fail(e, "calendar", badf("unknown subcommand %q: want add or period", args[0]))
}

func runCalendarAdd(e *env, args []string) int {
	const name = "calendar add"
	fs := flags(e, name)
	market := fs.String("market", "FR", "market, ISO 3166-1 code")
	region := fs.String("region", "", "region")
	from := fs.String("from", "", "start instant, RFC 3339 (required)")
	hours := fs.String("hours", "", "business hours to add (e.g. 72 or 1.5)")
	days := intFlag(fs, "working-days", -1, 0, calendar.MaxDelayDays, "whole working days to add instead of hours")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	c, err := marketCalendar(e, name, *market, *region)
	if err != nil {
		return fail(e, name, err)
	}
	t, err := instant("from", *from)
	if err != nil {
		return fail(e, name, err)
	}
	var at time.Time
	var what string
	switch {
	case *hours != "" && *days >= 0:
		return fail(e, name, badf("give --hours or --working-days, not both"))
	case *hours != "":
		d, err := time.ParseDuration(*hours + "h")
		if err != nil || d < 0 || strings.ContainsAny(*hours, "hmsµn+-") {
			return fail(e, name, badf("--hours: %q is not a non-negative number of hours", *hours))
		}
		what = *hours + " business hours"
		at, err = c.AddBusiness(t, d)
		if err != nil {
			return fail(e, name, badf("--from: %v", err))
		}
	case *days >= 0:
		what = fmt.Sprintf("%d working days", *days)
		at, err = c.AddWorkingDays(t, *days)
		if err != nil {
			return fail(e, name, badf("--from: %v", err))
		}
	default:
		return fail(e, name, badf("--hours is required (or --working-days)"))
	}
	loc := c.Location()
	if *asJSON {
		return writeJSON(e, map[string]any{
			"market": c.Market(), "from": rfc3339(t, loc), "added": what, "at": rfc3339(at, loc),
		})
	}
	fmt.Fprintf(e.stdout, "%s + %s = %s (%s)\n", rfc3339(t, loc), what, rfc3339(at, loc), at.Weekday())
	return 0
}

func runCalendarPeriod(e *env, args []string) int {
	const name = "calendar period"
	fs := flags(e, name)
	market := fs.String("market", "FR", "market, ISO 3166-1 code")
	region := fs.String("region", "", "region")
	event := fs.String("event", "", "day of the triggering event, YYYY-MM-DD (not counted)")
	days := intFlag(fs, "days", -1, 0, calendar.MaxDays, "period in days")
	months := intFlag(fs, "months", -1, 0, calendar.MaxMonths, "period in months")
	years := intFlag(fs, "years", -1, 0, calendar.MaxYears, "period in years")
	roll := fs.Bool("roll", false, "move a last day on a Saturday, Sunday or holiday to the next working day")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	c, err := marketCalendar(e, name, *market, *region)
	if err != nil {
		return fail(e, name, err)
	}
	ev, err := date("event", *event)
	if err != nil {
		return fail(e, name, err)
	}
	var n int
	var unit calendar.Unit
	set := 0
	for _, x := range []struct {
		v    int
		u    calendar.Unit
		flag string
	}{{*days, calendar.Days, "days"}, {*months, calendar.Months, "months"}, {*years, calendar.Years, "years"}} {
		if x.v < -1 {
			return fail(e, name, badf("--%s: must not be negative", x.flag))
		}
		if x.v >= 0 {
			n, unit = x.v, x.u
			set++
		}
	}
	if set != 1 {
		return fail(e, name, badf("give exactly one of --days, --months, --years"))
	}
	p, err := c.Period(ev, n, unit, *roll)
	if err != nil {
		return fail(e, name, badf("%v", err))
	}
	if *asJSON {
		type skip struct {
			Date   string `json:"date"`
			Reason string `json:"reason"`
		}
		out := struct {
			Event   string `json:"event"`
			Length  string `json:"length"`
			Nominal string `json:"nominal_last_day"`
			LastDay string `json:"last_day"`
			Closes  string `json:"closes"`
			Rolled  bool   `json:"rolled"`
			Skipped []skip `json:"skipped"`
			Basis   string `json:"basis"`
		}{ev.String(), fmt.Sprintf("%d %s", n, unit), p.Nominal.String(), p.LastDay.String(), rfc3339(p.Closes, c.Location()), p.Rolled(), []skip{}, "Regulation (EEC, Euratom) 1182/71 art. 3"}
		for _, s := range p.Skipped {
			out.Skipped = append(out.Skipped, skip{s.Date.String(), s.Name})
		}
		return writeJSON(e, out)
	}
	fmt.Fprintf(e.stdout, "%s + %d %s: last day %s (%s), closes %s\n", ev, n, unit, p.LastDay, p.LastDay.Weekday(), rfc3339(p.Closes, c.Location()))
	for _, s := range p.Skipped {
		fmt.Fprintf(e.stdout, "  moved over %s (%s)\n", s.Date, s.Name)
	}
	return 0
}
