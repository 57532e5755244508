package preset_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/law/fr"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestPresetsValidateAndRoundTrip(t *testing.T) {
	for _, name := range preset.Names() {
		t.Run(name, func(t *testing.T) {
			p, err := preset.Get(name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Name != name {
				t.Errorf("Name = %q, want %q", p.Name, name)
			}
			if err := p.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			b, err := policy.Encode(p)
			if err != nil {
				t.Fatal(err)
			}
			back, err := policy.Decode(b)
			if err != nil {
				t.Fatalf("Decode(Encode(preset)): %v\n%s", err, b)
			}
			if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-preset +decoded):\n%s", diff)
			}
			b2, _ := policy.Encode(back)
			if diff := cmp.Diff(string(b), string(b2)); diff != "" {
				t.Errorf("encoding not stable (-first +second):\n%s", diff)
			}
		})
	}
}

// TestPresetsUnchangedSinceSchema1: moving the presets to this package and
// onto law/fr changed no clause: each equals its schema-1 encoding frozen
// before the move (policy/testdata/schema1), apart from the conformity
// regime of contracts from 2026-07-31 added since (Directive 2024/1799).
func TestPresetsUnchangedSinceSchema1(t *testing.T) {
	for _, name := range preset.Names() {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "schema1", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		old, err := policy.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := preset.Get(name)
		p = beforeRepairDirective(p)
		if d := policy.Diff(old, p); len(d) != 0 {
			t.Errorf("%s changed: %v", name, d)
		}
	}
}

// TestEverySectionSpelledOut: a zero section means "no rule", so a preset
// states the legal guarantees and refunds explicitly: every preset has
// law/fr's warranty rules (Opisto adds its listing statements) and a
// withdrawal right at least as long as the statute's.
func TestEverySectionSpelledOut(t *testing.T) {
	for _, name := range preset.Names() {
		p, _ := preset.Get(name)
		if p.Warranty.IsZero() {
			t.Errorf("%s: zero warranty section", name)
		}
		w := p.Warranty
		w.Listing.Statements = nil
		if diff := cmp.Diff(fr.Warranty(), w, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: warranty differs from law/fr (-law +preset):\n%s", name, diff)
		}
		if p.Refund.Withdrawal.Days < fr.Refund().Withdrawal.Days {
			t.Errorf("%s: withdrawal shorter than the statute", name)
		}
		if p.Calendar.Market != "FR" {
			t.Errorf("%s: market %q", name, p.Calendar.Market)
		}
	}
}

func TestGetReturnsFreshValues(t *testing.T) {
	for _, name := range preset.Names() {
		a, _ := preset.Get(name)
		a.Sources[0] = "changed"
		a.Refund.Withdrawal.Days = 1
		if len(a.SLA.Targets) > 0 {
			a.SLA.Targets[0].Hours = 1
		}
		a.Warranty.Conformity.Regimes[0].Months = 1
		b, _ := preset.Get(name)
		if d := policy.Diff(b, mustGet(t, name)); len(d) != 0 || b.Sources[0] == "changed" {
			t.Errorf("%s: a preset shares memory between calls: %v", name, d)
		}
	}
}

func mustGet(t *testing.T, name string) policy.Policy {
	t.Helper()
	p, err := preset.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	if _, err := preset.Load("no-such-preset"); !errors.Is(err, preset.ErrUnknown) {
		t.Errorf("Load(unknown name) = %v, want ErrUnknown", err)
	}
	if _, err := preset.Get("Opisto"); !errors.Is(err, preset.ErrUnknown) || !strings.Contains(err.Error(), "agafort, french-law, opisto, swapiphone") {
		t.Errorf("Get(Opisto) = %v", err)
	}
	dir := t.TempDir()
	p := preset.Swapiphone()
	p.Name = "swapiphone-custom"
	b, _ := policy.Encode(p)
	file := filepath.Join(dir, "p.json")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := preset.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "swapiphone-custom" {
		t.Errorf("Load(file).Name = %q", got.Name)
	}
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"schema":2,"name":"x","calendar":{"market":"FR","week":{"mon":["25:00-26:00"]}}}`), 0o600)
	if _, err := preset.Load(bad); err == nil || !strings.Contains(err.Error(), "calendar.week.mon[0]") {
		t.Errorf("Load(bad file) = %v", err)
	}
	big := filepath.Join(dir, "big.json")
	_ = os.WriteFile(big, make([]byte, preset.MaxFileSize+1), 0o600)
	if _, err := preset.Load(big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load(too large) = %v", err)
	}
}

// beforeRepairDirective returns p without the conformity regimes of
// contracts from 2026-07-31 (Directive (EU) 2024/1799), without its
// markets and with the conformity refund counted from the request, as
// the frozen schema-1 files have them; every other clause must be
// unchanged.
func beforeRepairDirective(p policy.Policy) policy.Policy {
	cut := calendar.MustParseDate("2026-07-31")
	var keep []warranty.Regime
	for _, g := range p.Warranty.Conformity.Regimes {
		if g.From.Before(cut) {
			keep = append(keep, g)
		}
	}
	p.Warranty.Conformity.Regimes = keep
	p.Markets = nil
	p.Refund.OnConformity.DeadlineFrom = ""     // L217-17 counted from the return since
	p.Conduct.Language = conduct.LanguageRule{} // the reply-language rule, added since (issue 16)
	return p
}

// TestOpisto48hIsOnlyTheReplyChange: examples/data/opisto-48h.json, the
// change the README replays, is the opisto preset with 48 instead of 72
// working hours and nothing else (regenerate it from `policy show opisto`
// when the preset changes).
func TestOpisto48hIsOnlyTheReplyChange(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", "opisto-48h.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := policy.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range policy.Diff(preset.Opisto(), p) {
		if c.Path != "name" && !strings.HasPrefix(c.Path, "sla.") {
			t.Errorf("opisto-48h.json differs from opisto outside the reply deadlines: %v", c)
		}
	}
}
