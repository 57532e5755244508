package policy

import "github.com/aftersales/aftersales/conduct"

// The conduct section of each preset; package conduct holds the values
// and their charter citations.

func conductFrenchLaw() conduct.Rules  { return conduct.FrenchLawRules() }
func conductOpisto() conduct.Rules     { return conduct.OpistoRules() }
func conductSwapiphone() conduct.Rules { return conduct.SwapiphoneRules() }
func conductAgafort() conduct.Rules    { return conduct.AgafortRules() }
