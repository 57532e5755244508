package conduct

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func months(n int) *int { return &n }

func completeListing() Listing {
	return Listing{
		ID:             "L1",
		Title:          "Alternateur Renault Clio III 1.5 dCi 7700 274 177",
		Description:    "Testé au banc le 12/03/2026, 142 000 km, démonté sur véhicule accidenté à l'arrière.",
		Condition:      "used",
		WarrantyMonths: months(12),
		Damage:         "none",
		Photos:         4,
		Stock:          1,
		StockHeld:      true,
		DeliveryDays:   map[string]int{"FR": 3, "BE": 5},
	}
}

func TestCheckListing(t *testing.T) {
	type row struct{ Field, Problem string }
	tests := []struct {
		name  string
		edit  func(*Listing)
		rules Rules
		want  []row
	}{
		{"complete listing", func(*Listing) {}, opistoRules(), nil},
		{"missing description facts", func(l *Listing) { l.Condition, l.WarrantyMonths, l.Damage = " ", nil, "" }, opistoRules(), []row{
			{"condition", "the item's condition is not stated"},
			{"warranty_months", "the warranty is not stated (months or text)"},
			{"damage", `damage is not declared (write "none" when there is none)`},
		}},
		{"warranty as text", func(l *Listing) { l.WarrantyMonths, l.WarrantyText = nil, "garantie légale uniquement" }, opistoRules(), nil},
		{"no photos", func(l *Listing) { l.Photos = 0 }, opistoRules(), []row{{"photos", "0 photo(s), at least 1 required"}}},
		{"no stock", func(l *Listing) { l.Stock = 0 }, opistoRules(), []row{{"stock", "no stock: only items actually held may be listed"}}},
		{"supplier stock", func(l *Listing) { l.StockHeld = false }, opistoRules(), []row{{"stock_held", "the stock is not held by the seller: only items actually held may be listed"}}},
		{"slow delivery", func(l *Listing) { l.DeliveryDays = map[string]int{"FR": 12, "DE": 21, "PL": 25} }, opistoRules(), []row{
			{"delivery_days.FR", "12 days to FR, more than the 10 days that fit this destination"},
			{"delivery_days.PL", "25 days to PL, more than the 21 days that fit this destination"},
		}},
		{"no delivery time", func(l *Listing) { l.DeliveryDays = nil }, opistoRules(), []row{{"delivery_days", "no delivery time is stated"}}},
		{"contact in description", func(l *Listing) { l.Description += " Appelez le 06 12 34 56 78." }, opistoRules(), []row{
			{"description", `contains a phone number "06 12 34 56 78" at bytes 103-117`},
		}},
		{"swapiphone has no listing rules", func(l *Listing) { *l = Listing{} }, swapiphoneRules(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := completeListing()
			tt.edit(&l)
			res, err := CheckListing(l, tt.rules)
			if err != nil {
				t.Fatal(err)
			}
			var got []row
			for _, f := range res.Findings {
				got = append(got, row{f.Field, f.Problem})
				if len(f.Basis.Steps) != 1 || f.Basis.Steps[0].Basis == "" {
					t.Errorf("finding %s has no clause: %+v", f.Field, f.Basis)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("CheckListing mismatch (-want +got):\n%s", d)
			}
			if res.OK != (len(got) == 0) {
				t.Errorf("OK = %v with %d findings", res.OK, len(got))
			}
		})
	}
}

func TestDecodeListing(t *testing.T) {
	ok := `{"id":"L1","title":"Phare","description":"d","condition":"used","warranty_months":6,"damage":"none","photos":3,"stock":2,"stock_held":true,"delivery_days":{"FR":2}}`
	l, err := DecodeListing([]byte(ok))
	if err != nil {
		t.Fatal(err)
	}
	want := Listing{ID: "L1", Title: "Phare", Description: "d", Condition: "used", WarrantyMonths: months(6), Damage: "none",
		Photos: 3, Stock: 2, StockHeld: true, DeliveryDays: map[string]int{"FR": 2}}
	if d := cmp.Diff(want, l); d != "" {
		t.Errorf("DecodeListing mismatch (-want +got):\n%s", d)
	}
	errs := []struct{ name, in, want string }{
		{"unknown field", `{"titel":"x"}`, "titel: unknown field"},
		{"wrong type", `{"photos":"3"}`, "photos: want a whole number, got a string"},
		{"negative photos", `{"photos":-1}`, "photos: must not be negative"},
		{"negative stock", `{"stock":-2}`, "stock: must not be negative"},
		{"negative warranty", `{"warranty_months":-1}`, "warranty_months: must not be negative"},
		{"bad country", `{"delivery_days":{"France":3}}`, `delivery_days.France: country "France": want an upper-case ISO 3166-1 alpha-2 code such as FR`},
		{"negative days", `{"delivery_days":{"DE":-3}}`, "delivery_days.DE: must not be negative"},
		{"duplicate", `{"title":"a","title":"b"}`, "title: duplicate field"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeListing([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("DecodeListing(%s) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}

func FuzzDecodeListing(f *testing.F) {
	f.Add([]byte(`{"id":"L1","title":"Phare 06 12 34 56 78","condition":"used","warranty_months":6,"damage":"none","photos":3,"stock":2,"stock_held":true,"delivery_days":{"FR":2}}`))
	f.Add([]byte(`{"delivery_days":{"XX":1}}`))
	f.Add([]byte(`[`))
	r := opistoRules()
	s := mustScreener(f, r)
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := DecodeListing(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		res, err := s.CheckListing(l)
		if err != nil {
			t.Fatalf("CheckListing of a decoded listing: %v", err)
		}
		if res.OK != (len(res.Findings) == 0) {
			t.Fatalf("OK = %v with %d findings", res.OK, len(res.Findings))
		}
	})
}
