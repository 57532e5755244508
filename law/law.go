// Package law holds the consumer statute of each market as data in the
// rule packages' types (sla, refund, warranty, dispute, conduct), with the
// articles each rule comes from. One sub-package per market holds the data
// (law/fr: Code de la consommation, Code civil); For returns a market's
// statute assembled from it.
//
// Import direction: law imports the rule packages, law/statute (the shape
// of a statute) and the market sub-packages; a market package imports
// law/statute and law/eu (the EU-level defaults), never law; package
// policy and the presets import law; a rule package never imports law.
package law

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aftersales/aftersales/law/statute"
)

// Statute is one market's consumer law as data (see package law/statute).
type Statute = statute.Statute

// Rule is one row of a statute's table (see package law/statute).
type Rule = statute.Rule

// Confidence is how well a rule is established (see package law/statute).
type Confidence = statute.Confidence

// Confidences, as in the project's legal research: [C], [P], [U].
const (
	Confirmed   = statute.Confirmed
	Partial     = statute.Partial
	Unconfirmed = statute.Unconfirmed
)

// Markets returns the markets For knows, sorted.
func Markets() []string {
	out := make([]string, 0, 32)
	for _, m := range allMarkets() {
		out = append(out, m.code)
	}
	slices.Sort(out)
	return out
}

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
// upper case: "FR", "ES"; Greece is "GR"). A market the library does not
// hold is an *UnknownMarketError naming it: nothing falls back to another
// market's law. Each call returns a fresh value.
func For(market string) (Statute, error) {
	for _, m := range allMarkets() {
		if m.code == market {
			return m.statute(), nil
		}
	}
	return Statute{}, &UnknownMarketError{Market: market}
}

// Has reports whether For knows market.
func Has(market string) bool { return slices.Contains(Markets(), market) }

// Keys returns the rule keys of Statute.Rules in table order.
func Keys() []string { return statute.Keys() }
