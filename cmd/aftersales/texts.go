package main

import (
	"embed"
	"io/fs"
)

//go:embed texts/*.json
var textsFS embed.FS

// cliTexts returns the catalogs of the command's own texts (headlines,
// labels and enumeration values printed in text mode) as data: one file
// LANG.json per language, from English key to translation. Usage, flag
// help and error messages stay English: they are for developers.
func cliTexts() fs.FS {
	sub, err := fs.Sub(textsFS, "texts")
	if err != nil {
		panic(err) // the embedded directory exists: checked by the tests
	}
	return sub
}
