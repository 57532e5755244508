package platform

import "github.com/aftersales/aftersales/explain"

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

// caveatFR is the French of each caveat's sentence.
func caveatFR(fact string) string {
	switch fact {
	case FactReg1182Applies:
		return "Le règlement 1182/71 est supposé régir les délais du règlement P2B, du GPSR et du DSA (jour de l'événement non compté, délai expirant à la fin de son dernier jour)."
	case FactWorkingDays:
		return "Les jours ouvrables sont tous les jours autres que les jours fériés, dimanches et samedis (règl. 1182/71 art. 2(2))."
	case FactHolidaysOfState:
		return "Les jours fériés sont ceux de l'État membre où l'action doit être accomplie (règl. 1182/71 art. 2(1)) : le calendrier du marché."
	case FactGPSRNotice3Days:
		return "Les notifications relatives à la sécurité des produits doivent être traitées dans les 3 jours ouvrables suivant leur réception (deux sources secondaires ; le paragraphe de l'art. 22 du GPSR n'est pas confirmé)."
	case FactGPSRReporting:
		return "La place de marché doit informer l'autorité qui a émis l'injonction des suites données (libellé exact de l'art. 22(4) du GPSR non vu)."
	case FactP2BAdaptation:
		return "Si le vendeur doit procéder à des adaptations techniques ou commerciales, le préavis doit dépasser 15 jours ; le texte ne fixe aucune durée."
	case FactP2BChangeException:
		return "Les exceptions au préavis de l'art. 3(4) P2B (obligation légale ne laissant pas le temps ; danger imprévu et imminent) sont citées de mémoire."
	case FactP2BVoid:
		return "Les modifications appliquées en violation de l'art. 3(2) sont nulles et non avenues (considérant 20 vu ; le numéro 3(3) vient d'une source secondaire)."
	case FactContractualNotice:
		return "Ne pas respecter un préavis plus long promis par les conditions de la plateforme est un manquement contractuel, pas une nullité au titre du P2B (déduction)."
	case FactP2BTermExceptions:
		return "Les motifs de l'art. 4(4) P2B (obligation légale, raison impérieuse de droit national, manquements répétés) sont cités de mémoire ; seul le début de 4(4) a été vu."
	case FactP2BReasonsUndue:
		return "Sous une exception de l'art. 4(4) P2B, l'exposé des motifs reste dû sans retard injustifié (dernière phrase de 4(4) non vue)."
	case FactDSA17Timing:
		return "Art. 17 du DSA : l'exposé des motifs est dû au plus tard lorsque la restriction est imposée (libellé cité de mémoire)."
	case FactDSA17Content:
		return "Contenu de l'exposé des motifs (faits, fondement, moyens automatisés, voies de recours) d'après des sources secondaires (art. 17(3) DSA ; art. 4(5) P2B de mémoire)."
	case FactDSAComplaintCount:
		return "Les 6 mois de l'art. 20 du DSA courent du jour où le vendeur est informé, ce jour non compté, jusqu'à la fin de la même date 6 mois plus tard, reportée hors d'un jour de repos : la lecture la plus tardive."
	case FactDSA16To17AllSizes:
		return "Les art. 16 et 17 du DSA s'appliquent à tout hébergeur quelle que soit sa taille ; le système de réclamation de l'art. 20 ne lie pas les micro et petites entreprises (art. 19, source secondaire)."
	case FactDSA32LookbackBounds:
		return "La période de 6 mois de l'art. 32(1) du DSA est supposée commencer au début de la même date 6 mois avant le jour de la prise de connaissance (la lecture la plus large)."
	case FactGPSR35Marketplace:
		return "En cas de rappel, la place de marché doit aider à prévenir les consommateurs concernés qu'elle peut identifier (art. 22 et 35 du GPSR, sources secondaires)."
	case FactGPSR35NoLookback:
		return "L'art. 35 du GPSR ne fixe pas de période : tout acheteur identifiable du produit rappelé est concerné (déduction)."
	}
	return ""
}

// Translations returns the French translations of every step text the
// package emits, for explain.NewCatalog. It returns a fresh map each call.
func Translations() explain.Translations {
	fr := translationsFR()
	for _, f := range allFacts() {
		c := caveat(f)
		fr[caveatText(c)] = "[" + string(c.Confidence) + "] " + caveatFR(f)
	}
	return explain.Translations{"fr": fr}
}

