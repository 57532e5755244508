package law

import (
	"github.com/aftersales/aftersales/law/at"
	"github.com/aftersales/aftersales/law/be"
	"github.com/aftersales/aftersales/law/bg"
	"github.com/aftersales/aftersales/law/cy"
	"github.com/aftersales/aftersales/law/cz"
	"github.com/aftersales/aftersales/law/de"
	"github.com/aftersales/aftersales/law/dk"
	"github.com/aftersales/aftersales/law/ee"
	"github.com/aftersales/aftersales/law/es"
	"github.com/aftersales/aftersales/law/fi"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/law/gr"
	"github.com/aftersales/aftersales/law/hr"
	"github.com/aftersales/aftersales/law/hu"
	"github.com/aftersales/aftersales/law/ie"
	"github.com/aftersales/aftersales/law/is"
	"github.com/aftersales/aftersales/law/it"
	"github.com/aftersales/aftersales/law/lt"
	"github.com/aftersales/aftersales/law/lu"
	"github.com/aftersales/aftersales/law/lv"
	"github.com/aftersales/aftersales/law/mt"
	"github.com/aftersales/aftersales/law/nl"
	"github.com/aftersales/aftersales/law/no"
	"github.com/aftersales/aftersales/law/pl"
	"github.com/aftersales/aftersales/law/pt"
	"github.com/aftersales/aftersales/law/ro"
	"github.com/aftersales/aftersales/law/se"
	"github.com/aftersales/aftersales/law/si"
	"github.com/aftersales/aftersales/law/sk"
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
		{"AT", at.Statute},
		{"BE", be.Statute},
		{"BG", bg.Statute},
		{"CY", cy.Statute},
		{"CZ", cz.Statute},
		{"DE", de.Statute},
		{"DK", dk.Statute},
		{"EE", ee.Statute},
		{"ES", es.Statute},
		{"FI", fi.Statute},
		{"FR", fr.Statute},
		{"GR", gr.Statute},
		{"HR", hr.Statute},
		{"HU", hu.Statute},
		{"IE", ie.Statute},
		{"IS", is.Statute},
		{"IT", it.Statute},
		{"LT", lt.Statute},
		{"LU", lu.Statute},
		{"LV", lv.Statute},
		{"MT", mt.Statute},
		{"NL", nl.Statute},
		{"NO", no.Statute},
		{"PL", pl.Statute},
		{"PT", pt.Statute},
		{"RO", ro.Statute},
		{"SE", se.Statute},
		{"SI", si.Statute},
		{"SK", sk.Statute},
	}
}
