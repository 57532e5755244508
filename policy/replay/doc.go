// Package replay runs recorded cases under compiled policies: one case
// (Runner.Run), a whole file under two policies to see which outcomes a
// policy change moves (Replay), and policy tests with expectations
// (RunTestFile, RunTestFS, RunTests; package policy/policytest wraps them
// for go test).
//
// # Case files
//
// A case file is JSON Lines (at most MaxCaseLine bytes a line; blank lines
// are skipped and still counted in line numbers). Each case carries all its
// inputs, the evaluation instant included, so running it never reads the
// wall clock:
//
//	{"id": "c1", "kind": "deadline", "policy": "opisto",
//	 "input": {"kind": "complaint", "received": "2026-11-20T15:00:00+01:00"},
//	 "expect": {"decision": "due", "instants": {"due": "2026-11-25T15:00:00+01:00"}}}
//
// id (required, non-blank) names the case; kind (required) is one of the
// Kind constants; input (required, an object) has the shape below; policy
// (optional, policy tests only) names a preset or a policy file relative to
// the case file; group (optional) names what the case belongs to (an
// order id), the key of a replay sharded by ShardByGroup; expect
// (optional, required by policy tests) is an
// Expectation. Unknown fields, duplicate fields and wrong types are errors
// naming the field ("input.received: missing (RFC 3339 instant)"). A bad
// line is a *LineError with its line number and cause.
//
// Inputs by kind (instants RFC 3339, dates YYYY-MM-DD):
//
//	deadline      {"kind": "question|complaint|negative-review|message", "received": instant,
//	               "closures": [{"from": date, "to": date, "reason": text}]}
//	conversation  {"at": instant, "thread": {"id", "messages": [{"id", "from": "buyer|seller|platform",
//	               "at": instant, "kind", "stars"}], "vacations": [{"from", "to", "registered", "reason"}],
//	               "case_opened": instant, "case_closed": instant}}
//	withdrawal    {"delivered": [date, ...], "regular": bool, "buyer": "consumer|professional",
//	               "not_informed": bool, "informed_on": date, "excluded": [exclusion, ...], "on": date}
//	quote         a refund.Case (the aftersales quote --case file; see package refund)
//	warranty      a warranty.Case (the aftersales warranty --case file; see package warranty)
//	escalation    {"opened": instant, "at": instant, "resolved": instant, "fulfilled": {name: instant}}
//	takeover      a dispute.Case (the aftersales takeover --case file; see package dispute)
//
// # Outcomes
//
// A Runner turns a case into an Outcome: the decision in a word, named
// instants, named values (strings), named amounts and the clauses (statute
// articles, charter clauses) that decided it. The keys by kind:
//
//	kind          decisions                                   instants                    values                                    money
//	deadline      due                                         due                         target                                    -
//	conversation  no-breach, breach (no auto-open rule);      <msg>.due, first_breach,    <msg>.state, dispute_reason               -
//	              no-dispute, dispute-opens (auto-open rule)  dispute_opens                (auto-open rule only)
//	withdrawal    applies (no "on"), open, closed, no-right   closes                      last_day, normal_last_day, extended       -
//	quote         refund, not-eligible                        -                           due, days_late, deferred, late_band       total, each component
//	warranty      conformity, hidden-defect, commercial,      -                           conformity.applies, conformity.until,     -
//	              not-covered                                                             conformity.presumed, conformity.burden,
//	                                                                                      hidden_defect.applies, hidden_defect.until,
//	                                                                                      commercial.applies, commercial.until,
//	                                                                                      limitation.until, remedies.price_reduction,
//	                                                                                      remedies.rescission
//	escalation    level-N (DecisionLevel), resolved           next_escalation, target     team, target_missed, commitment.<name>    -
//	takeover      takeover, no-takeover                       -                           grounds, costs_to_seller                  -
//	any           no-rule (the policy has no such rule)       -                           reason                                    -
//
// <msg> is a message's id, or "#N" (its index) when it has none. A key is
// absent when it has no value (no due instant for an answered message
// without a target, no deferral).
//
// # Replay
//
// Replay reads a case file, runs every case under two Runners and reports
// each case whose outcome changed (CaseChange: the kinds of change, a
// "-"/"+" diff line per changed field, both outcomes) or could not run,
// then a Summary: counts by kind and by change, decision transitions
// ("no-dispute → dispute-opens: 412"), money moved per currency, sample
// ids, the first errors with their line numbers. It runs on every core in
// bounded memory; replaying a policy against itself reports no change.
//
// For more than one machine, ReplayWith with Options.Shard replays a
// deterministic share of the lines (by line number, or by the case's group
// so that related cases stay together) and Merge combines the shards'
// summaries into exactly the Summary of one run.
//
// # Speed
//
// A replay decodes each line once for both policies (Prepare). The common
// shapes of every input decode in one scan without reflection; anything
// else (an escaped string, a member the fast path does not read, an error)
// falls back to the strict decoder, so errors and values are always its
// own (each fast path is fuzzed against it). Runners made by
// NewReplayRunner skip the explanation texts that do not decide (per-message
// deadlines, the auto-open steps: dispute.Engine.AutoOpenSources); each
// worker reuses its own working memory for statuses and quotes
// (refund.Workspace); batches of lines are reused once done. Outcomes are
// the same as a full Runner's but for the clauses, which are those of the
// deciding rules. CaseChange.AppendJSON writes a change as json.Marshal
// does, without reflection. BenchmarkReplay1M (one million mixed cases,
// two policies) and BenchmarkReplayStages (decode, prepare, run and
// compare per case kind) measure it; README.md has the figures.
//
// # Policy tests
//
// A test file is a case file whose cases carry "expect"; only the fields
// and keys an expectation sets are compared (Check). A case without an
// expectation, a bad line or a policy that cannot load is an error result,
// never a pass; a file without any case is an error (ErrNoCases).
package replay
