package recall

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
)

// Columns read from the export (dataset "rappelconso-v2-gtin-trie" of
// data.economie.gouv.fr, "V2 produits triés par GTIN"). Every other
// column is ignored. numero_fiche is required; the others may be absent
// from the header or empty in a row.
const (
	ColSheet          = "numero_fiche"
	ColVersion        = "numero_version"
	ColLegal          = "nature_juridique_rappel"
	ColCategory       = "categorie_produit"
	ColBrand          = "marque_produit"
	ColModels         = "modeles_ou_references"
	ColIdentification = "identification_produits"
	ColGTIN           = "gtin"
	ColName           = "libelle"
	ColReason         = "motif_rappel"
	ColRisk           = "risques_encourus"
	ColPublished      = "date_publication"
)

// Limits of a decoded export.
const (
	MaxRows       = 1_000_000 // rows (recalls) in one export
	MaxFieldBytes = 64 << 10  // bytes in one field
	MaxProblems   = 1000      // problems reported; later ones are counted in the last
)

// ErrNoSheetColumn is the error of an export whose header has no
// numero_fiche column: nothing in it can be cited.
var ErrNoSheetColumn = errors.New("the header has no numero_fiche column (is this the RappelConso export?)")

type builder struct {
	ds      Dataset
	dropped int
}

func (b *builder) problem(p Problem) {
	if len(b.ds.Problems) < MaxProblems {
		b.ds.Problems = append(b.ds.Problems, p)
		return
	}
	b.dropped++
}

func (b *builder) finish() Dataset {
	if b.dropped > 0 {
		b.ds.Problems = append(b.ds.Problems, Problem{Error: fmt.Sprintf("%d more problems not listed", b.dropped)})
	}
	if b.ds.Recalls == nil {
		b.ds.Recalls = []Recall{}
	}
	if b.ds.Problems == nil {
		b.ds.Problems = []Problem{}
	}
	return b.ds
}

// row turns the fields of one row (get returns a column's text and
// whether the column exists) into a Recall, or reports why it cannot.
func (b *builder) row(n int, get func(string) (string, bool)) {
	if len(b.ds.Recalls) >= MaxRows {
		b.problem(Problem{Row: n, Error: fmt.Sprintf("more than %d rows: the rest is ignored", MaxRows), Skipped: true})
		return
	}
	for _, c := range []string{ColSheet, ColVersion, ColLegal, ColCategory, ColBrand, ColModels, ColIdentification, ColGTIN, ColName, ColReason, ColRisk, ColPublished} {
		if v, _ := get(c); len(v) > MaxFieldBytes {
			b.problem(Problem{Row: n, Field: c, Error: fmt.Sprintf("longer than %d bytes", MaxFieldBytes), Skipped: true})
			return
		} else if !utf8.ValidString(v) {
			b.problem(Problem{Row: n, Field: c, Error: "invalid UTF-8", Skipped: true})
			return
		}
	}
	text := func(c string) string { v, _ := get(c); return strings.TrimSpace(v) }
	r := Recall{Row: n, Sheet: text(ColSheet), Brand: text(ColBrand), Models: text(ColModels), Name: text(ColName), Category: text(ColCategory), Legal: text(ColLegal), Risk: text(ColRisk), Reason: text(ColReason)}
	if r.Sheet == "" {
		b.problem(Problem{Row: n, Field: ColSheet, Error: "missing: the recall cannot be cited", Skipped: true})
		return
	}
	if v := text(ColVersion); v != "" {
		x, err := strconv.Atoi(v)
		if err != nil || x < 0 {
			b.problem(Problem{Row: n, Field: ColVersion, Error: fmt.Sprintf("%q is not a version number", v), Skipped: true})
			return
		}
		r.Version = x
	}
	if v := text(ColPublished); v != "" {
		d, err := calendar.ParseDate(v[:min(len(v), 10)])
		if err != nil {
			b.problem(Problem{Row: n, Field: ColPublished, Error: fmt.Sprintf("%q is not a date", v), Skipped: true})
			return
		}
		r.Published = d
	}
	ident := text(ColIdentification)
	gtinText, gtinCol := text(ColGTIN), ColGTIN
	if gtinText == "" {
		gtinText, _ = parseIdentification(ident, 0)
		gtinCol = ColIdentification
	}
	if gtinText != "" {
		g, err := ParseGTIN(gtinText)
		if err != nil {
			// Kept: still screened by brand and model.
			b.problem(Problem{Row: n, Field: gtinCol, Error: err.Error()})
		}
		r.GTIN = g
	}
	_, r.Lots = parseIdentification(ident, r.GTIN)
	if r.Lots == nil {
		r.Lots = []string{}
	}
	if r.GTIN == 0 && (Normalize(r.Brand) == "" || Normalize(r.Models) == "") {
		b.problem(Problem{Row: n, Field: ColGTIN, Error: "no usable GTIN and no brand and model: nothing to screen by", Skipped: true})
		return
	}
	b.ds.Recalls = append(b.ds.Recalls, r)
}

