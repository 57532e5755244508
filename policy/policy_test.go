package policy_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

func TestDecodeErrors(t *testing.T) {
	valid := func(mut func(m map[string]any)) string {
		p := preset.FrenchLaw()
		b, _ := policy.Encode(p)
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
		{"future schema", valid(func(m map[string]any) { m["schema"] = 3 }), "schema: version 3 not supported"},
		{"schema 0", valid(func(m map[string]any) { m["schema"] = 0 }), "schema: version 0 not supported"},
		{"schema with a plus", strings.Replace(valid(func(map[string]any) {}), `"schema":2`, `"schema":+2`, 1), "invalid JSON"},
		{"schema with a leading zero", strings.Replace(valid(func(map[string]any) {}), `"schema":2`, `"schema":02`, 1), "invalid JSON"},
		{"long stop of 2^63-1 years", valid(func(m map[string]any) {
			m["warranty"].(map[string]any)["conformity"].(map[string]any)["long_stop_years"] = 9223372036854775807
		}), "warranty.conformity.long_stop_years: 9223372036854775807 is outside 1 to 100"},
		{"due soon beyond a year", valid(func(m map[string]any) { m["sla"] = map[string]any{"due_soon_hours": 9000} }), "sla.due_soon_hours: at most 8784"},
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
		{"invalid UTF-8 in a string", strings.Replace(valid(func(map[string]any) {}), `"french-law"`, "\"french\xff\"", 1), "invalid UTF-8 at byte"},
		{"trailing data", `{"schema":1} x`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := policy.Decode([]byte(tt.in))
			if err == nil {
				t.Fatalf("Decode accepted %s", tt.in)
			}
			var fe *field.Error
			if !errors.As(err, &fe) {
				t.Errorf("error %v (%T) is not a *field.Error", err, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestConcurrentPresetUse(t *testing.T) {
	p := preset.Opisto()
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
				if _, err := policy.Encode(p); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzDecode(f *testing.F) {
	for _, name := range preset.Names() {
		p, _ := preset.Get(name)
		b, _ := policy.Encode(p)
		f.Add(b)
	}
	files, _ := filepath.Glob("testdata/schema1/*.json")
	for _, file := range files {
		b, _ := os.ReadFile(file)
		f.Add(b)
	}
	f.Add([]byte(`{"schema":1,"name":"x","calendar":{"market":"FR","week":{"mon":["09:00-18:00"]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := policy.Decode(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Decode returned a policy that does not validate: %v", err)
		}
		if p.Schema != policy.SchemaVersion {
			t.Errorf("decoded schema %d, want %d", p.Schema, policy.SchemaVersion)
		}
		b, err := policy.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := policy.Decode(b)
		if err != nil {
			t.Fatalf("re-decoding an encoded policy failed: %v", err)
		}
		if d := policy.Diff(p, back); len(d) != 0 {
			t.Errorf("round trip changed clauses: %v", d)
		}
		// Diff against a preset is empty exactly when the encodings agree.
		op := preset.Opisto()
		eo, _ := policy.Encode(op)
		if same, d := string(eo) == string(b), policy.Diff(op, p); same != (len(d) == 0) {
			t.Errorf("Diff(opisto, p) = %v, encodings equal: %v", d, same)
		}
	})
}
