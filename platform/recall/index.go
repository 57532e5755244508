package recall

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Listing is one offer to screen. The zero Listing matches nothing.
type Listing struct {
	// ID identifies the listing. Required in a listings file.
	ID string `json:"id"`
	// GTIN is the product's barcode as the seller gave it (spaces and
	// missing leading zeros are fine); empty when none.
	GTIN string `json:"gtin,omitempty"`
	// Brand, Model and Lot as the seller gave them.
	Brand string `json:"brand,omitempty"`
	Model string `json:"model,omitempty"`
	Lot   string `json:"lot,omitempty"`
}

// MatchBy says how a listing matched a recall.
type MatchBy string

// The ways a listing matches.
const (
	// ByGTIN: same GTIN; the recall covers every lot, or the listing
	// gives no lot (check it).
	ByGTIN MatchBy = "gtin"
	// ByGTINLot: same GTIN and a recalled lot.
	ByGTINLot MatchBy = "gtin+lot"
	// ByBrandModel: no GTIN match; same brand and model (normalised).
	ByBrandModel MatchBy = "brand+model"
	// ByBrandModelLot: same brand, model and a recalled lot.
	ByBrandModelLot MatchBy = "brand+model+lot"
)

// Finding is one listing that matches one recall. The zero Finding is
// empty.
type Finding struct {
	// Listing is the listing's ID; Line its line in the listings file
	// (0 when screened from memory).
	Listing string `json:"listing"`
	Line    int    `json:"line,omitempty"`
	// By says how it matched.
	By MatchBy `json:"by"`
	// Sheet and Version are the recall's reference (numero_fiche,
	// numero_version), Risk its risk, Published its publication date.
	Sheet     string `json:"sheet"`
	Version   int    `json:"version"`
	Risk      string `json:"risk"`
	Published string `json:"published,omitempty"`
	// GTIN is the matched GTIN (14 digits), empty for a brand+model
	// match; LotUnknown is true when the recall names lots and the
	// listing gives none, so the seller must check the lot.
	GTIN       string `json:"gtin,omitempty"`
	LotUnknown bool   `json:"lot_unknown"`
}

// Index is a recall dataset prepared for screening: built once by
// NewIndex, immutable, safe for concurrent use. The zero Index matches
// nothing.
type Index struct {
	recalls []Recall
	byGTIN  map[GTIN][]int32
	byName  map[string][]int32 // normalised brand "\x00" model → recalls
	lots    [][]string         // per recall, normalised lots (nil: every lot)
	pub     []string           // per recall, Published as text
	gtins   []string           // per recall, GTIN as text
}

// NewIndex builds an index of recalls. Rows of the same sheet and GTIN
// (or brand and model) keep only the highest version. Models listing
// several references separated by ',', ';', '/' or '|' are indexed under
// each, and under the whole text. A recall without a sheet number, with a
// negative version, or with neither a GTIN nor a brand and model is
// refused with a *field.Error naming it ("recalls[3].sheet: missing").
// The recalls are copied: changing them afterwards does not change the
// Index.
func NewIndex(recalls []Recall) (Index, error) {
	if len(recalls) > MaxRows {
		return Index{}, field.Errorf("recalls", "more than %d", MaxRows)
	}
	for i, r := range recalls {
		p := field.Index("recalls", i)
		switch {
		case strings.TrimSpace(r.Sheet) == "":
			return Index{}, field.Errorf(p+".sheet", "missing (a recall must be citable)")
		case r.Version < 0:
			return Index{}, field.Errorf(p+".version", "negative")
		case r.GTIN == 0 && (Normalize(r.Brand) == "" || Normalize(r.Models) == ""):
			return Index{}, field.Errorf(p+".gtin", "missing, and no brand and model: nothing to screen by")
		}
	}
	// Highest version per (sheet, gtin, brand, models).
	type key struct {
		sheet string
		g     GTIN
		name  string
	}
	best := make(map[key]int, len(recalls))
	for i, r := range recalls {
		k := key{r.Sheet, r.GTIN, ""}
		if r.GTIN == 0 {
			k.name = Normalize(r.Brand) + "\x00" + Normalize(r.Models)
		}
		if j, ok := best[k]; !ok || recalls[j].Version < r.Version {
			best[k] = i
		}
	}
	keep := make([]int, 0, len(best))
	for _, i := range best {
		keep = append(keep, i)
	}
	slices.Sort(keep)
	ix := Index{
		recalls: make([]Recall, 0, len(keep)),
		byGTIN:  make(map[GTIN][]int32),
		byName:  make(map[string][]int32),
	}
	for _, i := range keep {
		r := recalls[i]
		r.Lots = slices.Clone(r.Lots)
		n := int32(len(ix.recalls))
		ix.recalls = append(ix.recalls, r)
		var lots []string
		for _, l := range r.Lots {
			if x := lotKey(appendNormalized(nil, l)); len(x) > 0 {
				lots = append(lots, string(x))
			}
		}
		ix.lots = append(ix.lots, lots)
		p := ""
		if !r.Published.IsZero() {
			p = r.Published.String()
		}
		ix.pub = append(ix.pub, p)
		ix.gtins = append(ix.gtins, r.GTIN.String())
		if r.GTIN != 0 {
			ix.byGTIN[r.GTIN] = append(ix.byGTIN[r.GTIN], n)
		}
		brand := Normalize(r.Brand)
		if brand == "" {
			continue
		}
		seen := map[string]bool{}
		add := func(m string) {
			if m = Normalize(m); m != "" && !seen[m] {
				seen[m] = true
				k := brand + "\x00" + m
				ix.byName[k] = append(ix.byName[k], n)
			}
		}
		add(r.Models)
		for _, m := range strings.FieldsFunc(r.Models, func(c rune) bool { return c == ',' || c == ';' || c == '/' || c == '|' }) {
			add(m)
		}
	}
	return ix, nil
}

