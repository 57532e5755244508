package conduct

// Platform rules for the package's own tests. The presets state them in
// package policy/preset (a rule package holds no platform data); these
// copies keep the tests of the mechanics independent of the presets.
const (
	clauseOpistoCustomerRelations = "Opisto charter §I (customer relations: exchanges on the platform only)"
	clauseOpistoDescription       = "Opisto charter §II (product description)"
	clauseOpistoPhotos            = "Opisto charter §II (product photos)"
	clauseOpistoAvailability      = "Opisto charter §II (product availability)"
	clauseOpistoDelivery          = "Opisto charter §II (delivery times)"

	clauseSwapiphoneHelpdesk      = "Swapiphone helpdesk rules §About the Helpdesk"
	clauseSwapiphoneCommunication = "Swapiphone communication rules §Customer communication"

	clauseAgafortContactSellers = "Agafort dispute resolution policy §5"
)

// frenchLawRules returns the statutory floor: French consumer law does not
// forbid a seller and a buyer from talking outside a marketplace, does not
// forbid canned replies and does not fix what a listing shows beyond the
// pre-contract information duties modelled elsewhere. The result forbids
// nothing and checks nothing (it equals the zero Rules). Unsolicited
// marketing by e-mail or SMS needs the recipient's prior consent under
// French law; consent is not visible in a message, so it is not modelled
// here.
func frenchLawRules() Rules {
	return Rules{}
}

// opistoRules returns the Opisto charter's conduct rules: exchanges stay on
// the platform (no private e-mail, phone, social networks, outside links or
// outside payment: §I) and listings are complete (condition, warranty,
// damage, photos; only stock actually held; delivery times that fit the
// destination: §II). The charter gives no delivery-time figures; the 10
// days for France and 21 days elsewhere are this library's reading of
// "consistent with the destination country" and can be changed in policy
// data. The charter has no marketing or canned-reply rule.
func opistoRules() Rules {
	c := clauseOpistoCustomerRelations
	return Rules{
		Contact: []ContactRule{
			{Kind: Email, Clause: c},
			{Kind: Phone, Clause: c},
			{Kind: URL, Clause: c},
			{Kind: Social, Clause: c},
			{Kind: Payment, Clause: c},
		},
		Listing: ListingRules{
			RequireCondition:       true,
			RequireWarranty:        true,
			RequireDamage:          true,
			DescriptionClause:      clauseOpistoDescription,
			MinPhotos:              1,
			PhotosClause:           clauseOpistoPhotos,
			RequireHeldStock:       true,
			StockClause:            clauseOpistoAvailability,
			MaxDeliveryDays:        map[string]int{"FR": 10},
			DefaultMaxDeliveryDays: 21,
			DeliveryClause:         clauseOpistoDelivery,
			ScreenText:             true,
		},
	}
}

// swapiphoneRules returns Swapiphone's communication rules: every exchange
// goes through the helpdesk (no private e-mail, phone or SMS, social
// networks, outside links, and no payment arranged outside the platform),
// no marketing contact by any channel (helpdesk rules §About the Helpdesk),
// and no automated replies standing in for an individual answer
// (communication rules §Customer communication). The canned-reply figures
// (90 % similarity, 3 buyers, 8 words) are this library's choice; the rules
// give none. Swapiphone has no listing-content rule.
func swapiphoneRules() Rules {
	h, cc := clauseSwapiphoneHelpdesk, clauseSwapiphoneCommunication
	return Rules{
		Contact: []ContactRule{
			{Kind: Email, Clause: cc},
			{Kind: Phone, Clause: h},
			{Kind: URL, Clause: cc},
			{Kind: Social, Clause: cc},
			{Kind: Payment, Clause: h},
			{Kind: Marketing, Clause: h},
		},
		Canned: CannedRules{
			Check:                true,
			MinSimilarityPercent: 90,
			MinBuyers:            3,
			MinWords:             8,
			Clause:               cc,
		},
	}
}

// agafortRules returns Agafort's conduct rules. Agafort's dispute policy
// says a buyer who wants a seller's direct contact details asks Agafort's
// customer service for them (§5); this library reads that as sellers not
// handing out their own e-mail, phone, web or social contact in messages.
// That reading is an interpretation: the policy has no explicit
// off-platform, payment, marketing, canned-reply or listing rule, so none
// is set.
func agafortRules() Rules {
	c := clauseAgafortContactSellers
	return Rules{
		Contact: []ContactRule{
			{Kind: Email, Clause: c},
			{Kind: Phone, Clause: c},
			{Kind: URL, Clause: c},
			{Kind: Social, Clause: c},
		},
	}
}
