package money_test

import (
	"fmt"

	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func ExampleParse() {
	eur := money.MustCurrency("EUR")
	a, err := money.Parse("120.5", eur)
	fmt.Println(a, err)
	_, err = money.Parse("1.234", eur)
	fmt.Println(err)
	// Output:
	// 120.50 EUR <nil>
	// money: amount "1.234": EUR has 2 decimal places
}

func ExampleAmount_Add() {
	eur, pln := money.MustCurrency("EUR"), money.MustCurrency("PLN")
	price := money.MustParse("19.99", eur)
	delivery := money.MustParse("4.99", eur)
	total, err := price.Add(delivery)
	fmt.Println(total, err)
	_, err = price.Add(money.MustParse("10", pln))
	fmt.Println(err)
	// Output:
	// 24.98 EUR <nil>
	// money: currency mismatch: EUR and PLN
}

func ExampleAmount_Round() {
	eur := money.MustCurrency("EUR")
	share := money.MustParse("19.99", eur).Mul(decimal.New(25, -2)) // a quarter, exactly
	fmt.Println(share, share.Round())
	// Output:
	// 4.9975 EUR 5.00 EUR
}

func ExampleAllocate() {
	eur := money.MustCurrency("EUR")
	// Refund a 4.99 EUR delivery fee pro rata to three items' prices.
	fee := money.MustParse("4.99", eur)
	prices := []decimal.Decimal{decimal.New(1999, -2), decimal.New(500, -2), decimal.New(2501, -2)}
	parts, err := money.Allocate(fee, prices)
	if err != nil {
		panic(err)
	}
	sum, _ := money.Sum(eur, parts...)
	fmt.Println(parts, sum)
	// Output:
	// [1.99 EUR 0.50 EUR 2.50 EUR] 4.99 EUR
}

func ExampleAmount_Format() {
	a := money.MustParse("1234.50", money.MustCurrency("EUR"))
	for _, tag := range []language.Tag{language.French, language.English, language.German} {
		fmt.Printf("%q\n", a.Format(tag))
	}
	fmt.Printf("%q\n", money.MustParse("1234.50", money.MustCurrency("PLN")).Format(language.Polish))
	// Output:
	// "1\u202f234,50\u00a0€"
	// "€1,234.50"
	// "1.234,50\u00a0€"
	// "1234,50\u00a0zł"
}

func ExampleAmount_MarshalJSON() {
	b, err := money.MustParse("12.5", money.MustCurrency("EUR")).MarshalJSON()
	fmt.Println(string(b), err)
	// Output:
	// {"amount":"12.50","currency":"EUR"} <nil>
}

// AppendJSON writes what MarshalJSON returns into a buffer the caller
// reuses: many amounts, no allocation.
func ExampleAmount_AppendJSON() {
	eur := money.MustCurrency("EUR")
	var buf []byte
	for _, s := range []string{"12.5", "-0.05", "1234"} {
		var err error
		buf, err = money.MustParse(s, eur).AppendJSON(buf[:0])
		if err != nil {
			panic(err)
		}
		fmt.Println(string(buf))
	}
	// Output:
	// {"amount":"12.50","currency":"EUR"}
	// {"amount":"-0.05","currency":"EUR"}
	// {"amount":"1234.00","currency":"EUR"}
}
