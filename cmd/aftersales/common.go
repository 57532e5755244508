package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"golang.org/x/text/language"
)

// langTag parses a --lang value: en, fr or pl; an empty value gives def.
// Every command that renders explanations uses it.
func langTag(flagName, v string, def language.Tag) (language.Tag, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "":
		return def, nil
	case "en":
		return language.English, nil
	case "fr":
		return language.French, nil
	case "pl":
		return language.Polish, nil
	}
	return language.Und, badf("--%s: %q has no catalog (supported: %s)", flagName, v, supportedLangs)
}

// marketLang is the language of a calendar's market: French for FR,
// Polish for PL, English otherwise.
func marketLang(c calendar.Calendar) language.Tag {
	switch c.Market() {
	case "FR":
		return language.French
	case "PL":
		return language.Polish
	}
	return language.English
}

// langFlag defines --lang, the one language rule of every command: a
// supported language, or empty for the language of the policy's market.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "language of the explanation: "+supportedLangs+" (default: the language of the policy's market, English where it has no catalog yet)")
}

// supportedLangs lists the languages with a catalog.
const supportedLangs = "en, fr, pl"

// defaultLang sets *tag to the market's language when --lang was not given.
func defaultLang(tag *language.Tag, c calendar.Calendar) {
	if *tag == language.Und {
		*tag = marketLang(c)
	}
}

// renderer returns a function that renders a basis in lang with every
// package's translations (policy.Catalog). The catalog is built once per
// call of renderer, so build one per command, not per line.
func renderer(lang *language.Tag) (func(explain.Basis) []string, error) {
	cat, err := policy.Catalog()
	if err != nil {
		return nil, err
	}
	return func(b explain.Basis) []string { return cat.Lines(b, *lang) }, nil
}

// usageError is bad input: the command prints it on one line and exits 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func badf(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// fail prints err on one line for command name and returns exit status 2.
func fail(e *env, name string, err error) int {
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	fmt.Fprintf(e.stderr, "aftersales %s: %s\n", name, msg)
	return 2
}

// flags returns a FlagSet for command name that reports errors instead of
// exiting and prints help on -h to stdout.
func flags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("aftersales "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args; it returns (done, status): done is true when the
// command must stop with status (help shown, or a flag error).
func parse(e *env, name string, fs *flag.FlagSet, args []string) (bool, int) {
	err := fs.Parse(args)
	if err == nil {
		if fs.NArg() > 0 {
			return true, fail(e, name, badf("unexpected argument %q", fs.Arg(0)))
		}
		return false, 0
	}
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(e.stdout)
		fmt.Fprintf(e.stdout, "usage of aftersales %s:\n", name)
		fs.PrintDefaults()
		return true, 0
	}
	return true, fail(e, name, flagError(err))
}

// flagError restates an error of package flag in the form of every other
// refusal: "--name: problem".
func flagError(err error) error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		// invalid value "V" for flag -NAME: CAUSE
		if _, after, ok := strings.Cut(rest, " for flag -"); ok {
			if name, cause, ok := strings.Cut(after, ": "); ok {
				return badf("--%s: %s", name, cause)
			}
		}
	}
	for _, p := range []struct{ prefix, say string }{
		{"flag provided but not defined: -", "unknown flag"},
		{"flag needs an argument: -", "needs a value"},
	} {
		if name, ok := strings.CutPrefix(msg, p.prefix); ok {
			return badf("--%s: %s", strings.TrimPrefix(name, "-"), p.say)
		}
	}
	return badf("%v", err)
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func presetNames() []string { return preset.Names() }

// loadPolicy loads --policy: a preset name or a JSON file.
func loadPolicy(flagName, v string) (policy.Policy, error) {
	if v == "" {
		return policy.Policy{}, badf("--%s is required (a preset: %s; or a policy file)", flagName, strings.Join(presetNames(), ", "))
	}
	p, err := preset.Load(v)
	if err != nil {
		return policy.Policy{}, badf("--%s: %v", flagName, err)
	}
	return p, nil
}

// policyEngine loads --policy and compiles it (policy.Compile): every
// question is asked through the engine.
func policyEngine(flagName, v string) (policy.Policy, policy.Engine, error) {
	p, err := loadPolicy(flagName, v)
	if err != nil {
		return p, policy.Engine{}, err
	}
	eng, err := policy.Compile(p)
	if err != nil {
		return p, eng, badf("--%s: %v", flagName, err)
	}
	return p, eng, nil
}

// instant parses an RFC 3339 flag value strictly (strictjson.ParseInstant:
// offsets within ±23:59, years 0000–9999).
func instant(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, badf("--%s is required (RFC 3339, e.g. 2026-11-20T15:00:00+01:00)", flagName)
	}
	t, err := strictjson.ParseInstant(v)
	if err != nil {
		if errors.Is(err, strictjson.ErrOffset) {
			return time.Time{}, badf("--%s: %q: %v", flagName, v, err)
		}
		return time.Time{}, badf("--%s: %q is not an RFC 3339 instant (e.g. 2026-11-20T15:00:00+01:00)", flagName, v)
	}
	return t, nil
}

// MaxInputBytes bounds every file the commands read (policy, case, thread,
// listing and test files, and a case read from standard input); a
// message read by screen is bounded by conduct.MaxMessageBytes and each
// line of a replay or test stream by replay.MaxCaseLine.
const MaxInputBytes = 1 << 20

// decimalInt is an integer flag that means what it says: decimal digits
// with an optional minus sign, no leading zeros, no base prefixes or
// underscores (Go's flag.Int would read "014" as 12, and take "0x10" and
// "1_4"), within [min, max].
type decimalInt struct {
	v        *int
	min, max int
}

func (d decimalInt) String() string {
	if d.v == nil {
		return ""
	}
	return strconv.Itoa(*d.v)
}

func (d decimalInt) Set(s string) error {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return fmt.Errorf("%q is not a whole decimal number", s)
	}
	if len(digits) > 1 && digits[0] == '0' {
		return fmt.Errorf("%q has a leading zero (write decimal numbers without one)", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < d.min || n > d.max {
		return fmt.Errorf("%s is out of range (%d to %d)", s, d.min, d.max)
	}
	*d.v = n
	return nil
}

// intFlag defines a decimal integer flag with a range (see decimalInt).
func intFlag(fs *flag.FlagSet, name string, def, min, max int, usage string) *int {
	v := def
	fs.Var(decimalInt{v: &v, min: min, max: max}, name, fmt.Sprintf("%s (%d to %d)", usage, min, max))
	return &v
}

// date parses a YYYY-MM-DD flag value.
func date(flagName, v string) (calendar.Date, error) {
	if v == "" {
		return calendar.Date{}, badf("--%s is required (YYYY-MM-DD)", flagName)
	}
	d, err := calendar.ParseDate(v)
	if err != nil {
		return calendar.Date{}, badf("--%s: %v", flagName, err)
	}
	return d, nil
}

// readFile reads a file flag, at most MaxInputBytes.
func readFile(flagName, path string) ([]byte, error) {
	if path == "" {
		return nil, badf("--%s is required", flagName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, badf("--%s: %v", flagName, err)
	}
	defer f.Close()
	return readLimited(flagName, f)
}

// readLimited reads r, refusing more than MaxInputBytes.
func readLimited(flagName string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, badf("--%s: %v", flagName, err)
	}
	if len(b) > MaxInputBytes {
		return nil, badf("--%s: larger than %d bytes (the limit for input files)", flagName, MaxInputBytes)
	}
	return b, nil
}

// rfc3339 formats t in loc as RFC 3339 (fractional seconds only when
// present).
func rfc3339(t time.Time, loc *time.Location) string {
	return t.In(loc).Format(time.RFC3339Nano)
}

// writeJSON prints v as one indented JSON object.
func writeJSON(e *env, v any) int {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(e.stderr, "aftersales: encoding output: %v\n", err)
		return 1
	}
	_, _ = e.stdout.Write(b.Bytes())
	return 0
}
