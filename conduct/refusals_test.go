package conduct

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// This file holds what the package refuses: invalid UTF-8 (with its
// offset), messages over the bound, listings and replies that are not the
// documented JSON, rule numbers out of range; and what it never shares.

func TestRefusesInvalidUTF8WithItsOffset(t *testing.T) {
	eng, err := New(swapiphoneRules(), calendar.Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = eng.Screen("Bonjour \xff\xfe")
	var ue *UTF8Error
	if !errors.As(err, &ue) || ue.Offset != 8 || !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("Screen = %v, want a *UTF8Error at offset 8 matching ErrInvalidUTF8", err)
	}
	_, err = DecodeListing([]byte("{\"title\":\"caf\xc3\"}"))
	if !errors.As(err, &ue) || ue.Offset != 13 {
		t.Errorf("DecodeListing = %v, want a *UTF8Error at offset 13", err)
	}
	_, err = eng.Canned([]Reply{{ID: "a", Buyer: "b", Text: "ok \xff"}})
	var fe *field.Error
	if !errors.As(err, &fe) || fe.Path != "replies[0].text" || !errors.As(err, &ue) || ue.Offset != 3 {
		t.Errorf("Canned = %v, want replies[0].text and offset 3", err)
	}
}

func TestRefusesMessagesOverTheBound(t *testing.T) {
	eng, _ := New(swapiphoneRules(), calendar.Calendar{})
	if _, err := eng.Screen(strings.Repeat("a", MaxMessageBytes+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a message of MaxMessageBytes+1: %v, want ErrTooLarge", err)
	}
	if _, err := eng.Screen(strings.Repeat("a", MaxMessageBytes)); err != nil {
		t.Errorf("a message of MaxMessageBytes: %v", err)
	}
}

func TestRefusesListingsAndRepliesOfAnotherShape(t *testing.T) {
	tests := []struct {
		name, in, path string
		into           any
	}{
		{"unknown field", `{"title":"x","pictures":2}`, "pictures", new(Listing)},
		{"photos past the bound", `{"title":"x","photos":1001}`, "photos", new(Listing)},
		{"stock past the bound", `{"title":"x","stock":1000000001}`, "stock", new(Listing)},
		{"delivery past the bound", `{"title":"x","delivery_days":{"FR":3651}}`, "delivery_days.FR", new(Listing)},
		{"warranty past the bound", `{"title":"x","warranty_months":1201}`, "warranty_months", new(Listing)},
		{"reply without buyer", `{"id":"a","text":"x"}`, "buyer", new(Reply)},
		{"reply with a bad instant", `{"id":"a","buyer":"b","text":"x","at":"2026-07-13T10:00:00+24:00"}`, "at", new(Reply)},
		{"reply with an unknown field", `{"id":"a","buyer":"b","text":"x","to":"c"}`, "to", new(Reply)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.in), tt.into)
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Errorf("json.Unmarshal = %v, want a *field.Error at %q", err, tt.path)
			}
		})
	}
}

func TestRefusesRuleNumbersOutOfRange(t *testing.T) {
	r := swapiphoneRules()
	r.Canned.MinWords = MaxMinWords + 1
	if _, err := New(r, calendar.Calendar{}); err == nil || !strings.HasPrefix(err.Error(), "canned.min_words:") {
		t.Errorf("min_words past the bound: %v", err)
	}
	r = opistoRules()
	r.Listing.MinPhotos = MaxListingPhotos + 1
	if _, err := New(r, calendar.Calendar{}); err == nil || !strings.HasPrefix(err.Error(), "listing.min_photos:") {
		t.Errorf("min_photos past the bound: %v", err)
	}
	if _, err := (Engine{}).Screen("x"); !errors.Is(err, ErrNoEngine) {
		t.Errorf("zero Engine: %v", err)
	}
}

