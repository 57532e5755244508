package explain_test

import (
	"fmt"

	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

func Example() {
	b := explain.Of(explain.Step{
		Rule:  "withdrawal.period",
		Basis: "C. consom. L221-18",
		Facts: []explain.Fact{explain.F("received", "2026-02-14")},
		Text:  "the withdrawal period is %d days from receipt",
		Args:  []any{14},
	})
	cat, err := explain.NewCatalog(explain.Translations{
		"fr": {"the withdrawal period is %d days from receipt": "le délai de rétractation est de %d jours à compter de la réception"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Print(cat.Render(b, language.English))
	fmt.Print(cat.Render(b, language.French))
	fmt.Print(cat.Render(b, language.German)) // falls back to English
	// Output:
	// - the withdrawal period is 14 days from receipt (C. consom. L221-18)
	// - le délai de rétractation est de 14 jours à compter de la réception (C. consom. L221-18)
	// - the withdrawal period is 14 days from receipt (C. consom. L221-18)
}
