package refund

import (
	"encoding/json"
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Rate is the French legal interest rate (taux de l'intérêt légal) for one
// half-year, in basis points (667 is 6.67 % a year). Two rates are fixed
// each half-year (C. monét. fin. L313-2, D313-1-A): one for claims of
// natural persons not acting for professional needs (consumers), one for
// all other cases.
//
// Its JSON form (in a policy's refund.interest_rates) is the object
// {"from": "2026-07-01", "consumer": 700, "other": 300, "source": "…"}.
type Rate struct {
	// From is the first day of the half-year (1 January or 1 July).
	From calendar.Date `json:"from"`
	// Consumer is the rate for a creditor who is a consumer.
	Consumer int `json:"consumer"`
	// Other is the rate for every other creditor (professionals).
	Other int `json:"other"`
	// Source cites the text that fixed the rates.
	Source string `json:"source"`
}

// MaxPolicyRates is how many half-years a policy may add to the legal
// interest table (Rules.InterestRates): four years.
const MaxPolicyRates = 8

// RateTable is the legal interest rates a policy adds after the built-in
// table (LegalInterestRates), oldest first, with the rules of
// WithInterestRates. It is a fixed-size array so that Rules stays
// comparable plain data; the zero RateTable adds nothing. Its JSON form is
// a list of at most MaxPolicyRates Rate objects.
type RateTable [MaxPolicyRates]Rate

// IsZero reports whether t adds no rate.
func (t RateTable) IsZero() bool { return t == RateTable{} }

// Rates returns the rates of t, up to its first zero entry.
func (t RateTable) Rates() []Rate {
	n := 0
	for n < len(t) && t[n] != (Rate{}) {
		n++
	}
	return append([]Rate(nil), t[:n]...)
}

// MarshalJSON writes the list of rates.
func (t RateTable) MarshalJSON() ([]byte, error) {
	r := t.Rates()
	if r == nil {
		r = []Rate{}
	}
	return json.Marshal(r)
}

// UnmarshalJSON reads a list of at most MaxPolicyRates rates, strictly.
func (t *RateTable) UnmarshalJSON(b []byte) error {
	var r []Rate
	if err := strictjson.Decode(b, &r); err != nil {
		return err
	}
	if len(r) > MaxPolicyRates {
		return fmt.Errorf("%d rates is too many (at most %d half-years)", len(r), MaxPolicyRates)
	}
	var v RateTable
	for i, x := range r {
		if x == (Rate{}) {
			return strictjson.Errorf(strictjson.Index("", i), "an empty rate")
		}
		v[i] = x
	}
	*t = v
	return nil
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
