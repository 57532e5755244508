package money_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

var (
	EUR = money.MustCurrency("EUR")
	PLN = money.MustCurrency("PLN")
	JPY = money.MustCurrency("JPY")
	BHD = money.MustCurrency("BHD")
	KWD = money.MustCurrency("KWD")
)

var _ explain.Localizer = money.Amount{}

// dec parses a decimal literal for tests.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// errText is the error's text, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		c    money.Currency
		want string // String() of the result
		err  string // full error text
	}{
		{"cents", "120.00", EUR, "120.00 EUR", ""},
		{"one fraction digit is padded", "-3.5", EUR, "-3.50 EUR", ""},
		{"integer", "7", EUR, "7.00 EUR", ""},
		{"leading zeros are harmless", "007.10", EUR, "7.10 EUR", ""},
		{"negative zero is zero", "-0", EUR, "0.00 EUR", ""},
		{"small", "0.07", EUR, "0.07 EUR", ""},
		{"yen without decimals", "1250", JPY, "1250 JPY", ""},
		{"dinar thousandths", "1.234", BHD, "1.234 BHD", ""},
		{"beyond int64", "123456789012345678901234.56", EUR, "123456789012345678901234.56 EUR", ""},
		{"too many digits for EUR", "1.234", EUR, "", `money: amount "1.234": EUR has 2 decimal places`},
		{"trailing zero counts", "1.230", EUR, "", `money: amount "1.230": EUR has 2 decimal places`},
		{"yen has no decimals", "1.0", JPY, "", `money: amount "1.0": JPY has no decimal places`},
		{"dinar has 3 decimals", "0.0001", KWD, "", `money: amount "0.0001": KWD has 3 decimal places`},
		{"exponent", "1e3", EUR, "", `money: amount "1e3": want a plain decimal number such as 120.00 or -3.5`},
		{"plus sign", "+1", EUR, "", `money: amount "+1": want a plain decimal number such as 120.00 or -3.5`},
		{"bare point first", ".5", EUR, "", `money: amount ".5": want a plain decimal number such as 120.00 or -3.5`},
		{"bare point last", "5.", EUR, "", `money: amount "5.": want a plain decimal number such as 120.00 or -3.5`},
		{"comma", "1,5", EUR, "", `money: amount "1,5": want a plain decimal number such as 120.00 or -3.5`},
		{"space", " 1", EUR, "", `money: amount " 1": want a plain decimal number such as 120.00 or -3.5`},
		{"empty", "", EUR, "", `money: amount "": want a plain decimal number such as 120.00 or -3.5`},
		{"minus only", "-", EUR, "", `money: amount "-": want a plain decimal number such as 120.00 or -3.5`},
		{"double minus", "--1", EUR, "", `money: amount "--1": want a plain decimal number such as 120.00 or -3.5`},
		{"two points", "1.2.3", EUR, "", `money: amount "1.2.3": want a plain decimal number such as 120.00 or -3.5`},
		{"garbage", "abc", EUR, "", `money: amount "abc": want a plain decimal number such as 120.00 or -3.5`},
		{"NaN", "NaN", EUR, "", `money: amount "NaN": want a plain decimal number such as 120.00 or -3.5`},
		{"no currency", "1", money.Currency{}, "", `money: amount "1": money: no currency`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := money.Parse(tt.in, tt.c)
			got := ""
			if err == nil {
				got = a.String()
			}
			if diff := cmp.Diff(tt.want+"|"+tt.err, got+"|"+errText(err)); diff != "" {
				t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.c, diff)
			}
		})
	}
}

