package law_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

// wantMarkets are the 29 EU/EEA markets of LEGAL-EU.md with France.
var wantMarkets = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IS", "IT", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"}

func TestMarkets(t *testing.T) {
	if diff := cmp.Diff(wantMarkets, law.Markets()); diff != "" {
		t.Errorf("Markets (-want +got):\n%s", diff)
	}
}

// TestEveryMarketValidates checks every statute: its header, its sections
// with their packages' Validate, engines on its own calendar, and the
// sections this library leaves empty outside France.
func TestEveryMarketValidates(t *testing.T) {
	for _, m := range law.Markets() {
		t.Run(m, func(t *testing.T) {
			s, err := law.For(m)
			if err != nil {
				t.Fatal(err)
			}
			if s.Market != m || s.Calendar.Market != m || s.Name == "" || s.Language == "" || len(s.Currency) != 3 || len(s.Sources) == 0 {
				t.Errorf("header: %q %q %q %q %q %v", s.Market, s.Calendar.Market, s.Name, s.Language, s.Currency, s.Sources)
			}
			if s.Periods.Kind == "" || s.Periods.Basis == "" || s.Periods.Confidence == "" {
				t.Errorf("periods %+v", s.Periods)
			}
			if err := s.Warranty.Validate(); err != nil {
				t.Errorf("warranty: %v", err)
			}
			if err := s.Refund.Validate(); err != nil {
				t.Errorf("refund: %v", err)
			}
			cal, err := calendar.ForMarket(m, "")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := warranty.New(s.Warranty, cal); err != nil {
				t.Errorf("warranty.New: %v", err)
			}
			if _, err := refund.New(s.Refund, cal); err != nil {
				t.Errorf("refund.New: %v", err)
			}
			if s.Refund.Withdrawal.Days != 14 || s.Refund.OnWithdrawal.DeadlineDays != 14 {
				t.Errorf("withdrawal %+v", s.Refund.Withdrawal)
			}
			if m != "FR" && !s.Refund.OnNonDelivery.IsZero() {
				t.Errorf("non-delivery refund %+v: Directive 2011/83 art. 18 gives no number", s.Refund.OnNonDelivery)
			}
			g := s.Warranty.Conformity.Regimes
			last := g[len(g)-1]
			if last.From != calendar.MustParseDate("2026-07-31") || last.RepairExtensionMonths != 12 || !last.RepairExtensionOnce {
				t.Errorf("last regime %q from %s: want Directive 2024/1799's from 2026-07-31", last.Name, last.From)
			}
		})
	}
}

// missingKeys are rows a market's table lacks (none today).
var missingKeys = map[string][]string{}

// TestEveryMarketHasEveryKey checks that each table has a row for each key
// of statute.Keys (a "none" row counts), in Keys order, with a value,
// a basis and a known confidence, and From not after Until.
func TestEveryMarketHasEveryKey(t *testing.T) {
	keys := law.Keys()
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		for _, k := range keys {
			if !slices.ContainsFunc(s.Rules, func(r law.Rule) bool { return r.Key == k }) && !slices.Contains(missingKeys[m], k) {
				t.Errorf("%s: no row %s", m, k)
			}
		}
		prev := -1
		for i, r := range s.Rules {
			at := slices.Index(keys, r.Key)
			if at < 0 {
				t.Errorf("%s: rules[%d]: unknown key %q", m, i, r.Key)
			}
			if at < prev {
				t.Errorf("%s: rules[%d] %s out of Keys order", m, i, r.Key)
			}
			prev = at
			switch r.Confidence {
			case law.Confirmed, law.Partial, law.Unconfirmed:
			default:
				t.Errorf("%s: rules[%d] %s: confidence %q", m, i, r.Key, r.Confidence)
			}
			if strings.TrimSpace(r.Value) == "" || strings.TrimSpace(r.Basis) == "" {
				t.Errorf("%s: rules[%d] %s: empty value or basis", m, i, r.Key)
			}
			if !r.From.IsZero() && !r.Until.IsZero() && r.Until.Before(r.From) {
				t.Errorf("%s: rules[%d] %s: until %s before from %s", m, i, r.Key, r.Until, r.From)
			}
		}
	}
}

// fieldKey maps a regime's Unconfirmed field to the rule key of its row.
var fieldKey = map[string]string{
	"from":                    "conformity.regime",
	"months":                  "conformity.liability",
	"long_lasting_months":     "conformity.long_lasting",
	"presumption_new_months":  "conformity.presumption_new",
	"presumption_used_months": "conformity.presumption_used",
	"used":                    "conformity.used_shortening",
	"notice":                  "conformity.notice",
	"action":                  "conformity.limitation",
	"repair_extension_months": "conformity.repair_extension",
}

// overlaps reports whether rule r governs a contract date in [from, until]
// (zero: open).
func overlaps(r law.Rule, from, until calendar.Date) bool {
	if !r.Until.IsZero() && !from.IsZero() && r.Until.Before(from) {
		return false
	}
	if !r.From.IsZero() && !until.IsZero() && r.From.After(until) {
		return false
	}
	return true
}

