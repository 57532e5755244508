package policy

import "github.com/aftersales/aftersales/warranty"

// The warranty section of each preset. Placeholders until package warranty lands.

func warrantyFrenchLaw() warranty.Rules  { return warranty.Rules{} }
func warrantyOpisto() warranty.Rules     { return warranty.Rules{} }
func warrantySwapiphone() warranty.Rules { return warranty.Rules{} }
func warrantyAgafort() warranty.Rules    { return warranty.Rules{} }