func TestZeroValue(t *testing.T) {
	var a money.Amount
	got := []any{a.String(), a.Number(), a.IsZero(), a.Currency().IsZero(), a.Round().String(), a.Format(language.French)}
	want := []any{"0", "0", true, true, "0", "0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Amount mismatch (-want +got):\n%s", diff)
	}
	if _, err := a.Add(a); !errors.Is(err, money.ErrNoCurrency) {
		t.Errorf("zero + zero error = %v, want ErrNoCurrency", err)
	}
	if _, err := a.Add(money.Zero(EUR)); !errors.Is(err, money.ErrCurrencyMismatch) {
		t.Errorf("zero + 0 EUR error = %v, want ErrCurrencyMismatch", err)
	}
	if _, err := a.MinorUnits(); !errors.Is(err, money.ErrNoCurrency) {
		t.Errorf("zero MinorUnits error = %v, want ErrNoCurrency", err)
	}
	if _, err := json.Marshal(a); !errors.Is(err, money.ErrNoCurrency) {
		t.Errorf("Marshal(zero) error = %v, want ErrNoCurrency", err)
	}
}

func TestArithmetic(t *testing.T) {
	m := func(s string, c money.Currency) money.Amount { return money.MustParse(s, c) }
	tests := []struct {
		name string
		op   func() (money.Amount, error)
		want string
		err  string
	}{
		{"add", func() (money.Amount, error) { return m("12.50", EUR).Add(m("0.75", EUR)) }, "13.25 EUR", ""},
		{"add keeps exactness", func() (money.Amount, error) { return m("0.10", EUR).Add(m("0.20", EUR)) }, "0.30 EUR", ""},
		{"sub to negative", func() (money.Amount, error) { return m("1", EUR).Sub(m("2.50", EUR)) }, "-1.50 EUR", ""},
		{"add unrounded", func() (money.Amount, error) { return m("1", EUR).Mul(dec("0.3333")).Add(m("1", EUR)) }, "1.3333 EUR", ""},
		{"add mixed currencies", func() (money.Amount, error) { return m("1", EUR).Add(m("1", PLN)) }, "", "money: currency mismatch: EUR and PLN"},
		{"sub mixed currencies", func() (money.Amount, error) { return m("1", PLN).Sub(m("1", EUR)) }, "", "money: currency mismatch: PLN and EUR"},
		{"sub no currency", func() (money.Amount, error) { return m("1", PLN).Sub(money.Amount{}) }, "", "money: currency mismatch: PLN and (no currency)"},
		{"mul exact", func() (money.Amount, error) { return m("19.99", EUR).Mul(dec("0.2")), nil }, "3.998 EUR", ""},
		{"mul by quantity", func() (money.Amount, error) { return m("19.99", EUR).Mul(dec("3")), nil }, "59.97 EUR", ""},
		{"neg", func() (money.Amount, error) { return m("19.99", EUR).Neg(), nil }, "-19.99 EUR", ""},
		{"neg zero", func() (money.Amount, error) { return money.Zero(EUR).Neg(), nil }, "0.00 EUR", ""},
		{"from minor", func() (money.Amount, error) { return money.FromMinor(-1250, EUR), nil }, "-12.50 EUR", ""},
		{"from minor yen", func() (money.Amount, error) { return money.FromMinor(1250, JPY), nil }, "1250 JPY", ""},
		{"from minor dinar", func() (money.Amount, error) { return money.FromMinor(1250, KWD), nil }, "1.250 KWD", ""},
		{"new keeps digits", func() (money.Amount, error) { return money.New(dec("1.005"), EUR), nil }, "1.005 EUR", ""},
		{"new trims zeros beyond minor unit", func() (money.Amount, error) { return money.New(dec("1.5000"), EUR), nil }, "1.50 EUR", ""},
		{"new positive exponent", func() (money.Amount, error) { return money.New(decimal.New(12, 3), EUR), nil }, "12000.00 EUR", ""},
		{"sum", func() (money.Amount, error) { return money.Sum(EUR, m("1.10", EUR), m("2.20", EUR), m("-0.30", EUR)) }, "3.00 EUR", ""},
		{"empty sum", func() (money.Amount, error) { return money.Sum(JPY) }, "0 JPY", ""},
		{"sum mixed", func() (money.Amount, error) { return money.Sum(EUR, m("1", EUR), m("1", PLN)) }, "", "money: currency mismatch: amount[1] is PLN, not EUR"},
		{"sum without currency", func() (money.Amount, error) { return money.Sum(money.Currency{}) }, "", "money: no currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.op()
			got := ""
			if err == nil {
				got = a.String()
			}
			if diff := cmp.Diff(tt.want+"|"+tt.err, got+"|"+errText(err)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMismatchIsSentinel(t *testing.T) {
	a, b := money.MustParse("1", EUR), money.MustParse("1", PLN)
	_, err1 := a.Add(b)
	_, err2 := a.Sub(b)
	_, err3 := a.Cmp(b)
	_, err4 := money.Sum(EUR, b)
	for i, err := range []error{err1, err2, err3, err4} {
		if !errors.Is(err, money.ErrCurrencyMismatch) {
			t.Errorf("error %d = %v, want ErrCurrencyMismatch", i, err)
		}
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		name string
		in   money.Amount
		want string
	}{
		{"half up away from zero", money.New(dec("0.125"), EUR), "0.13 EUR"},
		{"half down away from zero", money.New(dec("-0.125"), EUR), "-0.13 EUR"},
		{"below half", money.New(dec("0.12499999"), EUR), "0.12 EUR"},
		{"above half negative", money.New(dec("-0.1250001"), EUR), "-0.13 EUR"},
		{"already rounded", money.MustParse("12.50", EUR), "12.50 EUR"},
		{"fewer digits", money.MustParse("12.5", EUR), "12.50 EUR"},
		{"yen half", money.New(dec("2.5"), JPY), "3 JPY"},
		{"yen negative half", money.New(dec("-2.5"), JPY), "-3 JPY"},
		{"dinar", money.New(dec("1.2345"), BHD), "1.235 BHD"},
		{"tiny rounds to zero", money.New(dec("0.0049"), EUR), "0.00 EUR"},
		{"tiny negative rounds to zero", money.New(dec("-0.0049"), EUR), "0.00 EUR"},
		{"far below a unit", money.New(decimal.New(9, -40), EUR), "0.00 EUR"},
		{"just at 0.1 unit", money.New(decimal.New(1, -3), EUR), "0.00 EUR"},
		{"big half", money.New(dec("123456789012345678901234.565"), EUR), "123456789012345678901234.57 EUR"},
		{"big negative half", money.New(dec("-123456789012345678901234.565"), EUR), "-123456789012345678901234.57 EUR"},
		{"19 digits dropped", money.New(dec("0.005000000000000000001"), EUR), "0.01 EUR"},
		{"mul then round", money.MustParse("19.99", EUR).Mul(dec("0.2")), "4.00 EUR"},
		{"no currency unchanged", money.New(dec("1.23456"), money.Currency{}), "1.23456"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.in.Round().String()); diff != "" {
				t.Errorf("Round(%v) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.want, refRound(tt.in).String()); diff != "" {
				t.Errorf("refRound(%v) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// refRound rounds with big.Rat, the obvious way: |x|·10^d + 1/2, floored,
// with the sign put back.
func refRound(a money.Amount) money.Amount {
	if a.Currency().IsZero() {
		return a
	}
	d := a.Currency().Digits()
	r := a.Decimal().Rat()
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
	x := new(big.Rat).Mul(new(big.Rat).Abs(r), scale)
	x.Add(x, big.NewRat(1, 2))
	q := new(big.Int).Quo(x.Num(), x.Denom())
	if r.Sign() < 0 {
		q.Neg(q)
	}
	return money.New(decimal.NewFromBigInt(q, -int32(d)), a.Currency())
}

func TestRoundMatchesReference(t *testing.T) {
	r := newRand(t)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		a := money.New(decimal.New(r.Int64N(math.MaxInt64)-math.MaxInt64/2, -int32(r.IntN(25))), []money.Currency{EUR, JPY, BHD}[r.IntN(3)])
		got, want := a.Round(), refRound(a)
		if !got.Equal(want) || got.Decimal().Exponent() < -int32(a.Currency().Digits()) {
			t.Fatalf("Round(%v) = %v, want %v", a, got, want)
		}
	}
}

func TestCmpAndEqual(t *testing.T) {
	tests := []struct {
		name  string
		a, b  money.Amount
		cmp   int
		equal bool
	}{
		{"less", money.MustParse("1", EUR), money.MustParse("2", EUR), -1, false},
		{"greater", money.MustParse("2", EUR), money.MustParse("-2", EUR), 1, false},
		{"equal across exponents", money.MustParse("12.5", EUR), money.MustParse("12.50", EUR), 0, true},
		{"unrounded is not equal", money.New(dec("12.501"), EUR), money.MustParse("12.50", EUR), 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.a.Cmp(tt.b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]any{tt.cmp, tt.equal}, []any{c, tt.a.Equal(tt.b)}); diff != "" {
				t.Errorf("Cmp/Equal(%v, %v) mismatch (-want +got):\n%s", tt.a, tt.b, diff)
			}
		})
	}
	if money.MustParse("1", EUR).Equal(money.MustParse("1", PLN)) {
		t.Error("1 EUR Equal 1 PLN")
	}
	// cmp.Diff uses Equal, so structs holding amounts compare by value.
	type quote struct{ Total money.Amount }
	if diff := cmp.Diff(quote{money.MustParse("1.5", EUR)}, quote{money.MustParse("1.50", EUR)}); diff != "" {
		t.Errorf("cmp.Diff of equal amounts:\n%s", diff)
	}
}

func TestSigns(t *testing.T) {
	type signs struct{ Zero, Neg, Pos bool }
	tests := []struct {
		in   money.Amount
		want signs
	}{
		{money.MustParse("-0.01", EUR), signs{Neg: true}},
		{money.MustParse("0.00", EUR), signs{Zero: true}},
		{money.MustParse("0.01", EUR), signs{Pos: true}},
		{money.Amount{}, signs{Zero: true}},
	}
	for _, tt := range tests {
		t.Run(tt.in.String(), func(t *testing.T) {
			got := signs{tt.in.IsZero(), tt.in.IsNegative(), tt.in.IsPositive()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("signs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMinorUnits(t *testing.T) {
	tests := []struct {
		name string
		in   money.Amount
		want int64
		err  string
	}{
		{"cents", money.MustParse("12.50", EUR), 1250, ""},
		{"negative", money.MustParse("-0.05", EUR), -5, ""},
		{"yen", money.MustParse("1250", JPY), 1250, ""},
		{"dinar", money.MustParse("1.5", KWD), 1500, ""},
		{"trailing zeros beyond the minor unit", money.New(dec("1.2300"), EUR), 123, ""},
		{"positive exponent", money.New(decimal.New(5, 2), EUR), 50000, ""},
		{"int64 max", money.FromMinor(math.MaxInt64, EUR), math.MaxInt64, ""},
		{"int64 min", money.FromMinor(math.MinInt64, EUR), math.MinInt64, ""},
		{"unrounded", money.New(dec("12.505"), EUR), 0, "money: 12.505 EUR is not a whole number of minor units"},
		{"far below a unit", money.New(decimal.New(1, -5000), EUR), 0, "is not a whole number of minor units"},
		{"overflow", money.MustParse("92233720368547758.08", EUR), 0, "money: 92233720368547758.08 EUR: minor units do not fit an int64"},
		{"huge exponent", money.New(decimal.New(1, 100000), EUR), 0, "too large"},
		{"no currency", money.Amount{}, 0, "money: no currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.in.MinorUnits()
			if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
				t.Errorf("MinorUnits(%v) = %d, %v; want %d, %q", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		name string
		in   money.Amount
		want string
	}{
		{"fixed to the minor unit", money.MustParse("12.5", EUR), "12.50"},
		{"more digits shown", money.New(dec("12.505"), EUR), "12.505"},
		{"trailing zeros beyond the minor unit trimmed", money.New(dec("12.50500"), EUR), "12.505"},
		{"small negative", money.New(dec("-0.001"), EUR), "-0.001"},
		{"yen", money.New(dec("1250.0"), JPY), "1250"},
		{"yen fraction", money.New(dec("1250.5"), JPY), "1250.5"},
		{"dinar", money.MustParse("1", BHD), "1.000"},
		{"zero of a currency", money.Zero(EUR), "0.00"},
		{"zero decimal", money.New(decimal.Decimal{}, EUR), "0.00"},
		{"zero with positive exponent", money.New(decimal.New(0, 5), EUR), "0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.in.Number()); diff != "" {
				t.Errorf("Number mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// plain is the grammar Parse accepts, as a regular expression: the
// reference for FuzzParse.
var plain = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"120.00", "-3.5", "1.234", "0", "-0", "1e3", "+1", ".5", "5.", "", "-", "٣", "12345678901234567890.12", "0.000"} {
		for _, c := range []uint8{0, 1, 2} {
			f.Add(s, c)
		}
	}
	currencies := []money.Currency{EUR, JPY, KWD}
	f.Fuzz(func(t *testing.T, s string, ci uint8) {
		c := currencies[int(ci)%len(currencies)]
		a, err := money.Parse(s, c)
		whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
		wantOK := plain.MatchString(s) && len(frac) <= c.Digits() && len(strings.TrimLeft(whole, "0")) <= money.MaxIntegerDigits
		if (err == nil) != wantOK {
			t.Fatalf("Parse(%q, %v) error = %v, want ok %v", s, c, err, wantOK)
		}
		if err != nil {
			return
		}
		// The value is exactly what the text says.
		want, ok := new(big.Rat).SetString(s)
		if !ok || a.Decimal().Rat().Cmp(want) != 0 {
			t.Fatalf("Parse(%q) = %v, want %v", s, a, want)
		}
		if a.Currency() != c || !a.Round().Equal(a) {
			t.Fatalf("Parse(%q) = %v, not rounded in %v", s, a, c)
		}
		// Number, String and JSON round-trip.
		b, err := money.Parse(a.Number(), c)
		if err != nil || !b.Equal(a) || b.String() != a.String() {
			t.Fatalf("Parse(Number(%v)) = %v, %v", a, b, err)
		}
		js, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back money.Amount
		if err := json.Unmarshal(js, &back); err != nil || !back.Equal(a) {
			t.Fatalf("JSON round trip of %v via %s = %v, %v", a, js, back, err)
		}
	})
}

// TestDecimalSettingsIgnored changes every package-level setting of
// shopspring/decimal and checks that results do not move.
func TestDecimalSettingsIgnored(t *testing.T) {
	run := func() string {
		var out []string
		a := money.MustParse("1234.50", EUR)
		b := money.New(decimal.New(125, -3), EUR)
		out = append(out, a.String(), a.Number(), b.String(), b.Round().String(), a.Mul(decimal.New(3333, -4)).String())
		js, err := json.Marshal(a)
		out = append(out, string(js), errText(err))
		var back money.Amount
		out = append(out, errText(json.Unmarshal([]byte(`{"amount":"1.23","currency":"EUR"}`), &back)), back.String())
		parts, err := money.Allocate(money.MustParse("100.00", EUR), []decimal.Decimal{decimal.NewFromInt(1), decimal.NewFromInt(1), decimal.NewFromInt(1)})
		for _, p := range parts {
			out = append(out, p.String())
		}
		out = append(out, errText(err), a.Format(language.French), a.Neg().Format(language.English), money.New(decimal.New(1, 3), JPY).String())
		units, err := money.New(decimal.New(12300, -4), EUR).MinorUnits()
		out = append(out, errText(err), big.NewInt(units).String())
		return strings.Join(out, "\n")
	}
	want := run()

	defer func(dp, ppne int, wq, ttz, sci bool, emi, mde int) {
		decimal.DivisionPrecision = dp
		decimal.PowPrecisionNegativeExponent = ppne
		decimal.MarshalJSONWithoutQuotes = wq
		decimal.TrimTrailingZeros = ttz
		decimal.UseScientificNotation = sci
		decimal.ExpMaxIterations = emi
		decimal.MaxDecodeExponent = mde
	}(decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent, decimal.MarshalJSONWithoutQuotes,
		decimal.TrimTrailingZeros, decimal.UseScientificNotation, decimal.ExpMaxIterations, decimal.MaxDecodeExponent)
	decimal.DivisionPrecision = 1
	decimal.PowPrecisionNegativeExponent = 1
	decimal.MarshalJSONWithoutQuotes = !decimal.MarshalJSONWithoutQuotes
	decimal.TrimTrailingZeros = !decimal.TrimTrailingZeros
	decimal.UseScientificNotation = !decimal.UseScientificNotation
	decimal.ExpMaxIterations = 1
	decimal.MaxDecodeExponent = 1

	if diff := cmp.Diff(want, run()); diff != "" {
		t.Errorf("results depend on shopspring/decimal settings (-default +changed):\n%s", diff)
	}
}

// TestConcurrentUse shares one amount between goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	a := money.New(dec("1234.505"), EUR)
	want := []string{a.String(), a.Round().String(), a.Format(language.Polish), a.Neg().String()}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				b, _ := a.Add(a)
				parts, _ := money.Allocate(a, []decimal.Decimal{dec("1"), dec("2")})
				got := []string{a.String(), a.Round().String(), a.Format(language.Polish), a.Neg().String()}
				if diff := cmp.Diff(want, got); diff != "" || b.IsZero() || len(parts) != 2 {
					t.Errorf("concurrent use mismatch (-want +got):\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestNoAllocs(t *testing.T) {
	a, b := money.MustParse("12.50", EUR), money.MustParse("7.25", EUR)
	third := decimal.New(3333, -4)
	var sink int
	tests := map[string]func(){
		"Round of a rounded amount": func() { sink += boolInt(a.Round().IsPositive()) },
		"Round":                     func() { sink += boolInt(a.Mul(third).Round().IsPositive()) },
		"Add/Sub/Neg":               func() { c, _ := a.Add(b); c, _ = c.Sub(a.Neg()); sink += boolInt(c.IsPositive()) },
		"Mul":                       func() { sink += boolInt(a.Mul(third).IsPositive()) },
		"FromMinor/MinorUnits":      func() { v, _ := money.FromMinor(1250, EUR).MinorUnits(); sink += int(v) },
		"Sum":                       func() { c, _ := money.Sum(EUR, a, b, a); sink += boolInt(c.IsPositive()) },
		"ParseNumber/In":            func() { c, _ := money.ParseNumber("1234.50"); sink += boolInt(c.In(EUR).IsPositive()) },
		"Cmp":                       func() { c, _ := a.Cmp(b); sink += c },
		"Equal":                     func() { sink += boolInt(a.Equal(b)) },
		"IsZero/IsNegative":         func() { sink += boolInt(a.IsZero()) + boolInt(a.IsNegative()) },
	}
	for name, f := range tests {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
	_ = sink
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String() of the result put in EUR
		wantErr string
	}{
		{"12.50", "12.50 EUR", ""},
		{"12.505", "12.505 EUR", ""},
		{"-0.07", "-0.07 EUR", ""},
		{"1234567890123456789012.5", "1234567890123456789012.50 EUR", ""},
		{"1e3", "", `money: amount "1e3": want a plain decimal number such as 120.00 or -3.5`},
		{"", "", `money: amount "": want a plain decimal number such as 120.00 or -3.5`},
		{"0." + strings.Repeat("1", 31), "", "more than 30 digits after the decimal point"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := money.ParseNumber(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseNumber(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !a.Currency().IsZero() {
				t.Errorf("ParseNumber(%q) has currency %s", tt.in, a.Currency())
			}
			if diff := cmp.Diff(tt.want, a.In(EUR).String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzParseNumberIn: ParseNumber then In is Parse whenever Parse accepts
// the value, and never allocates for a short value.
func FuzzParseNumberIn(f *testing.F) {
	for _, s := range []string{"12.50", "-3.5", "0.07", "1.230", "99999999999999999999.99", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := money.Parse(s, EUR)
		if err != nil {
			return
		}
		got, err := money.ParseNumber(s)
		if err != nil {
			t.Fatalf("Parse(%q) = %s but ParseNumber fails: %v", s, want, err)
		}
		if !got.In(EUR).Equal(want) || got.In(EUR).String() != want.String() {
			t.Fatalf("ParseNumber(%q).In(EUR) = %s, want %s", s, got.In(EUR), want)
		}
	})
}
