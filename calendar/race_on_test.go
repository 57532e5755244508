//go:build race

package calendar

// raceEnabled scales heavy randomized tests down under the race detector.
const raceEnabled = true
