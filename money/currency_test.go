package money_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

func TestParseCurrency(t *testing.T) {
	type result struct {
		Code   string
		Digits int
		Err    string // substring of the error, "" for none
	}
	tests := []struct {
		name string
		in   string
		want result
	}{
		{"euro has cents", "EUR", result{Code: "EUR", Digits: 2}},
		{"zloty has grosze", "PLN", result{Code: "PLN", Digits: 2}},
		{"yen has no minor unit", "JPY", result{Code: "JPY", Digits: 0}},
		{"korean won has no minor unit", "KRW", result{Code: "KRW", Digits: 0}},
		{"bahraini dinar has fils in thousandths", "BHD", result{Code: "BHD", Digits: 3}},
		{"kuwaiti dinar has 3 digits", "KWD", result{Code: "KWD", Digits: 3}},
		{"tunisian dinar has 3 digits", "TND", result{Code: "TND", Digits: 3}},
		{"iraqi dinar follows ISO 3, not CLDR 0", "IQD", result{Code: "IQD", Digits: 3}},
		{"rupiah follows ISO 2, not CLDR 0", "IDR", result{Code: "IDR", Digits: 2}},
		{"serbian dinar follows ISO 2, not CLDR 0", "RSD", result{Code: "RSD", Digits: 2}},
		{"chilean unidad de fomento has 4 digits", "CLF", result{Code: "CLF", Digits: 4}},
		{"forint keeps ISO 2 digits", "HUF", result{Code: "HUF", Digits: 2}},
		{"swiss franc", "CHF", result{Code: "CHF", Digits: 2}},
		{"bolivar soberano is newer than x/text data", "VES", result{Code: "VES", Digits: 2}},
		{"ouguiya MRU is newer than x/text data", "MRU", result{Code: "MRU", Digits: 2}},
		{"lower case is rejected", "eur", result{Err: "three upper-case letters"}},
		{"mixed case is rejected", "Eur", result{Err: "three upper-case letters"}},
		{"empty", "", result{Err: "three upper-case letters"}},
		{"too long", "EURO", result{Err: "three upper-case letters"}},
		{"space", " EU", result{Err: "three upper-case letters"}},
		{"non-ASCII", "ÉUR", result{Err: "three upper-case letters"}},
		{"unknown code", "ABC", result{Err: "not an ISO 4217 currency code"}},
		{"no currency code", "XXX", result{Err: "no minor unit"}},
		{"testing code", "XTS", result{Err: "no minor unit"}},
		{"gold is not money for refunds", "XAU", result{Err: "no minor unit"}},
		{"special drawing rights", "XDR", result{Err: "no minor unit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := money.ParseCurrency(tt.in)
			got := result{Code: c.Code(), Digits: c.Digits()}
			if err != nil {
				got = result{Err: tt.want.Err}
				if !strings.Contains(err.Error(), tt.want.Err) || tt.want.Err == "" {
					t.Errorf("ParseCurrency(%q) error = %v, want it to contain %q", tt.in, err, tt.want.Err)
				}
				if !c.IsZero() {
					t.Errorf("ParseCurrency(%q) returned %v with an error, want the zero Currency", tt.in, c)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseCurrency(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCurrencyZeroValue(t *testing.T) {
	var c money.Currency
	got := []any{c.IsZero(), c.Code(), c.String(), c.Digits(), c == money.Currency{}}
	want := []any{true, "", "(no currency)", 0, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Currency mismatch (-want +got):\n%s", diff)
	}
	if _, err := c.MarshalText(); !errors.Is(err, money.ErrNoCurrency) {
		t.Errorf("zero Currency MarshalText error = %v, want ErrNoCurrency", err)
	}
	if money.MustCurrency("EUR").IsZero() {
		t.Error("EUR IsZero = true")
	}
}

func TestCurrencyComparable(t *testing.T) {
	a, b := money.MustCurrency("EUR"), money.MustCurrency("EUR")
	if a != b || !a.Equal(b) {
		t.Errorf("two parses of EUR differ: %#v %#v", a, b)
	}
	if a == money.MustCurrency("PLN") {
		t.Error("EUR == PLN")
	}
	m := map[money.Currency]int{a: 1}
	if m[b] != 1 {
		t.Error("Currency does not work as a map key")
	}
}

func TestCurrencyText(t *testing.T) {
	type doc struct {
		C money.Currency `json:"c"`
	}
	tests := []struct {
		name    string
		in      string
		want    string // re-marshalled document
		wantErr bool
	}{
		{"round trip", `{"c":"EUR"}`, `{"c":"EUR"}`, false},
		{"lower case rejected", `{"c":"eur"}`, "", true},
		{"empty rejected", `{"c":""}`, "", true},
		{"unknown rejected", `{"c":"QQQ"}`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := json.Unmarshal([]byte(tt.in), &d)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Unmarshal(%s) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			out, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(out)); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCurrencyNoAllocs(t *testing.T) {
	var sink int
	n := testing.AllocsPerRun(100, func() {
		c, _ := money.ParseCurrency("EUR")
		sink += c.Digits() + len(c.Code())
	})
	if n != 0 {
		t.Errorf("ParseCurrency+Digits+Code allocate %v times, want 0", n)
	}
	_ = sink
}
