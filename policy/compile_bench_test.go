package policy_test

import (
	"testing"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

// BenchmarkCompile compiles policies as a CLI process does once per
// decision: Opisto (one market) and SwapiPhone (eleven markets, one
// calendar each).
func BenchmarkCompile(b *testing.B) {
	for _, name := range []string{"opisto", "swapiphone"} {
		p, err := preset.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.Compile(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompileFor compiles SwapiPhone without its market engines, as
// the deadline command does.
func BenchmarkCompileFor(b *testing.B) {
	p, err := preset.Load("swapiphone")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := policy.CompileFor(p); err != nil {
			b.Fatal(err)
		}
	}
}
