package law

import (
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/law/statute"
)

// market is one market For knows: its code and the function that builds
// its statute.
type market struct {
	code    string
	statute func() statute.Statute
}

// allMarkets lists the markets with a statute package, one line each.
func allMarkets() []market {
	return []market{
		{"FR", fr.Statute},
	}
}
