package money_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/money"
)

// This file holds what the package refuses: amounts past the bound, text
// that is not a plain decimal, more digits than the currency has, mixed
// currencies, and JSON money that is not the one wire shape.

func TestParseRefusesAmountsPastTheBound(t *testing.T) {
	eur := money.MustCurrency("EUR")
	ok := strings.Repeat("9", money.MaxIntegerDigits) + ".99"
	if _, err := money.Parse(ok, eur); err != nil {
		t.Errorf("money.Parse(%d digits): %v", money.MaxIntegerDigits, err)
	}
	if _, err := money.Parse("000"+ok, eur); err != nil {
		t.Errorf("leading zeros count for nothing: %v", err)
	}
	bad := "1" + strings.Repeat("0", money.MaxIntegerDigits)
	if _, err := money.Parse(bad, eur); err == nil || !strings.Contains(err.Error(), "digits before the decimal point") {
		t.Errorf("money.Parse(%d digits) = %v, want a bound error", money.MaxIntegerDigits+1, err)
	}
	huge := strings.Repeat("7", 1<<20)
	_, err := money.Parse(huge, eur)
	if err == nil || len(err.Error()) > 200 {
		t.Errorf("a megabyte of digits: error of %d bytes: %.80v", len(err.Error()), err)
	}
}

func TestParseRefusesWhatIsNotAPlainDecimal(t *testing.T) {
	eur := money.MustCurrency("EUR")
	for _, s := range []string{"", "+1.00", "1e3", "1,50", " 1.50", "1.50 ", "0x10", "1_000", ".5", "5.", "--1", "1.505", "١٢"} {
		if a, err := money.Parse(s, eur); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", s, a)
		}
	}
	if _, err := money.Parse("1.5", money.MustCurrency("JPY")); err == nil {
		t.Error("JPY has no decimal places: 1.5 accepted")
	}
}

func TestRefusesMixedCurrencies(t *testing.T) {
	a := money.MustParse("1.00", money.MustCurrency("EUR"))
	b := money.MustParse("1.00", money.MustCurrency("PLN"))
	if _, err := a.Add(b); !errors.Is(err, money.ErrCurrencyMismatch) {
		t.Errorf("EUR + PLN: %v, want ErrCurrencyMismatch", err)
	}
	if _, err := money.Sum(money.MustCurrency("EUR"), a, b); !errors.Is(err, money.ErrCurrencyMismatch) {
		t.Errorf("Sum(EUR; EUR, PLN): %v, want ErrCurrencyMismatch", err)
	}
}

func TestRefusesJSONMoneyOfAnotherShape(t *testing.T) {
	tests := []struct{ in, path string }{
		{`{"amount":12.5,"currency":"EUR"}`, "amount"},
		{`{"amount":"12.50"}`, "currency"},
		{`{"amount":"12.505","currency":"EUR"}`, "amount"},
		{`{"amount":"12.50","currency":"EURO"}`, "currency"},
		{`{"amount":"12.50","currency":"EUR","extra":1}`, "extra"},
		{"{\"amount\":\"12.50\",\"currency\":\"E\xffR\"}", "currency"},
	}
	for _, tt := range tests {
		var a money.Amount
		err := json.Unmarshal([]byte(tt.in), &a)
		var fe *field.Error
		if !errors.As(err, &fe) || !strings.HasPrefix(fe.Path, tt.path) {
			t.Errorf("%s: %v, want a *field.Error at %q", tt.in, err, tt.path)
		}
	}
}