// Len returns the number of recalls indexed.
func (ix Index) Len() int { return len(ix.recalls) }

// Recall returns the i-th recall indexed (a copy).
func (ix Index) Recall(i int) Recall {
	r := ix.recalls[i]
	r.Lots = slices.Clone(r.Lots)
	return r
}

// Match is one listing matching one recall, in compact form (12 bytes,
// no pointers): what ScreenAll returns for millions of listings. Expand it
// with Index.Finding. The zero Match is listing 0 against recall 0 by
// GTIN; only values from this package are meaningful.
type Match struct {
	// Listing is the listing's position in the slice screened.
	Listing int32
	// Recall is the recall's position in the index (Index.Recall).
	Recall int32
	by     uint8
	lotUnk bool
}

// By says how the listing matched.
func (m Match) By() MatchBy {
	switch m.by {
	case 1:
		return ByGTINLot
	case 2:
		return ByBrandModel
	case 3:
		return ByBrandModelLot
	}
	return ByGTIN
}

// LotUnknown is true when the recall names lots and the listing gives
// none.
func (m Match) LotUnknown() bool { return m.lotUnk }

// Finding expands m, the match of a listing with ID id.
func (ix Index) Finding(m Match, id string) Finding {
	r := &ix.recalls[m.Recall]
	f := Finding{Listing: id, By: m.By(), Sheet: r.Sheet, Version: r.Version, Risk: r.Risk, Published: ix.pub[m.Recall], LotUnknown: m.lotUnk}
	if f.By == ByGTIN || f.By == ByGTINLot {
		f.GTIN = ix.gtins[m.Recall]
	}
	return f
}

// Screen appends to dst the findings of listing l and returns the
// extended slice: recalls of its GTIN when it has a valid one that is
// recalled, else recalls of its brand and model. A listing lot that the
// recall does not name excludes the recall; a recall without lots matches
// every lot. A listing GTIN that does not parse is ignored here (see
// ParseGTIN and DecodeListings); screening falls back to brand and model.
// Screen does not allocate beyond dst for ASCII listings.
func (ix Index) Screen(dst []Finding, l Listing) []Finding {
	var mb [16]Match
	ms := ix.AppendMatches(mb[:0], 0, l)
	for _, m := range ms {
		dst = append(dst, ix.Finding(m, l.ID))
	}
	return dst
}

// AppendMatches appends to dst the matches of listing l, numbered i, and
// returns the extended slice: Screen's rules, in compact form. It does not
// allocate beyond dst for ASCII listings.
func (ix Index) AppendMatches(dst []Match, i int, l Listing) []Match {
	var buf [256]byte
	lot := buf[:0]
	if l.Lot != "" {
		lot = lotKey(appendNormalized(lot, l.Lot))
	}
	if g, _, err := parseGTIN(l.GTIN); err == nil && g != 0 {
		if ids, ok := ix.byGTIN[g]; ok {
			n := len(dst)
			dst = ix.appendMatches(dst, int32(i), ids, lot, 0)
			if len(dst) > n {
				return dst
			}
		}
	}
	if l.Brand == "" || l.Model == "" || len(ix.byName) == 0 {
		return dst
	}
	var kb [512]byte
	key := appendNormalized(kb[:0], l.Brand)
	if len(key) == 0 {
		return dst
	}
	key = append(key, 0)
	k0 := len(key)
	key = appendNormalized(key, l.Model)
	if len(key) == k0 {
		return dst
	}
	if ids, ok := ix.byName[string(key)]; ok {
		dst = ix.appendMatches(dst, int32(i), ids, lot, 2)
	}
	return dst
}

// appendMatches appends the matches of listing i against recalls ids;
// by is 0 (GTIN) or 2 (brand and model), plus 1 when a lot matched.
func (ix Index) appendMatches(dst []Match, i int32, ids []int32, lot []byte, by uint8) []Match {
	for _, id := range ids {
		m := Match{Listing: i, Recall: id, by: by}
		if lots := ix.lots[id]; len(lots) > 0 {
			if len(lot) == 0 {
				m.lotUnk = true
			} else if hasLot(lots, lot) {
				m.by++
			} else {
				continue
			}
		}
		dst = append(dst, m)
	}
	return dst
}

