package dispute_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/sla"
)

func ExampleLadder_Status() {
	ladder := dispute.Ladder{
		Basis: "Agafort dispute resolution policy §4",
		Levels: []dispute.Level{
			{Team: "customer service"},
			{Team: "problem resolution team", After: dispute.Hours(24, dispute.CalendarClock),
				Commitments: []dispute.Commitment{{Name: "findings", Within: dispute.Hours(48, dispute.CalendarClock)}}},
			{Team: "customer experience team", After: dispute.Hours(48, dispute.CalendarClock)},
		},
		Target: dispute.Days(5, dispute.CalendarClock),
	}
	cal := calendar.MustForMarket("FR", "")
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, cal.Location())
	st, err := ladder.Status(cal, dispute.Complaint{Opened: opened}, opened.Add(23*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Level, st.Team)
	fmt.Println("next escalation:", st.NextEscalation.Format(time.RFC3339), "to", st.NextTeam)
	fmt.Println("target:", st.Target.Format(time.RFC3339))
	// Output:
	// 0 customer service
	// next escalation: 2026-03-03T09:00:00+01:00 to problem resolution team
	// target: 2026-03-07T09:00:00+01:00
}

func ExampleReferenceRule() {
	rule := dispute.ReferenceRule{Prefix: "AGA", Digits: 6}
	ref, _ := rule.New(123)
	fmt.Println(ref)
	_, err := rule.Parse("AGA-000132-" + ref.String()[11:])
	fmt.Println(err)
	ok, _ := rule.Parse("aga-000123-" + ref.String()[11:])
	fmt.Println(ok.Sequence)
	// Output:
	// AGA-000123-60
	// reference "AGA-000132-60": check digits 60 do not match: the reference is mistyped
	// 123
}

func ExampleTakeoverRules_Decide() {
	rules := dispute.TakeoverRules{
		Grounds: []dispute.TakeoverGround{
			{Ground: dispute.GroundReplyOverdue, Basis: "Swapiphone customer communication rules, takeover ¶1"},
			{Ground: dispute.GroundLockGoogleAccount, Basis: "Swapiphone customer communication rules, takeover ¶2"},
		},
		CostsToSeller: true,
		CostsBasis:    "Swapiphone customer communication rules, takeover ¶2",
	}
	d, _ := rules.Decide(dispute.Case{DeviceLock: dispute.LockGoogleAccount})
	fmt.Println(d.Takeover, d.Grounds, d.CostsToSeller)
	// Output: true [device_lock_google_account] true
}

func ExampleRules_CheckGround() {
	r := dispute.Rules{Grounds: []dispute.Ground{{
		Name: "refund_refused_seller_defect", Basis: "Opisto charter §I",
		Conditions: []dispute.Condition{
			{Fact: dispute.FactSellerDefectConfirmed, Is: true},
			{Fact: dispute.FactRefundRefused, Is: true},
		},
	}}}
	c, _ := r.CheckGround("refund_refused_seller_defect", dispute.Facts{"seller_defect_confirmed": false, "refund_refused": true})
	fmt.Println(c.Holds)
	fmt.Println(c.Basis.Steps[0].Text)
	// Output:
	// false
	// Condition %s = %t fails: the fact is %t.
}

func ExampleRules_Sanction() {
	r := dispute.Rules{Sanctions: []dispute.Sanction{
		{Trigger: dispute.PerformanceBelow, Below: "0.95", Measures: []dispute.Measure{dispute.Warning}, Basis: "example"},
	}}
	d, _ := r.Sanction(dispute.Conduct{PerformanceRate: "94.5%"})
	fmt.Println(d.Applied[0].Measures, d.Applied[0].Reason)
	// Output: [warning] the performance rate 94.5% is under the threshold 0.95
}

func ExampleAutoOpen() {
	cal := calendar.MustForMarket("FR", "")
	eng, err := sla.New(sla.Rules{Source: "Opisto charter §I", Targets: []sla.Target{
		{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72},
	}}, cal)
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location())
	conv := sla.Conversation{Messages: []sla.Message{{ID: "c1", From: sla.Buyer, At: received, Kind: sla.Complaint}}}
	ev, err := eng.Evaluate(conv, received.AddDate(0, 0, 7))
	if err != nil {
		panic(err)
	}
	o, _ := dispute.AutoOpen(ev, dispute.AutoOpenRule{Kinds: []string{"complaint", "negative-review"}, Basis: "Opisto charter §I (note *)"})
	fmt.Println(o.Opens, o.At.Format(time.RFC3339), o.Message)
	// Output: true 2026-03-05T10:00:00+01:00 c1
}
