// Package refund answers the money questions of an after-sales request:
// whether the buyer may still withdraw from a distance sale (the withdrawal
// window of C. consom. L221-18 to L221-20, with the exclusions of L221-28),
// how much must be refunded, component by component (parts, standard
// delivery, delivery surcharge, return shipping, depreciation, late
// surcharge), by which day (L221-24), and what the seller owes on top when
// it pays late (L242-4 for withdrawals, L241-4 for non-delivery).
//
// Rules holds a platform's choices as plain data (it is the refund section
// of a policy; a zero Rules has no rule). New(rules, calendar) validates
// them once and returns an Engine, an immutable value safe for concurrent
// use: Engine.Window computes a withdrawal window and Engine.Quote a refund
// quote. Every result carries an explain.Basis citing the statute article
// or charter clause of each step; Translations gives the French and Polish
// texts of those steps.
//
// Inputs (Case, Line, Receipt) decode strictly from JSON in this package
// and are validated as they decode; results (Quote, Component, Band,
// Window) marshal to their documented JSON with encoding/json. Errors on
// bad input are *field.Error values naming the field; a question the
// rules have no rule for matches explain.ErrNoRule. Every number has a
// documented range, and date arithmetic that would leave years 1 to 9999
// is an error, never a wrong date.
//
// Money is exact: amounts are money.Amount values, never floats; a quote is
// computed in whole minor units (int64) with overflow checks, falling back
// to exact decimal arithmetic for amounts that do not fit; each result is
// rounded once, half away from zero; a pro-rata delivery refund is split by
// largest remainder (money.Allocate) so that the parts add up exactly.
//
// Dates are calendar.Date values; legal periods are counted with
// calendar.Calendar.Period (Regulation (EEC, Euratom) 1182/71).
//
// Every type in this package is an immutable value, safe for concurrent use
// once built. Daylight-saving time only affects Window.Closes, which is
// midnight local time at the end of the last day (23 or 25 hours after the
// day starts on a clock-change day).
package refund
