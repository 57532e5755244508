package platform

import (
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
)

// Confidence is how sure the shared legal notes are of a fact that was not
// seen in the statute text.
type Confidence string

// The confidences a Caveat can have. Confirmed facts ([C]) carry no
// caveat.
const (
	// Probable ([P]): from a secondary source, or only part of the text
	// seen.
	Probable Confidence = "P"
	// Unconfirmed ([U]): from memory or inferred.
	Unconfirmed Confidence = "U"
)

// Caveat is one fact a result rests on that is not confirmed by the
// statute text: a stable identifier (Fact), its confidence and what it
// says. The zero Caveat is empty.
type Caveat struct {
	Fact       string     `json:"fact"`
	Confidence Confidence `json:"confidence"`
	Text       string     `json:"text"`
}

// The facts a Caveat may name (Caveat.Fact).
const (
	FactReg1182Applies      = "reg-1182-71.applies"
	FactWorkingDays         = "reg-1182-71.art-2-2.working-days"
	FactHolidaysOfState     = "reg-1182-71.art-2-1.holidays"
	FactGPSRNotice3Days     = "gpsr.art-22.notices.3-working-days"
	FactGPSRReporting       = "gpsr.art-22-4.reporting"
	FactP2BAdaptation       = "p2b.art-3-2.adaptation-period"
	FactP2BChangeException  = "p2b.art-3-4.exceptions"
	FactP2BVoid             = "p2b.art-3-3.void"
	FactContractualNotice   = "contract.notice.stricter-governs"
	FactP2BTermExceptions   = "p2b.art-4-4.exceptions"
	FactP2BReasonsUndue     = "p2b.art-4-4.reasons-without-undue-delay"
	FactDSA17Timing         = "dsa.art-17-2.timing"
	FactDSA17Content        = "dsa.art-17-3.content"
	FactDSAComplaintCount   = "dsa.art-20-2.counting"
	FactDSA16To17AllSizes   = "dsa.arts-16-17.all-hosting-providers"
	FactDSA32LookbackBounds = "dsa.art-32-1.lookback-boundary"
	FactGPSR35Marketplace   = "gpsr.art-35.marketplace"
	FactGPSR35NoLookback    = "gpsr.art-35.no-lookback"
)

// caveat returns the Caveat of fact (one of the Fact constants).
func caveat(fact string) Caveat {
	switch fact {
	case FactReg1182Applies:
		return Caveat{fact, Unconfirmed, "Regulation 1182/71 is taken to govern the periods of the P2B Regulation, the GPSR and the DSA (day of the event not counted, period ending at the end of its last day)."}
	case FactWorkingDays:
		return Caveat{fact, Unconfirmed, "Working days are all days other than public holidays, Sundays and Saturdays (Reg. 1182/71 art. 2(2))."}
	case FactHolidaysOfState:
		return Caveat{fact, Probable, "Public holidays are those of the member state where the action is taken (Reg. 1182/71 art. 2(1)): the market's calendar."}
	case FactGPSRNotice3Days:
		return Caveat{fact, Probable, "Product-safety notices must be processed within 3 working days of receipt (two secondary sources; the paragraph of GPSR art. 22 is not confirmed)."}
	case FactGPSRReporting:
		return Caveat{fact, Probable, "The marketplace must inform the issuing authority of the effect given to the order (exact wording of GPSR art. 22(4) not seen)."}
	case FactP2BAdaptation:
		return Caveat{fact, Unconfirmed, "Where the seller needs technical or commercial adaptations the notice must be longer than 15 days; the law sets no number."}
	case FactP2BChangeException:
		return Caveat{fact, Unconfirmed, "P2B art. 3(4) exceptions to the notice period (legal obligation leaving no time; unforeseen and imminent danger) are from memory of the text."}
	case FactP2BVoid:
		return Caveat{fact, Probable, "Changes implemented in breach of art. 3(2) are null and void (recital 20 seen; the paragraph number 3(3) is from a secondary source)."}
	case FactContractualNotice:
		return Caveat{fact, Unconfirmed, "Breaching a longer notice promised in the platform's own terms is a breach of contract, not a nullity under P2B (inference)."}
	case FactP2BTermExceptions:
		return Caveat{fact, Unconfirmed, "The grounds of P2B art. 4(4) (legal obligation, imperative national-law reason, repeated infringement) are from memory; only the opening of 4(4) was seen."}
	case FactP2BReasonsUndue:
		return Caveat{fact, Unconfirmed, "Under a P2B art. 4(4) exception the statement of reasons is still due, without undue delay (last sentence of 4(4) not seen)."}
	case FactDSA17Timing:
		return Caveat{fact, Unconfirmed, "DSA art. 17: the statement of reasons is due at the latest when the restriction is imposed (timing wording from memory)."}
	case FactDSA17Content:
		return Caveat{fact, Probable, "Content of the statement of reasons (facts, ground, automated means, redress) from secondary sources (DSA art. 17(3); P2B art. 4(5) from memory)."}
	case FactDSAComplaintCount:
		return Caveat{fact, Unconfirmed, "The 6 months of DSA art. 20 are counted from the day the seller is informed, that day not counted, to the end of the same date 6 months later, moved off a rest day: the later reading."}
	case FactDSA16To17AllSizes:
		return Caveat{fact, Unconfirmed, "DSA arts 16 and 17 apply to every hosting provider whatever its size; the complaint system of art. 20 does not bind micro and small enterprises (art. 19, secondary source)."}
	case FactDSA32LookbackBounds:
		return Caveat{fact, Unconfirmed, "The 6-month lookback of DSA art. 32(1) is taken to start at the beginning of the same date 6 months before the day of awareness (the wider reading)."}
	case FactGPSR35Marketplace:
		return Caveat{fact, Probable, "On a recall a marketplace must help notify the affected consumers it can identify (GPSR arts 22 and 35, secondary sources)."}
	case FactGPSR35NoLookback:
		return Caveat{fact, Unconfirmed, "GPSR art. 35 sets no lookback period: every identifiable buyer of the recalled product is affected (inference)."}
	}
	return Caveat{Fact: fact, Confidence: Unconfirmed, Text: fact}
}

