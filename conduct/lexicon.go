package conduct

import (
	"unicode"
	"unicode/utf8"
)

// Word classes. A word may belong to several classes.
const (
	cAt           uint32 = 1 << iota // "at" and its translations, as in jean at gmail
	cAtWord                          // at written as a word other than English "at"
	cDot                             // "dot" and its translations
	cPhoneCtx                        // words announcing a phone number
	cNumberCtx                       // words announcing a number that is not a phone (order, IMEI, ...)
	cUnit                            // units and currencies after a number
	cPlatform                        // messaging apps and social networks
	cInvite                          // prepositions, possessives and verbs inviting to a channel
	cAppTalk                         // words about an app itself (install, works, update)
	cPayKw                           // payment means outside the platform (iban, virement, paypal)
	cAccount                         // words announcing an account number (rib, iban, konto)
	cDirect                          // "directly", "outside", "private"
	cMktStrong                       // marketing on its own (newsletter, soldes)
	cPromo                           // promotion words that need a cue
	cCode                            // "code", "kod"
	cMktCue                          // cues turning a promotion word into marketing (our, profitez)
	cDiscountTail                    // words after a percentage making it a discount (off, taniej)
	cVisit                           // "visit", "découvrez", "odwiedź"
	cShop                            // "shop", "boutique", "sklep", "products"
	cOur                             // possessive "our"
	cInviteVerb                      // verbs inviting to a channel (write, add, call)
	cWeakPlatform                    // platform names that are also common words (signal, snap)
	cPromoPair                       // words that are promotional only next to another one (offre spéciale)
	cNumberWord                      // "number" and its translations
)

