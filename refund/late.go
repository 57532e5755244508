package refund

import (
	"fmt"
	"strconv"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
)

// Band is the late-refund surcharge band applied to a refund: the scale,
// the days of delay it covers (From < days ≤ To; To is 0 for an open
// band), the increase in percent of the sums due, and whether legal
// interest was added.
//
// The zero Band means no surcharge (a Quote omits it from its JSON). Its
// JSON form is its fields with the tags below; all numbers are whole
// days, months or percent. A Band is a comparable value, safe for
// concurrent use; daylight-saving time does not affect it (days late are
// calendar days).
type Band struct {
	// Scale is the surcharge scale ("L242-4" or "L241-4").
	Scale Scale `json:"scale"`
	// From is the number of days late the band starts after (exclusive).
	From int `json:"from_days"`
	// To is the number of days late the band ends at (inclusive), 0 for
	// an open band.
	To int `json:"to_days"`
	// Months is the number of further full months after day 90 (L242-4).
	Months int `json:"months"`
	// Percent is the flat increase in percent of the sums due (0 for the
	// legal-interest band).
	Percent int `json:"percent"`
	// Interest reports that legal interest was applied: for a delay of up
	// to 10 days, or after the increase reached the price of the goods.
	Interest bool `json:"interest"`
	// Capped reports that the increase was capped at the price of the
	// goods (L242-4).
	Capped bool `json:"capped"`
}

// String describes b in English ("L242-4: more than 10 and up to 20 days
// late: +5 %"), or "" for the zero Band.
func (b Band) String() string {
	if b.Scale == "" {
		return ""
	}
	var span string
	switch {
	case b.To > 0 && b.From == 0:
		span = fmt.Sprintf("up to %d days late", b.To)
	case b.To > 0:
		span = fmt.Sprintf("more than %d and up to %d days late", b.From, b.To)
	case b.Months > 0:
		span = fmt.Sprintf("more than %d days late and %d further months", b.From, b.Months)
	default:
		span = fmt.Sprintf("more than %d days late", b.From)
	}
	var inc string
	switch {
	case b.Capped:
		inc = "increase capped at the price of the goods, then legal interest"
	case b.Percent == 0:
		inc = "legal interest"
	default:
		inc = fmt.Sprintf("+%d %%", b.Percent)
	}
	return string(b.Scale) + ": " + span + ": " + inc
}

// rate is a Localizer for a rate in basis points: "6.67" in English,
// "6,67" in French and Polish.
type rate int

func (r rate) String() string { return fmt.Sprintf("%d.%02d", int(r)/100, int(r)%100) }

// l2424Bands returns the fixed bands of L242-4 after the legal-interest
// band: upper bound of days late and percent.
func l2424Bands() [4][3]int {
	return [4][3]int{{10, 20, 5}, {20, 30, 10}, {30, 60, 20}, {60, 90, 50}}
}

// monthsAfter returns the number of whole months from start to d
// (start.AddMonths(m) ≤ d).
func monthsAfter(start, d calendar.Date) int {
	m := (d.Year()-start.Year())*12 + int(d.Month()) - int(start.Month())
	for m > 0 && start.AddMonths(m).After(d) {
		m--
	}
	if m < 0 {
		m = 0
	}
	return m
}

// Surcharge computes the late-refund surcharge owed when sums due base
// are refunded on day refunded although due on day due, on scale s, for a
// buyer (whose kind picks the legal interest rate). price is the price of
// the goods, the cap of L242-4. It returns the surcharge (rounded to the
// currency's minor unit, half away from zero), the band and the steps that
// explain it. It returns an error when a legal interest rate it needs is
// not in LegalInterestRates.
//
// Interpretation choices (C. consom. L242-4 as read here): days late are calendar
// days after Due; bands are half-open (10 < days ≤ 20 is 5 %); from day 91,
// 5 more points per full month after day 90 (counted with
// calendar.Date.AddMonths); the percentages are one-off increases of the
// sums due; legal interest is simple interest at the half-yearly rate of
// each day over 365 days; once the increase reaches the price of the
// goods it stays at that price and legal interest runs on the sums due for
// each day after the first day of the band where the cap was reached.
func Surcharge(s Scale, buyer Buyer, due, refunded calendar.Date, base, price money.Amount) (money.Amount, Band, []explain.Step, error) {
	amt, b, steps, _, err := surcharge(s, buyer, due, refunded, base, price, rateTable{rates: LegalInterestRates()}, nil, nil)
	return amt, b, steps, err
}

