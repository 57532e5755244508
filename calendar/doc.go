// Package calendar holds market calendars and the arithmetic of business
// time and legal periods.
//
// A Calendar combines a market's public holidays (the verified law of
// package calendar/holidays, national and, for a region, regional), a
// time zone, a weekly working schedule and closures such as a seller's
// registered vacation. It answers:
//
//   - whether a date is a working day, which holiday it is and on what
//     basis, the next working day (IsWorkingDay, Holiday, HolidayOn,
//     Holidays, NextWorkingDay);
//   - business time: "72 business hours" with AddBusiness and Between,
//     real elapsed time inside working intervals;
//   - working days: "N working days" with AddWorkingDays, which keeps the
//     wall-clock time of an instant on a working day and runs to the end of
//     the last day for one on a day off, and WorkingDays, which counts them;
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
// # Part-day holidays
//
// A holiday may begin during the day (Holiday.From; Iceland's 24 and 31
// December from 13:00). Business time stops at From that day: the day's
// working intervals are cut there. The day stays a working day for
// IsWorkingDay, WorkingDays and AddWorkingDays, and it is not a rest day:
// Regulation 1182/71 art. 3(4) moves a period's last day off "a public
// holiday, Sunday or Saturday", days taken whole, and this library reads a
// day worked until From as a working day, so a period ending on it does not
// roll.
//
// # Ranges
//
// Dates run from 0001-01-01 to 9999-12-31. A calendar answers for the
// years of the holiday data, FirstYear to LastYear (1990–2099): business
// time (AddBusiness, Between, AddWorkingDays, InWorkingTime), working-day
// counts, NextWorkingDay and rolled legal periods return ErrOutOfRange
// outside them, and IsWorkingDay and Holiday answer false there — never a
// guess from today's law. A period that does not roll needs no holiday
// data and works for any date. Counts are bounded: a period of at most
// MaxDays, MaxMonths or MaxYears; Date.Add reports anything past year 9999
// as errors wrapping ErrOutOfRange; AddDays, AddMonths and AddYears return the
// zero Date instead (they never overflow). Spec limits: at most
// MaxIntervals working intervals a day, 10,000 entries in each list, 200
// bytes in a holiday name or basis. Work is bounded on any input: closures
// are merged ranges searched by bisection and NextWorkingDay jumps over
// them.
//
// # Zero values, concurrency, daylight-saving time
//
// The zero Calendar has no market: its methods return ErrNoCalendar (or
// false / the zero value). A Calendar is immutable and safe for concurrent
// use; New and the With… methods copy what they are given, and Spec,
// Closures, Sources and Holidays return copies. Days and hours are read in
// the calendar's location; business time is real elapsed time, so a
// 00:00–24:00 interval lasts 23 hours on the day clocks go forward and 25
// on the day they go back, and no result falls in a skipped hour.
//
// # Costs
//
// New and ForMarket precompute business-time tables for 1990–2099 in
// about 0.4 ms, retaining about 210 KiB (BenchmarkForMarket; every market:
// BenchmarkForAllMarkets, about 15 ms). The tables hold, per day, only a
// uint32 prefix sum of business seconds; working days are a bitset with a
// count per 64 days; day starts and interval bounds are exact arithmetic
// on all days but the few next to a clock change or on a part-day
// holiday, whose starts and bounds are computed once, at build, from the
// zone's transitions. AddBusiness (a short search from a guess made from
// the duration) and Between (two prefix-sum lookups, whatever the span)
// cost about 20 nanoseconds with no allocation (BenchmarkAddBusiness72h
// and BenchmarkBetween1Y: 390 to 420 and 4,200 to 6,000 times faster than
// rickar/cal in the same run, as the machine's load varied). Closures are
// an overlay on the shared tables, so
// WithClosures is cheap; WithHolidays and WithoutHolidays rebuild.
//
// # Holiday data
//
// The tables read public holidays through one internal seam: a source
// that lists a year's holidays (date, name, basis, part-day start),
// implemented by an adapter over holidays.Set. Markets and Regions list
// what the data covers; a Spec's Region is an ISO 3166-2 code or one of
// its aliases (RegionAliases).
//
// Only this package's tests (its differential tests and benchmarks) and
// package calendar/holidays (Easter and weekday helpers) use rickar/cal;
// its mutable holiday cache is never used.
package calendar
