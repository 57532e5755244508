package platform

import (
	"embed"
	"io/fs"

	"github.com/aftersales/aftersales/explain"
)

// Step texts (English message keys).
const (
	textOrderReceived    = "Authority %s received %s."
	textOrderNoLimit     = "An order under DSA art. 9 must be acted on without undue delay; the law sets no outer limit in days."
	textOrderLimit       = "It must be acted on without undue delay and in any event within %d working days of receipt."
	textOrderCounting    = "The day of receipt (%s) does not count; working days exclude Saturdays, Sundays and the public holidays of %s."
	textOrderSkipped     = "%s does not count: %s."
	textOrderDue         = "Outer limit: %s, the end of %s."
	textOrderDone        = "Acted on %s, within the limit."
	textOrderDoneLate    = "Acted on %s, %s after the limit."
	textOrderOpenNoLimit = "Not acted on yet: act without undue delay."
	textOrderOpen        = "Not acted on yet: %s left."
	textOrderDueSoon     = "Not acted on yet and the limit is near: only %s left."
	textOrderLate        = "Not acted on and the limit passed %s ago."

	textNoticeChange          = "Change of terms notified %s, taking effect %s."
	textNoticeException       = "Exception claimed: %s; the notice period does not apply."
	textNoticeAdaptation      = "The sellers need adaptations: the platform gives %d days' notice."
	textNoticeAdaptationUnset = "The sellers need adaptations, so the notice must be longer than %d days; the rules set no longer period."
	textNoticeLegal           = "Legal notice of %d days from the day after notification: the change may take effect from %s."
	textNoticeContract        = "The platform's own terms promise %d months and %d days' notice: not before %s."
	textNoticeVoid            = "The change takes effect too early: it is null and void."
	textNoticeBreach          = "The change respects the law but not the platform's own promised notice: a breach of contract."
	textNoticeOK              = "The notice is long enough."
	textNoticeTermination     = "The seller may terminate on this notice from %s until %s."

	textSanctionDecision  = "Decision: %s taking effect %s."
	textSanctionDSA       = "The seller must also get a statement of reasons under the DSA, at the latest when the restriction is imposed."
	textSanctionException = "Exception to the 30 days' notice claimed: %s; the statement of reasons is still due without undue delay."
	textSanctionNotice    = "A termination needs %d days' notice: the statement of reasons had to reach the seller before %s."
	textSanctionReasonsBy = "The statement of reasons must reach the seller on a durable medium by %s, when the measure takes effect."
	textSanctionMisuse    = "A suspension for misuse needs a prior warning and a reasonable period."
	textSanctionComplaint = "The seller may complain through the internal complaint system until %s."
	textSanctionDefect    = "Procedural defect: %s."
	textSanctionOK        = "The procedure was followed."

	textInformLookback = "Buyers of the last %d months before awareness are concerned: purchases from %s."
	textInformRecall   = "On a recall every buyer the platform can identify is concerned, with no lookback."
	textInformCount    = "%d buyers to inform directly, %d without contact details, %d purchases outside the period."
	textInformPublic   = "Some buyers cannot be reached: the information must also be published where buyers will see it."
	textInformWhen     = "The law sets no number of days: inform without undue delay."
)

// Translations returns the translations of every step text and phrase the
// package emits, in every supported language, from the catalogs kept as
// data in texts/ (one JSON object per language, keyed by the English
// text). It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.MustLoadTranslations(Texts())
}

// Texts returns the catalogs of Translations as data: one file LANG.json
// per language (explain.LoadCatalog reads only the languages it is asked
// for).
func Texts() fs.FS {
	sub, _ := fs.Sub(texts, "texts")
	return sub
}

//go:embed texts/*.json
var texts embed.FS
