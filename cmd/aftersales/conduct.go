package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

func runScreen(e *env, args []string) int {
	const name = "screen"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: preset name or JSON file (required)")
	lang := fs.String("lang", "fr", "language of the explanation")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, err := loadPolicy("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fail(e, name, badf("--lang: %q is not a language tag", *lang))
	}
	// Read at most one byte past the cap: a larger message is refused,
	// never read whole.
	data, err := io.ReadAll(io.LimitReader(e.stdin, conduct.MaxMessageBytes+1))
	if err != nil {
		return fail(e, name, badf("reading the message on standard input: %v", err))
	}
	if len(data) > conduct.MaxMessageBytes {
		return fail(e, name, badf("standard input: message larger than %d bytes (the screening cap); split it", conduct.MaxMessageBytes))
	}
	s, err := conduct.NewScreener(p.Conduct)
	if err != nil {
		return fail(e, name, badf("--policy: conduct: %v", err))
	}
	res, err := s.Screen(string(data))
	if err != nil {
		if errors.Is(err, conduct.ErrInvalidUTF8) {
			return fail(e, name, badf("standard input: the message is not valid UTF-8"))
		}
		return fail(e, name, badf("standard input: %v", err))
	}
	cat, err := explain.NewCatalog(conduct.Translations())
	if err != nil {
		return fail(e, name, err)
	}
	lines := cat.Lines(res.Basis, tag)
	if *asJSON {
		type finding struct {
			Kind  string `json:"kind"`
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Rule  string `json:"rule"`
			Basis string `json:"basis"`
		}
		out := struct {
			Policy   string        `json:"policy"`
			Clean    bool          `json:"clean"`
			Findings []finding     `json:"findings"`
			Masked   string        `json:"masked"`
			Explain  []string      `json:"explain"`
			Basis    explain.Basis `json:"basis"`
		}{Policy: p.Name, Clean: len(res.Findings) == 0, Findings: []finding{}, Masked: res.Masked, Explain: lines, Basis: res.Basis}
		for _, f := range res.Findings {
			out.Findings = append(out.Findings, finding{string(f.Kind), f.Start, f.End, f.Text, f.Rule, strings.Join(f.Basis.Sources(), "; ")})
		}
		return writeJSON(e, out)
	}
	if len(res.Findings) == 0 {
		fmt.Fprintf(e.stdout, "clean: nothing forbidden by %s\n", p.Name)
	} else {
		fmt.Fprintf(e.stdout, "%d finding(s) under %s:\n", len(res.Findings), p.Name)
		for _, f := range res.Findings {
			fmt.Fprintf(e.stdout, "  %-9s [%d:%d] %q (%s)\n", f.Kind, f.Start, f.End, f.Text, strings.Join(f.Basis.Sources(), "; "))
		}
		fmt.Fprintf(e.stdout, "masked:\n%s\n", res.Masked)
	}
	return 0
}

func runListing(e *env, args []string) int {
	const name = "listing"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: preset name or JSON file (required)")
	file := fs.String("listing", "", "listing JSON file (required)")
	lang := fs.String("lang", "fr", "language of the explanation")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, err := loadPolicy("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fail(e, name, badf("--lang: %q is not a language tag", *lang))
	}
	data, err := readFile("listing", *file)
	if err != nil {
		return fail(e, name, err)
	}
	l, err := conduct.DecodeListing(data)
	if err != nil {
		return fail(e, name, badf("%v", prefixPath("listing", err)))
	}
	res, err := conduct.CheckListing(l, p.Conduct)
	if err != nil {
		return fail(e, name, badf("%v", prefixPath("listing", err)))
	}
	cat, err := explain.NewCatalog(conduct.Translations())
	if err != nil {
		return fail(e, name, err)
	}
	lines := cat.Lines(res.Basis, tag)
	if *asJSON {
		type finding struct {
			Field   string `json:"field"`
			Problem string `json:"problem"`
			Clause  string `json:"clause"`
			Text    string `json:"text,omitempty"`
		}
		out := struct {
			Policy   string        `json:"policy"`
			OK       bool          `json:"ok"`
			Findings []finding     `json:"findings"`
			Explain  []string      `json:"explain"`
			Basis    explain.Basis `json:"basis"`
		}{Policy: p.Name, OK: res.OK, Findings: []finding{}, Explain: lines, Basis: res.Basis}
		for _, f := range res.Findings {
			x := finding{Field: f.Field, Problem: f.Problem, Clause: strings.Join(f.Basis.Sources(), "; ")}
			if f.Contact != nil {
				x.Text = f.Contact.Text
			}
			out.Findings = append(out.Findings, x)
		}
		return writeJSON(e, out)
	}
	if res.OK {
		fmt.Fprintf(e.stdout, "listing meets the rules of %s\n", p.Name)
		return 0
	}
	fmt.Fprintf(e.stdout, "%d problem(s) under %s:\n", len(res.Findings), p.Name)
	for _, f := range res.Findings {
		fmt.Fprintf(e.stdout, "  %-16s %s (%s)\n", f.Field, f.Problem, strings.Join(f.Basis.Sources(), "; "))
	}
	return 0
}

// prefixPath puts err under the path root unless it already starts with
// it.
func prefixPath(root string, err error) error {
	if strings.HasPrefix(err.Error(), root+".") || strings.HasPrefix(err.Error(), root+":") {
		return err
	}
	return fmt.Errorf("%s.%v", root, err)
}