// rateTable is the legal interest table a quote uses and whether a day
// after its last half-year is refused.
type rateTable struct {
	rates  []Rate
	refuse bool
}

// surcharge is Surcharge on table tab, appending its steps to steps (with
// their arguments in ar, which may be nil); stale reports that a rate after
// the table's last half-year was used.
func surcharge(s Scale, buyer Buyer, due, refunded calendar.Date, base, price money.Amount, tab rateTable, ar *argArena, steps []explain.Step) (amt money.Amount, band Band, out []explain.Step, stale bool, err error) {
	amt, band, out, err = surchargeOn(s, buyer, due, refunded, base, price, tab, &stale, ar, steps)
	return amt, band, out, stale, err
}

func surchargeOn(s Scale, buyer Buyer, due, refunded calendar.Date, base, price money.Amount, tab rateTable, stale *bool, ar *argArena, steps []explain.Step) (money.Amount, Band, []explain.Step, error) {
	var zero money.Amount
	if ar != nil && ar.cur == base.Currency() {
		zero = ar.zero
	} else {
		zero = money.Zero(base.Currency())
	}
	if due.IsZero() || refunded.IsZero() {
		return zero, Band{}, nil, fmt.Errorf("refund: surcharge needs both the due day and the refund day")
	}
	if base.Currency() != price.Currency() && !price.IsZero() {
		return zero, Band{}, nil, fmt.Errorf("refund: surcharge base in %s, price in %s", base.Currency().Code(), price.Currency().Code())
	}
	d := refunded.Sub(due)
	if d <= 0 || s == ScaleNone || s == "" {
		return zero, Band{}, nil, nil
	}
	basis := scaleBasis(s)
	switch s {
	case ScaleDouble:
		b := Band{Scale: s, Percent: 100}
		return base, b, append(steps, explain.Step{Rule: "refund.late.band", Basis: "refund double", Facts: ar.fact(fact("days_late", strconv.Itoa(d))),
			Text: "Refunded %d days late: the buyer may claim double the sum due, %s more.", Args: ar.list(d, ar.amt(base))}), nil
	case ScaleL2414:
		b := Band{Scale: s, From: 30, Percent: 50}
		switch {
		case d <= 14:
			b = Band{Scale: s, From: 0, To: 14, Percent: 10}
		case d <= 30:
			b = Band{Scale: s, From: 14, To: 30, Percent: 20}
		}
		amt := percent(base, b.Percent, ar)
		return amt, b, append(steps, bandStep(b, basis, d, base, amt, ar)), nil
	case ScaleL2424:
	default:
		return zero, Band{}, nil, fmt.Errorf("unknown scale %q", s)
	}
	if d <= 10 {
		b := Band{Scale: s, To: 10, Interest: true}
		n := len(steps)
		steps = append(steps, explain.Step{})
		amt, steps, err := interest(base, buyer, due.AddDays(1), refunded, basis, tab, stale, ar, steps)
		if err != nil {
			return zero, Band{}, nil, err
		}
		steps[n] = bandStep(b, basis, d, base, amt, ar)
		return amt, b, steps, nil
	}
	// The bands in order, each with the first late day it covers.
	type band struct {
		b     Band
		start calendar.Date
	}
	var cur band
	var seq [5]band
	n := 0
	for _, x := range l2424Bands() {
		if d > x[0] {
			seq[n] = band{Band{Scale: s, From: x[0], To: x[1], Percent: x[2]}, due.AddDays(x[0] + 1)}
			n++
		}
	}
	start90 := due.AddDays(90)
	months := 0
	if d > 90 {
		months = monthsAfter(start90, refunded)
		seq[n] = band{Band{Scale: s, From: 90, Months: months, Percent: 50 + 5*months}, start90.AddMonths(months)}
		if months == 0 {
			seq[n].start = seq[n-1].start
		}
		n++
	}
	cur = seq[n-1]
	// The cap is reached in the first band whose increase is at least
	// the price of the goods; for further months it may be reached in an
	// earlier month than the current one.
	capStart := calendar.Date{}
	bm, ok1 := minorOf(base)
	pm, ok2 := minorOf(price)
	reaches := func(pct int) bool {
		if ok1 && ok2 {
			l, okl := mul64(bm, int64(pct))
			r, okr := mul64(pm, 100)
			if okl && okr {
				return l >= r
			}
		}
		inc := base.Mul(decimal.New(int64(pct), -2))
		c, _ := inc.Cmp(price)
		return c >= 0
	}
	for i := 0; i < n && capStart.IsZero(); i++ {
		if seq[i].b.Months == 0 || i < n-1 {
			if reaches(seq[i].b.Percent) {
				capStart = seq[i].start
			}
			continue
		}
		// Further months: the first month m ≤ months that reaches it, in
		// closed form (never a walk over the months).
		if m, ok := firstMonthReaching(base, price, months); ok {
			capStart = start90.AddMonths(m)
			if m == 0 {
				capStart = seq[i-1].start
			}
		}
	}
	b := cur.b
	if capStart.IsZero() {
		amt := percent(base, b.Percent, ar)
		return amt, b, append(steps, bandStep(b, basis, d, base, amt, ar)), nil
	}
	b.Capped, b.Interest = true, true
	steps = append(steps, bandStep(b, basis, d, base, price, ar))
	amt := price
	if refunded.After(capStart) {
		var in money.Amount
		var err error
		in, steps, err = interest(base, buyer, capStart.AddDays(1), refunded, basis, tab, stale, ar, steps)
		if err != nil {
			return zero, Band{}, nil, err
		}
		amt, _ = amt.Add(in)
	}
	steps = append(steps, explain.Step{Rule: "refund.late.cap", Basis: basis,
		Facts: ar.fact(explain.F("cap_reached", capStart), explain.F("price", price)),
		Text:  "The increase reached the price of the goods on %s and stays at %s; legal interest runs after that day. Surcharge: %s.", Args: ar.list(ar.date(capStart), ar.amt(price), ar.amt(amt))})
	// A price so low that the capped increase falls below the legal
	// interest of the whole delay would make a later refund cost less
	// than an earlier one (the first ten days earn that interest): the
	// buyer keeps at least it, so the surcharge never decreases with the
	// delay.
	full, _, err := interest(base, buyer, due.AddDays(1), refunded, basis, tab, stale, nil, nil)
	if err != nil {
		return zero, Band{}, nil, err
	}
	if c, _ := full.Cmp(amt); c > 0 {
		amt = full
		steps = append(steps, explain.Step{Rule: "refund.late.floor", Basis: basis,
			Text: "The capped increase is below the legal interest over the whole delay, which the buyer keeps: %s.", Args: ar.list(ar.amt(amt))})
	}
	return amt, b, steps, nil
}

