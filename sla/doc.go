// Package sla answers reply-time questions about buyer–seller
// conversations on a marketplace: when a reply to a buyer message is due,
// where each message of a conversation stands at an instant (open, due
// soon, breached, answered on time or late), when the first deadline was
// missed, whether a seller's absence was announced early enough, when the
// next proactive update is due while a case is open, and a seller's
// performance rate over a window.
//
// Rules (the sla section of a policy) declare one target per message kind,
// each on a named clock:
//
//   - "business": N hours of business time on the policy calendar
//     (calendar.Calendar.AddBusiness): only time inside working intervals of
//     working days counts;
//   - "working-days": N whole working days, keeping the wall-clock time
//     (calendar.Calendar.AddWorkingDays);
//   - "elapsed": N hours of plain elapsed time, or N calendar days at the
//     same wall-clock time.
//
// A target is a calendar.Delay for one kind (Target.Delay); the schema-1
// clock names "business-hours" and "calendar-hours" still decode.
//
// An Engine is Rules compiled against a calendar. Its Deadline method is
// the allocation-free fast path; Explain returns the same instant with its
// explain.Basis; Evaluate explains a whole Conversation; AppendStatuses and
// Summarize are the allocation-light paths for bulk work; Performance
// computes rates over many conversations.
//
// Seller vacations are Vacation values carrying the instant they were
// registered. A vacation pauses business-hours and working-days clocks when
// the policy says registered closures pause the clock and it was registered
// before its first day started; it is then a calendar.Closure overlay
// (calendar.Calendar.WithClosures).
//
// Daylight-saving time: business time is real elapsed time inside working
// intervals, so a Monday–Friday 00:00–24:00 day lasts 23 or 25 hours on the
// days clocks change; a working-days target keeps the wall-clock time
// across a change; a calendar-hours target is elapsed time and so moves by
// one hour on the wall clock across a change. Every instant returned is in
// the calendar's location.
package sla
