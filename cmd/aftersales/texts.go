package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/internal/cldr"
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

// say writes the text of key (a format of the CLI catalog, English) in
// the run's language with args, then a newline.
func (c *cmd) say(w io.Writer, key string, args ...any) {
	_, _ = io.WriteString(w, c.cat.Sprintf(c.lang, key, args...))
	_, _ = io.WriteString(w, "\n")
}

// tr is the text of key (a format of the CLI catalog, English) in the
// run's language with args.
func (c *cmd) tr(key string, args ...any) string { return c.cat.Sprintf(c.lang, key, args...) }

// enum is an enumeration value printed in text (a reason, a state, a
// kind) in the run's language: the phrase "ctx|value" of the CLI catalog
// (enumTexts lists them), the value itself when the catalog has none.
func (c *cmd) enum(ctx string, v any) string {
	if w, ok := v.(time.Weekday); ok && ctx == "weekday" {
		// Day names come from CLDR, in every language.
		b, _ := c.lang.Base()
		l, _ := cldr.For(b.String())
		return l.Weekday(w)
	}
	return c.cat.Phrase(c.lang, ctx+"|"+fmt.Sprint(v))
}

// yesNo is "yes" or "no" in the run's language.
func (c *cmd) yesNo(b bool) string {
	if b {
		return c.enum("answer", "yes")
	}
	return c.enum("answer", "no")
}

// A row is a label and its value, printed in aligned columns; a row
// without a label is printed as its value alone.
type row struct{ label, value string }

// printRows prints rows after indent, each value after its label padded
// to the longest rendered label of rows (at least min characters), so the
// column holds when a translated label is longer than the English one.
func printRows(w io.Writer, indent string, min int, rows []row) {
	width := min
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(r.label))
	}
	for _, r := range rows {
		if r.label == "" {
			fmt.Fprintf(w, "%s%s\n", indent, r.value)
			continue
		}
		fmt.Fprintf(w, "%s%s%s %s\n", indent, r.label, strings.Repeat(" ", width-utf8.RuneCountInString(r.label)), r.value)
	}
}

// enumTexts lists the enumeration values the commands print in text, as
// phrases with their context ("reason|withdrawal"): each is translated
// once, and every text that prints it agrees.
func enumTexts() []string {
	var enumTexts = []string{
		"answer|yes", "answer|no",
		"language|ok", "language|wrong_language", "language|undetermined",
		"reason|withdrawal", "reason|conformity", "reason|non-delivery",
		"kind|parts", "kind|delivery", "kind|delivery_surcharge", "kind|return_shipping", "kind|deduction", "kind|late_surcharge",
		"kind|earlier_refunds", "kind|coupon_clawback", "kind|free_shipping_clawback",
		"kind|question", "kind|complaint", "kind|negative-review", "kind|message", "kind|review",
		"means|card", "means|bank_transfer", "means|wallet", "means|gift_card", "means|voucher", "means|platform_credit",
		"party|buyer", "party|seller", "party|platform",
		"state|open", "state|due-soon", "state|breached", "state|answered-on-time", "state|answered-late", "state|no-reply-needed",
		"state|pending", "state|met", "state|missed", "state|not-applicable",
		"event|opened", "event|escalated", "event|commitment-met", "event|commitment-missed", "event|commitment-due",
		"event|target-missed", "event|target", "event|resolved",
		"burden|seller", "burden|buyer",
		"notice|none", "notice|strict", "notice|reasonable", "notice|damages", "notice|unconfirmed",
		"timely|yes", "timely|no", "timely|unknown",
		"index|repairability", "index|durability", "index|energy_label",
		"spare_parts|required", "spare_parts|when_informed",
		"order|order", "order|notice", "order|dsa-order",
		"state|late", "state|done", "state|done-late",
		"sanction|restriction", "sanction|suspension", "sanction|termination",
		"product|illegal", "product|recall",
		"unit|days", "unit|months", "unit|years",
		"applied|policy", "applied|statute", "applied|both", "applied|mixed",
		"finding|email", "finding|phone", "finding|url", "finding|social", "finding|payment", "finding|marketing",
	}
	return enumTexts
}