// TestRefusesToShareMemory: the rules given to New and everything an
// Engine returns are the caller's own; editing them while other goroutines
// screen changes no answer.
func TestRefusesToShareMemory(t *testing.T) {
	r := opistoRules()
	eng, err := New(r, calendar.Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	msg := "Appelez le 06 12 34 56 78, ou pas."
	clean := "Votre commande part demain."
	want, _ := eng.Screen(msg)
	wantClean, _ := eng.Screen(clean)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				got, err := eng.Screen(msg)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("answer changed (-want +got):\n%s", diff)
					return
				}
				gotClean, _ := eng.Screen(clean)
				if diff := cmp.Diff(wantClean, gotClean); diff != "" {
					t.Errorf("clear answer changed (-want +got):\n%s", diff)
					return
				}
				// Edit what we got back: another goroutine must not see it.
				gotClean.Basis.Steps[0].Text = "edited"
				if len(gotClean.Basis.Steps[0].Facts) > 0 {
					gotClean.Basis.Steps[0].Facts[0].Value = "edited"
				}
				got.Findings[0].Text = "edited"
			}
		}()
	}
	for i := range 200 {
		r.Contact[0].Clause = "edited"
		r.Listing.MaxDeliveryDays["FR"] = i
		got := eng.Rules()
		got.Contact[0].Clause = "edited too"
		got.Listing.MaxDeliveryDays["FR"] = -i
	}
	wg.Wait()
	if diff := cmp.Diff(opistoRules(), eng.Rules()); diff != "" {
		t.Errorf("Rules changed (-want +got):\n%s", diff)
	}
}

// TestZeroRulesMeanNoRule: the zero Rules forbids nothing and says so;
// asking for its listing rules is the "no such rule" of explain.
func TestZeroRulesMeanNoRule(t *testing.T) {
	eng, err := New(Rules{}, calendar.Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Screen("06 12 34 56 78")
	if err != nil || len(res.Findings) != 0 || res.Basis.Steps[0].Text != "the rules forbid no content in messages" {
		t.Errorf("zero rules: %+v, %v", res, err)
	}
	lr, err := eng.CheckListing(Listing{Title: "x"})
	if err != nil || !lr.OK || len(lr.Findings) != 0 || lr.Basis.Steps[0].Rule != "conduct.listing.none" {
		t.Errorf("CheckListing under zero rules: %+v, %v, want OK with the basis conduct.listing.none", lr, err)
	}
	if !(ListingRules{}).IsZero() || opistoRules().Listing.IsZero() {
		t.Error("ListingRules.IsZero")
	}
}

// TestRefusesNumbersJSONForbids: DecodeListing is strict about numbers
// (json.Unmarshal rejects them earlier, as a syntax error).
func TestRefusesNumbersJSONForbids(t *testing.T) {
	for _, in := range []string{`{"title":"x","photos":+2}`, `{"title":"x","photos":02}`, `{"title":"x","stock":1e3}`} {
		_, err := DecodeListing([]byte(in))
		var fe *field.Error
		if !errors.As(err, &fe) || fe.Path == "" {
			t.Errorf("DecodeListing(%s) = %v, want a *field.Error naming the field", in, err)
		}
	}
}

// TestExampleFiles decodes and checks every conduct input under
// examples/data, as the README documents them.
func TestExampleFiles(t *testing.T) {
	eng, _ := New(opistoRules(), calendar.Calendar{})
	data, err := os.ReadFile("../examples/data/listing.json")
	if err != nil {
		t.Fatal(err)
	}
	l, err := DecodeListing(data)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := eng.CheckListing(l); err != nil || !res.OK {
		t.Errorf("listing.json: %+v, %v (a complete Opisto listing)", res, err)
	}
	msg, err := os.ReadFile("../examples/data/message.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Screen(string(msg))
	if err != nil || len(res.Findings) != 2 || res.Findings[0].Kind != Phone || res.Findings[1].Kind != Email {
		t.Errorf("message.txt: %+v, %v (a phone and an e-mail)", res.Findings, err)
	}
	var replies []Reply
	raw, err := os.ReadFile("../examples/data/canned.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &replies); err != nil {
		t.Fatal(err)
	}
	sw, _ := New(swapiphoneRules(), calendar.Calendar{})
	found, err := sw.Canned(replies)
	if err != nil || len(found) != 1 || len(found[0].ReplyIDs) != 3 {
		t.Errorf("canned.json: %+v, %v (one group of three)", found, err)
	}
}
