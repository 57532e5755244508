package recall

import "testing"

// BenchmarkScreen1MListings20kRecalls screens one million listings
// against twenty thousand recalls with the index built once (issue 19:
// under 2 s on 2 cores).
func BenchmarkScreen1MListings20kRecalls(b *testing.B) {
	rs, ls := synthetic(20000, 1_000_000, 42)
	ix := mustIndex(b, rs)
	b.ResetTimer()
	for b.Loop() {
		if f := ix.ScreenAll(ls); len(f) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// BenchmarkNewIndex20k builds the index of twenty thousand recalls.
func BenchmarkNewIndex20k(b *testing.B) {
	rs, _ := synthetic(20000, 0, 42)
	for b.Loop() {
		_, _ = NewIndex(rs)
	}
}
