package refund

// orderTranslations are the French and Polish texts of the marketplace
// steps (order.go, splits.go, the return leg and the law fixes).
func orderTranslations() map[string][2]string {
	return map[string][2]string{
		"The goods kept no longer reach the free-delivery threshold of %s: the policy charges the delivery, %s.": {
			"Les biens conservés n'atteignent plus le seuil de livraison gratuite de %s : les règles facturent la livraison, %s.",
			"Zatrzymane towary nie osiągają już progu darmowej dostawy %s: zasady obciążają kosztem dostawy, %s."},
		"The delivery was free from %s; the goods kept fall below it, but the buyer is not charged for a delivery he did not pay for.": {
			"La livraison était gratuite à partir de %s ; les biens conservés passent en dessous, mais l'acheteur n'est pas facturé pour une livraison qu'il n'a pas payée.",
			"Dostawa była darmowa od %s; zatrzymane towary spadają poniżej progu, ale kupujący nie płaci za dostawę, za którą nie zapłacił."},
		"No refund is owed: no late surcharge.": {"Aucun remboursement n'est dû : pas de majoration de retard.", "Zwrot się nie należy: brak dopłaty za opóźnienie."},
		"The order came in %d shipments: %s is refunded shipment by shipment (a shipment returned whole refunds its own in full, otherwise the policy's split), %s.": {
			"La commande est arrivée en %d envois : %s est remboursée envoi par envoi (un envoi retourné en entier rembourse la sienne en totalité, sinon selon la répartition des règles), %s.",
			"Zamówienie przyszło w %d przesyłkach: pozycja „%s” zwracana jest dla każdej przesyłki osobno (przesyłka zwrócona w całości — w całości, w innym razie według podziału z zasad), %s."},
		"%s refunded %d days late; a private seller owes no statutory late-refund surcharge.": {
			"%s remboursés avec %d jours de retard ; un vendeur particulier ne doit pas de majoration légale de retard.",
			"%s zwrócono z opóźnieniem %d dni; sprzedawca prywatny nie jest zobowiązany do ustawowej dopłaty za opóźnienie."},
		"%s refunded %d days late; the late-refund surcharge protects consumers and the policy does not extend it to professional buyers.": {
			"%s remboursés avec %d jours de retard ; la majoration de retard protège les consommateurs et les règles ne l'étendent pas aux acheteurs professionnels.",
			"%s zwrócono z opóźnieniem %d dni; dopłata za opóźnienie chroni konsumentów, a zasady nie rozszerzają jej na kupujących przedsiębiorców."},
		"%s refunded %d days late; the policy applies no late-refund surcharge for this reason.": {
			"%s remboursés avec %d jours de retard ; les règles ne prévoient pas de majoration de retard pour ce motif.",
			"%s zwrócono z opóźnieniem %d dni; zasady nie przewidują z tego tytułu dopłaty za opóźnienie."},
		"Refunded %d days late; a private seller owes no statutory late-refund surcharge.": {
			"Remboursé avec %d jours de retard ; un vendeur particulier ne doit pas de majoration légale de retard.",
			"Zwrot z opóźnieniem %d dni; sprzedawca prywatny nie jest zobowiązany do ustawowej dopłaty za opóźnienie."},
		"Refunded %d days late; the late-refund surcharge protects consumers and the policy does not extend it to professional buyers.": {
			"Remboursé avec %d jours de retard ; la majoration de retard protège les consommateurs et les règles ne l'étendent pas aux acheteurs professionnels.",
			"Zwrot z opóźnieniem %d dni; dopłata za opóźnienie chroni konsumentów, a zasady nie rozszerzają jej na kupujących przedsiębiorców."},
		"The seller did not tell the buyer that he bears the return cost: the seller bears it, %s is refunded.": {
			"Le vendeur n'a pas indiqué à l'acheteur que les frais de retour sont à sa charge : le vendeur les supporte, %s sont remboursés.",
			"Sprzedawca nie poinformował kupującego, że ponosi on koszt odesłania: ponosi go sprzedawca, zwraca się %s."},
		"The seller offered to collect the goods: the return cost the buyer paid, %s, is refunded.": {
			"Le vendeur a proposé de récupérer les biens : les frais de retour payés par l'acheteur, %s, sont remboursés.",
			"Sprzedawca zaproponował odbiór towarów: koszt odesłania zapłacony przez kupującego, %s, jest zwracany."},
		"Shipment %s is returned in part: its goods %s, its delivery by the policy's split, %s; %s in all.": {
			"Envoi %s retourné en partie : ses biens %s, sa livraison selon la répartition des règles, %s ; %s au total.",
			"Przesyłka %s zwrócona częściowo: jej towary %s, jej dostawa według podziału z zasad, %s; razem %s."},
		"Shipment %s is returned whole: its goods %s and its delivery in full, %s; %s in all.": {
			"Envoi %s retourné en entier : ses biens %s et sa livraison en totalité, %s ; %s au total.",
			"Przesyłka %s zwrócona w całości: jej towary %s i cała dostawa, %s; razem %s."},
		"Shipment %s: none of its goods are refunded; its delivery is not refunded; %s in all.": {
			"Envoi %s : aucun de ses biens n'est remboursé ; sa livraison non plus ; %s au total.",
			"Przesyłka %s: żaden z jej towarów nie jest zwracany; jej dostawa również nie; razem %s."},
		"Back to the means the buyer paid with, in the policy's order (%s): %s of %s paid by %s.": {
			"Remboursé sur les moyens de paiement utilisés, dans l'ordre des règles (%s) : %s sur %s payés par %s.",
			"Zwrot na użyte środki płatności, w kolejności z zasad (%s): %s z %s zapłaconych przez %s."},
		"Back to the means the buyer paid with, pro rata to what each paid: %s of %s paid by %s.": {
			"Remboursé sur les moyens de paiement utilisés, au prorata de ce que chacun a payé : %s sur %s payés par %s.",
			"Zwrot na użyte środki płatności, proporcjonalnie do zapłaconych kwot: %s z %s zapłaconych przez %s."},
		"The buyer expressly agreed to be refunded by %s: the whole refund, %s, goes there, at no cost to him.": {
			"L'acheteur a expressément accepté d'être remboursé par %s : tout le remboursement, %s, y est versé, sans frais pour lui.",
			"Kupujący wyraźnie zgodził się na zwrot przez %s: cały zwrot, %s, trafia tam, bez kosztów dla niego."},
		"The seller is a private person: consumer law does not bind him, but the platform's commitment applies these rules to his sales.": {
			"Le vendeur est un particulier : le droit de la consommation ne le lie pas, mais l'engagement de la plateforme applique ces règles à ses ventes.",
			"Sprzedawca jest osobą prywatną: prawo konsumenckie go nie wiąże, ale zobowiązanie platformy stosuje te zasady do jego sprzedaży."},
		"The seller is a private person: he owes no statutory withdrawal, refund deadline or late surcharge, and the policy does not extend them to private sellers.": {
			"Le vendeur est un particulier : il ne doit ni rétractation légale, ni délai de remboursement, ni majoration de retard, et les règles ne les étendent pas aux vendeurs particuliers.",
			"Sprzedawca jest osobą prywatną: nie obowiązuje go ustawowe odstąpienie, termin zwrotu ani dopłata za opóźnienie, a zasady nie rozszerzają ich na sprzedawców prywatnych."},
		"The withdrawal was sent on %s (in the market's time zone), after the window closed at the end of %s.": {
			"La rétractation a été envoyée le %s (heure du marché), après la fin du délai, le %s à minuit.",
			"Odstąpienie wysłano %s (czas rynku), po upływie terminu z końcem dnia %s."},
		"The withdrawal was sent on %s (in the market's time zone), before the window closed: sending in time is enough.": {
			"La rétractation a été envoyée le %s (heure du marché), avant la fin du délai : l'envoi dans le délai suffit.",
			"Odstąpienie wysłano %s (czas rynku), przed upływem terminu: wystarczy wysłanie w terminie."},
		"The seller bears the refund, %s; the platform gives back %s of its commission %s (refund fee %s): the seller's payout changes by %s.": {
			"Le vendeur supporte le remboursement, %s ; la plateforme rend %s de sa commission de %s (frais de remboursement %s) : le versement au vendeur varie de %s.",
			"Sprzedawca ponosi zwrot, %s; platforma oddaje %s ze swojej prowizji %s (opłata za zwrot %s): wypłata sprzedawcy zmienia się o %s."},
		"The platform took the case over and charges the refund to the seller, %s; the platform gives back %s of its commission %s (refund fee %s): the seller's payout changes by %s.": {
			"La plateforme a repris le dossier et impute le remboursement au vendeur, %s ; elle rend %s de sa commission de %s (frais de remboursement %s) : le versement au vendeur varie de %s.",
			"Platforma przejęła sprawę i obciąża zwrotem sprzedawcę, %s; oddaje %s ze swojej prowizji %s (opłata za zwrot %s): wypłata sprzedawcy zmienia się o %s."},
		"The platform took the case over and bears the refund, %s: the seller's payout is unchanged and no commission moves.": {
			"La plateforme a repris le dossier et supporte le remboursement, %s : le versement au vendeur ne change pas et aucune commission ne bouge.",
			"Platforma przejęła sprawę i ponosi zwrot, %s: wypłata sprzedawcy się nie zmienia, prowizja również."},
		"%s is not a working day: the policy moves the deadline to %s.": {
			"Le %s n'est pas un jour ouvrable : les règles reportent l'échéance au %s.",
			"%s nie jest dniem roboczym: zasady przesuwają termin na %s."},
		"%s refunded %d days late, on %s: surcharge %s on this part.": {
			"%s remboursés avec %d jours de retard, le %s : majoration de %s sur cette part.",
			"%s zwrócono z opóźnieniem %d dni, %s: dopłata %s od tej części."},
		"%s refunded on %s, on time.": {
			"%s remboursés le %s, dans le délai.",
			"%s zwrócono %s, w terminie."},
		"%s refunded on %s, when the refund could still be deferred: not late.": {
			"%s remboursés le %s, quand le remboursement pouvait encore être différé : pas de retard.",
			"%s zwrócono %s, gdy zwrot mógł być jeszcze wstrzymany: bez opóźnienia."},
		"At %s %% VAT: %s refunded, of which VAT %s (goods at that rate, their share of delivery and return, deductions pro rata; rounded once per rate).": {
			"TVA à %s %% : %s remboursés, dont TVA %s (biens à ce taux, leur part de la livraison et du retour, déductions au prorata ; arrondi une fois par taux).",
			"VAT %s %%: zwrot %s, w tym VAT %s (towary według tej stawki, ich część dostawy i odesłania, potrącenia proporcjonalnie; zaokrąglenie raz na stawkę)."},
		"Refunded in %d parts, %s so far; surcharges %s; outstanding %s.": {
			"Remboursé en %d fois, %s à ce jour ; majorations %s ; reste dû %s.",
			"Zwrot w %d częściach, dotąd %s; dopłaty %s; pozostało %s."},
		"The buyer sends the goods back within 14 days of communicating the withdrawal, by %s, at his own cost.": {
			"L'acheteur renvoie les biens dans les 14 jours suivant la communication de sa rétractation, au plus tard le %s, à ses frais.",
			"Kupujący odsyła towary w ciągu 14 dni od złożenia oświadczenia o odstąpieniu, najpóźniej %s, na własny koszt."},
		"The buyer sends the goods back within 14 days of communicating the withdrawal, by %s; the seller bears the return cost.": {
			"L'acheteur renvoie les biens dans les 14 jours suivant la communication de sa rétractation, au plus tard le %s ; le vendeur supporte les frais de retour.",
			"Kupujący odsyła towary w ciągu 14 dni od złożenia oświadczenia o odstąpieniu, najpóźniej %s; koszt odesłania ponosi sprzedawca."},
		"The goods kept no longer reach a coupon's minimum order: the policy takes back its share on them, %s.": {
			"Les biens conservés n'atteignent plus le minimum de commande d'un bon de réduction : les règles reprennent sa part sur eux, %s.",
			"Zatrzymane towary nie osiągają już minimalnej wartości zamówienia kuponu: zasady odbierają przypadającą na nie część, %s."},
		"The late surcharge, %s, is damages, not the price of a supply: outside the scope of VAT.": {
			"La majoration de retard, %s, est une indemnité et non le prix d'une livraison : hors du champ de la TVA.",
			"Dopłata za opóźnienie, %s, jest odszkodowaniem, a nie ceną dostawy: poza zakresem VAT."},
		"The refund is due within %d days of the seller getting the goods back or a proof of their dispatch; neither has happened yet.": {
			"Le remboursement est dû dans les %d jours de la réception des biens par le vendeur ou de la preuve de leur expédition ; ni l'une ni l'autre n'a eu lieu.",
			"Zwrot należy się w ciągu %d dni od otrzymania towarów przez sprzedawcę lub dowodu ich odesłania; nic z tego jeszcze nie nastąpiło."},
		"The seller got the goods back or a proof of their dispatch on %s: the refund is due within %d days, by %s.": {
			"Le vendeur a récupéré les biens ou reçu la preuve de leur expédition le %s : le remboursement est dû dans les %d jours, au plus tard le %s.",
			"Sprzedawca otrzymał towary lub dowód ich odesłania %s: zwrot należy się w ciągu %d dni, najpóźniej %s."},
		"The seller offered to collect the goods: it may not defer the refund until they come back.": {
			"Le vendeur a proposé de récupérer les biens : il ne peut pas différer le remboursement jusqu'à leur retour.",
			"Sprzedawca zaproponował odbiór towarów: nie może wstrzymać zwrotu do ich otrzymania."},
		"The seller offered to collect the goods: the buyer has no return deadline and no return cost.": {
			"Le vendeur a proposé de récupérer les biens : l'acheteur n'a ni délai de renvoi ni frais de retour.",
			"Sprzedawca zaproponował odbiór towarów: kupującego nie obowiązuje termin odesłania ani koszt."},
	}
}
