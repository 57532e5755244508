package sla

import "github.com/aftersales/aftersales/explain"

// Translations returns the French translations of every step text the
// package emits, for explain.NewCatalog. It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.Translations{"fr": {
		textTargetBusiness:    "Délai de réponse pour « %s » : %d heures ouvrées, comptées seulement pendant le temps de travail des jours ouvrés.",
		textTargetDays:        "Délai de réponse pour « %s » : %d jours ouvrés, à la même heure.",
		textTargetCalendar:    "Délai de réponse pour « %s » : %d heures, jours fériés et fermetures compris.",
		textTargetElapsedDays: "Délai de réponse pour « %s » : %d jours calendaires, à la même heure.",
		textHoliday:           "Le délai n'a pas couru le %s, jour férié (%s).",
		textClosure:           "Le délai n'a pas couru pendant la fermeture du vendeur du %s au %s, enregistrée le %s avant son début.",
		textClosureAdvance:    "Le délai n'a pas couru pendant la fermeture du vendeur du %s au %s, enregistrée avant son début.",
		textClosureLate:       "La fermeture du %s au %s ne suspend pas le délai : elle a été enregistrée le %s, après son début.",
		textClosurePolicy:     "La fermeture du %s au %s ne suspend pas le délai : ces règles n'exemptent pas les fermetures du vendeur.",
		textDue:               "Réponse due au plus tard le %s.",
		textNoReplyStars:      "Aucune réponse requise : avis de %d étoiles.",
		textNoReplyTarget:     "Aucune réponse requise : ces règles ne fixent pas de délai pour « %s ».",
		textOnTime:            "Répondu le %s, dans le délai.",
		textLate:              "Répondu le %s, %s après l'échéance.",
		textBreached:          "Sans réponse : l'échéance est dépassée de %s selon l'horloge du délai.",
		textOpen:              "Pas encore de réponse : il reste %s.",
		textDueSoon:           "Pas encore de réponse et échéance proche : il ne reste que %s.",
		textFirstBreach:       "Première échéance manquée : %s (message %s).",
		textNoBreach:          "Aucune échéance de réponse manquée au %s.",
		textIgnoresPlatfrm:    "Les messages de la plateforme ne valent pas réponse : seule une réponse du vendeur compte.",
		textAbsenceNoRule:     "Ces règles n'imposent aucun préavis pour les absences du vendeur.",
		textAbsenceRule:       "Une absence de plus de %d jours ouvrés doit être annoncée au moins %d jours avant son début.",
		textAbsenceShort:      "L'absence du %s au %s couvre %d jours ouvrés : aucun préavis n'est requis.",
		textAbsenceOK:         "L'absence du %s au %s couvre %d jours ouvrés et a été annoncée %d jours à l'avance : conforme.",
		textAbsenceTooLate:    "L'absence du %s au %s couvre %d jours ouvrés et a été annoncée %d jours à l'avance, %d requis : non conforme.",
		textAbsenceCounting:   "Les jours ouvrés sont comptés sur le calendrier de la politique : week-ends et jours fériés exclus.",
		textUpdateRule:        "Tant qu'un dossier est ouvert, le vendeur doit donner des nouvelles au moins tous les %d jours ouvrés.",
		textUpdateFrom:        "Compté à partir du %s, ouverture du dossier ou dernier message du vendeur depuis.",
		textUpdateDue:         "Prochaine mise à jour du vendeur due au plus tard le %s.",
		textUpdateLate:        "Aucune mise à jour du vendeur au %s : en retard.",
		textPerfWindow:        "Messages d'acheteurs dont l'échéance tombait du %s au %s, jugés à la fin de la période : %d dus, %d répondus à temps, %d en retard, %d sans réponse.",
		textPerfRate:          "Taux de réponse dans les délais %d/%d = %s.",
		textPerfTimes:         "Temps de réponse ouvré sur %d messages répondus : médiane %s, 90e centile %s (rang le plus proche).",
	}}
}
