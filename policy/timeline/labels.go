package timeline

// labels are the words of a chart in one language.
type labels struct {
	lang string
	m    map[string]string
}

// get is the label of key, or key's own text when it has none (an
// enumeration value such as a state the catalogs do not name yet).
func (l labels) get(key string) string {
	if s, ok := l.m[key]; ok {
		return s
	}
	if en, ok := labelTable()["en"][key]; ok {
		return en
	}
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[i+1:]
		}
	}
	return key
}

// Languages lists the languages with labels.
func Languages() []string { return []string{"en", "fr", "pl"} }

// labelsFor is the labels of lang (its base language: "fr-BE" → fr);
// English when lang has none.
func labelsFor(lang string) labels {
	base := lang
	for i := 0; i < len(lang); i++ {
		if lang[i] == '-' || lang[i] == '_' {
			base = lang[:i]
			break
		}
	}
	t := labelTable()
	if m, ok := t[base]; ok {
		return labels{base, m}
	}
	return labels{"en", t["en"]}
}

// labelTable is every label in every language (a fresh map each call: no
// package-level state).
func labelTable() map[string]map[string]string {
	return map[string]map[string]string{
		"en": {
			"title.deadline": "Reply deadline", "title.withdrawal": "Withdrawal", "title.quote": "Refund",
			"title.warranty": "Guarantees", "title.conversation": "Conversation", "title.escalation": "Escalation",
			"reply.window": "reply window", "received": "received", "reply.due": "reply due",
			"delivered": "delivered", "informed": "informed", "shipped_back": "sent back", "goods_back": "goods back",
			"withdrawal.window": "withdrawal window", "withdrawal.normal": "withdrawal period", "withdrawal.extension": "extension (not informed)",
			"withdrawal.last": "last day", "withdrawal.closes": "closes", "withdrawal.on.open": "asked: open", "withdrawal.on.closed": "asked: closed",
			"refund.period": "refund period", "refund.late": "late band", "refund.due": "refund due", "refunded": "refunded",
			"contract": "contract", "appeared": "defect appeared", "discovered": "defect discovered", "assessed": "assessed",
			"warranty.conformity": "legal guarantee", "warranty.presumption": "presumption", "warranty.hidden": "hidden defect",
			"warranty.commercial": "commercial guarantee", "warranty.limitation": "limitation", "warranty.longstop": "long stop",
			"warranty.remedy.due": "repair due", "warranty.refund.due": "refund due",
			"vacation": "vacation", "answered": "answered", "update.due": "update due", "at": "evaluated at",
			"kind.question": "question", "kind.complaint": "complaint", "kind.review": "review", "kind.negative-review": "negative review", "kind.message": "message", "kind.": "reply",
			"state.open": "open", "state.due-soon": "due soon", "state.breached": "breached", "state.answered-on-time": "answered on time",
			"state.answered-late": "answered late", "state.no-reply-needed": "no reply needed",
			"state.pending": "pending", "state.met": "met", "state.missed": "missed", "state.not-applicable": "not applicable",
			"escalation.level": "level", "escalation.commitment": "commitment", "escalation.target": "target",
			"escalation.commitment-met": "commitment met", "escalation.commitment-missed": "commitment missed",
			"escalation.target-missed": "target missed", "escalation.resolved": "resolved",
			"legend.rest": "weekend or rest day", "legend.holiday": "public holiday", "legend.closed": "closure",
			"legend.scale": "days off not shaded at this scale",
		},
		"fr": {
			"title.deadline": "Délai de réponse", "title.withdrawal": "Rétractation", "title.quote": "Remboursement",
			"title.warranty": "Garanties", "title.conversation": "Conversation", "title.escalation": "Escalade",
			"reply.window": "délai de réponse", "received": "reçu", "reply.due": "réponse due",
			"delivered": "livré", "informed": "informé", "shipped_back": "renvoyé", "goods_back": "biens récupérés",
			"withdrawal.window": "délai de rétractation", "withdrawal.normal": "délai de rétractation", "withdrawal.extension": "prolongation (non informé)",
			"withdrawal.last": "dernier jour", "withdrawal.closes": "expire", "withdrawal.on.open": "demandé : ouvert", "withdrawal.on.closed": "demandé : expiré",
			"refund.period": "délai de remboursement", "refund.late": "majoration de retard", "refund.due": "remboursement dû", "refunded": "remboursé",
			"contract": "contrat", "appeared": "apparition du défaut", "discovered": "découverte du défaut", "assessed": "évalué",
			"warranty.conformity": "garantie légale", "warranty.presumption": "présomption", "warranty.hidden": "vices cachés",
			"warranty.commercial": "garantie commerciale", "warranty.limitation": "prescription", "warranty.longstop": "délai butoir",
			"warranty.remedy.due": "réparation due", "warranty.refund.due": "remboursement dû",
			"vacation": "congés", "answered": "répondu", "update.due": "point d'étape dû", "at": "évalué le",
			"kind.question": "question", "kind.complaint": "réclamation", "kind.review": "avis", "kind.negative-review": "avis négatif", "kind.message": "message", "kind.": "réponse",
			"state.open": "ouvert", "state.due-soon": "bientôt dû", "state.breached": "dépassé", "state.answered-on-time": "répondu à temps",
			"state.answered-late": "répondu en retard", "state.no-reply-needed": "pas de réponse requise",
			"state.pending": "en attente", "state.met": "tenu", "state.missed": "manqué", "state.not-applicable": "sans objet",
			"escalation.level": "niveau", "escalation.commitment": "engagement", "escalation.target": "objectif",
			"escalation.commitment-met": "engagement tenu", "escalation.commitment-missed": "engagement manqué",
			"escalation.target-missed": "objectif manqué", "escalation.resolved": "résolu",
			"legend.rest": "week-end ou jour de repos", "legend.holiday": "jour férié", "legend.closed": "fermeture",
			"legend.scale": "jours non ouvrés non grisés à cette échelle",
		},
		"pl": {
			"title.deadline": "Termin odpowiedzi", "title.withdrawal": "Odstąpienie od umowy", "title.quote": "Zwrot płatności",
			"title.warranty": "Gwarancje", "title.conversation": "Rozmowa", "title.escalation": "Eskalacja",
			"reply.window": "czas na odpowiedź", "received": "otrzymano", "reply.due": "termin odpowiedzi",
			"delivered": "dostarczono", "informed": "poinformowano", "shipped_back": "odesłano", "goods_back": "towar zwrócony",
			"withdrawal.window": "termin odstąpienia", "withdrawal.normal": "termin odstąpienia", "withdrawal.extension": "przedłużenie (brak informacji)",
			"withdrawal.last": "ostatni dzień", "withdrawal.closes": "wygasa", "withdrawal.on.open": "pytanie: otwarte", "withdrawal.on.closed": "pytanie: zamknięte",
			"refund.period": "termin zwrotu", "refund.late": "przedział opóźnienia", "refund.due": "termin zwrotu płatności", "refunded": "zwrócono",
			"contract": "umowa", "appeared": "ujawnienie wady", "discovered": "wykrycie wady", "assessed": "oceniono",
			"warranty.conformity": "rękojmia ustawowa", "warranty.presumption": "domniemanie", "warranty.hidden": "wady ukryte",
			"warranty.commercial": "gwarancja handlowa", "warranty.limitation": "przedawnienie", "warranty.longstop": "termin zawity",
			"warranty.remedy.due": "termin naprawy", "warranty.refund.due": "termin zwrotu",
			"vacation": "urlop", "answered": "odpowiedziano", "update.due": "termin informacji", "at": "stan na",
			"kind.question": "pytanie", "kind.complaint": "reklamacja", "kind.review": "opinia", "kind.negative-review": "negatywna opinia", "kind.message": "wiadomość", "kind.": "odpowiedź",
			"state.open": "otwarte", "state.due-soon": "wkrótce termin", "state.breached": "przekroczone", "state.answered-on-time": "odpowiedź w terminie",
			"state.answered-late": "odpowiedź po terminie", "state.no-reply-needed": "bez odpowiedzi",
			"state.pending": "oczekuje", "state.met": "dotrzymane", "state.missed": "niedotrzymane", "state.not-applicable": "nie dotyczy",
			"escalation.level": "poziom", "escalation.commitment": "zobowiązanie", "escalation.target": "cel",
			"escalation.commitment-met": "zobowiązanie dotrzymane", "escalation.commitment-missed": "zobowiązanie niedotrzymane",
			"escalation.target-missed": "cel nieosiągnięty", "escalation.resolved": "rozwiązano",
			"legend.rest": "weekend lub dzień wolny", "legend.holiday": "święto", "legend.closed": "zamknięcie",
			"legend.scale": "dni wolne nie są zaznaczone w tej skali",
		},
	}
}
