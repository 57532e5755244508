module github.com/aftersales/aftersales

go 1.26.0

require golang.org/x/text v0.43.0

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/rickar/cal/v2 v2.1.26 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
)
