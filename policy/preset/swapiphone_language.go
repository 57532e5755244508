package preset

// ClauseSwapiphoneLanguage: the seller communicates with the buyer in the
// language of the market where the sale takes place (customer
// communication rules, first paragraph, beside the 24 working-hour reply
// time). conduct.NewLanguageChecker cites it.
const ClauseSwapiphoneLanguage = "Swapiphone communication rules §Customer communication ¶1 (language of the market)"