func translationsFR() map[string]string {
	return map[string]string{
		textOrderReceived:    "Injonction ou notification (%s) reçue le %s.",
		textOrderNoLimit:     "Une injonction au titre de l'art. 9 du DSA doit être exécutée sans retard injustifié ; le texte ne fixe aucun délai en jours.",
		textOrderLimit:       "Elle doit être traitée sans retard injustifié et en tout cas dans les %d jours ouvrables suivant sa réception.",
		textOrderCounting:    "Le jour de réception (%s) ne compte pas ; les jours ouvrables excluent samedis, dimanches et jours fériés de %s.",
		textOrderSkipped:     "Le %s ne compte pas : %s.",
		textOrderDue:         "Limite extrême : %s, fin du %s.",
		textOrderDone:        "Exécutée le %s, dans le délai.",
		textOrderDoneLate:    "Exécutée le %s, %s après la limite.",
		textOrderOpenNoLimit: "Pas encore exécutée : agir sans retard injustifié.",
		textOrderOpen:        "Pas encore exécutée : il reste %s.",
		textOrderDueSoon:     "Pas encore exécutée et la limite approche : il ne reste que %s.",
		textOrderLate:        "Pas exécutée et la limite est dépassée de %s.",

		textNoticeChange:          "Modification des conditions notifiée le %s, applicable le %s.",
		textNoticeException:       "Exception invoquée : %s ; le préavis ne s'applique pas.",
		textNoticeAdaptation:      "Les vendeurs doivent s'adapter : la plateforme donne un préavis de %d jours.",
		textNoticeAdaptationUnset: "Les vendeurs doivent s'adapter : le préavis doit dépasser %d jours ; les règles ne fixent pas de durée plus longue.",
		textNoticeLegal:           "Préavis légal de %d jours à compter du lendemain de la notification : la modification peut s'appliquer à partir du %s.",
		textNoticeContract:        "Les conditions de la plateforme promettent un préavis de %d mois et %d jours : pas avant le %s.",
		textNoticeVoid:            "La modification s'applique trop tôt : elle est nulle et non avenue.",
		textNoticeBreach:          "La modification respecte la loi mais pas le préavis promis par la plateforme : manquement contractuel.",
		textNoticeOK:              "Le préavis est suffisant.",
		textNoticeTermination:     "Le vendeur peut résilier sur ce préavis du %s au %s.",

		textSanctionDecision:  "Décision : %s applicable le %s.",
		textSanctionDSA:       "Le vendeur doit aussi recevoir un exposé des motifs au titre du DSA, au plus tard lorsque la restriction est imposée.",
		textSanctionException: "Exception au préavis de 30 jours invoquée : %s ; l'exposé des motifs reste dû sans retard injustifié.",
		textSanctionNotice:    "Une résiliation exige %d jours de préavis : l'exposé des motifs devait parvenir au vendeur avant le %s.",
		textSanctionReasonsBy: "L'exposé des motifs doit parvenir au vendeur sur un support durable au plus tard le %s, quand la mesure prend effet.",
		textSanctionMisuse:    "Une suspension pour usage abusif exige un avertissement préalable et une durée raisonnable.",
		textSanctionComplaint: "Le vendeur peut réclamer par le système interne de traitement des réclamations jusqu'au %s.",
		textSanctionDefect:    "Vice de procédure : %s.",
		textSanctionOK:        "La procédure a été respectée.",

		textInformLookback: "Sont concernés les acheteurs des %d derniers mois avant la prise de connaissance : achats à partir du %s.",
		textInformRecall:   "En cas de rappel, tout acheteur que la plateforme peut identifier est concerné, sans limite dans le passé.",
		textInformCount:    "%d acheteurs à informer directement, %d sans coordonnées, %d achats hors période.",
		textInformPublic:   "Certains acheteurs sont injoignables : l'information doit aussi être publiée là où les acheteurs la verront.",
		textInformWhen:     "Le texte ne fixe pas de nombre de jours : informer sans retard injustifié.",
	}
}
