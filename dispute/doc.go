// Package dispute answers the questions a marketplace asks once a buyer
// and a seller disagree: on which grounds a buyer may open a dispute and
// whether the facts support one (Ground, Rules.CheckGround), whether a
// dispute opens by itself because a reply deadline passed (AutoOpen),
// where a complaint stands on the platform's escalation ladder at an
// instant (Ladder.Status), how a complaint reference is generated and
// checked (ReferenceRule), whether the platform takes over the customer
// contact (TakeoverRules.Decide) and which measure a seller incurs
// (Rules.Sanction).
//
// The rules are data (Rules, the dispute section of a policy); every
// decision carries an explain.Basis citing the charter clause it applies.
// Values are immutable once built and safe for concurrent use.
package dispute