// DecodeCSV reads the RappelConso export as CSV with ';' separators (the
// form data.economie.gouv.fr publishes; a ',' header is accepted too), a
// header row naming the columns, and an optional UTF-8 byte-order mark.
// Rows that cannot be used are reported in Dataset.Problems with their
// line numbers and skipped; the rest are returned. Only an unreadable
// header (no numero_fiche column) or a read error fails the whole input.
func DecodeCSV(r io.Reader) (Dataset, error) {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	first, _ := br.Peek(4096)
	sep := ';'
	if line, _, _ := bytes.Cut(first, []byte("\n")); !bytes.ContainsRune(line, ';') && bytes.ContainsRune(line, ',') {
		sep = ','
	}
	cr := csv.NewReader(br)
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return Dataset{}, &field.Error{Err: errors.New("empty file")}
		}
		return Dataset{}, &field.Error{Path: "row 1", Err: err}
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if _, dup := cols[h]; dup && h != "" {
			return Dataset{}, &field.Error{Path: "row 1", Err: fmt.Errorf("column %q twice", h)}
		}
		cols[h] = i
	}
	if _, ok := cols[ColSheet]; !ok {
		return Dataset{}, &field.Error{Path: "row 1", Err: ErrNoSheetColumn}
	}
	width := len(header)
	var b builder
	var rec []string
	get := func(c string) (string, bool) {
		i, ok := cols[c]
		if !ok || i >= len(rec) {
			return "", ok
		}
		return rec[i], true
	}
	for {
		rec, err = cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// The reader resynchronises at the next line.
				b.problem(Problem{Row: pe.StartLine, Error: pe.Err.Error(), Skipped: true})
				continue
			}
			return Dataset{}, err
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != width {
			b.problem(Problem{Row: line, Error: fmt.Sprintf("%d fields, the header has %d", len(rec), width), Skipped: true})
			continue
		}
		b.row(line, get)
	}
	return b.finish(), nil
}

// DecodeJSON reads the RappelConso export as JSON: a list of objects
// keyed by the column names (data.economie.gouv.fr's JSON export). gtin
// may be a string or a number (read as its digits, never through a
// float). An element that is not an object, or a column of the wrong type,
// is reported as a problem with its position (1-based) and skipped;
// unknown columns are ignored. A document that is not a JSON list fails.
func DecodeJSON(r io.Reader) (Dataset, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return Dataset{}, &field.Error{Err: fmt.Errorf("not JSON: %v", err)}
	}
	if tok != json.Delim('[') {
		// An object (or a bare value) is not the export.
		return Dataset{}, &field.Error{Err: errors.New("want a JSON list of recall objects")}
	}
	var b builder
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return Dataset{}, &field.Error{Path: "[" + strconv.Itoa(n-1) + "]", Err: err}
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			b.problem(Problem{Row: n, Error: "not an object", Skipped: true})
			continue
		}
		vals := map[string]string{}
		bad := ""
		for k, v := range obj {
			v = bytes.TrimSpace(v)
			switch {
			case len(v) == 0 || string(v) == "null":
			case v[0] == '"':
				var s string
				if err := json.Unmarshal(v, &s); err != nil {
					bad = k
				}
				vals[k] = s
			case v[0] == '-' || (v[0] >= '0' && v[0] <= '9'):
				vals[k] = string(v)
			default:
				if k == ColSheet || k == ColVersion || k == ColGTIN || k == ColBrand || k == ColModels || k == ColIdentification || k == ColRisk || k == ColPublished {
					bad = k
				}
			}
		}
		if bad != "" {
			b.problem(Problem{Row: n, Field: bad, Error: "want a string or a number", Skipped: true})
			continue
		}
		b.row(n, func(c string) (string, bool) { v, ok := vals[c]; return v, ok })
	}
	if _, err := dec.Token(); err != nil {
		return Dataset{}, &field.Error{Err: fmt.Errorf("unterminated list: %v", err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Dataset{}, &field.Error{Err: errors.New("unexpected data after the JSON list")}
	}
	return b.finish(), nil
}

// Decode reads an export as JSON when its first non-space byte is '[',
// as CSV otherwise.
func Decode(r io.Reader) (Dataset, error) {
	br := bufio.NewReader(r)
	for {
		c, err := br.Peek(1)
		if err != nil {
			return Dataset{}, &field.Error{Err: errors.New("empty file")}
		}
		switch c[0] {
		case ' ', '\t', '\r', '\n':
			_, _ = br.Discard(1)
			continue
		case '[', '{':
			return DecodeJSON(br)
		}
		return DecodeCSV(br)
	}
}