// TestUnconfirmedFieldsAreUnconfirmedRules checks that every field a
// regime marks unconfirmed has a row of confidence unconfirmed in the
// table for the regime's contract dates, and that the notice, used and
// action kinds "unconfirmed" are rows of confidence unconfirmed too
// (Luxembourg's limitation excepted: a confirmed rule the library cannot
// compute, documented in law/lu).
func TestUnconfirmedFieldsAreUnconfirmedRules(t *testing.T) {
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		g := s.Warranty.Conformity.Regimes
		for i, rg := range g {
			until := calendar.Date{}
			if i+1 < len(g) {
				until = g[i+1].From.AddDays(-1)
			}
			names := slices.Clone(rg.Unconfirmed)
			if rg.Notice.Kind == warranty.NoticeUnconfirmed {
				names = append(names, "notice")
			}
			if rg.Used.Allowed == warranty.AllowanceUnconfirmed {
				names = append(names, "used")
			}
			if rg.ActionLimit.Kind == warranty.ActionUnconfirmed && m != "LU" {
				names = append(names, "action")
			}
			for _, u := range names {
				key, ok := fieldKey[u]
				if !ok {
					t.Errorf("%s %s: unknown unconfirmed field %q", m, rg.Name, u)
					continue
				}
				if !slices.ContainsFunc(s.Rules, func(r law.Rule) bool {
					return r.Key == key && r.Confidence == law.Unconfirmed && overlaps(r, rg.From, until)
				}) {
					t.Errorf("%s %s: %s is unconfirmed but no unconfirmed %s row covers %s..%s", m, rg.Name, u, key, rg.From, until)
				}
			}
			// The converse for the fields the assessor reads: a row
			// unconfirmed for the whole regime is listed.
			for f, key := range fieldKey {
				if f == "from" || f == "repair_extension_months" || (f == "long_lasting_months" && rg.LongLastingMonths == 0) {
					continue
				}
				all := slices.ContainsFunc(s.Rules, func(r law.Rule) bool {
					return r.Key == key && r.Confidence == law.Unconfirmed && overlaps(r, rg.From, until)
				}) && !slices.ContainsFunc(s.Rules, func(r law.Rule) bool {
					return r.Key == key && r.Confidence != law.Unconfirmed && overlaps(r, rg.From, until)
				})
				if all && !slices.Contains(names, f) && !(m == "LU" && f == "action") {
					t.Errorf("%s %s: the %s row is unconfirmed but the regime does not list %s", m, rg.Name, key, f)
				}
			}
		}
	}
}

// TestStatuteUnconfirmedPaths checks the section paths outside the
// regimes: the partial-delivery split everywhere, the late-refund
// sanction where its row is unconfirmed.
func TestStatuteUnconfirmedPaths(t *testing.T) {
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		if !slices.Contains(s.Unconfirmed, "refund.on_withdrawal.partial_delivery") {
			t.Errorf("%s: partial delivery split not listed", m)
		}
		late := slices.ContainsFunc(s.Rules, func(r law.Rule) bool {
			return r.Key == "withdrawal.late_refund" && r.Confidence == law.Unconfirmed
		})
		if late != slices.Contains(s.Unconfirmed, "refund.on_withdrawal.late_surcharge") {
			t.Errorf("%s: late refund row unconfirmed %v, path listed %v", m, late, !late)
		}
	}
}

// TestForReturnsFreshValues checks that changing one statute does not
// change the next.
func TestForReturnsFreshValues(t *testing.T) {
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		s.Rules[0].Value = "x"
		s.Warranty.Conformity.Regimes[0].Months = 999
		s.Sources[0] = "x"
		if len(s.Unconfirmed) > 0 {
			s.Unconfirmed[0] = "x"
		}
		n, _ := law.For(m)
		if n.Rules[0].Value == "x" || n.Warranty.Conformity.Regimes[0].Months == 999 || n.Sources[0] == "x" ||
			(len(n.Unconfirmed) > 0 && n.Unconfirmed[0] == "x") {
			t.Errorf("%s: For shares memory between calls", m)
		}
	}
}

// TestForConcurrent calls For from several goroutines, each changing its
// own copy (run with -race): the statutes share no memory.
func TestForConcurrent(t *testing.T) {
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			for _, m := range law.Markets() {
				s, _ := law.For(m)
				s.Warranty.Conformity.Regimes[0].Unconfirmed = append(s.Warranty.Conformity.Regimes[0].Unconfirmed, "x")
				s.Rules[0].Note = "x"
				if len(s.Warranty.Conformity.Regimes[0].Unconfirmed) > 0 {
					s.Warranty.Conformity.Regimes[0].Unconfirmed[0] = "y"
				}
			}
			done <- ""
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		if slices.Contains(s.Warranty.Conformity.Regimes[0].Unconfirmed, "y") || s.Rules[0].Note == "x" {
			t.Errorf("%s: changed by a caller", m)
		}
	}
}

// TestWithdrawalCitesThePeriodRule: each market's withdrawal window cites
// its own rule for the period's last day (France cites L221-19 itself).
func TestWithdrawalCitesThePeriodRule(t *testing.T) {
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		want := s.Periods.Basis
		if m == "FR" {
			want = ""
		}
		if got := s.Refund.Withdrawal.PeriodBasis; got != want {
			t.Errorf("%s: withdrawal.period_basis %q, want %q", m, got, want)
		}
	}
}
