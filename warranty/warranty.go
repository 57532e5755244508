// Package warranty assesses a defect claim on a date under the guarantees of
// French consumer law and any commercial warranty, and lists the information
// a product listing must carry.
//
// Build an Engine once with New(rules, calendar) and share it (it is
// immutable and safe for concurrent use). Engine.Assess answers, for one
// case (who bought what, when it was delivered,
// when the defect appeared, the repairs and any replacement so far):
//
//   - the legal guarantee of conformity (C. consom. L217-3 to L217-17):
//     whether it applies, the last day a defect may appear (2 years from
//     delivery, +6 months per repair, suspended while the goods are
//     immobilised, renewed when the seller imposes a replacement), the end
//     of the presumption that the defect existed at delivery (24 months for
//     new goods, 12 for second-hand ones, refurbished included) and who
//     bears the proof; contracts concluded before 1 January 2022 follow the
//     former rules;
//   - the hidden-defect guarantee (C. civ. 1641 to 1648): action within 2
//     years of discovery, never more than 20 years after the sale
//     (C. civ. 2232);
//   - a commercial warranty of some months from delivery;
//   - the remedies open on that date (repair or replacement within 30 days,
//     then price reduction or rescission and the refund deadline) and the
//     limitation of the court action (5 years from knowledge, C. civ. 2224).
//
// Engine.ListingDuties says, for a product category on a date, whether the listing
// must state the availability of spare parts (C. consom. L111-4) and which
// index it must show: repairability index, durability index or the EU
// energy label of phones and tablets.
//
// Month and year periods follow Regulation (EEC, Euratom) 1182/71 through
// calendar.Date.AddMonths: 29 February 2024 + 2 years is 28 February 2026.
// Every date this package returns as "until" is the last day included.
//
// The rules are plain data (Rules, the warranty section of a policy). The
// zero Rules has no guarantee rule (errors.Is(err, explain.ErrNoRule)); the
// statute applies only when given. Every number of Rules and Case has a
// documented range that Validate enforces, and a date that would fall after
// 9999-12-31 is refused (ErrOutOfRange), never returned wrong.
//
// Results own their JSON: json.Marshal of an Assessment or Duties gives the
// documented wire form (README.md). Inputs decode strictly: json.Unmarshal
// into a Case refuses unknown fields and invalid values with a *field.Error
// naming the field. Every result carries an explain.Basis citing the
// article or charter clause behind each step, renderable in English and
// French with Translations.
package warranty
