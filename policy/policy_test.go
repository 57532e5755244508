package policy

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestPresetsValidateAndRoundTrip(t *testing.T) {
	for _, name := range Presets() {
		t.Run(name, func(t *testing.T) {
			p, err := Preset(name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Name != name {
				t.Errorf("Name = %q, want %q", p.Name, name)
			}
			if err := p.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if _, err := p.BuildCalendar(); err != nil {
				t.Fatalf("BuildCalendar: %v", err)
			}
			b, err := Encode(p)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Decode(b)
			if err != nil {
				t.Fatalf("Decode(Encode(preset)): %v\n%s", err, b)
			}
			if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-preset +decoded):\n%s", diff)
			}
			b2, _ := Encode(back)
			if diff := cmp.Diff(string(b), string(b2)); diff != "" {
				t.Errorf("encoding not stable (-first +second):\n%s", diff)
			}
		})
	}
}

func TestPresetsAreFreshCopies(t *testing.T) {
	a := Opisto()
	a.Sources[0] = "changed"
	if Opisto().Sources[0] == "changed" {
		t.Error("a preset shares its slices between calls")
	}
}

func TestDecodeErrors(t *testing.T) {
	valid := func(mut func(m map[string]any)) string {
		p := FrenchLaw()
		b, _ := Encode(p)
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		mut(m)
		out, _ := json.Marshal(m)
		return string(out)
	}
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"missing schema", valid(func(m map[string]any) { delete(m, "schema") }), "schema: missing"},
		{"future schema", valid(func(m map[string]any) { m["schema"] = 2 }), "schema: version 2 not supported"},
		{"schema as string", valid(func(m map[string]any) { m["schema"] = "1" }), "schema: want a whole number, got a string"},
		{"unknown top-level field", valid(func(m map[string]any) { m["colour"] = "red" }), "colour: unknown field"},
		{"missing name", valid(func(m map[string]any) { m["name"] = "" }), "name: missing"},
		{"unknown market", valid(func(m map[string]any) { m["calendar"] = map[string]any{"market": "XX"} }), "calendar.market: unknown market"},
		{"inverted interval", valid(func(m map[string]any) {
			m["calendar"] = map[string]any{"market": "FR", "week": map[string]any{"mon": []string{"18:00-09:00"}}}
		}), "calendar.week.mon[0]: end before start"},
		{"unknown weekday", valid(func(m map[string]any) {
			m["calendar"] = map[string]any{"market": "FR", "week": map[string]any{"monday": []string{"09:00-18:00"}}}
		}), "calendar.week.monday: unknown field"},
		{"bad closure date", valid(func(m map[string]any) {
			m["calendar"] = map[string]any{"market": "FR", "closures": []any{map[string]any{"from": "2026-02-30", "to": "2026-03-01"}}}
		}), "calendar.closures[0].from:"},
		{"not JSON", "{", "invalid JSON"},
		{"trailing data", `{"schema":1} x`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in))
			if err == nil {
				t.Fatalf("Decode accepted %s", tt.in)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	if _, err := Load("no-such-preset"); !errors.Is(err, ErrUnknownPreset) {
		t.Errorf("Load(unknown name) = %v, want ErrUnknownPreset", err)
	}
	dir := t.TempDir()
	p := Swapiphone()
	p.Name = "swapiphone-custom"
	b, _ := Encode(p)
	file := filepath.Join(dir, "p.json")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "swapiphone-custom" {
		t.Errorf("Load(file).Name = %q", got.Name)
	}
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"schema":1,"name":"x","calendar":{"market":"FR","week":{"mon":["25:00-26:00"]}}}`), 0o600)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "calendar.week.mon[0]") {
		t.Errorf("Load(bad file) = %v", err)
	}
}

func TestConcurrentPresetUse(t *testing.T) {
	p := Opisto()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if err := p.Validate(); err != nil {
					t.Error(err)
					return
				}
				if _, err := Encode(p); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzDecode(f *testing.F) {
	for _, name := range Presets() {
		p, _ := Preset(name)
		b, _ := Encode(p)
		f.Add(b)
	}
	f.Add([]byte(`{"schema":1,"name":"x","calendar":{"market":"FR","week":{"mon":["09:00-18:00"]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Decode returned a policy that does not validate: %v", err)
		}
		b, err := Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(b); err != nil {
			t.Fatalf("re-decoding an encoded policy failed: %v", err)
		}
	})
}
