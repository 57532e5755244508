package main

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/policy"
)

// showDispute follows an Agafort complaint up the escalation ladder, gives
// it a reference and applies the non-cooperation sanction.
func showDispute(p policy.Policy) {
	cal, err := p.BuildCalendar()
	if err != nil {
		panic(err)
	}
	d, err := dispute.New(p.Dispute, cal)
	if err != nil {
		panic(err)
	}
	ref, err := d.NewReference(123)
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, cal.Location())
	c := dispute.Complaint{Reference: ref.String(), Opened: opened}
	fmt.Printf("dispute: complaint %s opened %s\n", ref, opened.Format(time.RFC3339))
	for _, at := range []time.Time{opened.Add(23 * time.Hour), opened.Add(30 * time.Hour), opened.Add(50 * time.Hour)} {
		st, err := d.Status(c, at)
		if err != nil {
			panic(err)
		}
		next := "none"
		if !st.NextEscalation.IsZero() {
			next = st.NextEscalation.Format(time.RFC3339)
		}
		fmt.Printf("dispute: at %s level %d (%s), next escalation %s, target %s\n",
			at.Format(time.RFC3339), st.Level, st.Team, next, st.Target.Format(time.RFC3339))
	}
	c.Resolved = opened.Add(30 * time.Hour)
	st, err := d.Status(c, opened.Add(100*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: resolved %s: stays at level %d (%s), findings %s, target missed %t\n",
		st.ResolvedAt.Format(time.RFC3339), st.Level, st.Team, st.Commitments[0].State, st.TargetMissed)
	s, err := d.Sanction(dispute.Conduct{NonCooperation: true})
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: uncooperative seller: %v (%s)\n", s.Applied[0].Measures, s.Applied[0].Basis)
}
