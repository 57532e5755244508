package recall

import "github.com/aftersales/aftersales/explain"

// Step texts (English message keys).
const (
	textMatch      = "Listing %s matches RappelConso recall %s version %d (by %s); risk: %s."
	textLotUnknown = "The recall names lots and the listing gives none: check the lot."
	textSource     = "Screened against %d recalls of the RappelConso export supplied (C. consom. L423-3); the library never fetches it, so it is as current as the file."
	textNoDuty     = "No French text obliges a marketplace to consult RappelConso as such; screening is good practice and evidence for GPSR art. 22 and DSA arts 31-32 [P]."
)

// Translations returns the French translations of every step text the
// package emits, for explain.NewCatalog. It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.Translations{"fr": {
		textMatch:      "L'annonce %s correspond à la fiche de rappel RappelConso %s version %d (par %s) ; risque : %s.",
		textLotUnknown: "La fiche nomme des lots et l'annonce n'en donne aucun : vérifier le lot.",
		textSource:     "Contrôle contre %d rappels de l'export RappelConso fourni (C. consom. L423-3) ; la bibliothèque ne le télécharge jamais : il est à jour autant que le fichier.",
		textNoDuty:     "Aucun texte français n'oblige une place de marché à consulter RappelConso en tant que tel ; le contrôle est une bonne pratique et une preuve au titre de l'art. 22 du GPSR et des art. 31-32 du DSA [P].",
	}}
}

// SourceBasis is the basis every screening report starts with: the
// dataset screened against and the duty it serves.
func SourceBasis(recalls int) explain.Basis {
	return explain.Of(
		explain.Step{Rule: "recall.source", Basis: "C. consom. L423-3", Facts: []explain.Fact{explain.F("recalls", recalls)}, Text: textSource, Args: []any{recalls}},
		explain.Step{Rule: "recall.duty", Basis: "GPSR art. 22; DSA arts 31, 32", Text: textNoDuty},
	)
}
