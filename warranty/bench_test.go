package warranty

import (
	"testing"
)

var issueCase = []byte(`{"buyer": "consumer", "condition": "new", "contract": "2024-02-20", "delivered": "2024-02-29",
   "appeared": "2026-02-20", "discovered": "2026-02-20", "assessed": "2026-02-25",
   "repairs": [{"requested": "2025-01-10", "returned": "2025-01-25"}],
   "replacement": {"buyer_chose_repair": true, "delivered": "2025-03-01"},
   "commercial_months": 12}`)

func BenchmarkAssess(b *testing.B) {
	e := statuteEngine(b)
	c := Case{Condition: Used, Contract: d("2025-01-10"), Delivered: d("2025-01-15"), Appeared: d("2026-03-01")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Assess(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessIssueCase(b *testing.B) {
	e := statuteEngine(b)
	c, err := DecodeCase(issueCase)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Assess(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeCase(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeCase(issueCase); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkListingDuties(b *testing.B) {
	e := statuteEngine(b)
	on := d("2025-07-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.ListingDuties("television", on); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures building an Engine from the statute: validation
// and the deep copy of the rules (the calendar is built once, outside).
func BenchmarkNew(b *testing.B) {
	r := statute()
	cal, err := frCalendar()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(r, cal); err != nil {
			b.Fatal(err)
		}
	}
}