// scaleBasis is the citation of scale s ("C. consom. L242-4"), a constant
// for the statutory scales.
func scaleBasis(s Scale) string {
	switch s {
	case ScaleL2424:
		return "C. consom. " + string(ScaleL2424)
	case ScaleL2414:
		return "C. consom. " + string(ScaleL2414)
	}
	return "C. consom. " + string(s)
}

// firstMonthReaching returns the smallest m in 0..months such that
// (50 + 5m) % of base is at least price, and whether there is one: m =
// ceil((100·price − 50·base) / (5·base)), computed exactly.
func firstMonthReaching(base, price money.Amount, months int) (int, bool) {
	b, p := base.Decimal(), price.Decimal()
	num := p.Mul(decimal.NewFromInt(100)).Sub(b.Mul(decimal.NewFromInt(50)))
	if num.Sign() <= 0 {
		return 0, true
	}
	if b.Sign() <= 0 {
		return 0, false
	}
	q, r := num.QuoRem(b.Mul(decimal.NewFromInt(5)), 0)
	if r.Sign() > 0 {
		q = q.Add(decimal.NewFromInt(1))
	}
	if q.Cmp(decimal.NewFromInt(int64(months))) > 0 {
		return 0, false
	}
	return int(q.IntPart()), true
}

// interest is legal interest on base for the days first..last inclusive,
// at each day's half-yearly rate, over 365 days, rounded once.
func interest(base money.Amount, buyer Buyer, first, last calendar.Date, basis string, tab rateTable, staleOut *bool, ar *argArena, steps []explain.Step) (money.Amount, []explain.Step, error) {
	spans, stale, err := interestSpans(tab.rates, first, last, buyer)
	if err != nil {
		return money.Amount{}, nil, caseError("refunded", "%v", err)
	}
	if stale {
		if tab.refuse {
			r := tab.rates[len(tab.rates)-1]
			return money.Amount{}, nil, caseError("refunded", "no legal interest rate after the half-year from %s (the policy refuses to use the last known rate; extend the table)", r.From)
		}
		*staleOut = true
	}
	var sum int64
	for _, sp := range spans {
		sum += int64(sp.Rate) * int64(sp.Days)
		steps = append(steps, explain.Step{Rule: "refund.late.interest", Basis: "C. monét. fin. L313-2; " + sp.R.Source,
			Facts: ar.fact(fact("rate", rate(sp.Rate).String()), fact("creditor", creditor(buyer))),
			Text:  "Legal interest from %s: %d days at %s %% a year.", Args: ar.list(ar.date(sp.From), sp.Days, rate(sp.Rate))})
	}
	if stale {
		last := spans[len(spans)-1]
		steps = append(steps, explain.Step{Rule: "refund.late.rate_unknown", Basis: basis,
			Facts: ar.fact(explain.F("rate_from", last.R.From)),
			Text:  "The legal interest rate after the half-year from %s is not in the table yet: that rate was used; check the published rate.", Args: ar.list(ar.date(last.R.From))})
	}
	cur := base.Currency()
	num := base.Decimal().Mul(decimal.NewFromInt(sum))
	v := num.DivRound(decimal.NewFromInt(365*10000), int32(cur.Digits()))
	return money.New(v, cur), steps, nil
}

