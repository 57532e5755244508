// Package law holds the consumer statute of each market as data in the
// rule packages' types (sla, refund, warranty, dispute, conduct), with the
// articles each rule comes from. One sub-package per market holds the data
// (law/fr: Code de la consommation, Code civil); For returns a market's
// statute assembled from it.
//
// Import direction: law imports the rule packages and the market
// sub-packages; package policy and the presets import law; a rule package
// never imports law.
package law

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
)

// Statute is one market's consumer law as data: a section per rule
// package, in the same types a policy uses, so that a platform's policy can
// start from it and a floor check can compare with it.
//
// A zero section means the statute sets no rule of that kind (French law
// sets no reply deadline for a seller, for example): it is never filled in
// implicitly. The zero Statute is empty (no market). A Statute returned by
// For is a fresh value that shares no memory with any other: the caller may
// change it. It is a plain value: not safe for concurrent writes, safe for
// concurrent reads. Daylight-saving time does not affect it (its periods
// are counted in days, months and years on the market's calendar).
type Statute struct {
	// Market is the ISO 3166-1 alpha-2 code of the market ("FR").
	Market string `json:"market"`
	// Calendar is the market calendar its periods are counted on.
	Calendar calendar.Spec `json:"calendar"`
	// Sources lists the texts the statute is taken from.
	Sources []string `json:"sources"`
	// SLA holds statutory reply deadlines (none in French law).
	SLA sla.Rules `json:"sla"`
	// Refund holds the withdrawal right and the statutory refund rules.
	Refund refund.Rules `json:"refund"`
	// Warranty holds the legal guarantees (conformity, hidden defects)
	// and the statutory listing duties.
	Warranty warranty.Rules `json:"warranty"`
	// Dispute holds statutory dispute rules (none in French law).
	Dispute dispute.Rules `json:"dispute"`
	// Conduct holds statutory seller-conduct rules (none in French law).
	Conduct conduct.Rules `json:"conduct"`
}

// Markets returns the markets For knows, sorted.
func Markets() []string { return []string{"FR"} }

// UnknownMarketError is returned by For for a market whose statute the
// library does not hold.
type UnknownMarketError struct {
	// Market is the code asked for.
	Market string
}

// Error names the market and the supported ones.
func (e *UnknownMarketError) Error() string {
	return fmt.Sprintf("law: no statute for market %q (supported: %s)", e.Market, strings.Join(Markets(), ", "))
}

// For returns the consumer statute of market (an ISO 3166-1 alpha-2 code,
// upper case: "FR"). A market the library does not hold is an
// *UnknownMarketError naming it. Each call returns a fresh value.
func For(market string) (Statute, error) {
	switch market {
	case "FR":
		return Statute{
			Market:   "FR",
			Calendar: fr.Calendar(),
			Sources:  fr.Sources(),
			SLA:      fr.SLA(),
			Refund:   fr.Refund(),
			Warranty: fr.Warranty(),
			Dispute:  fr.Dispute(),
			Conduct:  fr.Conduct(),
		}, nil
	}
	return Statute{}, &UnknownMarketError{Market: market}
}

// Has reports whether For knows market.
func Has(market string) bool { return slices.Contains(Markets(), market) }
