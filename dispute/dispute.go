// Package dispute is being built; see the issue tracker.
package dispute

// Rules is the dispute section of a policy. Placeholder until the package lands.
type Rules struct{}

// Validate reports the first problem in r with its field path.
func (r Rules) Validate() error { return nil }
