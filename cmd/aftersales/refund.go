package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/refund"
)

func runWithdrawal(e *env, args []string) int {
	c := newCmd(e, "withdrawal", true)
	var delivered, excluded multi
	c.fs.Var(&delivered, "delivered", "day a parcel was received, YYYY-MM-DD (repeat for each parcel; required)")
	regular := c.fs.Bool("regular", false, "regular deliveries over a period: count from the first parcel instead of the last")
	buyer := c.fs.String("buyer", "consumer", "buyer: consumer or professional")
	notInformed := c.fs.Bool("not-informed", false, "the buyer was not told of the right of withdrawal (L221-20)")
	informedOn := c.fs.String("informed-on", "", "day the buyer was told of the right after the sale, YYYY-MM-DD (implies --not-informed)")
	c.fs.Var(&excluded, "excluded", "L221-28 exclusion of the goods (repeatable): "+exclusionNames())
	on := c.fs.String("on", "", "also say whether the buyer may withdraw on this day, YYYY-MM-DD")
	mf := c.addBuyerMarketFlags()
	me, st, ok := c.startBuyerMarket(args, mf)
	if !ok {
		return st
	}
	if len(delivered) == 0 {
		return c.fail(badf("--delivered: required (YYYY-MM-DD; repeat for each parcel)"))
	}
	rc := refund.Receipt{Regular: *regular, NotInformed: *notInformed}
	for _, v := range delivered {
		dd, err := date("delivered", v)
		if err != nil {
			return c.fail(err)
		}
		rc.Delivered = append(rc.Delivered, dd)
	}
	var err error
	if rc.Buyer, err = refund.ParseBuyer(*buyer); err != nil {
		return c.fail(badf("--buyer: %v", err))
	}
	if *informedOn != "" {
		if rc.InformedOn, err = date("informed-on", *informedOn); err != nil {
			return c.fail(err)
		}
	}
	for _, v := range excluded {
		x, err := refund.ParseExclusion(v)
		if err != nil {
			return c.fail(badf("--excluded: %v", err))
		}
		rc.Exclusions = append(rc.Exclusions, x)
	}
	var onDay calendar.Date
	if *on != "" {
		if onDay, err = date("on", *on); err != nil {
			return c.fail(err)
		}
	}
	w, err := me.Window(rc)
	if err != nil {
		return c.failFrom(err, fromFlags("delivered", "delivered", "informed_on", "informed-on", "buyer", "buyer",
			"exclusions", "excluded", "regular", "regular", "not_informed", "not-informed", "", "delivered"))
	}
	var extra []member
	if !onDay.IsZero() {
		extra = []member{jsonMember("on", onDay), jsonMember("open", w.OpenOn(onDay))}
	}
	loc := me.Calendar().Location()
	return c.emit(w, extra, w.Basis, func(out io.Writer) {
		if w.Applies {
			c.say(out, "withdrawal open until %s (%s), closes %s", w.LastDay, c.enum("weekday", w.LastDay.Weekday()), c.when(w.Closes, loc))
		} else {
			c.say(out, "no right of withdrawal (the period would end on %s)", w.LastDay)
		}
		if !onDay.IsZero() {
			c.say(out, "on %s: open=%s", onDay, c.yesNo(w.OpenOn(onDay)))
		}
		c.say(out, "buyer's market %s (rule applied: %s)", w.Market, c.enum("applied", w.Applied))
		if len(w.Unconfirmed) > 0 {
			c.say(out, "unconfirmed: %s", strings.Join(w.Unconfirmed, ", "))
		}
		c.printWhy(out, c.lines(w.Basis))
	})
}

func exclusionNames() string {
	var s []string
	for _, x := range refund.Exclusions() {
		s = append(s, string(x))
	}
	return strings.Join(s, ", ")
}

func runQuote(e *env, args []string) int {
	c := newCmd(e, "quote", true)
	casePath := c.fs.String("case", "", "case file, JSON, at most 1 MiB; - for standard input (required)")
	mf := c.addBuyerMarketFlags()
	me, st, ok := c.startBuyerMarket(args, mf)
	if !ok {
		return st
	}
	rc, err := readDecoded(c, "case", *casePath, func(b []byte) (rc refund.Case, err error) {
		return rc, rc.UnmarshalJSON(b)
	})
	if err != nil {
		return c.fail(err)
	}
	q, err := me.Quote(rc)
	if err != nil {
		return c.failFrom(err, fromFile("case"))
	}
	return c.emit(q, nil, q.Basis, func(out io.Writer) {
		c.say(out, "refund %s (%s), due %s; buyer's market %s (rule applied: %s)", q.Total.Format(c.lang), c.enum("reason", q.Reason), q.Due, q.Market, c.enum("applied", q.Applied))
		if len(q.Unconfirmed) > 0 {
			c.say(out, "unconfirmed: %s", strings.Join(q.Unconfirmed, ", "))
		}
		c.printQuoteParts(out, q.Quote)
		c.printWhy(out, c.lines(q.Basis))
	})
}

// printWhy prints the rendered explanation.
func (c *cmd) printWhy(w io.Writer, lines []string) {
	c.say(w, "why:")
	for _, l := range lines {
		fmt.Fprintf(w, "- %s\n", l)
	}
}

// printQuoteParts prints the components of a quote, then its marketplace
// parts when it has them: VAT per rate, shipments, means of payment,
// instalments, settlement. The amounts are aligned in one column after
// the longest rendered label (at least 18 characters).
func (c *cmd) printQuoteParts(out io.Writer, q refund.Quote) {
	lang := c.lang
	var rows []row
	for _, x := range q.Components {
		rows = append(rows, row{c.enum("kind", x.Kind), x.Amount.Format(lang)})
	}
	for _, v := range q.VAT {
		name := c.tr("VAT %s %%", v.Rate.String())
		if v.OutOfScope {
			name = c.tr("outside VAT")
		}
		rows = append(rows, row{name, v.Amount.Format(lang) + " " + c.tr("(VAT %s)", v.VAT.Format(lang))})
	}
	for _, s := range q.Shipments {
		rows = append(rows, row{c.tr("shipment %s", s.ID), s.Amount.Format(lang)})
	}
	for _, p := range q.Payments {
		rows = append(rows, row{c.tr("to %s", c.enum("means", p.Means)), p.Amount.Format(lang)})
	}
	for _, i := range q.Instalments {
		rows = append(rows, row{"", c.tr("paid %s %s, %d days late, surcharge %s", i.Date, i.Amount.Format(lang), i.DaysLate, i.Surcharge.Format(lang))})
	}
	if !q.Outstanding.IsZero() {
		rows = append(rows, row{c.tr("outstanding"), q.Outstanding.Format(lang)})
	}
	if s := q.Settlement; !s.IsZero() {
		rows = append(rows, row{"", c.tr("settlement: borne by %s, seller payout %s, commission returned %s", c.enum("party", s.BorneBy), s.SellerPayout.Format(lang), s.CommissionReturned.Format(lang))})
	}
	if q.WithdrawalLate {
		rows = append(rows, row{"", c.tr("withdrawal notified after the window closed")})
	}
	if !q.ReturnBy.IsZero() {
		rows = append(rows, row{"", c.tr("goods back by %s (%s pays the return)", q.ReturnBy, c.enum("party", q.ReturnCosts))})
	}
	printRows(out, "  ", 18, rows)
}
