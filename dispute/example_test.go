package dispute_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/sla"
)

// engine compiles rules on the French calendar, as a policy would.
func engine(r dispute.Rules) (dispute.Engine, calendar.Calendar) {
	cal := calendar.MustForMarket("FR", "")
	eng, err := dispute.New(r, cal)
	if err != nil {
		panic(err)
	}
	return eng, cal
}

// A complaint moves up the ladder when a level's delay has passed: after
// 23 hours it is still with customer service.
func ExampleEngine_Status_escalatesAfterEachLevelsDelay() {
	eng, cal := engine(dispute.Rules{Escalation: dispute.Ladder{
		Basis: "Agafort dispute resolution policy §4",
		Levels: []dispute.Level{
			{Team: "customer service"},
			{Team: "problem resolution team", After: calendar.HoursOn(24, calendar.Elapsed),
				Commitments: []dispute.Commitment{{Name: "findings", Within: calendar.HoursOn(48, calendar.Elapsed)}}},
			{Team: "customer experience team", After: calendar.HoursOn(48, calendar.Elapsed)},
		},
		Target: calendar.DaysOn(5, calendar.Elapsed),
	}})
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, cal.Location())
	st, err := eng.Status(dispute.Complaint{Opened: opened}, opened.Add(23*time.Hour))
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

// Complaint references carry ISO 7064 MOD 97-10 check digits: two swapped
// digits are caught, and case does not matter.
func ExampleEngine_ParseReference_checkDigitsCatchSwappedDigits() {
	eng, _ := engine(dispute.Rules{Reference: dispute.ReferenceRule{Prefix: "AGA", Digits: 6}})
	ref, _ := eng.NewReference(123)
	fmt.Println(ref)
	_, err := eng.ParseReference("AGA-000132-" + ref.String()[11:])
	fmt.Println(err)
	ok, _ := eng.ParseReference("aga-000123-" + ref.String()[11:])
	fmt.Println(ok.Sequence)
	// Output:
	// AGA-000123-60
	// reference "AGA-000132-60": check digits 60 do not match: the reference is mistyped
	// 123
}

// A phone still locked to the seller's account lets the platform take the
// case over, at the seller's cost.
func ExampleEngine_Takeover_lockedDevice() {
	eng, _ := engine(dispute.Rules{Takeover: dispute.TakeoverRules{
		Grounds: []dispute.TakeoverGround{
			{Ground: dispute.GroundReplyOverdue, Basis: "Swapiphone customer communication rules, takeover ¶1"},
			{Ground: dispute.GroundLockGoogleAccount, Basis: "Swapiphone customer communication rules, takeover ¶2"},
		},
		CostsToSeller: true,
		CostsBasis:    "Swapiphone customer communication rules, takeover ¶2",
	}})
	d, _ := eng.Takeover(dispute.Case{DeviceLock: dispute.LockGoogleAccount})
	fmt.Println(d.Takeover, d.Grounds, d.CostsToSeller)
	// Output: true [device_lock_google_account] true
}

// A dispute ground holds only when every one of its conditions does.
func ExampleEngine_CheckGround_everyConditionMustHold() {
	eng, _ := engine(dispute.Rules{Grounds: []dispute.Ground{{
		Name: "refund_refused_seller_defect", Basis: "Opisto charter §I",
		Conditions: []dispute.Condition{
			{Fact: dispute.FactSellerDefectConfirmed, Is: true},
			{Fact: dispute.FactRefundRefused, Is: true},
		},
	}}})
	c, _ := eng.CheckGround("refund_refused_seller_defect", dispute.Facts{"seller_defect_confirmed": false, "refund_refused": true})
	fmt.Println(c.Holds)
	fmt.Println(c.Basis.Steps[0].Text)
	// Output:
	// false
	// Condition %s = %t fails: the fact is %t.
}

// A performance rate under the threshold earns the listed measures.
func ExampleEngine_Sanction_performanceUnderThreshold() {
	eng, _ := engine(dispute.Rules{Sanctions: []dispute.Sanction{
		{Trigger: dispute.PerformanceBelow, Below: "0.95", Measures: []dispute.Measure{dispute.Warning}, Basis: "example"},
	}})
	d, _ := eng.Sanction(dispute.Conduct{PerformanceRate: "94.5%"})
	fmt.Println(d.Applied[0].Measures, d.Applied[0].Reason)
	// Output: [warning] the performance rate 94.5% is under the threshold 0.95
}

// An unanswered complaint opens a dispute by itself at its reply deadline
// (72 business hours after Monday 10:00 is Thursday 10:00).
func ExampleEngine_AutoOpen_lateReplyOpensADispute() {
	eng, cal := engine(dispute.Rules{AutoOpen: dispute.AutoOpenRule{Kinds: []string{"complaint", "negative-review"}, Basis: "Opisto charter §I (note *)"}})
	replies, err := sla.New(sla.Rules{Source: "Opisto charter §I", Targets: []sla.Target{
		{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72},
	}}, cal)
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location())
	conv := sla.Conversation{Messages: []sla.Message{{ID: "c1", From: sla.Buyer, At: received, Kind: sla.Complaint}}}
	ev, err := replies.Evaluate(conv, time.Date(2026, time.March, 9, 10, 0, 0, 0, cal.Location()))
	if err != nil {
		panic(err)
	}
	o, _ := eng.AutoOpen(ev)
	fmt.Println(o.Opens, o.At.Format(time.RFC3339), o.Message)
	// Output: true 2026-03-05T10:00:00+01:00 c1
}

// A replay needs the decision and the clause behind it, not the steps'
// wording: AutoOpenSources decides as AutoOpen and names the sources.
func ExampleEngine_AutoOpenSources_sameDecisionWithoutSteps() {
	eng, cal := engine(dispute.Rules{AutoOpen: dispute.AutoOpenRule{Kinds: []string{"complaint"}, Basis: "Opisto charter §I (note *)"}})
	replies, err := sla.New(sla.Rules{Source: "Opisto charter §I", Targets: []sla.Target{
		{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72},
	}}, cal)
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location())
	conv := sla.Conversation{Messages: []sla.Message{{ID: "c1", From: sla.Buyer, At: received, Kind: sla.Complaint}}}
	ev, err := replies.Evaluate(conv, time.Date(2026, time.March, 9, 10, 0, 0, 0, cal.Location()))
	if err != nil {
		panic(err)
	}
	o, sources, err := eng.AutoOpenSources(ev)
	if err != nil {
		panic(err)
	}
	fmt.Println(o.Opens, o.At.Format(time.RFC3339), len(o.Basis.Steps), sources)
	// Output: true 2026-03-05T10:00:00+01:00 0 [Opisto charter §I (note *)]
}
