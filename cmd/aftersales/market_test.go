package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
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

// TestAsOf: with --history and --as-of a decision uses the policy version
// in force at that instant and names it (P2B: a change binds from its
// effective date).
func TestAsOf(t *testing.T) {
	base := []string{"deadline", "--history", "../../examples/data/policy-history.json", "--kind", "question", "--received", "2026-11-20T15:00:00+01:00", "--json"}
	tests := []struct {
		asOf, id, due string
	}{
		{"2026-09-30T23:59:59+02:00", "2026-01", "2026-11-25T15:00:00+01:00"}, // 72 h, the day before the change
		{"2026-10-01T00:00:00+02:00", "2026-10", "2026-11-24T15:00:00+01:00"}, // 48 h from the change's first instant
	}
	for _, tt := range tests {
		m := runJSON(t, append(base, "--as-of", tt.asOf)...)
		as, _ := m["as_of"].(map[string]any)
		if as == nil || as["id"] != tt.id || m["due"] != tt.due || m["policy_version"] != as["version"] {
			t.Errorf("as of %s: as_of %v due %v version %v; want %s due %s", tt.asOf, as, m["due"], m["policy_version"], tt.id, tt.due)
		}
	}
	for _, args := range [][]string{
		append([]string{"deadline", "--policy", "opisto", "--as-of", "2026-10-01T00:00:00+02:00"}, base[3:7]...),
		append([]string{"deadline", "--policy", "opisto", "--history", "../../examples/data/policy-history.json", "--as-of", "2026-10-01T00:00:00+02:00"}, base[3:7]...),
		append([]string{"deadline", "--history", "../../examples/data/policy-history.json"}, base[3:7]...),
		append([]string{"deadline", "--history", "../../examples/data/policy-history.json", "--as-of", "2020-01-01T00:00:00Z"}, base[3:7]...),
	} {
		code, out, errs := runCmd(t, args...)
		if code != 2 || out != "" || !strings.Contains(errs, "--") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want a refusal naming the flag", args, code, out, errs)
		}
	}
}

// TestMarketLanguage: without --lang a buyer's decision is explained in
// the served market's language when a catalog exists (Belgium's statute
// is French-speaking here; Poland's Polish), else English.
func TestMarketLanguage(t *testing.T) {
	for _, tt := range []struct{ policy, want string }{{"law:BE", "fr"}, {"law:PL", "pl"}, {"law:DE", "de"}, {"law:FR", "fr"}} {
		m := runJSON(t, "withdrawal", "--policy", tt.policy, "--delivered", "2026-11-20", "--json")
		if m["lang"] != tt.want {
			t.Errorf("%s: lang %v, want %s", tt.policy, m["lang"], tt.want)
		}
	}
}

// TestTimelineMarket: the time line of a guarantee for a buyer in Spain
// draws Spain's three years (TRLGDCU art. 120), not France's two.
func TestTimelineMarket(t *testing.T) {
	code, out, errs := runCmd(t, "timeline", "--policy", "swapiphone", "--kind", "warranty", "--case", "../../examples/data/claim-market.json", "--market", "ES")
	if code != 0 || !strings.Contains(out, "2027-03-05") || strings.Contains(out, "2026-03-05 \u2192") {
		t.Errorf("exit %d %s; the SVG should run the guarantee to 2027-03-05", code, errs)
	}
}

// TestServeRecallsNeedsADataset: a server started without --recalls
// refuses to screen, naming the flag, and never reads a path a request
// names.
func TestServeRecallsNeedsADataset(t *testing.T) {
	s, err := newServer(nil, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	listings, _ := os.ReadFile("../../examples/data/listings.jsonl")
	for _, q := range []string{"", "recalls=../../examples/data/rappelconso-sample.csv"} {
		st, body := post(t, ts.Client(), ts.URL, "/v1/recalls", q, listings)
		if st != http.StatusBadRequest || !strings.Contains(string(body), "recalls") {
			t.Errorf("query %q: status %d %s; want 400 naming recalls", q, st, body)
		}
	}
}
