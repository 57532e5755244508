package money_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   money.Amount
		want string
		err  string
	}{
		{"cents", money.MustParse("12.5", EUR), `{"amount":"12.50","currency":"EUR"}`, ""},
		{"negative", money.MustParse("-0.05", PLN), `{"amount":"-0.05","currency":"PLN"}`, ""},
		{"yen", money.MustParse("1250", JPY), `{"amount":"1250","currency":"JPY"}`, ""},
		{"trailing zeros trimmed", money.New(dec("1.2300"), EUR), `{"amount":"1.23","currency":"EUR"}`, ""},
		{"unrounded", money.New(dec("1.005"), EUR), "", "json: error calling MarshalJSON for type money.Amount: money: 1.005 EUR is not a whole number of minor units"},
		{"no currency", money.Amount{}, "", "json: error calling MarshalJSON for type money.Amount: money: no currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			if diff := cmp.Diff(tt.want+"|"+tt.err, string(got)+"|"+errText(err)); diff != "" {
				t.Errorf("Marshal(%v) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // String() of the result
		err  string
	}{
		{"cents", `{"amount":"12.50","currency":"EUR"}`, "12.50 EUR", ""},
		{"field order free", `{"currency":"KWD","amount":"-1.5"}`, "-1.500 KWD", ""},
		{"whitespace", ` { "amount" : "1" , "currency" : "JPY" } `, "1 JPY", ""},
		{"too many digits", `{"amount":"1.234","currency":"EUR"}`, "", `amount: money: amount "1.234": EUR has 2 decimal places`},
		{"number not string", `{"amount":12.5,"currency":"EUR"}`, "", "amount: want a string, got a number"},
		{"unknown field", `{"amount":"1","currency":"EUR","note":"x"}`, "", "note: unknown field"},
		{"case-sensitive field", `{"Amount":"1","currency":"EUR"}`, "", "Amount: unknown field"},
		{"duplicate field", `{"amount":"1","amount":"2","currency":"EUR"}`, "", "amount: duplicate field"},
		{"missing amount", `{"currency":"EUR"}`, "", "amount: missing or null"},
		{"null amount", `{"amount":null,"currency":"EUR"}`, "", "amount: missing or null"},
		{"missing currency", `{"amount":"1"}`, "", "currency: missing or null"},
		{"bad currency", `{"amount":"1","currency":"eur"}`, "", `currency: money: currency "eur": want an ISO 4217 code of three upper-case letters`},
		{"exponent", `{"amount":"1e2","currency":"EUR"}`, "", `amount: money: amount "1e2": want a plain decimal number such as 120.00 or -3.5`},
		{"null", `null`, "", "want an object, got null"},
		{"string", `"12.50 EUR"`, "", "want an object, got a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a money.Amount
			err := a.UnmarshalJSON([]byte(tt.in))
			got := ""
			if err == nil {
				got = a.String()
			}
			if diff := cmp.Diff(tt.want+"|"+tt.err, got+"|"+errText(err)); diff != "" {
				t.Errorf("UnmarshalJSON(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestJSONInStrictDocument checks that errors nest under the field path
// when an amount is decoded as part of a larger document.
func TestJSONInStrictDocument(t *testing.T) {
	var doc struct {
		Lines []struct {
			Price money.Amount `json:"price"`
		} `json:"lines"`
	}
	err := strictjson.Decode([]byte(`{"lines":[{"price":{"amount":"1","currency":"EUR"}},{"price":{"amount":"1.999","currency":"EUR"}}]}`), &doc)
	var se *strictjson.Error
	if !errors.As(err, &se) || se.Path != "lines[1].price.amount" {
		t.Fatalf("error = %v, want one at lines[1].price.amount", err)
	}
	if err := strictjson.Decode([]byte(`{"lines":[{"price":{"amount":"1","currency":"EUR"}}]}`), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Lines) != 1 || !doc.Lines[0].Price.Equal(money.MustParse("1", EUR)) {
		t.Errorf("lines = %+v, want one line at 1.00 EUR", doc.Lines)
	}
}

func TestJSONIgnoresDecimalMarshalSetting(t *testing.T) {
	defer func(v bool) { decimal.MarshalJSONWithoutQuotes = v }(decimal.MarshalJSONWithoutQuotes)
	for _, v := range []bool{false, true} {
		decimal.MarshalJSONWithoutQuotes = v
		got, err := json.Marshal(money.MustParse("12.50", EUR))
		if diff := cmp.Diff(`{"amount":"12.50","currency":"EUR"}`, string(got)); diff != "" || err != nil {
			t.Errorf("MarshalJSONWithoutQuotes=%v: err %v, mismatch (-want +got):\n%s", v, err, diff)
		}
	}
}
