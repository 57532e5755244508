package conduct

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/google/go-cmp/cmp"
)

func TestPresetsValidateAndRoundTrip(t *testing.T) {
	for name, r := range map[string]Rules{
		"french law": frenchLawRules(), "opisto": opistoRules(), "swapiphone": swapiphoneRules(), "agafort": agafortRules(),
	} {
		t.Run(name, func(t *testing.T) {
			if err := r.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			data, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back Rules
			if err := strictjson.Decode(data, &back); err != nil {
				t.Fatalf("strict decode of %s: %v", data, err)
			}
			if d := cmp.Diff(r, back); d != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestPresetsCiteTheirCharters(t *testing.T) {
	tests := []struct {
		name  string
		rules Rules
		kinds []Kind
	}{
		{"french law", frenchLawRules(), nil},
		{"opisto", opistoRules(), []Kind{Email, Phone, URL, Social, Payment}},
		{"swapiphone", swapiphoneRules(), []Kind{Email, Phone, URL, Social, Payment, Marketing}},
		{"agafort", agafortRules(), []Kind{Email, Phone, URL, Social}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Kind
			for _, c := range tt.rules.Contact {
				got = append(got, c.Kind)
			}
			if d := cmp.Diff(tt.kinds, got); d != "" {
				t.Errorf("forbidden kinds mismatch (-want +got):\n%s", d)
			}
		})
	}
	if !swapiphoneRules().Canned.Check || opistoRules().Canned.Check {
		t.Error("only Swapiphone checks canned replies")
	}
	if opistoRules().Listing.MinPhotos != 1 || !opistoRules().Listing.RequireHeldStock {
		t.Error("Opisto requires photos and held stock")
	}
}

func TestValidateNamesTheField(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Rules)
		want string
	}{
		{"unknown kind", func(r *Rules) { r.Contact[0].Kind = "fax" }, `contact[0].kind: unknown kind "fax" (want one of email, phone, url, social, payment, marketing)`},
		{"duplicate kind", func(r *Rules) { r.Contact[1].Kind = Email }, `contact[1].kind: kind "email" listed twice`},
		{"missing clause", func(r *Rules) { r.Contact[2].Clause = "" }, "contact[2].clause: must cite the clause forbidding url"},
		{"negative photos", func(r *Rules) { r.Listing.MinPhotos = -1 }, "listing.min_photos: must be from 0 to 1000, got -1"},
		{"bad country", func(r *Rules) { r.Listing.MaxDeliveryDays = map[string]int{"fr": 3} }, `listing.max_delivery_days.fr: country "fr": want an upper-case ISO 3166-1 alpha-2 code such as FR`},
		{"unknown country", func(r *Rules) { r.Listing.MaxDeliveryDays = map[string]int{"XX": 3} }, `listing.max_delivery_days.XX: country "XX": not an ISO 3166-1 country`},
		{"zero days", func(r *Rules) { r.Listing.MaxDeliveryDays = map[string]int{"DE": 0} }, "listing.max_delivery_days.DE: must be from 1 to 3650 days, got 0"},
		{"negative default days", func(r *Rules) { r.Listing.DefaultMaxDeliveryDays = -2 }, "listing.default_max_delivery_days: must be from 0 to 3650, got -2"},
		{"photos without clause", func(r *Rules) { r.Listing.PhotosClause = "" }, "listing.photos_clause: must cite the clause requiring photos"},
		{"canned threshold", func(r *Rules) {
			r.Canned = CannedRules{Check: true, MinSimilarityPercent: 0, MinBuyers: 3, MinWords: 1, Clause: "c"}
		}, "canned.min_similarity_percent: must be between 1 and 100, got 0"},
		{"canned buyers", func(r *Rules) {
			r.Canned = CannedRules{Check: true, MinSimilarityPercent: 90, MinBuyers: 1, MinWords: 1, Clause: "c"}
		}, "canned.min_buyers: must be from 2 to 1000000, got 1"},
		{"canned clause", func(r *Rules) {
			r.Canned = CannedRules{Check: true, MinSimilarityPercent: 90, MinBuyers: 2, MinWords: 1}
		}, "canned.clause: must cite the clause forbidding canned replies"},
		{"screen text without contact rules", func(r *Rules) { r.Contact = nil }, "listing.screen_text: needs at least one contact rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := opistoRules()
			tt.edit(&r)
			err := r.Validate()
			if err == nil {
				t.Fatalf("Validate() = nil, want %q", tt.want)
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("error mismatch (-want +got):\n%s", d)
			}
			if _, err := NewScreener(r); err == nil {
				t.Error("NewScreener accepted invalid rules")
			}
		})
	}
}

func TestLexiconWordsAreFoldedAndShort(t *testing.T) {
	var buf [64]byte
	for w := range lexicon() {
		if len(w) > maxWordLen {
			t.Errorf("lexicon word %q is longer than maxWordLen %d", w, maxWordLen)
		}
		if n := foldWord(buf[:], w); string(buf[:n]) != w {
			t.Errorf("lexicon word %q is not folded (fold gives %q)", w, buf[:n])
		}
	}
}
