package recall

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestParseGTIN(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"GS1 EAN-13 padded to 14", "3250392814908", "03250392814908", nil},
		{"GS1 spaces removed", "3 250392 814908", "03250392814908", nil},
		{"GS1 non-breaking space removed", "3\u00a0250392814908", "03250392814908", nil},
		{"GS1 UPC-12", "012345678905", "00012345678905", nil},
		{"GS1 GTIN-8", "96385074", "00000096385074", nil},
		{"GS1 GTIN-14", "14006381333938", "14006381333938", nil},
		{"GS1 17 digits with leading zeros (export integer)", "0003250392814908", "03250392814908", nil},
		{"GS1 integer that lost its leading zero", "12345678905", "00012345678905", nil},
		{"empty is none", "  ", "", nil},
		{"GS1 wrong check digit", "3250392814907", "", ErrGTINCheckDigit},
		{"letters", "32503928149O8", "", ErrGTINSyntax},
		{"15 significant digits", "123456789012345", "", ErrGTINSyntax},
		{"all zeros", "0000", "", ErrGTINSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGTIN(tt.in)
			if !errors.Is(err, tt.err) || g.String() != tt.want {
				t.Errorf("ParseGTIN(%q) = %q, %v; want %q, %v", tt.in, g, err, tt.want, tt.err)
			}
		})
	}
	if _, err := ParseGTIN("3250392814907"); err == nil || !strings.Contains(err.Error(), "want 8") {
		t.Errorf("the check digit error names the right digit: %v", err)
	}
}

// refCheck is the GS1 check digit the slow way: the digits as a string,
// weights from the right.
func refCheck(digits string) int {
	sum := 0
	for i := 0; i < len(digits); i++ {
		w := 1
		if (len(digits)-i)%2 == 1 {
			w = 3
		}
		sum += int(digits[i]-'0') * w
	}
	return (10 - sum%10) % 10
}

func FuzzParseGTIN(f *testing.F) {
	f.Add("3250392814908")
	f.Add("0 0012345678905")
	f.Add("x")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ParseGTIN(s)
		if err != nil {
			if !errors.Is(err, ErrGTINSyntax) && !errors.Is(err, ErrGTINCheckDigit) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if g == 0 {
			if strings.Trim(s, " \t\u00a0") != "" {
				t.Fatalf("%q: zero GTIN from digits", s)
			}
			return
		}
		str := g.String()
		if len(str) != 14 || refCheck(str[:13]) != int(str[13]-'0') {
			t.Fatalf("%q → %s: check digit", s, str)
		}
		if g2, err := ParseGTIN(str); err != nil || g2 != g {
			t.Fatalf("%s does not round-trip", str)
		}
	})
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bébé Confort", "bebe confort"},
		{"  DOUDOU & CO ", "doudou co"},
		{"Lapin  Câlin", "lapin calin"},
		{"VM-65W", "vm 65w"},
		{"ŁÓDŹ", "łodz"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func sample(t *testing.T, name string) Dataset {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestDecodeCSVReportsMalformedRows(t *testing.T) {
	ds := sample(t, "rappelconso-sample.csv")
	var sheets []string
	for _, r := range ds.Recalls {
		sheets = append(sheets, r.Reference())
	}
	want := []string{"2024-03-0101 v1", "2024-03-0101 v2", "2024-05-0222 v1", "2024-06-0003 v1", "2024-07-0044 v1", "2024-08-0005 v1"}
	if diff := cmp.Diff(want, sheets); diff != "" {
		t.Errorf("recalls (-want +got):\n%s", diff)
	}
	wantP := []Problem{
		{Row: 7, Field: "gtin", Error: `"3760012345671": wrong GS1 check digit (want 0)`},
		{Row: 8, Error: "6 fields, the header has 13", Skipped: true},
		{Row: 9, Field: "numero_fiche", Error: "missing: the recall cannot be cited", Skipped: true},
		{Row: 10, Field: "numero_version", Error: `"deux" is not a version number`, Skipped: true},
	}
	if diff := cmp.Diff(wantP, ds.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	r := ds.Recalls[1]
	got := []any{r.GTIN.String(), r.Lots, r.Risk, r.Published.String(), r.Brand}
	if diff := cmp.Diff([]any{"03250392814908", []string{"Lot L2303", "Lot L2304"}, "Blessures", "2024-03-06", "Bébé Confort"}, got); diff != "" {
		t.Errorf("row 3 (-want +got):\n%s", diff)
	}
	if l := ds.Recalls[2].Lots; len(l) != 0 {
		t.Errorf("'Tous les lots' means every lot, got %v", l)
	}
}

func TestDecodeJSONMatchesCSV(t *testing.T) {
	c, j := sample(t, "rappelconso-sample.csv"), sample(t, "rappelconso-sample.json")
	for i := range j.Recalls {
		j.Recalls[i].Row = c.Recalls[i].Row
	}
	if diff := cmp.Diff(c.Recalls, j.Recalls); diff != "" {
		t.Errorf("JSON and CSV differ (-csv +json):\n%s", diff)
	}
	wantP := []Problem{
		{Row: 6, Field: "gtin", Error: `"3760012345671": wrong GS1 check digit (want 0)`},
		{Row: 7, Error: "not an object", Skipped: true},
		{Row: 8, Field: "marque_produit", Error: "want a string or a number", Skipped: true},
	}
	if diff := cmp.Diff(wantP, j.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestDecodeRefusals(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"empty", "", "empty file"},
		{"no sheet column", "a;b\n1;2\n", "numero_fiche"},
		{"duplicate column", "numero_fiche;gtin;gtin\n", "twice"},
		{"JSON object instead of a list", `{"numero_fiche":"x"}`, "want a JSON list"},
		{"JSON list cut short", `[{"numero_fiche":"x"}`, "unterminated"},
		{"data after the list", `[] []`, "after the JSON list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v, want …%s…", err, tt.msg)
			}
		})
	}
}

