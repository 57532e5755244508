package policy_test

import (
	"testing"

	"github.com/aftersales/aftersales/policy"
)

func TestCompilePresets(t *testing.T) {
	for _, name := range policy.Presets() {
		t.Run(name, func(t *testing.T) {
			p, err := policy.Preset(name)
			if err != nil {
				t.Fatal(err)
			}
			eng, err := policy.Compile(p)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			if eng.Name() != p.Name || len(eng.Version()) != len("sha256:")+64 {
				t.Errorf("Name %q Version %q", eng.Name(), eng.Version())
			}
			again, err := policy.Compile(eng.Policy())
			if err != nil || again.Version() != eng.Version() {
				t.Errorf("recompiling the engine's own policy: %v, version %q != %q", err, again.Version(), eng.Version())
			}
		})
	}
}
