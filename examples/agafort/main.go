// Command agafort shows what is specific to Agafort, a general
// marketplace: a complaint climbing the escalation ladder, complaint
// references whose check digits catch typing mistakes, the sanction of an
// uncooperative seller, and what a smartphone listing must show.
package main

import (
	"fmt"
	"io"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/internal/golden"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

func main() { golden.Main("agafort", run) }

func run(w io.Writer) error {
	eng, err := policy.Compile(preset.Agafort())
	if err != nil {
		return err
	}
	d := eng.Dispute()
	loc := eng.Calendar().Location()
	fmt.Fprintf(w, "%s: every answer below comes from one compiled policy\n\n", eng.Policy().Platform)

	// 1. Policy §3: every complaint gets a reference with ISO 7064 check
	// digits, so a mistyped reference is caught, not matched to another.
	ref, err := d.NewReference(123)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "1. complaint reference %s\n", ref)
	typo := []byte(ref.String())
	typo[len(typo)-5], typo[len(typo)-4] = typo[len(typo)-4], typo[len(typo)-5]
	if _, err := d.ParseReference(string(typo)); err != nil {
		fmt.Fprintf(w, "   %s (two digits swapped): %v\n", typo, err)
	}

	// 2. Policy §4: the complaint climbs the escalation ladder on the
	// platform's business clock until it is resolved.
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, loc)
	c := dispute.Complaint{Reference: ref.String(), Opened: opened}
	for _, at := range []time.Time{opened.Add(23 * time.Hour), opened.Add(30 * time.Hour), opened.Add(50 * time.Hour)} {
		st, err := d.Status(c, at)
		if err != nil {
			return err
		}
		next := "none"
		if !st.NextEscalation.IsZero() {
			next = st.NextEscalation.Format(time.RFC3339)
		}
		fmt.Fprintf(w, "2. at %s: level %d (%s), next escalation %s\n", at.Format(time.RFC3339), st.Level, st.Team, next)
	}
	c.Resolved = opened.Add(30 * time.Hour)
	st, err := d.Status(c, opened.Add(100*time.Hour))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   resolved %s at level %d (%s); target missed %t\n", st.ResolvedAt.Format(time.RFC3339), st.Level, st.Team, st.TargetMissed)

	// 3. Policy §6: a seller who does not cooperate is sanctioned.
	s, err := d.Sanction(dispute.Conduct{NonCooperation: true})
	if err != nil {
		return err
	}
	for _, a := range s.Applied {
		fmt.Fprintf(w, "3. uncooperative seller: %v (%s)\n", a.Measures, a.Basis)
	}

	// 4. What a smartphone listing must show on 1 March 2026: spare-parts
	// availability (C. consom. L111-4) and the EU energy label with its
	// repairability class, which replaced the French index in June 2025.
	du, err := eng.Warranty().ListingDuties("smartphone", calendar.MustParseDate("2026-03-01"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "4. smartphone listing on %s: spare parts %s; indices %v; sources %v\n", du.On, du.SpareParts, du.Indices, du.Basis.Sources())
	return nil
}
