package dispute

import "github.com/aftersales/aftersales/explain"

// Translations returns the French translations of every step text the
// package emits, for explain.NewCatalog. Each call returns a fresh map.
func Translations() explain.Translations {
	return explain.Translations{"fr": {
		"%s is the last level: no further escalation.":                                                                     "%s est le dernier niveau : plus d'escalade.",
		"Commitment %q (within %s) is due at %s.":                                                                          "L'engagement %q (sous %s) est dû le %s.",
		"Commitment %q (within %s, due %s) was met at %s.":                                                                 "L'engagement %q (sous %s, dû le %s) a été tenu le %s.",
		"Commitment %q (within %s, due %s) was missed.":                                                                    "L'engagement %q (sous %s, dû le %s) n'a pas été tenu.",
		"Commitment %q no longer applies: the complaint was resolved before level %d.":                                     "L'engagement %q ne s'applique plus : la réclamation a été résolue avant le niveau %d.",
		"Condition %s = %t fails: the fact is %t.":                                                                         "La condition %s = %t n'est pas remplie : le fait vaut %t.",
		"Condition %s = %t fails: the fact was not given.":                                                                 "La condition %s = %t n'est pas remplie : le fait n'a pas été fourni.",
		"Condition %s = %t holds.":                                                                                         "La condition %s = %t est remplie.",
		"Fact %s is not a takeover ground in this policy.":                                                                 "Le fait %s n'est pas un motif de reprise dans cette politique.",
		"Ground %s applies: the platform may take over the customer contact.":                                              "Le motif %s s'applique : la plateforme peut prendre en charge le contact client.",
		"No dispute yet: message %s is still within its deadline; one opens at %s if it stays unanswered.":                 "Pas encore de litige : le message %s est dans son délai ; un litige s'ouvre le %s s'il reste sans réponse.",
		"No dispute: every message was answered in time.":                                                                  "Pas de litige : chaque message a reçu une réponse dans le délai.",
		"No message of a kind whose late reply opens a dispute (%s).":                                                      "Aucun message d'un type dont la réponse tardive ouvre un litige (%s).",
		"No performance rate given: the threshold %s cannot be checked.":                                                   "Aucun taux de performance fourni : le seuil %s ne peut pas être vérifié.",
		"No reply to message %s (%s) by its deadline %s: a dispute opened by itself at that instant.":                      "Pas de réponse au message %s (%s) avant son échéance du %s : un litige s'est ouvert automatiquement à cet instant.",
		"No sanction of this policy applies.":                                                                              "Aucune sanction de cette politique ne s'applique.",
		"No takeover ground applies: the seller keeps the customer contact.":                                               "Aucun motif de reprise ne s'applique : le vendeur garde le contact client.",
		"Once it has taken over, the platform handles the complaint or return itself and charges the costs to the seller.": "Une fois le contact repris, la plateforme traite elle-même la réclamation ou le retour et en impute les frais au vendeur.",
		"Reference %s: prefix %s, sequence %d, check digits %02d (ISO 7064 MOD 97-10).":                                    "Référence %s : préfixe %s, séquence %d, chiffres de contrôle %02d (ISO 7064 MOD 97-10).",
		"Resolution is aimed at by %s (%s after the first contact).":                                                       "La résolution est visée pour le %s (%s après le premier contact).",
		"Resolved at %s at level %d (%s): the complaint no longer moves.":                                                  "Résolue le %s au niveau %d (%s) : la réclamation n'évolue plus.",
		"The complaint opened at %s with %s (level 0).":                                                                    "La réclamation a été ouverte le %s auprès de %s (niveau 0).",
		"The deadline of message %s moved to %s because of a registered vacation (%s to %s).":                              "L'échéance du message %s a été reportée au %s en raison de congés enregistrés (du %s au %s).",
		"The dispute ground %s is made out.":                                                                               "Le motif de litige %s est établi.",
		"The dispute ground %s is not made out.":                                                                           "Le motif de litige %s n'est pas établi.",
		"The performance rate %s is not under the threshold %s.":                                                           "Le taux de performance %s n'est pas inférieur au seuil %s.",
		"The performance rate %s is under the threshold %s: measures %s.":                                                  "Le taux de performance %s est inférieur au seuil %s : mesures %s.",
		"The reply to message %s (%s) is late, but a late reply to this kind opens no dispute by itself.":                  "La réponse au message %s (%s) est tardive, mais pour ce type de message elle n'ouvre pas de litige automatique.",
		"The resolution target (%s after the first contact, %s) was met.":                                                  "L'objectif de résolution (%s après le premier contact, le %s) a été atteint.",
		"The resolution target (%s after the first contact, %s) was missed.":                                               "L'objectif de résolution (%s après le premier contact, le %s) a été manqué.",
		"The seller dealt with buyers outside the platform: measures %s.":                                                  "Le vendeur a traité avec des acheteurs hors de la plateforme : mesures %s.",
		"The seller does not answer within the reply deadlines: measures %s.":                                              "Le vendeur ne répond pas dans les délais : mesures %s.",
		"The seller does not cooperate in good faith: measures %s.":                                                        "Le vendeur ne coopère pas de bonne foi : mesures %s.",
		"Unless resolved first, it goes to %s (level %d) at %s.":                                                           "Sauf résolution avant, elle passe à %s (niveau %d) le %s.",
		"Unresolved %s after the first contact, it went to %s (level %d) at %s.":                                           "Non résolue %s après le premier contact, elle est passée à %s (niveau %d) le %s.",
	}}
}
