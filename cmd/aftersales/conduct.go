package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// clauses joins the clauses cited by b.
func clauses(b explain.Basis) string { return strings.Join(b.Sources(), "; ") }

func runScreen(e *env, args []string) int {
	const name = "screen"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	s := eng.Conduct()
	// Read at most one byte past the cap: a larger message is refused,
	// never read whole.
	var data []byte
	if e.stdin != nil {
		data, err = io.ReadAll(io.LimitReader(e.stdin, conduct.MaxMessageBytes+1))
		if err != nil {
			return fail(e, name, badf("standard input: %v", err))
		}
	}
	if len(data) > conduct.MaxMessageBytes {
		return fail(e, name, badf("standard input: message larger than the %d-byte cap (%d KiB); screen it in parts", conduct.MaxMessageBytes, conduct.MaxMessageBytes>>10))
	}
	res, err := s.Screen(string(data))
	if err != nil {
		if errors.Is(err, conduct.ErrInvalidUTF8) {
			return fail(e, name, badf("standard input: the message is not valid UTF-8 (first bad byte at offset %d)", firstBadByte(data)))
		}
		return fail(e, name, badf("standard input: %v", err))
	}
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	lines := render(res.Basis)
	empty := strings.TrimSpace(string(data)) == ""
	if *asJSON {
		type finding struct {
			Kind  string `json:"kind"`
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Rule  string `json:"rule"`
			Basis string `json:"basis"`
		}
		fds := []finding{}
		for _, f := range res.Findings {
			fds = append(fds, finding{string(f.Kind), f.Start, f.End, f.Text, f.Rule, clauses(f.Basis)})
		}
		return writeJSON(e, struct {
			Policy   string        `json:"policy"`
			Bytes    int           `json:"bytes"`
			Empty    bool          `json:"empty"`
			Clean    bool          `json:"clean"`
			Findings []finding     `json:"findings"`
			Masked   string        `json:"masked"`
			Explain  []string      `json:"explain"`
			Basis    explain.Basis `json:"basis"`
		}{p.Name, len(data), empty, len(res.Findings) == 0, fds, res.Masked, lines, res.Basis})
	}
	switch {
	case empty:
		fmt.Fprintf(e.stdout, "empty message: nothing to screen (clean under %s)\n", p.Name)
		return 0
	case len(res.Findings) == 0:
		fmt.Fprintf(e.stdout, "clean under %s\n", p.Name)
	default:
		fmt.Fprintf(e.stdout, "%d finding(s) under %s:\n", len(res.Findings), p.Name)
		for _, f := range res.Findings {
			fmt.Fprintf(e.stdout, "  %-9s bytes %d-%d %q (%s)\n", f.Kind, f.Start, f.End, f.Text, clauses(f.Basis))
		}
	}
	for _, l := range lines {
		fmt.Fprintf(e.stdout, "  %s\n", l)
	}
	fmt.Fprintf(e.stdout, "masked:\n%s\n", res.Masked)
	return 0
}

// firstBadByte is the offset of the first byte of data that does not
// start a valid UTF-8 sequence, or len(data).
func firstBadByte(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func runListing(e *env, args []string) int {
	const name = "listing"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a policy file (required)")
	file := fs.String("listing", "", "listing JSON file (required)")
	lang := langFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := langTag("lang", *lang, language.Und)
	if err != nil {
		return fail(e, name, err)
	}
	defaultLang(&tag, eng.Calendar())
	s := eng.Conduct()
	data, err := readFile("listing", *file)
	if err != nil {
		return fail(e, name, err)
	}
	if !utf8.Valid(data) {
		// encoding/json would silently replace the bad bytes.
		return fail(e, name, badf("--listing: the file is not valid UTF-8 (first bad byte at offset %d)", firstBadByte(data)))
	}
	l, err := conduct.DecodeListing(data)
	if err != nil {
		return fail(e, name, badf("%v", prefixPath("listing", err)))
	}
	res, err := s.CheckListing(l)
	if err != nil {
		return fail(e, name, badf("%v", prefixPath("listing", err)))
	}
	render, err := renderer(&tag)
	if err != nil {
		return fail(e, name, err)
	}
	lines := render(res.Basis)
	hasRules := listingRules(p.Conduct.Listing)
	if *asJSON {
		type finding struct {
			Field   string `json:"field"`
			Problem string `json:"problem"`
			Clause  string `json:"clause"`
			Kind    string `json:"kind,omitempty"`
			Text    string `json:"text,omitempty"`
		}
		fds := []finding{}
		for _, f := range res.Findings {
			x := finding{Field: f.Field, Problem: f.Problem, Clause: clauses(f.Basis)}
			if f.Contact != nil {
				x.Kind, x.Text = string(f.Contact.Kind), f.Contact.Text
			}
			fds = append(fds, x)
		}
		return writeJSON(e, struct {
			Policy       string        `json:"policy"`
			ListingRules bool          `json:"listing_rules"`
			OK           bool          `json:"ok"`
			Findings     []finding     `json:"findings"`
			Explain      []string      `json:"explain"`
			Basis        explain.Basis `json:"basis"`
		}{p.Name, hasRules, res.OK, fds, lines, res.Basis})
	}
	switch {
	case !hasRules:
		fmt.Fprintf(e.stdout, "%s sets no listing rules: nothing to check\n", p.Name)
	case res.OK:
		fmt.Fprintf(e.stdout, "listing meets the rules of %s\n", p.Name)
	default:
		fmt.Fprintf(e.stdout, "%d problem(s) under %s:\n", len(res.Findings), p.Name)
		for _, f := range res.Findings {
			fmt.Fprintf(e.stdout, "  %s: %s\n", f.Field, strings.Join(render(f.Basis), "; "))
		}
	}
	return 0
}

// listingRules reports whether lr requires anything of a listing.
func listingRules(lr conduct.ListingRules) bool { return !lr.IsZero() }

// prefixPath puts err under the path root unless it already starts with
// it.
func prefixPath(root string, err error) error {
	if strings.HasPrefix(err.Error(), root+".") || strings.HasPrefix(err.Error(), root+":") {
		return err
	}
	return fmt.Errorf("%s.%v", root, err)
}
