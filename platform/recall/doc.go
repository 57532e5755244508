// Package recall screens marketplace listings against the French official
// product-recall list, RappelConso (C. consom. L423-3, in force since 1
// April 2021), as published in open data by data.economie.gouv.fr.
//
// The dataset is an input the caller supplies and updates: this package
// never fetches anything. DecodeCSV reads the ';'-separated CSV export and
// DecodeJSON the JSON export of the dataset "rappelconso-v2-gtin-trie"
// ("V2 produits triés par GTIN"), one row per recall sheet and product
// identifier. The columns read are the Col constants: numero_fiche
// (required), numero_version, nature_juridique_rappel, categorie_produit,
// marque_produit, modeles_ou_references, identification_produits, gtin,
// libelle, motif_rappel, risques_encourus and date_publication; every
// other column is ignored. Malformed rows are reported with their row
// numbers (Problem) and skipped, the rest used; a GTIN with a wrong GS1
// check digit is a Problem naming its column, and the row is kept for
// screening by brand and model.
//
// GTINs are normalised (ParseGTIN): spaces removed, digits only, padded
// with leading zeros to 14 digits, GS1 check digit verified. Brands,
// models and lots are compared after Normalize: case, accents and
// punctuation do not matter, and words such as "Lot" before a lot number
// are dropped.
//
// NewIndex builds an Index once; Screen (allocation-free for ASCII
// listings) and ScreenAll (parallel) match listings: by GTIN first, and
// when that finds nothing by brand and model (each reference of a
// "modeles_ou_references" list separately); a listing lot the recall does
// not name excludes it, a recall naming no lot covers every lot. Each
// Finding carries the recall's reference (sheet number and version), its
// risk and its publication date.
//
// No French text obliges a marketplace to consult RappelConso as such
// (LEGAL-PLATFORM §5, [P]); screening is good practice and evidence for
// GPSR art. 22 and DSA arts 31 and 32. SourceBasis says so in every
// report.
//
// Index is immutable and safe for concurrent use; Recall, Finding and
// GTIN are plain values. No time zone or daylight-saving rule is involved:
// publication dates are calendar dates.
package recall
