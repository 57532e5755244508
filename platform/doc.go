// Package platform computes what a marketplace operator owes on the legal
// clocks that bind the platform itself, not its sellers: authority orders
// and product-safety notices (GPSR art. 22, DSA art. 9), the procedure of
// a sanction against a seller (P2B art. 4, DSA arts 17, 20 and 23), the
// buyers to inform of an illegal or recalled product (DSA art. 32, GPSR
// art. 35) and the notice of a change to the seller-facing terms (P2B
// art. 3).
//
// Every function takes plain values and a calendar.Calendar of the market
// (for its time zone and public holidays) and returns a result with its
// explain.Basis. Facts the shared legal notes mark as not seen in the
// statute text ([P]: secondary source; [U]: unconfirmed) are never applied
// silently: each result lists the ones it rests on in Unconfirmed (a
// Caveat with its confidence) and a basis step says so.
//
// # Counting
//
// Periods follow Regulation (EEC, Euratom) 1182/71, which this package
// assumes governs the EU acts above (caveat "reg-1182-71.applies", [U]):
// the day of the event is not counted (art. 3(1)), a period ends with the
// last hour of its last day (art. 3(2)(b)), and working days are the days
// other than Saturdays, Sundays and public holidays of the member state
// where the action is taken (art. 2; calendar.Calendar.IsRestDay). The
// calendar's week schedule and closures do not matter: a platform's
// office hours do not stretch a legal period.
//
// So "within 2 working days of receipt" is read as: the outer limit is the
// end (24:00 local time) of the second working day after the day of
// receipt, whatever the hour of receipt. An order received on Friday
// 2026-07-10 at 09:00 in France is due by the end of Wednesday
// 2026-07-15, since Tuesday 14 July is a holiday. "Without undue delay" is
// the primary duty: the instant is the outer limit, not a target.
//
// A notice period of N days (P2B art. 3(2), art. 4(2)) likewise ends at
// the end of the N-th day after the day of notification; the change or
// termination may take effect from that instant (Earliest). It is a
// minimum gap, not a time limit for an act, so it is not moved off
// weekends (art. 3(4) is not applied).
//
// # Values
//
// All types are plain values, safe to copy and to share between
// goroutines; functions keep no state. Instants come back in the
// calendar's location; day boundaries are read there, so a day is 23 or
// 25 hours long when the clocks change, and a period always ends at local
// midnight.
package platform