// ScreenAll screens every listing, spreading the work over GOMAXPROCS
// goroutines, and returns the matches in listing order (Match.Listing
// indexes ls; expand with Finding).
func (ix Index) ScreenAll(ls []Listing) []Match {
	w := runtime.GOMAXPROCS(0)
	if w > len(ls)/1024 {
		w = max(1, len(ls)/1024)
	}
	parts := make([][]Match, w)
	var wg sync.WaitGroup
	for k := range w {
		lo, hi := k*len(ls)/w, (k+1)*len(ls)/w
		wg.Go(func() {
			out := make([]Match, 0, (hi-lo)/2+16)
			for i := lo; i < hi; i++ {
				out = ix.AppendMatches(out, i, ls[i])
			}
			parts[k] = out
		})
	}
	wg.Wait()
	if w == 1 {
		return parts[0]
	}
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]Match, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// MaxListingLine bounds one line of a listings file.
const MaxListingLine = 64 << 10

// ListingProblem is a line of a listings file that could not be used
// whole: Skipped lines were not screened; a wrong GTIN keeps the line,
// screened by brand and model.
type ListingProblem struct {
	Line    int    `json:"line"`
	Field   string `json:"field,omitempty"`
	Error   string `json:"error"`
	Skipped bool   `json:"skipped"`
}

// DecodeListings reads listings as JSON lines (one object per line,
// fields id, gtin, brand, model, lot; blank lines ignored), strictly:
// unknown fields, wrong types and a missing id skip the line with a
// problem naming the field. A GTIN with a wrong check digit or syntax is a
// problem naming "gtin"; the line is kept. Lines longer than
// MaxListingLine fail the whole input.
func DecodeListings(r io.Reader, each func(line int, l Listing) error) ([]ListingProblem, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxListingLine+1)
	probs := []ListingProblem{}
	more := 0
	add := func(p ListingProblem) {
		if len(probs) < MaxProblems {
			probs = append(probs, p)
		} else {
			more++
		}
	}
	n := 0
	ids := map[string]int{}
	for sc.Scan() {
		n++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var l Listing
		if err := strictjson.Decode(b, &l); err != nil {
			p, _ := pathOf(err)
			add(ListingProblem{Line: n, Field: p, Error: errText(err), Skipped: true})
			continue
		}
		if l.ID == "" {
			add(ListingProblem{Line: n, Field: "id", Error: "missing", Skipped: true})
			continue
		}
		if first, dup := ids[l.ID]; dup {
			add(ListingProblem{Line: n, Field: "id", Error: fmt.Sprintf("%q repeats line %d", l.ID, first), Skipped: true})
			continue
		}
		ids[l.ID] = n
		if _, err := ParseGTIN(l.GTIN); err != nil {
			add(ListingProblem{Line: n, Field: "gtin", Error: err.Error()})
		}
		if err := each(n, l); err != nil {
			return probs, err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return probs, fmt.Errorf("line %d: longer than %d bytes", n+1, MaxListingLine)
		}
		return probs, err
	}
	if more > 0 {
		probs = append(probs, ListingProblem{Error: fmt.Sprintf("%d more problems not listed", more)})
	}
	return probs, nil
}

func pathOf(err error) (string, bool) {
	var fe *strictjson.Error
	if errors.As(err, &fe) {
		return fe.Path, true
	}
	return "", false
}

func errText(err error) string {
	var fe *strictjson.Error
	if errors.As(err, &fe) && fe.Err != nil {
		return fe.Err.Error()
	}
	return err.Error()
}

// Basis explains a finding: which recall, how it matched, and where the
// data comes from.
func (ix Index) Basis(f Finding) explain.Basis {
	steps := []explain.Step{{
		Rule:  "recall.match",
		Basis: "RappelConso " + f.Sheet + " v" + itoa(f.Version),
		Facts: []explain.Fact{explain.F("listing", f.Listing), explain.F("by", string(f.By)), explain.F("risk", f.Risk)},
		Text:  textMatch,
		Args:  []any{f.Listing, f.Sheet, f.Version, string(f.By), f.Risk},
	}}
	if f.LotUnknown {
		steps = append(steps, explain.Step{Rule: "recall.lot-unknown", Text: textLotUnknown})
	}
	return explain.Of(steps...)
}

func hasLot(lots []string, lot []byte) bool {
	for _, l := range lots {
		if l == string(lot) {
			return true
		}
	}
	return false
}

// lotKey drops the words that introduce a lot number from a normalised
// lot ("lot n 4471", "lot l2304", "no 12") so that "Lot L2304" and
// "L2304" compare equal.
func lotKey(b []byte) []byte {
	for {
		i := 0
		for i < len(b) && b[i] != ' ' {
			i++
		}
		if i == len(b) {
			return b
		}
		switch string(b[:i]) {
		case "lot", "lots", "n", "no", "num", "numero":
			b = b[i+1:]
		default:
			return b
		}
	}
}