func TestDecodeCSVBareQuoteKeepsTheRest(t *testing.T) {
	in := "numero_fiche;marque_produit;modeles_ou_references;gtin\nA-1;Br\"and;M;\nA-2;Brand;Model;3250392814908\n"
	ds, err := DecodeCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Recalls) != 1 || ds.Recalls[0].Sheet != "A-2" || len(ds.Problems) != 1 || ds.Problems[0].Row != 2 {
		t.Errorf("%+v", ds)
	}
}

func screenSample(t *testing.T) ([]Finding, []ListingProblem) {
	ix := mustIndex(t, sample(t, "rappelconso-sample.csv").Recalls)
	f, err := os.Open("testdata/listings.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Finding
	probs, err := DecodeListings(f, func(line int, l Listing) error {
		n := len(out)
		out = ix.Screen(out, l)
		for i := n; i < len(out); i++ {
			out[i].Line = line
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, probs
}

func TestScreenSample(t *testing.T) {
	got, probs := screenSample(t)
	want := []Finding{
		{Listing: "L1", Line: 1, By: ByGTINLot, Sheet: "2024-03-0101", Version: 2, Risk: "Blessures", Published: "2024-03-06", GTIN: "03250392814908"},
		{Listing: "L3", Line: 3, By: ByGTIN, Sheet: "2024-05-0222", Version: 1, Risk: "Électrocution", Published: "2024-05-15", GTIN: "04006381333931"},
		{Listing: "L4", Line: 4, By: ByGTIN, Sheet: "2024-06-0003", Version: 1, Risk: "Infections microbiennes", Published: "2024-06-02", GTIN: "00012345678905", LotUnknown: true},
		{Listing: "L5", Line: 5, By: ByBrandModel, Sheet: "2024-07-0044", Version: 1, Risk: "Étouffement", Published: "2024-07-10"},
		{Listing: "L6", Line: 6, By: ByBrandModel, Sheet: "2024-08-0005", Version: 1, Risk: "Ingestion d'aimants", Published: "2024-08-01"},
		{Listing: "L8", Line: 8, By: ByGTIN, Sheet: "2024-03-0101", Version: 2, Risk: "Blessures", Published: "2024-03-06", GTIN: "03250392814908", LotUnknown: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	wantP := []ListingProblem{
		{Line: 6, Field: "gtin", Error: `"3760012345671": wrong GS1 check digit (want 0)`},
		{Line: 9, Field: "colour", Error: "unknown field", Skipped: true},
		{Line: 10, Field: "id", Error: "missing", Skipped: true},
	}
	if diff := cmp.Diff(wantP, probs, cmpOptsProblem()); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func cmpOptsProblem() cmp.Option {
	// The wording of strictjson's unknown-field error is its own; the
	// line and field are what this package promises.
	return cmp.Transformer("shorten", func(p ListingProblem) ListingProblem {
		if strings.HasPrefix(p.Error, "unknown field") {
			p.Error = "unknown field"
		}
		return p
	})
}

// refRecall is a recall kept by the reference, its texts normalised once.
type refRecall struct {
	r             Recall
	brand, models string
	parts, lots   []string
}

// refPrepare keeps the highest version per sheet and GTIN (or brand and
// models), the slow way, and normalises each text once.
func refPrepare(rs []Recall) []refRecall {
	key := func(r Recall) string {
		k := r.Sheet + "|" + r.GTIN.String()
		if r.GTIN == 0 {
			k += "|" + Normalize(r.Brand) + "|" + Normalize(r.Models)
		}
		return k
	}
	var kept []refRecall
	for i, r := range rs {
		best := true
		for j, o := range rs {
			if key(o) == key(r) && (o.Version > r.Version || (o.Version == r.Version && j < i)) {
				best = false
				break
			}
		}
		if !best {
			continue
		}
		x := refRecall{r: r, brand: Normalize(r.Brand), models: Normalize(r.Models)}
		for _, p := range strings.FieldsFunc(r.Models, func(c rune) bool { return c == ',' || c == ';' || c == '/' || c == '|' }) {
			x.parts = append(x.parts, Normalize(p))
		}
		for _, l := range r.Lots {
			x.lots = append(x.lots, string(lotKey([]byte(Normalize(l)))))
		}
		kept = append(kept, x)
	}
	return kept
}

// refScreen is the slow obviously-correct reference: every recall tried
// against the listing, by the documented rules.
func refScreen(kept []refRecall, l Listing) []Finding {
	lot := string(lotKey([]byte(Normalize(l.Lot))))
	lotOK := func(x refRecall) (ok, unknown bool, exact bool) {
		if len(x.lots) == 0 {
			return true, false, false
		}
		if l.Lot == "" {
			return true, true, false
		}
		for _, y := range x.lots {
			if y == lot {
				return true, false, true
			}
		}
		return false, false, false
	}
	var out []Finding
	g, err := ParseGTIN(l.GTIN)
	if err == nil && g != 0 {
		for _, x := range kept {
			r := x.r
			if r.GTIN != g {
				continue
			}
			if ok, unk, exact := lotOK(x); ok {
				f := Finding{Listing: l.ID, By: ByGTIN, Sheet: r.Sheet, Version: r.Version, Risk: r.Risk, Published: r.Published.String(), GTIN: r.GTIN.String(), LotUnknown: unk}
				if exact {
					f.By = ByGTINLot
				}
				out = append(out, f)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	b, m := Normalize(l.Brand), Normalize(l.Model)
	if b == "" || m == "" {
		return nil
	}
	for _, x := range kept {
		if x.brand != b {
			continue
		}
		hit := x.models == m
		for _, p := range x.parts {
			hit = hit || p == m
		}
		if !hit {
			continue
		}
		if ok, unk, exact := lotOK(x); ok {
			r := x.r
			f := Finding{Listing: l.ID, By: ByBrandModel, Sheet: r.Sheet, Version: r.Version, Risk: r.Risk, Published: r.Published.String(), LotUnknown: unk}
			if exact {
				f.By = ByBrandModelLot
			}
			out = append(out, f)
		}
	}
	return out
}

func TestScreenAgainstReference(t *testing.T) {
	rs, ls := synthetic(1000, 5000, 7)
	ix := mustIndex(t, rs)
	kept := refPrepare(rs)
	seen := map[MatchBy]int{}
	for i, l := range ls {
		got := ix.Screen(nil, l)
		want := refScreen(kept, l)
		for _, f := range want {
			seen[f.By]++
		}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b []Finding) bool { return cmp.Equal(sortF(a), sortF(b)) })); diff != "" {
			t.Fatalf("listing %d %+v (-ref +fast):\n%s", i, l, diff)
		}
	}
	for _, by := range []MatchBy{ByGTIN, ByGTINLot, ByBrandModel, ByBrandModelLot} {
		if seen[by] == 0 {
			t.Errorf("the synthetic data never matches %s: %v", by, seen)
		}
	}
}

func sortF(f []Finding) []string {
	var s []string
	for _, x := range f {
		s = append(s, strings.Join([]string{x.Listing, string(x.By), x.Sheet, itoa(x.Version), x.GTIN, x.Risk}, "|"))
	}
	if len(s) > 1 {
		for i := range s {
			for j := i + 1; j < len(s); j++ {
				if s[j] < s[i] {
					s[i], s[j] = s[j], s[i]
				}
			}
		}
	}
	return s
}

func TestScreenDoesNotAllocate(t *testing.T) {
	rs, ls := synthetic(20000, 1000, 3)
	ix := mustIndex(t, rs)
	dst := make([]Finding, 0, 64)
	ms := make([]Match, 0, 64)
	allocs := testing.AllocsPerRun(20, func() {
		for i, l := range ls {
			dst = ix.Screen(dst[:0], l)
			ms = ix.AppendMatches(ms[:0], i, l)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations screening %d listings", allocs, len(ls))
	}
}

func TestScreenAllSharedIndex(t *testing.T) {
	rs, ls := synthetic(5000, 20000, 11)
	ix := mustIndex(t, rs)
	var want []Finding
	for _, l := range ls {
		want = ix.Screen(want, l)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var got []Finding
			for _, m := range ix.ScreenAll(ls) {
				got = append(got, ix.Finding(m, ls[m.Listing].ID))
			}
			if !cmp.Equal(want, got) {
				t.Errorf("ScreenAll differs from Screen in order: %d vs %d findings", len(got), len(want))
			}
		})
	}
	wg.Wait()
	if len(want) == 0 {
		t.Fatal("synthetic data found nothing")
	}
}

func mustIndex(t testing.TB, rs []Recall) Index {
	t.Helper()
	ix, err := NewIndex(rs)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestNewIndexRefusals(t *testing.T) {
	ok := Recall{Sheet: "S-1", GTIN: gtinOf(325039281490)}
	tests := []struct {
		name string
		r    Recall
		path string
	}{
		{"no sheet", Recall{GTIN: ok.GTIN}, "recalls[1].sheet"},
		{"negative version", Recall{Sheet: "S-2", Version: -1, GTIN: ok.GTIN}, "recalls[1].version"},
		{"nothing to screen by", Recall{Sheet: "S-2", Brand: "Acme"}, "recalls[1].gtin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewIndex([]Recall{ok, tt.r})
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Errorf("got %v, want an error at %s", err, tt.path)
			}
		})
	}
}

func TestIndexCopiesItsInput(t *testing.T) {
	rs := []Recall{{Sheet: "S-1", GTIN: gtinOf(325039281490), Lots: []string{"Lot A"}}}
	ix := mustIndex(t, rs)
	rs[0].Lots[0], rs[0].Sheet = "Lot B", "changed"
	if r := ix.Recall(0); r.Sheet != "S-1" || r.Lots[0] != "Lot A" {
		t.Errorf("the index shares memory with its input: %+v", r)
	}
	r := ix.Recall(0)
	r.Lots[0] = "Lot C"
	if ix.Recall(0).Lots[0] != "Lot A" {
		t.Error("Recall hands out the index's lots")
	}
}
