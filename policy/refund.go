package policy

import "github.com/aftersales/aftersales/refund"

// The refund section of each preset. Placeholders until package refund lands.

func refundFrenchLaw() refund.Rules  { return refund.Rules{} }
func refundOpisto() refund.Rules     { return refund.Rules{} }
func refundSwapiphone() refund.Rules { return refund.Rules{} }
func refundAgafort() refund.Rules    { return refund.Rules{} }
