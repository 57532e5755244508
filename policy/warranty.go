//lint:file-ignore SA1019 the presets start from warranty.Statute until the statute moves to law/fr (issue 11)

package policy

import "github.com/aftersales/aftersales/warranty"

// The warranty section of each preset.

// warrantyFrenchLaw is the statute: C. consom. L217-1 to L217-17 (with the
// former rules for contracts before 2022), L111-4, C. civ. 1641 to 1648,
// 2224, 2232, C. env. L541-9-2 and Delegated Reg. (EU) 2023/1669.
func warrantyFrenchLaw() warranty.Rules { return warranty.Statute() }

// warrantyOpisto: the Opisto charter §II asks sellers to respect the legal
// guarantees (conformity, hidden defects) and the contractual guarantees
// they give, and requires each part's listing to state its condition, its
// guarantee and any damage. The charter fixes no commercial warranty of its
// own: a seller's offer comes with the case (commercial_months).
func warrantyOpisto() warranty.Rules {
	r := warranty.Statute()
	const clause = "Opisto charter §II"
	r.Listing.Statements = []warranty.Statement{
		{What: "condition", Basis: clause},
		{What: "guarantee", Basis: clause},
		{What: "damage", Basis: clause},
	}
	return r
}

// warrantySwapiphone: the Swapiphone texts (helpdesk rules, customer
// communication) route guarantee claims through the helpdesk but set no
// warranty term of their own, and no commercial warranty: the statute
// applies (refurbished phones are second-hand goods, L217-7).
func warrantySwapiphone() warranty.Rules { return warranty.Statute() }

// warrantyAgafort: the Agafort dispute resolution policy sets no warranty
// term: the statute applies.
func warrantyAgafort() warranty.Rules { return warranty.Statute() }
