package dispute_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/aftersales/aftersales/dispute"
)

// TestExampleFiles decodes the complaint and takeover case files under
// examples/data (the formats documented in README.md) and answers with
// them.
func TestExampleFiles(t *testing.T) {
	eng, err := dispute.New(engineRules(), fr())
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../examples/data/dispute-complaint.json")
	if err != nil {
		t.Fatal(err)
	}
	var c dispute.Complaint
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	st, err := eng.Status(c, c.Opened.Add(40*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if st.Level != 1 || len(st.Commitments) != 1 || st.Commitments[0].State != dispute.Met {
		t.Errorf("status %#v, want level 1 with findings met", st.Commitments)
	}
	if _, err := json.Marshal(st); err != nil {
		t.Fatal(err)
	}

	b, err = os.ReadFile("../examples/data/dispute-takeover.json")
	if err != nil {
		t.Fatal(err)
	}
	var tc dispute.Case
	if err := json.Unmarshal(b, &tc); err != nil {
		t.Fatal(err)
	}
	d, err := eng.Takeover(tc)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Takeover || !d.CostsToSeller {
		t.Errorf("takeover %+v, want a takeover at the seller's cost", d)
	}
}
