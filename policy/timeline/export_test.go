package timeline

import "sort"

// LabelTexts lists the phrase keys of every label ("state.open|open"),
// sorted: the texts the catalogs translate.
func LabelTexts() []string {
	var ks []string
	for k, en := range labelTable() {
		ks = append(ks, phraseKey(k, en))
	}
	sort.Strings(ks)
	return ks
}
