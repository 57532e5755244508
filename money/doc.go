// Package money holds amounts of money for refund quotes: an exact decimal
// value (github.com/shopspring/decimal) with its ISO 4217 currency
// (golang.org/x/text/currency).
//
// Arithmetic is exact and never mixes currencies: Add, Sub and Cmp return
// an error wrapping ErrCurrencyMismatch for amounts in different
// currencies, and Mul keeps every digit. Rounding happens only where the
// caller asks for it, with Round, to the currency's minor unit (two
// decimals for EUR, none for JPY, three for KWD), halves away from zero.
// Allocate splits an amount into parts in minor units that add up exactly
// to the whole (largest-remainder method), as a pro-rata refund of a
// delivery fee needs.
//
// Amounts print as "12.50 EUR" for logs and explanations (String), marshal
// to JSON as {"amount":"12.50","currency":"EUR"}, and are written for
// people in their language with Format: "1 234,50 €" in French, "€1,234.50"
// in English, "1234,50 zł" in Polish. Amount implements explain.Localizer.
//
// Results never depend on the package-level settings of
// github.com/shopspring/decimal: the package does not divide decimals, and
// formats and marshals them itself.
package money
