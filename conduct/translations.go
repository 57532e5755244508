package conduct

import "github.com/aftersales/aftersales/explain"

// Translations returns the French and Polish translations of the step
// texts this package emits, for explain.NewCatalog.
func Translations() explain.Translations {
	return explain.Translations{
		"fr": {
			"the text gives an e-mail address (%s): exchanges must stay on the platform":                       "le texte donne une adresse e-mail (%s) : les échanges doivent rester sur la plateforme",
			"the text gives a phone number (%s): exchanges must stay on the platform":                          "le texte donne un numéro de téléphone (%s) : les échanges doivent rester sur la plateforme",
			"the text gives a web address (%s): exchanges must stay on the platform":                           "le texte donne une adresse web (%s) : les échanges doivent rester sur la plateforme",
			"the text points to a messaging app or social network (%s): exchanges must stay on the platform":   "le texte renvoie vers une messagerie ou un réseau social (%s) : les échanges doivent rester sur la plateforme",
			"the text gives payment details for outside the platform (%s): payments must stay on the platform": "le texte donne des coordonnées de paiement hors plateforme (%s) : les paiements doivent rester sur la plateforme",
			"the text carries marketing wording (%s): sellers must not contact buyers for marketing":           "le texte contient une sollicitation commerciale (%s) : les vendeurs ne doivent pas démarcher les acheteurs",
			"no forbidden content found (checked: %s)":                                                         "aucun contenu interdit (vérifié : %s)",
			"the rules forbid no content in messages":                                                          "les règles n'interdisent aucun contenu dans les messages",
			textNoCondition:                       "l'état de la pièce n'est pas indiqué",
			textNoWarranty:                        "la garantie n'est pas indiquée (en mois ou en texte)",
			textNoDamage:                          "les dommages ne sont pas déclarés (écrire « none » s'il n'y en a pas)",
			textFewPhotos:                         "%d photo(s), au moins %d exigée(s)",
			textNoStock:                           "pas de stock : seules les pièces réellement détenues peuvent être mises en vente",
			textStockNotHeld:                      "le stock n'est pas détenu par le vendeur : seules les pièces réellement détenues peuvent être mises en vente",
			textNoDelivery:                        "aucun délai de livraison n'est indiqué",
			textSlowDelivery:                      "%d jours vers %s, plus que les %d jours adaptés à cette destination",
			"the listing meets the listing rules": "l'annonce respecte les règles",
			textNoListingRules:                    "les règles ne fixent aucune exigence pour les annonces : rien à vérifier",
			"the same reply (at least %d%% similar) went to %d buyers: each request needs an individual answer": "la même réponse (similaire à au moins %d %%) a été envoyée à %d acheteurs : chaque demande appelle une réponse individuelle",
			textLangOK:        "la réponse est rédigée en %s, la langue du marché où la vente a lieu",
			textLangWrong:     "la réponse est rédigée en %s et non en %s, la langue du marché où la vente a lieu",
			textLangShort:     "la réponse compte %d lettres une fois retirés les nombres, adresses et noms de produits, moins que les %d nécessaires pour identifier sa langue : aucun manquement n'est retenu",
			textLangUncertain: "la réponse semble rédigée en %s mais l'identification est incertaine (confiance %.3f) : aucun manquement n'est retenu",
			textLangMixed:     "la réponse mêle le %s et le %s, la langue du marché (%d %% de ses lettres) : aucun manquement n'est retenu",
		},
		"pl": {
			"the text gives an e-mail address (%s): exchanges must stay on the platform":                        "tekst podaje adres e-mail (%s): komunikacja musi pozostać na platformie",
			"the text gives a phone number (%s): exchanges must stay on the platform":                           "tekst podaje numer telefonu (%s): komunikacja musi pozostać na platformie",
			"the text gives a web address (%s): exchanges must stay on the platform":                            "tekst podaje adres strony (%s): komunikacja musi pozostać na platformie",
			"the text points to a messaging app or social network (%s): exchanges must stay on the platform":    "tekst odsyła do komunikatora lub serwisu społecznościowego (%s): komunikacja musi pozostać na platformie",
			"the text gives payment details for outside the platform (%s): payments must stay on the platform":  "tekst podaje dane do płatności poza platformą (%s): płatności muszą pozostać na platformie",
			"the text carries marketing wording (%s): sellers must not contact buyers for marketing":            "tekst zawiera treści marketingowe (%s): sprzedawcy nie mogą kontaktować się z kupującymi w celach marketingowych",
			"no forbidden content found (checked: %s)":                                                          "nie znaleziono niedozwolonych treści (sprawdzono: %s)",
			"the rules forbid no content in messages":                                                           "zasady nie zakazują żadnych treści w wiadomościach",
			"the listing meets the listing rules":                                                               "ogłoszenie spełnia zasady",
			textNoListingRules:                                                                                  "zasady nie stawiają ogłoszeniom żadnych wymagań: nie ma czego sprawdzać",
			"the same reply (at least %d%% similar) went to %d buyers: each request needs an individual answer": "ta sama odpowiedź (podobna co najmniej w %d%%) trafiła do %d kupujących: każde zapytanie wymaga indywidualnej odpowiedzi",
			textNoCondition:  "nie podano stanu przedmiotu",
			textNoWarranty:   "nie podano gwarancji (w miesiącach lub opisowo)",
			textNoDamage:     "nie zadeklarowano uszkodzeń (wpisz „none”, jeśli ich nie ma)",
			textFewPhotos:    "%d zdjęć, wymagane co najmniej %d",
			textNoStock:      "brak stanu magazynowego: można wystawiać tylko przedmioty faktycznie posiadane",
			textStockNotHeld: "sprzedawca nie posiada tego towaru: można wystawiać tylko przedmioty faktycznie posiadane",
			textNoDelivery:   "nie podano czasu dostawy",
			textSlowDelivery: "%d dni do %s, więcej niż %d dni odpowiednie dla tego kraju",
		},
	}
}
