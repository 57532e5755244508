// Command swapiphone shows what is specific to Swapiphone, a marketplace of
// refurbished phones: 24 working hours to answer and planned absences
// announced ahead, the platform taking over a case (a phone still locked to its owner's account), a seller's
// message screened for contact off the platform, and the guarantee of a
// refurbished phone, in France and in the buyer's own market, and replies
// in the language of the buyer's market.
package main

import (
	"fmt"
	"io"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct/langid"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/internal/golden"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

func main() { golden.Main("swapiphone", run) }

func run(w io.Writer) error {
	eng, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		return err
	}
	loc := eng.Calendar().Location()
	fmt.Fprintf(w, "%s: every answer below comes from one compiled policy\n\n", eng.Policy().Platform)

	// 1. Helpdesk rules: 24 working hours to answer; a question on the
	// eve of Bastille Day is due two days later. A planned absence of more
	// than 5 working days must be announced 14 days ahead.
	asked := time.Date(2026, time.July, 13, 10, 0, 0, 0, loc)
	due, err := eng.SLA().Deadline(sla.Question, asked)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "1. question asked %s: reply due %s (14 July is a holiday)\n", asked.Format(time.RFC3339), due.Format(time.RFC3339))
	ab, err := eng.SLA().Absence(calendar.MustParseDate("2026-07-27"), calendar.MustParseDate("2026-08-03"), calendar.MustParseDate("2026-08-14"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   absence %s..%s announced %s: %d working days, %d days of notice (%d required): compliant %t\n",
		ab.From, ab.To, ab.Notified, ab.WorkingDays, ab.NoticeDays, ab.RequiredNoticeDays, ab.Compliant)

	// 2. Swapiphone takes over the customer contact when the phone is
	// still locked to the seller's account, and charges the seller.
	for _, c := range []dispute.Case{{DeviceLock: dispute.LockGoogleAccount}, {}} {
		t, err := eng.Dispute().Takeover(c)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "2. device lock %q: takeover %t, grounds %v, costs to the seller %t\n", c.DeviceLock, t.Takeover, t.Grounds, t.CostsToSeller)
	}

	// 3. Sellers write to buyers on the platform only: phone numbers and
	// disguised e-mail addresses are found and masked.
	res, err := eng.Conduct().Screen("Votre iPhone part demain. Plus simple : WhatsApp au 06 12 34 56 78 ou jean arobase gmail point com.")
	if err != nil {
		return err
	}
	for _, f := range res.Findings {
		fmt.Fprintf(w, "3. %s %q (%s)\n", f.Kind, f.Text, f.Basis.Sources()[0])
	}
	fmt.Fprintln(w, "   masked:", res.Masked)
	for _, l := range eng.Catalog().Lines(res.Basis, language.French) {
		fmt.Fprintln(w, "   ", l)
	}

	// 4. A refurbished phone is second-hand goods: 2 years of conformity,
	// 12 months of presumption (C. consom. L217-7).
	a, err := eng.Warranty().Assess(warranty.Case{
		Condition: warranty.Refurbished,
		Contract:  calendar.MustParseDate("2025-09-01"),
		Delivered: calendar.MustParseDate("2025-09-04"),
		Appeared:  calendar.MustParseDate("2026-06-15"),
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "4. refurbished phone delivered 2025-09-04, battery fails 2026-06-15: covered %t until %s, presumed until %s (proof: %s)\n",
		a.Conformity.Applies, a.Conformity.Until, a.Conformity.PresumedUntil, a.Conformity.Burden)

	// 5. Swapiphone sells in many markets: the buyer keeps the law of his
	// own market where it protects more (Rome I art. 6). The same phone,
	// failing after 26 months, sold to buyers in four markets.
	late := warranty.Case{
		Condition: warranty.Refurbished,
		Contract:  calendar.MustParseDate("2024-03-01"),
		Delivered: calendar.MustParseDate("2024-03-05"),
		Appeared:  calendar.MustParseDate("2026-05-20"),
		Notified:  calendar.MustParseDate("2026-05-21"),
	}
	fmt.Fprintln(w, "5. the same phone failing after 26 months, by the buyer's market:")
	for _, cc := range []string{"FR", "ES", "PT", "DE"} {
		m, err := eng.Market(cc)
		if err != nil {
			return err
		}
		a, err := m.Assess(late)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %s: covered %t until %s (%s rule) unconfirmed %v\n", cc, a.Conformity.Applies, a.Conformity.Until, a.Applied, a.Unconfirmed)
	}

	// 6. Sellers write to buyers in the language of the market where the
	// sale takes place (communication rules). The language identifier is
	// built once per process and shared; each check names the language it
	// found, and a reply too short to tell is never a breach. The buyer
	// reads the answer in his own language.
	id, err := langid.New()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "6. replies checked against the language of the buyer's market:")
	for _, r := range []struct{ market, lang, reply string }{
		{"DE", "de", "Vielen Dank für Ihre Bestellung, das iPhone 13 wurde heute Morgen verschickt."},
		{"DE", "de", "Thank you for your order, your phone left our warehouse this morning."},
		{"ES", "es", "OK, gracias"},
	} {
		c, err := eng.Conduct().CheckLanguage(id, r.reply, r.lang)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %s %q: %s\n", r.market, r.reply, c.Verdict)
		for _, l := range eng.Catalog().Lines(c.Basis, language.Make(r.lang)) {
			fmt.Fprintln(w, "     ", l)
		}
	}
	return nil
}
