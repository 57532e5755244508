package recall_test

import (
	"fmt"
	"strings"

	"github.com/aftersales/aftersales/platform/recall"
)

// RappelConso screening by GTIN and lot: the export's GTIN has its GS1
// check digit verified; a listing gives the barcode with spaces and a lot
// written without the word "Lot"; a row with a wrong check digit is
// reported with its line and still screened by brand and model.
func ExampleIndex_Screen_gtinAndLot() {
	export := `numero_fiche;numero_version;marque_produit;modeles_ou_references;identification_produits;risques_encourus;date_publication;gtin
2024-03-0101;2;Bébé Confort;Trekko;3250392814908$Lot L2303$|3250392814908$Lot L2304$;Blessures;2024-03-06T09:00:00+01:00;3250392814908
2024-08-0005;1;FunBox;Cube magique;;Ingestion d'aimants;2024-08-01T10:00:00+02:00;3760012345671
`
	ds, err := recall.DecodeCSV(strings.NewReader(export))
	if err != nil {
		panic(err)
	}
	for _, p := range ds.Problems {
		fmt.Printf("row %d %s: %s\n", p.Row, p.Field, p.Error)
	}
	ix, err := recall.NewIndex(ds.Recalls)
	if err != nil {
		panic(err)
	}
	for _, l := range []recall.Listing{
		{ID: "L1", GTIN: "3 250392 814908", Lot: "l2304"},
		{ID: "L2", GTIN: "3250392814908", Lot: "L9999"},
		{ID: "L3", Brand: "FUNBOX", Model: "cube  magique"},
	} {
		for _, f := range ix.Screen(nil, l) {
			fmt.Printf("%s: %s v%d by %s, risk %s, published %s\n", f.Listing, f.Sheet, f.Version, f.By, f.Risk, f.Published)
		}
	}
	// Output:
	// row 3 gtin: "3760012345671": wrong GS1 check digit (want 0)
	// L1: 2024-03-0101 v2 by gtin+lot, risk Blessures, published 2024-03-06
	// L3: 2024-08-0005 v1 by brand+model, risk Ingestion d'aimants, published 2024-08-01
}

// GS1 check digits: ParseGTIN pads to GTIN-14 and verifies the last digit.
func ExampleParseGTIN_gs1CheckDigit() {
	g, err := recall.ParseGTIN("0 12345 67890 5")
	fmt.Println(g, err)
	_, err = recall.ParseGTIN("012345678906")
	fmt.Println(err)
	// Output:
	// 00012345678905 <nil>
	// "012345678906": wrong GS1 check digit (want 5)
}
