package replay

import (
	"bytes"
	"testing"

	"github.com/aftersales/aftersales/policy/preset"
)

// BenchmarkReplayStages measures each stage of a replayed case, per case
// kind: decoding the envelope (DecodeCase), decoding the input (Prepare),
// running it under one policy (RunPrepared) and comparing two outcomes
// (Compare). A replay runs the first two once and the last two per
// policy; BenchmarkReplay1M is their sum over a mix of kinds.
func BenchmarkReplayStages(b *testing.B) {
	data := syntheticCases(8)
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	r := mustRunner(b, preset.Opisto())
	for _, l := range lines {
		c, err := DecodeCase(l)
		if err != nil {
			b.Fatal(err)
		}
		p, err := Prepare(c)
		if err != nil {
			b.Fatal(err)
		}
		o, err := r.RunPrepared(p)
		if err != nil {
			b.Fatal(err)
		}
		name := string(c.Kind) + "/"
		b.Run(name+"decode", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := DecodeCase(l); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"prepare", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Prepare(c); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"run", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.RunPrepared(p); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"compare", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compare(o, o)
			}
		})
	}
}
