package explain

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzRenderMatchesFmt: compiling and rendering any format string never
// panics, and a format of %s and %% verbs given as many string arguments
// as it has verbs renders exactly as fmt.Sprintf does (the slow,
// obviously correct reference of the compiled path).
func FuzzRenderMatchesFmt(f *testing.F) {
	f.Add("refund %s by %s", "84,90 €", "2026-11-19")
	f.Add("%d%% of %s", "x", "y")
	f.Add("{{1:one=a|other=b}} %s", "x", "y")
	f.Add("%[2]s %[1]s %", "a", "b")
	f.Fuzz(func(t *testing.T, format, a, b string) {
		var c Catalog
		got := c.Sprintf(language.English, format, a, b) // must not panic
		rest := strings.ReplaceAll(format, "%%", "")
		n := strings.Count(rest, "%s")
		if strings.Count(rest, "%") != n || n != 2 || strings.Contains(format, "{{") || English(format) != format {
			// A key like "a|%s" is a phrase with a context: English
			// drops the context, fmt does not.
			return
		}
		if want := fmt.Sprintf(format, a, b); got != want {
			t.Fatalf("Sprintf(%q) = %q, fmt gives %q", format, got, want)
		}
	})
}
