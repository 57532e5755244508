package timeline

import "sort"

// LabelKeysOf lists the label keys of lang, sorted.
func LabelKeysOf(lang string) []string {
	var ks []string
	for k := range labelTable()[lang] {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// LabelKeys lists the English label keys, sorted.
func LabelKeys() []string { return LabelKeysOf("en") }
