package money_test

import (
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func BenchmarkAdd(b *testing.B) {
	x, y := money.MustParse("1234.50", EUR), money.MustParse("0.99", EUR)
	for b.Loop() {
		if _, err := x.Add(y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRound(b *testing.B) {
	x := money.MustParse("19.99", EUR).Mul(decimal.New(3333, -4))
	for b.Loop() {
		x.Round()
	}
}

func BenchmarkRoundRounded(b *testing.B) {
	x := money.MustParse("19.99", EUR)
	for b.Loop() {
		x.Round()
	}
}

func BenchmarkAllocate(b *testing.B) {
	total := money.MustParse("4.99", EUR)
	weights := []decimal.Decimal{decimal.New(1999, -2), decimal.New(500, -2), decimal.New(2501, -2), decimal.New(1, 0), decimal.New(7, 0)}
	for b.Loop() {
		if _, err := money.Allocate(total, weights); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocateBig(b *testing.B) {
	total := money.MustParse("123456789012345678901234.56", EUR)
	weights := []decimal.Decimal{decimal.New(1999, -2), decimal.New(500, -2), decimal.New(2501, -2)}
	for b.Loop() {
		if _, err := money.Allocate(total, weights); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := money.Parse("1234.50", EUR); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	x := money.MustParse("1234.50", EUR)
	for b.Loop() {
		x.Format(language.French)
	}
}
