// Package calendar holds market calendars and the arithmetic of business
// time and legal periods.
//
// A Calendar combines a market's public holidays (from rickar/cal/v2, plus
// France's regional days: Alsace-Moselle and the overseas départements), a
// time zone, a weekly working schedule and closures such as a seller's
// registered vacation. It answers:
//
//   - whether a date is a working day, which holiday it is, the next
//     working day (IsWorkingDay, Holiday, NextWorkingDay);
//   - business time: "72 business hours" with AddBusiness and Between,
//     real elapsed time inside working intervals;
//   - working days: "N working days" with AddWorkingDays, which keeps the
//     wall-clock time, and WorkingDays, which counts them;
//   - legal periods: Period counts days, months or years after an event per
//     Regulation (EEC, Euratom) 1182/71, optionally moving a last day on a
//     Saturday, Sunday or public holiday to the next working day, and
//     returns both the last day (a Date) and the instant the period closes.
//
// Dates without a time are Date values, never time.Time at midnight.
// Month and year periods use Date.AddMonths, which clamps to the end of the
// month (29 February 2024 + 2 years = 28 February 2026) where time.AddDate
// would spill into March.
//
// Speed: New precomputes, for the years FirstYear to LastYear, each day's
// start instant, working intervals, holiday and prefix sums of business
// seconds and working days. AddBusiness, Between, AddWorkingDays and
// WorkingDays then cost a binary search and a few lookups, with no per-day
// loop and no allocation; closures are an overlay on the shared tables, so
// WithClosures is cheap.
//
// This is the only package of aftersales that imports rickar/cal. It reads
// rickar's holiday definitions once, at build time, and never uses its
// mutable holiday cache.
package calendar
