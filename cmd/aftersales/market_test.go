package main

import (
	"strings"
	"testing"
)

// TestMarketRefusals: an unknown market, a market the policy does not
// serve, an unknown region and a malformed law command are refused naming
// the flag or the argument, one line on stderr, nothing on stdout.
func TestMarketRefusals(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown market", []string{"withdrawal", "--policy", "opisto", "--delivered", "2026-11-20", "--market", "XX"}, `aftersales withdrawal: --market: "XX": no statute for this market`},
		{"lower-case market", []string{"quote", "--policy", "opisto", "--case", "../../examples/data/quote.json", "--market", "fr"}, `aftersales quote: --market: "fr"`},
		{"unknown region", []string{"warranty", "--policy", "law:FR", "--case", "../../examples/data/claim.json", "--region", "FR-XX"}, `aftersales warranty: --region: unknown region "FR-XX"`},
		{"law show unknown market", []string{"law", "show", "XX"}, `aftersales law: show: no statute for market "XX"`},
		{"law show two markets", []string{"law", "show", "FR", "FR"}, "aftersales law: law show: want one market code"},
		{"law compare one market", []string{"law", "compare", "FR"}, "aftersales law: law compare: want two or more market codes"},
		{"law unknown subcommand", []string{"law", "list"}, `aftersales law: law: unknown subcommand "list"`},
		{"law compare bad date", []string{"law", "compare", "FR", "FR", "--on", "2026-13-01"}, "aftersales law: --on: "},
		{"unknown law preset", []string{"withdrawal", "--policy", "law:XX", "--delivered", "2026-11-20"}, "law:XX"},
		{"floor of an unknown market", []string{"policy", "floor", "--policy", "opisto", "--market", "XX"}, "aftersales policy floor: --market: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != 2 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, errs, tt.want)
			}
		})
	}
}

// TestMarketOutput: the consumer decisions name the market, whose rule
// applied and the unconfirmed rules they used; law show and compare print
// the statute's table.
func TestMarketOutput(t *testing.T) {
	m := runJSON(t, "warranty", "--policy", "swapiphone", "--market", "FR", "--case", "../../examples/data/claim.json", "--json")
	if m["market"] != "FR" || m["applied"] == nil || m["unconfirmed"] == nil {
		t.Errorf("warranty: market %v applied %v unconfirmed %v", m["market"], m["applied"], m["unconfirmed"])
	}
	w := runJSON(t, "withdrawal", "--policy", "law:FR", "--delivered", "2026-07-01", "--json")
	if w["market"] != "FR" || w["applied"] != "both" || w["last_day"] != "2026-07-15" {
		t.Errorf("withdrawal law:FR: %v %v %v", w["market"], w["applied"], w["last_day"])
	}
	s := runJSON(t, "law", "show", "FR", "--json")
	if s["market"] != "FR" || s["language"] != "fr" {
		t.Errorf("law show FR: %v %v", s["market"], s["language"])
	}
	rules, _ := s["rules"].([]any)
	if len(rules) < 15 {
		t.Errorf("law show FR: %d rules", len(rules))
	}
	c := runJSON(t, "law", "compare", "FR", "FR", "--on", "2026-12-01", "--json")
	if rows, _ := c["rows"].([]any); len(rows) != 0 {
		t.Errorf("law compare FR FR: %d differing rows, want 0", len(rows))
	}
	c = runJSON(t, "law", "compare", "FR", "FR", "--on", "2026-12-01", "--all", "--json")
	if rows, _ := c["rows"].([]any); len(rows) < 15 {
		t.Errorf("law compare --all: %d rows", len(rows))
	}
}