func creditor(b Buyer) string {
	if b == Professional {
		return "other creditor"
	}
	return "consumer creditor"
}

// bandStep explains the band used.
func bandStep(b Band, basis string, days int, base, amt money.Amount, ar *argArena) explain.Step {
	facts := ar.fact(fact("days_late", strconv.Itoa(days)))
	switch {
	case b.Capped:
		return explain.Step{Rule: "refund.late.band", Basis: basis, Facts: facts,
			Text: "Refunded %d days late: the increase is capped at the price of the goods, %s.", Args: ar.list(days, ar.amt(amt))}
	case b.Interest:
		return explain.Step{Rule: "refund.late.band", Basis: basis, Facts: facts,
			Text: "Refunded %d days late (up to %d days): legal interest on %s, %s.", Args: ar.list(days, b.To, ar.amt(base), ar.amt(amt))}
	case b.To > 0:
		return explain.Step{Rule: "refund.late.band", Basis: basis, Facts: facts,
			Text: "Refunded %d days late (more than %d and up to %d days): increase of %d %% of %s, %s.", Args: ar.list(days, b.From, b.To, b.Percent, ar.amt(base), ar.amt(amt))}
	case b.Months > 0:
		return explain.Step{Rule: "refund.late.band", Basis: basis, Facts: facts,
			Text: "Refunded %d days late (%d further months after 90 days): increase of %d %% of %s, %s.", Args: ar.list(days, b.Months, b.Percent, ar.amt(base), ar.amt(amt))}
	}
	return explain.Step{Rule: "refund.late.band", Basis: basis, Facts: facts,
		Text: "Refunded %d days late (more than %d days): increase of %d %% of %s, %s.", Args: ar.list(days, b.From, b.Percent, ar.amt(base), ar.amt(amt))}
}

// percent returns pct % of a, rounded half away from zero, in int64 minor
// units when they fit and in decimal otherwise.
func percent(a money.Amount, pct int, ar *argArena) money.Amount {
	if v, ok := minorOf(a); ok && v >= 0 {
		if p, ok := mul64(v, int64(pct)); ok {
			if ar != nil && ar.cur == a.Currency() {
				return ar.minor((p + 50) / 100)
			}
			return money.FromMinor((p+50)/100, a.Currency())
		}
	}
	return a.Mul(decimal.New(int64(pct), -2)).Round()
}