// caveats returns the Caveats of facts, in order, never nil.
func caveats(facts ...string) []Caveat {
	out := make([]Caveat, 0, len(facts))
	for _, f := range facts {
		out = append(out, caveat(f))
	}
	return out
}

// caveatText is the step text (message key) of a caveat: its confidence
// tag and its sentence.
func caveatText(c Caveat) string { return "[" + string(c.Confidence) + "] " + c.Text }

// allFacts lists every fact a Caveat may name, in declaration order.
func allFacts() []string {
	return []string{FactReg1182Applies, FactWorkingDays, FactHolidaysOfState, FactGPSRNotice3Days, FactGPSRReporting,
		FactP2BAdaptation, FactP2BChangeException, FactP2BVoid, FactContractualNotice, FactP2BTermExceptions,
		FactP2BReasonsUndue, FactDSA17Timing, FactDSA17Content, FactDSAComplaintCount, FactDSA16To17AllSizes,
		FactDSA32LookbackBounds, FactGPSR35Marketplace, FactGPSR35NoLookback}
}

// caveatSteps are the basis steps that list the unconfirmed facts, one
// a fact; each text is the caveat's own sentence with its tag.
func caveatSteps(cs []Caveat) []explain.Step {
	out := make([]explain.Step, 0, len(cs))
	for _, c := range cs {
		out = append(out, explain.Step{
			Rule:  "platform.unconfirmed",
			Facts: []explain.Fact{explain.F("fact", c.Fact), explain.F("confidence", string(c.Confidence))},
			Text:  caveatText(c),
		})
	}
	return out
}

// Dates of application (shared notes, LEGAL-PLATFORM.md): P2B since 12
// July 2020, the DSA (all platforms) since 17 February 2024, the GPSR
// since 13 December 2024.
func p2bFrom() calendar.Date  { return calendar.MustDate(2020, time.July, 12) }
func dsaFrom() calendar.Date  { return calendar.MustDate(2024, time.February, 17) }
func gpsrFrom() calendar.Date { return calendar.MustDate(2024, time.December, 13) }

// endOfDays returns the end (local midnight after) of the n-th day after
// the day of t in cal: the close of a period of n days counted per
// Regulation 1182/71 art. 3(1) and 3(2)(b), not moved off rest days.
func endOfDays(cal calendar.Calendar, t time.Time, n int) (time.Time, calendar.Date, error) {
	d := cal.DateOf(t).AddDays(n)
	if d.IsZero() {
		return time.Time{}, d, calendar.ErrOutOfRange
	}
	end, err := cal.End(d)
	return end, d, err
}

func rfc(t time.Time) string { return t.Format(time.RFC3339) }
