package conduct

import "encoding/json"

// MarshalJSON writes the documented form of r: no findings is [], never
// null, so that every script can iterate it.
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result
	p := plain(r)
	if p.Findings == nil {
		p.Findings = []Finding{}
	}
	return json.Marshal(p)
}

// MarshalJSON writes the documented form of r: no findings is [], never
// null.
func (r ListingResult) MarshalJSON() ([]byte, error) {
	type plain ListingResult
	p := plain(r)
	if p.Findings == nil {
		p.Findings = []ListingFinding{}
	}
	return json.Marshal(p)
}
