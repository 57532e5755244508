package recall

import (
	"strings"

	"github.com/aftersales/aftersales/calendar"
)

// Recall is one row of the RappelConso export: one recall sheet (fiche)
// for one product identifier. The zero Recall is empty.
type Recall struct {
	// Sheet is the recall sheet's number (numero_fiche, "2023-04-0123")
	// and Version its version (numero_version); together the reference
	// a finding cites.
	Sheet   string `json:"sheet"`
	Version int    `json:"version"`
	// GTIN is the product's normalised GTIN (gtin, else the first
	// identifier of identification_produits); zero when the row has none
	// or a wrong one.
	GTIN GTIN `json:"gtin,omitzero"`
	// Lots are the recalled lots of that GTIN, as given, from
	// identification_produits; empty means every lot.
	Lots []string `json:"lots"`
	// Brand (marque_produit) and Models (modeles_ou_references) as given.
	Brand  string `json:"brand"`
	Models string `json:"models"`
	// Name is the product's label (libelle), Category its category
	// (categorie_produit), Legal the legal nature of the recall
	// (nature_juridique_rappel: voluntary or imposed).
	Name     string `json:"name,omitempty"`
	Category string `json:"category,omitempty"`
	Legal    string `json:"legal,omitempty"`
	// Risk is the risk to the consumer (risques_encourus) and Reason the
	// reason for the recall (motif_rappel).
	Risk   string `json:"risk"`
	Reason string `json:"reason,omitempty"`
	// Published is the publication date (date_publication, its date
	// part); zero when absent.
	Published calendar.Date `json:"published,omitzero"`
	// Row is the line of the file (CSV) or the position in the list
	// (JSON, 1-based) the recall came from.
	Row int `json:"row"`
}

// Reference returns "sheet v<version>" ("2023-04-0123 v2").
func (r Recall) Reference() string {
	var b strings.Builder
	b.WriteString(r.Sheet)
	b.WriteString(" v")
	b.WriteString(itoa(r.Version))
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Problem is one row of an input that could not be used whole: its row
// (line), the field at fault and why. A problem with Skipped false kept
// the row (a wrong GTIN: the row is still screened by brand and model).
type Problem struct {
	Row     int    `json:"row"`
	Field   string `json:"field,omitempty"`
	Error   string `json:"error"`
	Skipped bool   `json:"skipped"`
}

// Dataset is a decoded recall export: the usable recalls, in file order,
// and the problems of the rows that were skipped or partly used.
type Dataset struct {
	Recalls  []Recall  `json:"recalls"`
	Problems []Problem `json:"problems"`
}

// parseIdentification splits identification_produits into the lots of
// gtin (or, when the row has no gtin column, the first identifier's): the
// field lists products separated by "|" (or new lines), each "GTIN $ lot $
// date…". A lot saying "tous" ("tous les lots") or empty means every lot.
// It returns the GTIN text of the first product and the lots that go with
// want (all products when want is zero).
func parseIdentification(s string, want GTIN) (first string, lots []string) {
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '\n' }) {
		fields := strings.Split(part, "$")
		g := strings.TrimSpace(fields[0])
		if first == "" {
			first = g
		}
		if want != 0 {
			if x, err := ParseGTIN(g); err != nil || x != want {
				continue
			}
		}
		if len(fields) < 2 {
			return first, nil // no lot: every lot
		}
		lot := strings.TrimSpace(fields[1])
		if lot == "" || strings.Contains(Normalize(lot), "tous") {
			return first, nil
		}
		lots = append(lots, lot)
	}
	return first, lots
}
