package replay

import (
	"bytes"
	"github.com/aftersales/aftersales/policy/preset"
	"testing"
)

func BenchmarkZZKind(b *testing.B) {
	data := syntheticCases(8)
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	r := mustRunner(b, preset.Opisto())
	for _, l := range lines {
		c, err := DecodeCase(l)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(string(c.Kind)+"/decodecase", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				DecodeCase(l)
			}
		})
		b.Run(string(c.Kind)+"/prepare", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Prepare(c)
			}
		})
		p, _ := Prepare(c)
		b.Run(string(c.Kind)+"/run", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r.RunPrepared(p)
			}
		})
		o, _ := r.RunPrepared(p)
		b.Run(string(c.Kind)+"/compare", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compare(o, o)
			}
		})
	}
}
