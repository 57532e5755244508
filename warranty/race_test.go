//go:build race

package warranty

// raceEnabled is true under the race detector: heavy randomized tests
// scale down rather than being dropped.
const raceEnabled = true
