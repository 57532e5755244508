//go:build race

package holidays

const raceEnabled = true