// lexicon returns the folded word → classes table. Words are folded with
// fold: lower case, Latin diacritics removed (é → e, ł → l).
func lexicon() map[string]uint32 {
	m := map[string]uint32{}
	add := func(c uint32, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(cAt, "at", "arobase", "arrobase", "arroba", "malpa", "malpka")
	add(cAtWord, "arobase", "arrobase", "arroba", "malpa", "malpka")
	add(cDot, "dot", "point", "kropka", "kropke", "punkt")
	add(cPhoneCtx, "tel", "tl", "telephone", "telephoner", "telephonez", "phone", "portable", "mobile", "cell", "gsm",
		"appelez", "appelle", "appeler", "appelez-moi", "rappeler", "rappelez", "call", "ring", "sms", "texto", "joindre", "joignable",
		"reach", "zadzwon", "zadzwonic", "dzwon", "dzwonic", "telefon", "telefonu", "telefonem", "telefonicznie", "kom", "komorka",
		"komorki", "komorkowy", "whatsapp", "numero", "number", "numer", "numerem")
	add(cNumberCtx, "commande", "commandes", "order", "orders", "zamowienie", "zamowienia", "zamowieniu", "nr", "no",
		"ref", "reference", "references", "refs", "imei", "vin", "suivi", "tracking", "colis", "facture", "invoice", "faktura",
		"faktury", "fakturze", "przesylki", "przesylka", "paczki", "oem", "siret", "siren", "nip", "regon", "serial", "serie",
		"sn", "lot", "sku", "ean", "article", "artykul", "dossier", "ticket", "rma", "retour", "return", "awb", "parcel",
		"shipment", "piece", "pieces", "part", "czesci", "katalogowy", "code", "kod", "postal", "pocztowy", "cp", "rue",
		"ulica", "ul", "avenue", "street", "km", "kilometrage", "przebieg", "id", "annonce", "listing", "oferty", "aukcji",
		"compte", "account", "konta", "transaction", "transakcji", "reclamation", "complaint", "reklamacji", "case", "sprawy",
		"cmr", "bl", "waybill", "envoi", "livraison", "delivery", "dostawy", "modele", "model", "type", "typ", "moteur",
		"engine", "silnik", "silnika", "chassis", "boite", "reference:", "kodu", "mpn", "pn")
	add(cNumberWord, "numero", "number", "numer", "numerem", "numeru", "numeros", "num")
	add(cUnit, "eur", "euro", "euros", "zl", "pln", "usd", "gbp", "km", "kg", "g", "mm", "cm", "m", "ml", "l", "mah", "gb",
		"go", "tb", "x", "pcs", "pieces", "szt", "sztuk", "h", "min", "ans", "lat", "mois", "months", "miesiecy", "jours",
		"days", "dni", "v", "w", "kw", "ch", "hp", "cv", "nm", "rpm", "tr")
	add(cPlatform, "whatsapp", "whatsappie", "whatsappa", "whatsappem", "watsap", "watsapp", "wattsapp", "whatsap",
		"telegram", "telegramie", "telegrama", "telegramem", "instagram", "instagramie", "instagrama", "insta", "ig",
		"facebook", "facebooku", "facebooka", "fb", "messenger", "messengerze", "messengera", "snapchat", "snapchacie", "snap",
		"signal", "signalu", "signalem", "viber", "viberze", "vibera", "tiktok", "tiktoku", "tiktoka", "wechat", "skype",
		"skypie", "discord", "discordzie", "linkedin", "imessage", "threema")
	add(cWeakPlatform, "signal", "signalu", "signalem", "snap", "ig", "fb", "insta", "discord", "skype")
	add(cInviteVerb, "add", "ajoute", "ajoutez", "dodaj", "dodajcie", "follow", "suivez", "obserwuj", "contact", "contacte",
		"contactez", "contacter", "ecris", "ecrivez", "write", "text", "napisz", "napiszcie", "pisz", "piszcie", "odezwij",
		"odezwijcie", "zadzwon", "call", "joindre", "joignable", "retrouvez", "find", "znajdziesz", "znajdz", "dm", "mp",
		"message", "msg", "reach", "envoie", "envoyez", "send", "wyslij", "wyslijcie", "parlons", "talk", "porozmawiajmy",
		"continuons", "continue", "continuer", "kontynuujmy", "kontakt", "kontaktu", "skontaktuj", "discutons", "discuter",
		"chat", "passer", "passons", "parler", "echanger", "echangeons", "rozmawiac", "przejdzmy", "move", "switch",
		"appelez", "appelle", "appeler", "rappelez", "telephonez", "rejoignez", "join", "dolacz")
	add(cInvite, "sur", "on", "via", "par", "na", "przez", "my", "mon", "ma", "notre", "nos", "our", "moj", "moim", "moja",
		"nasz", "nasza", "naszym", "naszego", "naszej", "add", "ajoute", "ajoutez", "ajoute-moi", "ajoutez-moi", "dodaj",
		"dodajcie", "follow", "suivez", "suivez-nous", "obserwuj", "contact", "contacte", "contactez", "contacte-moi",
		"contactez-moi", "contactez-nous", "contacter", "ecris", "ecrivez", "ecris-moi", "ecrivez-moi", "ecrivez-nous", "write",
		"text", "napisz", "napiszcie", "pisz", "piszcie", "odezwij", "odezwijcie", "zadzwon", "call", "joindre", "joignable",
		"retrouvez", "retrouvez-nous", "find", "znajdziesz", "znajdz", "dm", "mp", "message", "msg", "reach", "me", "us", "moi",
		"nous", "mnie", "nas", "en", "w", "po", "z", "priv", "prive", "private", "privee")
	add(cAppTalk, "install", "installer", "installe", "installation", "zainstalowac", "zainstalowany", "app", "appli",
		"application", "aplikacja", "aplikacji", "notification", "notifications", "powiadomienia", "update", "mise", "jour",
		"aktualizacja", "marche", "fonctionne", "fonctionnent", "works", "work", "working", "dziala", "dzialaja", "bug", "bugs",
		"plante", "crash", "crashes", "compatible", "kompatybilny", "sauvegarde", "backup", "kopia", "vu", "seen", "saw",
		"widzialem", "widzialam", "ouvre", "opens", "affiche", "login", "bloque", "blocked", "zablokowane", "ecran", "screen",
		"ekran", "camera", "appel", "appels", "calls", "polaczenia", "sound", "dzwiek", "batterie", "battery", "bateria")
	add(cPayKw, "virement", "virements", "przelew", "przelewem", "przelewu", "paypal",
		"paypalem", "paypala", "blik", "blikiem", "revolut", "lydia", "western", "wise", "mandat", "cash", "especes",
		"gotowka", "gotowke", "gotowki", "cheque")
	add(cAccount, "iban", "rib", "konta", "rachunku", "rachunek", "nrb", "bancaire", "bank", "banque", "bankowego",
		"bankowe", "bankowy")
	add(cDirect, "directement", "direct", "directly", "bezposrednio", "hors", "outside", "poza", "dehors", "prive",
		"private", "prywatnie", "privately")
	add(cMktStrong, "newsletter", "newsletters", "newslettera", "newsletterze", "newslettera", "soldes", "wyprzedaz",
		"wyprzedazy", "wyprzedaze", "coupon", "coupons", "kupon", "kuponu", "voucher", "vouchers", "bon-plan", "blackfriday",
		"destockage", "cyberweek", "unsubscribe", "desabonner", "desinscrire")
	add(cPromo, "promo", "promos", "promotion", "promotions", "promocja", "promocji", "promocje", "promocyjny",
		"promocyjna", "promocyjne", "promocyjnym", "rabat", "rabatu", "rabaty", "rabatowy", "rabatem", "discount",
		"discounts", "reduction", "reductions", "remise", "remises", "znizka", "znizki", "znizke", "znizkowy",
		"rabais", "destockage")
	add(cPromoPair, "offre", "offres", "oferta", "oferty", "offer", "offers", "deal", "deals", "special", "speciale",
		"speciales", "specjalna", "specjalne", "okazja", "okazje", "flash", "promo", "promotion", "promotions", "promocja",
		"promocji", "promocje", "discount", "discounts", "reduction", "reductions", "rabat", "rabaty")
	add(cCode, "code", "codes", "kod", "kodu", "kodem", "kody")
	add(cMktCue, "nos", "notre", "our", "nasze", "naszej", "naszych", "nasza", "naszym", "profitez", "profitez-en",
		"profiter", "take", "skorzystaj", "skorzystajcie", "jusqu'au", "until", "only", "seulement", "tylko", "exclusive",
		"exclusif", "exclusive", "ekskluzywna", "ekskluzywny", "limited", "limitee", "limitowana", "semaine", "week",
		"tydzien", "tygodnia", "weekend", "aujourd'hui", "today", "dzis", "dzisiaj", "maintenant", "now", "teraz", "big",
		"grande", "grandes", "super", "mega", "wielka", "wielkie", "subscribe", "abonnez", "inscrivez", "zapisz",
		"zapiszcie", "newsletter", "fideles", "stali", "loyal", "prochaine", "kolejne", "utilisez", "uzyj", "wpisz",
		"saisissez", "entrez")
	add(cDiscountTail, "off", "taniej", "moins", "less", "rabatu", "znizki", "reduction", "remise", "discount", "rabais",
		"promo", "promocji", "mniej", "rabat")
	add(cVisit, "visitez", "visit", "decouvrez", "discover", "odwiedz", "odwiedzcie", "zobacz", "zobaczcie", "consultez",
		"browse", "parcourez", "check", "jetez", "zajrzyj")
	add(cShop, "boutique", "boutiques", "shop", "store", "sklep", "sklepu", "sklepie", "catalogue", "katalog", "produits",
		"products", "produkty", "collection", "kolekcje", "offres", "oferte", "site", "website", "strone", "stronie",
		"annonces", "items", "articles")
	add(cOur, "nos", "notre", "our", "nasze", "nasz", "naszego", "naszej", "naszych", "naszym", "nasza")
	return m
}

// mailHosts returns the first label of common webmail domains: "jean at
// gmail.com" is an address, "cheaper at ebay.co.uk" is not.
func mailHosts() map[string]bool {
	m := map[string]bool{}
	for _, h := range []string{"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me",
		"aol", "gmx", "proton", "protonmail", "orange", "wanadoo", "free", "sfr", "laposte", "bbox", "neuf", "numericable",
		"wp", "onet", "o2", "interia", "op", "tlen", "poczta", "vp", "mail", "yandex", "web", "btinternet", "sky"} {
		m[h] = true
	}
	return m
}

// maxWordLen is the length in bytes of the longest lexicon word; longer
// tokens are not looked up.
const maxWordLen = 20

// tlds returns the top-level domains accepted for bare domains and
// disguised e-mail addresses (literal addresses accept any alphabetic TLD).
func tlds() map[string]bool {
	m := map[string]bool{}
	for _, t := range []string{"com", "fr", "pl", "net", "org", "eu", "de", "uk", "io", "be", "es", "it", "info", "shop",
		"store", "biz", "co", "nl", "ch", "lu", "at", "cz", "sk", "pt", "ie", "us", "ca", "online", "site", "app", "dev",
		"xyz", "top", "pro", "me", "ly", "gl", "to", "gg", "ro", "hu", "se", "dk", "no", "fi", "lt", "lv", "ee", "gr", "bg",
		"hr", "si", "ua", "ru", "tv", "cc", "ovh", "paris", "bzh", "wtf", "live", "email", "mail", "tech", "club", "link",
		"page", "web", "company", "moto", "auto", "cars", "car", "parts"} {
		m[t] = true
	}
	return m
}

// hostKinds returns hosts that are not plain web sites: messaging and
// social links are Social, payment links are Payment.
func hostKinds() map[string]Kind {
	return map[string]Kind{
		"wa.me": Social, "api.whatsapp.com": Social, "whatsapp.com": Social, "chat.whatsapp.com": Social,
		"t.me": Social, "telegram.me": Social, "telegram.org": Social, "m.me": Social, "messenger.com": Social,
		"fb.me": Social, "fb.com": Social, "facebook.com": Social, "instagram.com": Social, "instagr.am": Social,
		"tiktok.com": Social, "snapchat.com": Social, "signal.me": Social, "viber.com": Social, "invite.viber.com": Social,
		"discord.gg": Social, "discord.com": Social, "linkedin.com": Social, "x.com": Social, "twitter.com": Social,
		"paypal.me": Payment, "paypal.com": Payment, "revolut.me": Payment, "lydia.me": Payment, "lydia-app.com": Payment,
	}
}

// phoneLengths returns, for international calling codes, the shortest and
// longest national significant number (digits after the code, without
// the trunk 0).
func phoneLengths() map[string][2]int {
	return map[string][2]int{
		"33": {9, 9}, "48": {9, 9}, "44": {9, 10}, "49": {6, 13}, "32": {8, 9}, "34": {9, 9}, "39": {6, 11},
		"31": {9, 9}, "351": {9, 9}, "41": {9, 9}, "352": {4, 11}, "43": {4, 13}, "420": {9, 9}, "421": {9, 9},
		"353": {7, 9}, "1": {10, 10}, "40": {9, 9}, "36": {8, 9}, "46": {7, 13}, "45": {8, 8}, "47": {8, 8},
		"358": {5, 12}, "370": {8, 8}, "371": {8, 8}, "372": {7, 8}, "30": {10, 10}, "359": {8, 9}, "385": {8, 9},
		"386": {8, 8}, "380": {9, 9}, "7": {10, 10}, "212": {9, 9}, "213": {9, 9}, "216": {8, 8}, "90": {10, 10},
		"262": {9, 9}, "590": {9, 9}, "594": {9, 9}, "596": {9, 9}, "377": {8, 9}, "376": {6, 9}, "356": {8, 8},
		"357": {8, 8}, "354": {7, 9}, "375": {9, 9}, "373": {8, 8}, "381": {8, 9}, "61": {9, 9}, "86": {11, 11},
		"91": {10, 10}, "55": {10, 11}, "52": {10, 10}, "221": {9, 9}, "225": {10, 10}, "237": {9, 9},
	}
}

// ibanLengths returns the IBAN length per country for the countries whose
// length is checked; other countries accept 15 to 34 characters.
func ibanLengths() map[string]int {
	return map[string]int{
		"FR": 27, "PL": 28, "DE": 22, "GB": 22, "BE": 16, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "LU": 20,
		"CH": 21, "AT": 20, "IE": 22, "MC": 27, "CZ": 24, "SK": 24, "LT": 20, "LV": 21, "EE": 20, "FI": 18,
		"DK": 18, "SE": 24, "NO": 15, "RO": 24, "HU": 28, "GR": 27, "BG": 22, "HR": 21, "SI": 19, "UA": 29,
	}
}

// foldWord writes the folded form of w into buf (lower case, common Latin
// diacritics removed) and returns the number of bytes written, or -1 when
// w does not fit.
func foldWord(buf []byte, w string) int {
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if n >= len(buf) {
				return -1
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if b := foldRune(r); b != 0 {
			if n >= len(buf) {
				return -1
			}
			buf[n] = b
			n++
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return -1
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n
}

// foldRune maps Latin letters with diacritics used in French and Polish
// to their base letter, 0 for other runes.
func foldRune(r rune) byte {
	switch r {
	case 'à', 'á', 'â', 'ä', 'ą', 'À', 'Á', 'Â', 'Ä', 'Ą', 'ã', 'å':
		return 'a'
	case 'ç', 'ć', 'č', 'Ç', 'Ć', 'Č':
		return 'c'
	case 'é', 'è', 'ê', 'ë', 'ę', 'ě', 'É', 'È', 'Ê', 'Ë', 'Ę':
		return 'e'
	case 'î', 'ï', 'í', 'Î', 'Ï', 'Í':
		return 'i'
	case 'ł', 'Ł':
		return 'l'
	case 'ń', 'ñ', 'Ń', 'Ñ':
		return 'n'
	case 'ô', 'ö', 'ó', 'õ', 'Ô', 'Ö', 'Ó':
		return 'o'
	case 'ś', 'š', 'Ś', 'Š':
		return 's'
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return 'u'
	case 'ÿ', 'ý':
		return 'y'
	case 'ź', 'ż', 'ž', 'Ź', 'Ż', 'Ž':
		return 'z'
	case '\u2019':
		return '\''
	}
	return 0
}

func isLetterRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }
