package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/conduct/langid"
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// clauses joins the clauses cited by b.
func clauses(b explain.Basis) string { return strings.Join(b.Sources(), "; ") }

func runScreen(e *env, args []string) int {
	c := newCmd(e, "screen", true)
	market := c.fs.String("market", "", "buyer's market, ISO 3166-1 alpha-2: under a policy that requires replies in the market's language (conduct.language), the message's language is checked against it")
	if st, ok := c.start(args); !ok {
		return st
	}
	// Read at most one byte past the cap: a larger message is refused,
	// never read whole.
	var data []byte
	if e.stdin != nil {
		var err error
		data, err = io.ReadAll(io.LimitReader(e.stdin, conduct.MaxMessageBytes+1))
		if err != nil {
			return c.fail(badf("stdin: %v", err))
		}
	}
	if len(data) > conduct.MaxMessageBytes {
		return c.fail(badf("stdin: message larger than the limit of %s; screen it in parts", sizeName(conduct.MaxMessageBytes)))
	}
	res, err := c.eng.Conduct().Screen(string(data))
	if err != nil {
		if errors.Is(err, conduct.ErrInvalidUTF8) {
			return c.fail(badf("stdin: the message is not valid UTF-8 (first bad byte at offset %d)", firstBadByte(data)))
		}
		return c.failFrom(err, source{paths: map[string]string{"": "stdin"}})
	}
	empty := strings.TrimSpace(string(data)) == ""
	// bytes, empty and clean, as before, after the library's findings,
	// masked and basis.
	extra := []member{jsonMember("bytes", len(data)), jsonMember("empty", empty), jsonMember("clean", len(res.Findings) == 0)}
	name := c.eng.Name()
	basis := res.Basis
	var lc *conduct.LanguageCheck
	if *market != "" {
		chk, err := c.checkReplyLanguage(*market, string(data))
		if err != nil {
			return c.fail(err)
		}
		lc = &chk
		extra = append(extra, jsonMember("language", chk))
		basis = explain.Join(res.Basis, chk.Basis)
	}
	return c.emit(res, extra, basis, func(w io.Writer) {
		if lc != nil {
			c.say(w, "language: %s (expected %s): %s", lc.Language, lc.Expected, c.enum("language", lc.Verdict))
			for _, l := range c.lines(lc.Basis) {
				fmt.Fprintf(w, "  %s\n", l)
			}
		}
		switch {
		case empty:
			c.say(w, "empty message: nothing to screen (clean under %s)", name)
			return
		case len(res.Findings) == 0:
			c.say(w, "clean under %s", name)
		default:
			c.say(w, "%d finding(s) under %s:", len(res.Findings), name)
			var rows []row
			for _, f := range res.Findings {
				rows = append(rows, row{c.enum("finding", f.Kind), c.tr("bytes %d-%d %s (%s)", f.Start, f.End, strconv.Quote(f.Text), clauses(f.Basis))})
			}
			printRows(w, "  ", 9, rows)
		}
		for _, l := range c.lines(res.Basis) {
			fmt.Fprintf(w, "  %s\n", l)
		}
		c.say(w, "masked:")
		fmt.Fprintln(w, res.Masked)
	})
}

// checkReplyLanguage checks that message is written in the language of
// the buyer's market (the policy's language for a market it serves, else
// the market's own), under the policy's language rule.
func (c *cmd) checkReplyLanguage(market, message string) (conduct.LanguageCheck, error) {
	if _, err := language.ParseRegion(market); err != nil || len(market) != 2 || strings.ToUpper(market) != market {
		return conduct.LanguageCheck{}, badf("--market: %q is not an ISO 3166-1 alpha-2 code (such as DE)", market)
	}
	if !c.eng.Conduct().Rules().Language.Check {
		return conduct.LanguageCheck{}, badf("--market: policy %s does not require replies in the market's language (conduct.language)", c.eng.Name())
	}
	lang := ""
	for _, m := range c.eng.Policy().Markets {
		if m.Code == market {
			lang = m.Language
		}
	}
	id, err := langid.New()
	if err != nil {
		return conduct.LanguageCheck{}, err
	}
	return c.eng.Conduct().CheckLanguage(id, message, marketLanguage(market, lang).String())
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
	c := newCmd(e, "listing", true)
	file := c.fs.String("listing", "", "listing JSON file, at most 1 MiB (required)")
	if st, ok := c.start(args); !ok {
		return st
	}
	l, err := readDecoded(c, "listing", *file, func(b []byte) (conduct.Listing, error) {
		if !utf8.Valid(b) {
			// encoding/json would silently replace the bad bytes.
			return conduct.Listing{}, fmt.Errorf("the file is not valid UTF-8 (first bad byte at offset %d)", firstBadByte(b))
		}
		return conduct.DecodeListing(b)
	})
	if err != nil {
		return c.fail(err)
	}
	res, err := c.eng.Conduct().CheckListing(l)
	if err != nil {
		return c.failFrom(err, fromFile("listing"))
	}
	// listing_rules: whether the policy requires anything of a listing.
	hasRules := !c.eng.Conduct().Rules().Listing.IsZero()
	extra := []member{jsonMember("listing_rules", hasRules)}
	name := c.eng.Name()
	return c.emit(res, extra, res.Basis, func(w io.Writer) {
		switch {
		case !hasRules:
			c.say(w, "%s sets no listing rules: nothing to check", name)
		case res.OK:
			c.say(w, "listing meets the rules of %s", name)
		default:
			c.say(w, "%d problem(s) under %s:", len(res.Findings), name)
			for _, f := range res.Findings {
				fmt.Fprintf(w, "  %s: %s\n", f.Field, strings.Join(c.lines(f.Basis), "; "))
			}
		}
	})
}
