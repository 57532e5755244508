package dispute_test

import "github.com/shopspring/decimal"

func decimalOne() decimal.Decimal { return decimal.NewFromInt(1) }
