module github.com/aftersales/aftersales

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/rickar/cal/v2 v2.1.26
	github.com/shopspring/decimal v1.6.0
	golang.org/x/text v0.43.0
)
