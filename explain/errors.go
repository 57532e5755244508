package explain

import "errors"

// ErrNoRule is the one "this policy has no such rule" sentinel: every rule
// package's own sentinels for a missing rule (no escalation ladder, no
// takeover rule, no target for a message kind, …) wrap it, so a caller can
// test errors.Is(err, explain.ErrNoRule) whatever package answered.
var ErrNoRule = errors.New("no such rule in this policy")
