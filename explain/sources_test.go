package explain

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sourcesRef is the obvious reference of Basis.Sources: the non-empty
// bases in order of first appearance, deduplicated with a map.
func sourcesRef(b Basis) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range b.Steps {
		if s.Basis != "" && !seen[s.Basis] {
			seen[s.Basis] = true
			out = append(out, s.Basis)
		}
	}
	return out
}

func TestSourcesAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		n := r.IntN(120)
		distinct := 1 + r.IntN(80) // crosses the 32 sources where a map takes over
		var b Basis
		for j := 0; j < n; j++ {
			s := ""
			if r.IntN(5) > 0 {
				s = "art. " + strconv.Itoa(r.IntN(distinct))
			}
			b.Steps = append(b.Steps, Step{Rule: "r", Basis: s})
		}
		if d := cmp.Diff(sourcesRef(b), b.Sources()); d != "" {
			t.Fatalf("basis %d (%d steps, %d distinct) (-ref +Sources):\n%s", i, n, distinct, d)
		}
	}
}
