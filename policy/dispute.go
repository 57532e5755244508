package policy

import "github.com/aftersales/aftersales/dispute"

// The dispute section of each preset. Placeholders until package dispute lands.

func disputeFrenchLaw() dispute.Rules  { return dispute.Rules{} }
func disputeOpisto() dispute.Rules     { return dispute.Rules{} }
func disputeSwapiphone() dispute.Rules { return dispute.Rules{} }
func disputeAgafort() dispute.Rules    { return dispute.Rules{} }
