package refund

import (
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// Localize writes the day of the week in the language of tag.
func (w weekday) Localize(tag language.Tag) string {
	i := int(calendar.Date(w).Weekday())
	switch lang(tag) {
	case "fr":
		return [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}[i]
	case "pl":
		return [...]string{"niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"}[i]
	}
	return calendar.Date(w).Weekday().String()
}

// String is the English day of the week.
func (w weekday) String() string { return calendar.Date(w).Weekday().String() }

// Localize writes the rate with the language's decimal separator.
func (r rate) Localize(tag language.Tag) string {
	s := r.String()
	if l := lang(tag); l == "fr" || l == "pl" {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Localize names the component in the language of tag.
func (k kindName) Localize(tag language.Tag) string {
	names := map[string][2]string{
		"en": {"the standard delivery", "the delivery surcharge"},
		"fr": {"la livraison standard", "le supplément de livraison"},
		"pl": {"dostawa standardowa", "dopłata za droższą dostawę"},
	}
	n, ok := names[lang(tag)]
	if !ok {
		n = names["en"]
	}
	if Kind(k) == KindDeliverySurcharge {
		return n[1]
	}
	return n[0]
}

// String names the component in English.
func (k kindName) String() string { return k.Localize(language.English) }

func lang(tag language.Tag) string {
	b, _ := explain.Match(tag).Base()
	return b.String()
}

// exclusionText returns the French and Polish descriptions of the
// exclusions, keyed by the English description.
func exclusionText() map[string][2]string {
	return map[string][2]string{
		"price depending on financial-market fluctuations":                                   {"prix dépendant des fluctuations des marchés financiers", "cena zależna od wahań na rynku finansowym"},
		"goods made to the buyer's specifications or clearly personalised":                   {"bien confectionné selon les spécifications de l'acheteur ou nettement personnalisé", "towar wyprodukowany według specyfikacji kupującego lub wyraźnie spersonalizowany"},
		"goods liable to deteriorate or expire rapidly":                                      {"bien susceptible de se détériorer ou de se périmer rapidement", "towar szybko psujący się lub o krótkim terminie przydatności"},
		"sealed goods unsealed after delivery, not returnable for hygiene or health reasons": {"bien scellé descellé après la livraison, non renvoyable pour des raisons d'hygiène ou de santé", "towar w zapieczętowanym opakowaniu otwartym po dostarczeniu, którego nie można zwrócić ze względów higienicznych lub zdrowotnych"},
		"goods inseparably mixed with other items after delivery":                            {"bien mélangé de manière indissociable avec d'autres articles après la livraison", "towar po dostarczeniu nierozłącznie połączony z innymi rzeczami"},
		"alcoholic beverages whose value depends on the market":                              {"boissons alcoolisées dont la valeur dépend du marché", "napoje alkoholowe, których wartość zależy od rynku"},
		"urgent repair or maintenance requested at home":                                     {"réparation ou entretien urgent demandé à domicile", "pilna naprawa lub konserwacja zamówiona w domu"},
		"sealed audio or video recordings or software unsealed after delivery":               {"enregistrements audio ou vidéo ou logiciels descellés après la livraison", "nagrania audio lub wideo albo programy komputerowe otwarte po dostarczeniu"},
		"newspaper, periodical or magazine":                                                  {"journal, périodique ou magazine", "dziennik, periodyk lub czasopismo"},
		"bought at a public auction":                                                         {"achat lors d'une enchère publique", "zakup na aukcji publicznej"},
	}
}

// Translations returns the French and Polish texts of every step this
// package emits, keyed by the English text (explain.Step.Text).
func Translations() explain.Translations {
	fr := map[string]string{
		"Regular deliveries: the period runs from the first parcel, received on %s.":                                                               "Livraisons régulières : le délai court à compter du premier colis, reçu le %s.",
		"Order delivered in %d parcels: the period runs from the last one, received on %s.":                                                        "Commande livrée en %d colis : le délai court à compter du dernier, reçu le %s.",
		"A professional buyer has no right of withdrawal under this policy.":                                                                       "Un acheteur professionnel n'a pas de droit de rétractation selon ces règles.",
		"The policy extends the right of withdrawal to professional buyers.":                                                                       "Les règles étendent le droit de rétractation aux acheteurs professionnels.",
		"The buyer was not informed of the right: the period is extended by %d months, to %s.":                                                     "L'acheteur n'a pas été informé de son droit : le délai est prolongé de %d mois, jusqu'au %s.",
		"The buyer was informed on %s, after the extension ended: the period ended on %s.":                                                         "L'acheteur a été informé le %s, après la fin de la prolongation : le délai a expiré le %s.",
		"The buyer was informed of the right on %s: the period ends %d days after that, or on the normal last day if later: %s.":                   "L'acheteur a été informé de son droit le %s : le délai expire %d jours après, ou au dernier jour normal s'il est plus tardif : le %s.",
		"The buyer may withdraw until the end of %s (%s).":                                                                                         "L'acheteur peut se rétracter jusqu'à la fin du %s (%s).",
		"Received on %s (not counted): the %d-day period ends on %s.":                                                                              "Reçu le %s (jour non compté) : le délai de %d jours expire le %s.",
		"Received on %s (not counted): day %d is %s, a rest day, so the period ends on the next working day, %s.":                                  "Reçu le %s (jour non compté) : le jour %d tombe le %s, jour non ouvré, le délai expire donc le premier jour ouvrable suivant, le %s.",
		"The increase reached the price of the goods on %s and stays at %s; legal interest runs after that day. Surcharge: %s.":                    "La majoration a atteint le prix des biens le %s et reste de %s ; l'intérêt légal court après ce jour. Majoration : %s.",
		"Legal interest from %s: %d days at %s %% a year.":                                                                                         "Intérêt légal à partir du %s : %d jours au taux de %s %% l'an.",
		"The legal interest rate after the half-year from %s is not in the table yet: that rate was used; check the published rate.":               "Le taux de l'intérêt légal postérieur au semestre commençant le %s n'est pas encore dans la table : ce taux a été utilisé ; vérifiez le taux publié.",
		"Refunded %d days late: the increase is capped at the price of the goods, %s.":                                                             "Remboursé avec %d jours de retard : la majoration est plafonnée au prix des biens, %s.",
		"Refunded %d days late (up to %d days): legal interest on %s, %s.":                                                                         "Remboursé avec %d jours de retard (jusqu'à %d jours) : intérêt légal sur %s, %s.",
		"Refunded %d days late: the buyer may claim double the sum due, %s more.":                                                                  "Remboursé avec %d jours de retard : l'acheteur peut réclamer le double de la somme due, soit %s de plus.",
		"Refunded %d days late (more than %d and up to %d days): increase of %d %% of %s, %s.":                                                     "Remboursé avec %d jours de retard (plus de %d et jusqu'à %d jours) : majoration de %d %% de %s, %s.",
		"Refunded %d days late (%d further months after 90 days): increase of %d %% of %s, %s.":                                                    "Remboursé avec %d jours de retard (%d mois supplémentaires après 90 jours) : majoration de %d %% de %s, %s.",
		"Refunded %d days late (more than %d days): increase of %d %% of %s, %s.":                                                                  "Remboursé avec %d jours de retard (plus de %d jours) : majoration de %d %% de %s, %s.",
		"The seller learned of the request on %s: the refund is due within %d days, by %s.":                                                        "Le vendeur a été informé de la demande le %s : le remboursement est dû sous %d jours, au plus tard le %s.",
		"Neither the goods nor a proof of shipment have reached the seller: it may defer the refund until one does.":                               "Le vendeur n'a reçu ni les biens ni une preuve d'expédition : il peut différer le remboursement jusque-là.",
		"The seller may defer the refund until it has the goods back or a proof of shipment, whichever comes first (%s): the refund is due by %s.": "Le vendeur peut différer le remboursement jusqu'à la récupération des biens ou la preuve de leur expédition, la date la plus proche étant retenue (%s) : le remboursement est dû au plus tard le %s.",
		"The seller learned of the withdrawal on %s, after the window closed on %s: the buyer must prove he sent it in time.":                      "Le vendeur a été informé de la rétractation le %s, après la fin du délai le %s : l'acheteur doit prouver l'avoir envoyée à temps.",
		"Price of the goods refunded: %s.":                                                                                                         "Prix des biens remboursé : %s.",
		"Nothing was paid for %s.":                                                                                                                 "Rien n'a été payé pour %s.",
		"The extra cost of the dearer delivery mode chosen by the buyer is not refunded.":                                                          "Le supplément du mode de livraison plus coûteux choisi par l'acheteur n'est pas remboursé.",
		"For this reason, %s is not refunded.":                                                                                                     "Pour ce motif, pas de remboursement pour %s.",
		"No goods are refunded: %s is not refunded.":                                                                                               "Aucun bien n'est remboursé : pas de remboursement pour %s.",
		"The whole order is refunded: %s is refunded in full, %s.":                                                                                 "Toute la commande est remboursée : remboursement intégral pour %s, %s.",
		"Part of the order is refunded; the policy refunds %s in full, %s.":                                                                        "Une partie de la commande est remboursée ; les règles remboursent intégralement %s, %s.",
		"Part of the order is refunded: %s is refunded pro rata to the value of the goods (%s of %s), %s.":                                         "Une partie de la commande est remboursée : remboursement de %s au prorata de la valeur des biens (%s sur %s), %s.",
		"Part of the order is refunded: the policy refunds none of %s.":                                                                            "Une partie de la commande est remboursée : les règles ne remboursent pas %s.",
		"The buyer paid no return shipping.":                                                                                                       "L'acheteur n'a payé aucun frais de retour.",
		"The return shipping, %s, is borne by the buyer.":                                                                                          "Les frais de retour, %s, restent à la charge de l'acheteur.",
		"The return shipping paid by the buyer is refunded, %s.":                                                                                   "Les frais de retour payés par l'acheteur sont remboursés, %s.",
		"No depreciation is deducted.":                                                                                                             "Aucune dépréciation n'est déduite.",
		"Depreciation from handling beyond what trying the goods needs is deducted (%s): %s.":                                                      "La dépréciation due à des manipulations allant au-delà de l'essai des biens est déduite (%s) : %s.",
		"The buyer was not informed of the right of withdrawal: no depreciation may be deducted.":                                                  "L'acheteur n'a pas été informé du droit de rétractation : aucune dépréciation ne peut être déduite.",
		"No depreciation may be deducted for this reason.":                                                                                         "Aucune dépréciation ne peut être déduite pour ce motif.",
		"The refund has not been paid yet: no late surcharge is computed.":                                                                         "Le remboursement n'a pas encore été effectué : aucune majoration de retard n'est calculée.",
		"The refund could still be deferred when it was paid: it is not late.":                                                                     "Le remboursement pouvait encore être différé quand il a été effectué : il n'est pas en retard.",
		"Refunded on %s, on time.": "Remboursé le %s, dans les délais.",
		"Refunded %d days late; the policy applies no late-refund surcharge for this reason.": "Remboursé avec %d jours de retard ; les règles ne prévoient pas de majoration de retard pour ce motif.",
		"Earlier refunds of %s leave at most %s to refund on an order that cost %s.":          "Les remboursements antérieurs de %s laissent au plus %s à rembourser sur une commande de %s.",
		"Total refund: %s.": "Remboursement total : %s.",
	}
	pl := map[string]string{
		"Regular deliveries: the period runs from the first parcel, received on %s.":                                                               "Dostawy regularne: termin biegnie od pierwszej przesyłki, otrzymanej %s.",
		"Order delivered in %d parcels: the period runs from the last one, received on %s.":                                                        "Zamówienie dostarczone w %d przesyłkach: termin biegnie od ostatniej, otrzymanej %s.",
		"A professional buyer has no right of withdrawal under this policy.":                                                                       "Kupujący będący przedsiębiorcą nie ma według tych zasad prawa odstąpienia.",
		"The policy extends the right of withdrawal to professional buyers.":                                                                       "Zasady rozszerzają prawo odstąpienia na kupujących będących przedsiębiorcami.",
		"The buyer was not informed of the right: the period is extended by %d months, to %s.":                                                     "Kupujący nie został poinformowany o prawie odstąpienia: termin przedłuża się o %d miesięcy, do %s.",
		"The buyer was informed on %s, after the extension ended: the period ended on %s.":                                                         "Kupujący został poinformowany %s, po upływie przedłużenia: termin upłynął %s.",
		"The buyer was informed of the right on %s: the period ends %d days after that, or on the normal last day if later: %s.":                   "Kupujący został poinformowany o prawie odstąpienia %s: termin upływa %d dni później lub w zwykłym ostatnim dniu, jeśli jest późniejszy: %s.",
		"The buyer may withdraw until the end of %s (%s).":                                                                                         "Kupujący może odstąpić od umowy do końca dnia %s (%s).",
		"Received on %s (not counted): the %d-day period ends on %s.":                                                                              "Otrzymano %s (dnia nie wlicza się): %d-dniowy termin upływa %s.",
		"Received on %s (not counted): day %d is %s, a rest day, so the period ends on the next working day, %s.":                                  "Otrzymano %s (dnia nie wlicza się): dzień %d przypada %s, w dzień wolny, więc termin upływa w następnym dniu roboczym, %s.",
		"The increase reached the price of the goods on %s and stays at %s; legal interest runs after that day. Surcharge: %s.":                    "Podwyższenie osiągnęło cenę towarów %s i pozostaje równe %s; po tym dniu naliczane są odsetki ustawowe. Dopłata: %s.",
		"Legal interest from %s: %d days at %s %% a year.":                                                                                         "Odsetki ustawowe od %s: %d dni według stopy %s %% rocznie.",
		"The legal interest rate after the half-year from %s is not in the table yet: that rate was used; check the published rate.":               "Stopy odsetek ustawowych po półroczu od %s nie ma jeszcze w tabeli: użyto tej stopy; sprawdź opublikowaną stopę.",
		"Refunded %d days late: the increase is capped at the price of the goods, %s.":                                                             "Zwrot z opóźnieniem %d dni: podwyższenie ograniczone do ceny towarów, %s.",
		"Refunded %d days late (up to %d days): legal interest on %s, %s.":                                                                         "Zwrot z opóźnieniem %d dni (do %d dni): odsetki ustawowe od %s, %s.",
		"Refunded %d days late: the buyer may claim double the sum due, %s more.":                                                                  "Zwrot z opóźnieniem %d dni: kupujący może żądać podwójnej kwoty należnej, o %s więcej.",
		"Refunded %d days late (more than %d and up to %d days): increase of %d %% of %s, %s.":                                                     "Zwrot z opóźnieniem %d dni (ponad %d i do %d dni): podwyższenie o %d %% kwoty %s, %s.",
		"Refunded %d days late (%d further months after 90 days): increase of %d %% of %s, %s.":                                                    "Zwrot z opóźnieniem %d dni (%d kolejnych miesięcy po 90 dniach): podwyższenie o %d %% kwoty %s, %s.",
		"Refunded %d days late (more than %d days): increase of %d %% of %s, %s.":                                                                  "Zwrot z opóźnieniem %d dni (ponad %d dni): podwyższenie o %d %% kwoty %s, %s.",
		"The seller learned of the request on %s: the refund is due within %d days, by %s.":                                                        "Sprzedawca dowiedział się o żądaniu %s: zwrot należy się w ciągu %d dni, najpóźniej %s.",
		"Neither the goods nor a proof of shipment have reached the seller: it may defer the refund until one does.":                               "Sprzedawca nie otrzymał ani towarów, ani dowodu ich odesłania: może wstrzymać zwrot do tego czasu.",
		"The seller may defer the refund until it has the goods back or a proof of shipment, whichever comes first (%s): the refund is due by %s.": "Sprzedawca może wstrzymać zwrot do chwili otrzymania towarów lub dowodu ich odesłania, zależnie od tego, co nastąpi wcześniej (%s): zwrot należy się najpóźniej %s.",
		"The seller learned of the withdrawal on %s, after the window closed on %s: the buyer must prove he sent it in time.":                      "Sprzedawca dowiedział się o odstąpieniu %s, po upływie terminu %s: kupujący musi udowodnić, że wysłał oświadczenie w terminie.",
		"Price of the goods refunded: %s.":                                                                                                         "Zwracana cena towarów: %s.",
		"Nothing was paid for %s.":                                                                                                                 "Pozycja „%s”: nic nie zapłacono.",
		"The extra cost of the dearer delivery mode chosen by the buyer is not refunded.":                                                          "Dodatkowy koszt droższego sposobu dostawy wybranego przez kupującego nie jest zwracany.",
		"For this reason, %s is not refunded.":                                                                                                     "Pozycja „%s”: z tego tytułu nie podlega zwrotowi.",
		"No goods are refunded: %s is not refunded.":                                                                                               "Żadne towary nie są zwracane: pozycja „%s” nie podlega zwrotowi.",
		"The whole order is refunded: %s is refunded in full, %s.":                                                                                 "Zwracane jest całe zamówienie: pozycja „%s” zwracana w całości, %s.",
		"Part of the order is refunded; the policy refunds %s in full, %s.":                                                                        "Zwracana jest część zamówienia; według zasad pozycja „%s” zwracana w całości, %s.",
		"Part of the order is refunded: %s is refunded pro rata to the value of the goods (%s of %s), %s.":                                         "Zwracana jest część zamówienia: pozycja „%s” zwracana proporcjonalnie do wartości towarów (%s z %s), %s.",
		"Part of the order is refunded: the policy refunds none of %s.":                                                                            "Zwracana jest część zamówienia: według zasad pozycja „%s” nie podlega zwrotowi.",
		"The buyer paid no return shipping.":                                                                                                       "Kupujący nie zapłacił za odesłanie.",
		"The return shipping, %s, is borne by the buyer.":                                                                                          "Koszt odesłania, %s, ponosi kupujący.",
		"The return shipping paid by the buyer is refunded, %s.":                                                                                   "Koszt odesłania zapłacony przez kupującego jest zwracany, %s.",
		"No depreciation is deducted.":                                                                                                             "Nie potrąca się zmniejszenia wartości.",
		"Depreciation from handling beyond what trying the goods needs is deducted (%s): %s.":                                                      "Potrąca się zmniejszenie wartości wynikające z korzystania wykraczającego poza sprawdzenie towarów (%s): %s.",
		"The buyer was not informed of the right of withdrawal: no depreciation may be deducted.":                                                  "Kupujący nie został poinformowany o prawie odstąpienia: nie można potrącić zmniejszenia wartości.",
		"No depreciation may be deducted for this reason.":                                                                                         "Z tego tytułu nie można potrącić zmniejszenia wartości.",
		"The refund has not been paid yet: no late surcharge is computed.":                                                                         "Zwrot nie został jeszcze dokonany: nie oblicza się dopłaty za opóźnienie.",
		"The refund could still be deferred when it was paid: it is not late.":                                                                     "W chwili zapłaty zwrot mógł być jeszcze wstrzymany: nie jest opóźniony.",
		"Refunded on %s, on time.": "Zwrot dokonany %s, w terminie.",
		"Refunded %d days late; the policy applies no late-refund surcharge for this reason.": "Zwrot z opóźnieniem %d dni; zasady nie przewidują z tego tytułu dopłaty za opóźnienie.",
		"Earlier refunds of %s leave at most %s to refund on an order that cost %s.":          "Wcześniejsze zwroty w kwocie %s pozostawiają do zwrotu najwyżej %s z zamówienia o wartości %s.",
		"Total refund: %s.": "Łączna kwota zwrotu: %s.",
	}
	for en, t := range exclusionText() {
		fr["No right of withdrawal: "+en+"."] = "Pas de droit de rétractation : " + t[0] + "."
		pl["No right of withdrawal: "+en+"."] = "Brak prawa odstąpienia: " + t[1] + "."
		fr["Line %s is not refunded: no right of withdrawal for "+en+"."] = "La ligne %s n'est pas remboursée : pas de droit de rétractation (" + t[0] + ")."
		pl["Line %s is not refunded: no right of withdrawal for "+en+"."] = "Pozycja %s nie podlega zwrotowi: brak prawa odstąpienia (" + t[1] + ")."
	}
	for en, t := range orderTranslations() {
		fr[en], pl[en] = t[0], t[1]
	}
	return explain.Translations{"fr": fr, "pl": pl}
}

// MarshalText writes the English day name, for JSON step arguments.
func (w weekday) MarshalText() ([]byte, error) { return []byte(w.String()), nil }
