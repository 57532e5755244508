package warranty

import (
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// term is a word used as a step argument ("new", "contract"); it renders
// itself in the reader's language.
type term string

// String returns the English word.
func (t term) String() string { return string(t) }

// Localize returns t in lang: French when lang is French, else English.
func (t term) Localize(lang language.Tag) string {
	if base, _ := lang.Base(); base.String() != "fr" {
		return string(t)
	}
	switch t {
	case "new":
		return "neufs"
	case "second-hand":
		return "d'occasion"
	case "contract":
		return "contrat"
	case "delivery":
		return "livraison"
	case "consumer":
		return "consommateur"
	case "professional":
		return "professionnel"
	case "condition":
		return "l'état"
	case "guarantee":
		return "la garantie"
	case "damage":
		return "les dégradations"
	}
	return string(t)
}

// Translations returns the French translations of every step text the
// package emits, keyed by the English text (which is also the English
// rendering).
func Translations() explain.Translations {
	return explain.Translations{"fr": {
		"After a price reduction or a rescission the seller refunds within %d days.":                                                                                                "Après une réduction du prix ou une résolution, le vendeur rembourse dans les %d jours.",
		"Commercial warranty of %d months from %s: until %s.":                                                                                                                       "Garantie commerciale de %d mois à compter du %s : jusqu'au %s.",
		"Consumer buyer and professional seller: the legal guarantee of conformity covers the sale.":                                                                                "Acheteur consommateur et vendeur professionnel : la garantie légale de conformité couvre la vente.",
		"Contract concluded on %s: the %s rules apply.":                                                                                                                             "Contrat conclu le %s : les règles issues de %s s'appliquent.",
		"Delivered on %s: a defect appearing by %s is covered (%d months from delivery).":                                                                                           "Livré le %s : un défaut apparu au plus tard le %s est couvert (%d mois à compter de la délivrance).",
		"Delivered on %s: the action must be brought by %s (%d months from delivery).":                                                                                              "Livré le %s : l'action doit être engagée au plus tard le %s (%d mois à compter de la délivrance).",
		"Electrical or electronic equipment or furniture: the listing must state how long spare parts are available, or that they are not (the maker's silence means unavailable).": "Équipement électrique ou électronique ou meuble : l'annonce doit indiquer la durée de disponibilité des pièces détachées, ou leur indisponibilité (le silence du fabricant vaut indisponibilité).",
		"For %s goods a defect is presumed to have existed at delivery until %s; it appeared on %s, so the buyer must prove it.":                                                    "Pour des biens %s, un défaut est présumé exister à la délivrance jusqu'au %s ; il est apparu le %s, la preuve incombe donc à l'acheteur.",
		"For %s goods a defect is presumed to have existed at delivery until %s; it appeared on %s, so the seller must prove otherwise.":                                            "Pour des biens %s, un défaut est présumé exister à la délivrance jusqu'au %s ; il est apparu le %s, c'est donc au vendeur de prouver le contraire.",
		"Hidden defect discovered on %s: the action is open %d months from discovery but never beyond %s (%d years from the %s): last day %s.":                                      "Vice caché découvert le %s : l'action est ouverte %d mois à compter de la découverte mais jamais au-delà du %s (%d ans à compter de la date du %s) : dernier jour le %s.",
		"Hidden defect discovered on %s: the action is open %d months from discovery, until %s.":                                                                                    "Vice caché découvert le %s : l'action est ouverte %d mois à compter de la découverte, jusqu'au %s.",
		"No commercial warranty is given.": "Aucune garantie commerciale n'est accordée.",
		"No ground for a price reduction or a rescission yet (refusal, delay beyond the time allowed, failed repair).":                                       "Pas encore de motif de réduction du prix ou de résolution (refus, dépassement du délai, réparation infructueuse).",
		"No repairability or durability index or energy label is required for %s on %s.":                                                                     "Aucun indice de réparabilité ou de durabilité ni étiquette énergie n'est exigé pour %s le %s.",
		"On %s the action is still open until %s: the guarantee applies.":                                                                                    "Le %s, l'action reste ouverte jusqu'au %s : la garantie s'applique.",
		"On %s the action is time-barred since %s: the guarantee can no longer be enforced.":                                                                 "Le %s, l'action est prescrite depuis le %s : la garantie ne peut plus être mise en œuvre.",
		"On %s the buyer may still act for a hidden defect (return for a refund or keep with a partial refund), if he proves it.":                            "Le %s, l'acheteur peut encore agir pour vice caché (rendre le bien contre remboursement ou le garder contre une partie du prix), s'il le prouve.",
		"On %s the hidden-defect action is out of time.":                                                                                                     "Le %s, l'action en garantie des vices cachés est hors délai.",
		"Per repair only the longer of the extension and the suspension counts.":                                                                             "Pour chaque réparation, seule la plus longue de la prolongation et de la suspension compte.",
		"Refund due within %d days of %s: by %s, by the same means of payment and without fees.":                                                             "Remboursement dû dans les %d jours à compter du %s : au plus tard le %s, par le même moyen de paiement et sans frais.",
		"Repair %d has run since %s (%d days up to the assessment date): the period is suspended and now ends on %s.":                                        "La réparation %d est en cours depuis le %s (%d jours à la date d'évaluation) : le délai est suspendu et prend fin le %s.",
		"Repair %d immobilised the goods for %d days (at least %d): the commercial warranty runs until %s.":                                                  "La réparation %d a immobilisé le bien %d jours (au moins %d) : la garantie commerciale court jusqu'au %s.",
		"Repair %d immobilised the goods from %s to %s (%d days) and extends the guarantee by %d months: the period now ends on %s.":                         "La réparation %d a immobilisé le bien du %s au %s (%d jours) et prolonge la garantie de %d mois : le délai prend fin le %s.",
		"Repair %d immobilised the goods from %s to %s (%d days): the period is suspended and now ends on %s.":                                               "La réparation %d a immobilisé le bien du %s au %s (%d jours) : le délai est suspendu et prend fin le %s.",
		"Repair %d, requested on %s, came after the period ended on %s: it was not under the guarantee.":                                                     "La réparation %d, demandée le %s, est postérieure à la fin du délai le %s : elle ne relevait pas de la garantie.",
		"Repair %d, requested on %s, comes after the assessment date: not taken into account.":                                                               "La réparation %d, demandée le %s, est postérieure à la date d'évaluation : elle n'est pas prise en compte.",
		"Repair %d, requested on %s, concerned the goods since replaced: the new period ignores it.":                                                         "La réparation %d, demandée le %s, concernait le bien depuis remplacé : le nouveau délai n'en tient pas compte.",
		"Repair %d, requested on %s, does not change the period.":                                                                                            "La réparation %d, demandée le %s, ne modifie pas le délai.",
		"Repair %d, returned on %s, extends the guarantee by %d months: the period now ends on %s.":                                                          "La réparation %d, restituée le %s, prolonge la garantie de %d mois : le délai prend fin le %s.",
		"Repair or replacement requested on %s is due, free of charge, by %s.":                                                                               "La réparation ou le remplacement demandé le %s est dû, sans frais, au plus tard le %s.",
		"Repair or replacement requested on %s was done on %s, within the time allowed (%s).":                                                                "La réparation ou le remplacement demandé le %s a été effectué le %s, dans le délai (%s).",
		"Repair or replacement requested on %s was due, free of charge, by %s and was not done in time.":                                                     "La réparation ou le remplacement demandé le %s était dû, sans frais, au plus tard le %s et n'a pas été effectué à temps.",
		"Rescission notified on %s: the seller takes the goods back at his expense and refunds within %d days of receiving them or proof of their dispatch.": "Résolution notifiée le %s : le vendeur reprend le bien à ses frais et rembourse dans les %d jours de sa réception ou de la preuve de son expédition.",
		"The action is limited to %d years from knowledge of the defect on %s, but never beyond %s (%d years from delivery): last day %s.":                   "L'action se prescrit par %d ans à compter de la connaissance du défaut le %s, mais jamais au-delà du %s (%d ans après la délivrance) : dernier jour le %s.",
		"The action is limited to %d years from knowledge of the defect on %s: last day %s.":                                                                 "L'action se prescrit par %d ans à compter de la connaissance du défaut le %s : dernier jour le %s.",
		"The buyer chose repair and the seller replaced the goods: a new period runs from the replacement's delivery on %s to %s.":                           "L'acheteur avait choisi la réparation et le vendeur a remplacé le bien : un nouveau délai court de la délivrance du remplacement le %s jusqu'au %s.",
		"The buyer chose the replacement delivered on %s: the period is not renewed.":                                                                        "L'acheteur a choisi le remplacement livré le %s : le délai n'est pas renouvelé.",
		"The buyer may ask for a price reduction or rescind the contract.":                                                                                   "L'acheteur peut demander une réduction du prix ou la résolution du contrat.",
		"The buyer may ask for a price reduction; no rescission, the defect being minor.":                                                                    "L'acheteur peut demander une réduction du prix ; pas de résolution, le défaut étant mineur.",
		"The buyer may ask for repair or replacement, free of charge, to be done within %d days of the request.":                                             "L'acheteur peut demander la réparation ou le remplacement, sans frais, à effectuer dans les %d jours de la demande.",
		"The conformity guarantee does not apply: its remedies are not open.":                                                                                "La garantie de conformité ne s'applique pas : ses recours ne sont pas ouverts.",
		"The defect appeared on %s, after the period ended on %s: the guarantee does not apply.":                                                             "Le défaut est apparu le %s, après la fin du délai le %s : la garantie ne s'applique pas.",
		"The defect appeared on %s, outside the commercial warranty (%s to %s).":                                                                             "Le défaut est apparu le %s, hors de la garantie commerciale (du %s au %s).",
		"The defect appeared on %s, within the commercial warranty.":                                                                                         "Le défaut est apparu le %s, pendant la garantie commerciale.",
		"The defect appeared on %s, within the period ending on %s: the guarantee applies.":                                                                  "Le défaut est apparu le %s, dans le délai qui prend fin le %s : la garantie s'applique.",
		"The defect persisted after repair %d.":                                                                                                              "Le défaut a persisté après la réparation %d.",
		"The goods have been immobilised since %s (%d days up to the assessment date): the period is suspended and now ends on %s.":                          "Le bien est immobilisé depuis le %s (%d jours à la date d'évaluation) : le délai est suspendu et prend fin le %s.",
		"The goods were immobilised from %s to %s (%d days): the period is suspended and now ends on %s.":                                                    "Le bien a été immobilisé du %s au %s (%d jours) : le délai est suspendu et prend fin le %s.",
		"The legal guarantee of conformity covers only sales by a professional seller to a consumer (buyer: %s, seller: %s).":                                "La garantie légale de conformité ne couvre que les ventes d'un vendeur professionnel à un consommateur (acheteur : %s, vendeur : %s).",
		"The listing must state the availability period of spare parts when the maker or importer gave it.":                                                  "L'annonce doit indiquer la période de disponibilité des pièces détachées lorsque le fabricant ou l'importateur l'a communiquée.",
		"The listing must state: %s.": "L'annonce doit indiquer : %s.",
		"The listing of a %s must show the EU energy label with its repairability class (required since %s).":                                                               "L'annonce d'un produit de la catégorie %s doit afficher l'étiquette énergie de l'UE avec sa classe de réparabilité (obligatoire depuis le %s).",
		"The listing of a %s must show the durability index (required since %s).":                                                                                           "L'annonce d'un produit de la catégorie %s doit afficher l'indice de durabilité (obligatoire depuis le %s).",
		"The listing of a %s must show the repairability index (required since %s).":                                                                                        "L'annonce d'un produit de la catégorie %s doit afficher l'indice de réparabilité (obligatoire depuis le %s).",
		"The policy renews the period after any replacement: a new period runs from the replacement's delivery on %s to %s.":                                                "La politique renouvelle le délai après tout remplacement : un nouveau délai court de la délivrance du remplacement le %s jusqu'au %s.",
		"The replacement delivered on %s comes after the assessment date: not taken into account.":                                                                          "Le remplacement livré le %s est postérieur à la date d'évaluation : il n'est pas pris en compte.",
		"The seller refused on %s to bring the goods into conformity.":                                                                                                      "Le vendeur a refusé le %s de mettre le bien en conformité.",
		"Under the former rules the action is time-barred after %s.":                                                                                                        "Selon les anciennes règles, l'action est prescrite après le %s.",
		"The goods are meant to last considerably longer than usual: the period is %d months.":                                                                              "Le bien est destiné à durer bien plus longtemps que d'ordinaire : le délai est de %d mois.",
		"The goods are not meant to last considerably longer than usual: the period is %d months.":                                                                          "Le bien n'est pas destiné à durer bien plus longtemps que d'ordinaire : le délai est de %d mois.",
		"The %d months agreed for second-hand goods are not shorter than the %d-month period: no effect.":                                                                   "Les %d mois convenus pour un bien d'occasion ne sont pas plus courts que le délai de %d mois : sans effet.",
		"For second-hand goods the parties agreed on %d months instead of %d (at least %d may be agreed).":                                                                  "Pour un bien d'occasion, les parties ont convenu de %d mois au lieu de %d (au moins %d peuvent être convenus).",
		"Whether a shorter period may be agreed for second-hand goods under the %s rules is not confirmed: the full %d months are kept, not the %d agreed.":                 "Il n'est pas confirmé que les règles issues de %s permettent de convenir d'un délai plus court pour un bien d'occasion : le délai complet de %d mois est retenu, et non les %d convenus.",
		"Whether the buyer must notify the defect within a set time under the %s rules is not confirmed (the directive allows a duty of at least 2 months from discovery).": "Il n'est pas confirmé que les règles issues de %s obligent l'acheteur à dénoncer le défaut dans un délai fixe (la directive permet un délai d'au moins 2 mois à compter de la découverte).",
		"The defect discovered on %s was notified on %s, within %d months (by %s).":                                                                                         "Le défaut découvert le %s a été dénoncé le %s, dans les %d mois (au plus tard le %s).",
		"The defect discovered on %s must be notified to the seller by %s (%d months).":                                                                                     "Le défaut découvert le %s doit être dénoncé au vendeur au plus tard le %s (%d mois).",
		"The defect discovered on %s had to be notified by %s (%d months) and was not: the remedies are lost.":                                                              "Le défaut découvert le %s devait être dénoncé au plus tard le %s (%d mois) et ne l'a pas été : les recours sont perdus.",
		"The defect discovered on %s was not notified by %s (%d months): the buyer keeps the remedies but answers for the damage the delay caused.":                         "Le défaut découvert le %s n'a pas été dénoncé au plus tard le %s (%d mois) : l'acheteur garde ses recours mais répond du dommage causé par le retard.",
		"The defect discovered on %s was not notified by %s (%d months, always in time): whether a later notice came within a reasonable time is for a court.":              "Le défaut découvert le %s n'a pas été dénoncé au plus tard le %s (%d mois, toujours dans les temps) : un juge dira si une dénonciation plus tardive est intervenue dans un délai raisonnable.",
		"How long the buyer has to bring the action under the %s rules is not confirmed: no limitation date is given.":                                                      "Le délai d'action de l'acheteur selon les règles issues de %s n'est pas confirmé : aucune date de prescription n'est donnée.",
		"The claim is time-barred with the end of the period, after %s.":                                                                                                    "L'action se prescrit avec la fin du délai, après le %s.",
		"The action must be brought within %d months of delivery on %s: by %s.":                                                                                             "L'action doit être engagée dans les %d mois de la délivrance du %s : au plus tard le %s.",
		"The action must be brought within %d months after the period ended on %s: by %s.":                                                                                  "L'action doit être engagée dans les %d mois suivant la fin du délai le %s : au plus tard le %s.",
		"The action is time-barred %d months after the buyer's notice of the defect; no notice is given yet, so the limitation has not started.":                            "L'action se prescrit %d mois après la dénonciation du défaut par l'acheteur ; aucune dénonciation n'a encore eu lieu, la prescription n'a donc pas commencé.",
		"The action is time-barred %d months after the notice of %s: by %s.":                                                                                                "L'action se prescrit %d mois après la dénonciation du %s : au plus tard le %s.",
		"The action must be brought within %d months of the defect's appearance on %s: by %s.":                                                                              "L'action doit être engagée dans les %d mois de l'apparition du défaut le %s : au plus tard le %s.",
		"The defect appeared on %s, within the period: the limitation does not end before %d months later, %s.":                                                             "Le défaut est apparu le %s, dans le délai : la prescription ne prend pas fin avant %d mois plus tard, le %s.",
		"The repaired or replacement goods came back on %s: the limitation does not end before %d months later, %s.":                                                        "Le bien réparé ou remplacé a été restitué le %s : la prescription ne prend pas fin avant %d mois plus tard, le %s.",
		"The mandatory guarantee applies to contracts from %s: not to this one.":                                                                                            "La garantie obligatoire s'applique aux contrats conclus à partir du %s : pas à celui-ci.",
		"The mandatory guarantee covers new goods only.":                                                                                                                    "La garantie obligatoire ne couvre que les biens neufs.",
		"Whether the mandatory guarantee reaches refurbished goods is not confirmed: it is not applied.":                                                                    "Il n'est pas confirmé que la garantie obligatoire couvre les biens reconditionnés : elle n'est pas appliquée.",
		"A price of %s is below the first band (%s): no mandatory guarantee.":                                                                                               "Un prix de %s est inférieur à la première tranche (%s) : pas de garantie obligatoire.",
		"New listed durable goods at %s: a mandatory guarantee of %d months, until %s, covers the defect that appeared on %s.":                                              "Bien durable neuf de la liste à %s : une garantie obligatoire de %d mois, jusqu'au %s, couvre le défaut apparu le %s.",
		"New listed durable goods at %s: the mandatory guarantee of %d months ended on %s, before the defect appeared on %s.":                                               "Bien durable neuf de la liste à %s : la garantie obligatoire de %d mois a pris fin le %s, avant l'apparition du défaut le %s.",
		"Not confirmed by the research and read as shown: %s. A court, or a policy that states the value, settles them.":                                                    "Non confirmé par la recherche et lu comme indiqué : %s. Un juge, ou une politique qui fixe la valeur, tranche ces points.",
		"Delivered on %s: no fixed period; a defect appearing within the goods' expected lifespan of %d months, by %s, is covered.":                                         "Livré le %s : pas de délai fixe ; un défaut apparu pendant la durée de vie attendue du bien, %d mois, au plus tard le %s, est couvert.",
		"The defect was not notified within %d months of its discovery: the buyer has lost the remedies of the guarantee.":                                                  "Le défaut n'a pas été dénoncé dans les %d mois de sa découverte : l'acheteur a perdu les recours de la garantie.",
		"The request of %s was answered on %s, within %d days (by %s).":                                                                                                     "La demande du %s a reçu une réponse le %s, dans les %d jours (au plus tard le %s).",
		"The seller must answer the request of %s by %s (%d days), or it is deemed accepted.":                                                                               "Le vendeur doit répondre à la demande du %s au plus tard le %s (%d jours), faute de quoi elle est réputée acceptée.",
		"The request of %s was not answered by %s (%d days): it is deemed accepted.":                                                                                        "La demande du %s n'a pas reçu de réponse au plus tard le %s (%d jours) : elle est réputée acceptée.",
		"Repair or replacement, free of charge, is due within a reasonable time: these rules set no number of days.":                                                        "La réparation ou le remplacement, sans frais, est dû dans un délai raisonnable : ces règles ne fixent pas de nombre de jours.",
		"These rules hold no hidden-defect guarantee.":                                                                                                                      "Ces règles ne comportent pas de garantie des vices cachés.",
		"These rules hold no listing duties: the category %s is not checked.":                                                                                               "Ces règles ne comportent pas d'obligations d'annonce : la catégorie %s n'est pas vérifiée.",
	}}
}
