package refund

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
)

// Rate is the French legal interest rate (taux de l'intérêt légal) for one
// half-year, in basis points (667 is 6.67 % a year). Two rates are fixed
// each half-year (C. monét. fin. L313-2, D313-1-A): one for claims of
// natural persons not acting for professional needs (consumers), one for
// all other cases.
type Rate struct {
	// From is the first day of the half-year (1 January or 1 July).
	From calendar.Date
	// Consumer is the rate for a creditor who is a consumer.
	Consumer int
	// Other is the rate for every other creditor (professionals).
	Other int
	// Source cites the text that fixed the rates.
	Source string
}

// LegalInterestRates returns the half-yearly legal interest rates known to
// this package, oldest first (C. monét. fin. L313-2, D313-1-A). The table must be extended
// each 1 January and 1 July; for a day after its last half-year the last
// rate is used and the quote says so.
func LegalInterestRates() []Rate {
	return []Rate{
		{From: calendar.MustDate(2024, 7, 1), Consumer: 816, Other: 492, Source: "legal interest rate H2 2024 (published rate, legifiscal.fr)"},
		{From: calendar.MustDate(2025, 1, 1), Consumer: 721, Other: 371, Source: "legal interest rate H1 2025 (published rate, legifiscal.fr)"},
		{From: calendar.MustDate(2025, 7, 1), Consumer: 665, Other: 276, Source: "legal interest rate H2 2025 (published rate, legifiscal.fr)"},
		{From: calendar.MustDate(2026, 1, 1), Consumer: 667, Other: 262, Source: "arrêté of 15 December 2025, H1 2026 (juriblio.fr)"},
	}
}

// rateOn returns the rate in force on day d for the buyer, and whether d
// is after the table's last half-year (the last rate is then used).
func rateOn(rates []Rate, d calendar.Date, buyer Buyer) (bp int, r Rate, stale bool, err error) {
	if d.Before(rates[0].From) {
		return 0, Rate{}, false, fmt.Errorf("no legal interest rate for %s (the table starts on %s)", d, rates[0].From)
	}
	i := len(rates) - 1
	for i > 0 && d.Before(rates[i].From) {
		i--
	}
	r = rates[i]
	stale = !d.Before(r.From.AddMonths(6))
	if buyer == Professional {
		return r.Other, r, stale, nil
	}
	return r.Consumer, r, stale, nil
}

// interestSpan is the part of an interest period that falls in one
// half-year: Days days at Rate basis points.
type interestSpan struct {
	Days int
	Rate int
	From calendar.Date
	R    Rate
}

// interestSpans splits the days first..last (inclusive) by half-year: at
// most one span per half-year of the table plus one, whatever the length
// of the period.
func interestSpans(rates []Rate, first, last calendar.Date, buyer Buyer) ([]interestSpan, bool, error) {
	var out []interestSpan
	stale := false
	for d := first; !d.After(last); {
		bp, r, st, err := rateOn(rates, d, buyer)
		if err != nil {
			return nil, false, err
		}
		stale = stale || st
		end := last
		if !st {
			next := r.From.AddMonths(6).AddDays(-1)
			if next.Before(end) {
				end = next
			}
		}
		out = append(out, interestSpan{Days: end.Sub(d) + 1, Rate: bp, From: d, R: r})
		if !end.Before(last) {
			break // end.AddDays(1) may be past 9999-12-31
		}
		d = end.AddDays(1)
	}
	return out, stale, nil
}
