package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/platform/recall"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/history"
	"github.com/aftersales/aftersales/policy/preset"
	"golang.org/x/text/language"
)

// Input limits. Every input the command reads is bounded; a larger one is
// refused with an error naming its flag and the limit, never read whole.
const (
	// MaxInputBytes bounds a case, thread or listing file (and --case -).
	// Policy files are bounded by preset.Load (preset.MaxFileSize, 1 MiB),
	// replay and test case lines by replay.MaxCaseLine (1 MiB a line),
	// messages on standard input by conduct.MaxMessageBytes (64 KiB).
	MaxInputBytes = 1 << 20
)

// supportedNames lists the supported languages (explain.Languages), as
// refusals and flag help name them.
func supportedNames() string { return explain.LanguageCodes() }

// parseLang parses an explicit --lang value: a BCP 47 tag whose language
// is supported (explain.ParseLanguage; a region such as de-AT is accepted
// and dropped). Anything else is an error naming --lang and the supported
// languages: never a silent English fallback.
func parseLang(v string) (language.Tag, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return language.Und, badf("--lang: %q is not a language tag (supported: %s)", v, supportedNames())
	}
	t, err := explain.ParseLanguage(v)
	if err != nil {
		return language.Und, badf("--lang: %v", err)
	}
	return t, nil
}

// marketLang is the default language of a decision for a market (ISO 3166-1
// code): the market's most likely language, as explain.Match maps it to a
// supported one (FR → fr, AT → de, NO → nb); English for no market or a
// market whose language is not supported.
func marketLang(market string) language.Tag {
	r, err := language.ParseRegion(market)
	if err != nil {
		return language.English
	}
	t, err := language.Compose(language.Und, r)
	if err != nil {
		return language.English
	}
	return explain.Match(t)
}

// marketLanguage is the default language of a decision for a served
// market: the language the policy gives it (BCP 47) when it is supported,
// else the market's as marketLang says.
func marketLanguage(market, lang string) language.Tag {
	if lang != "" {
		if t, err := language.Parse(lang); err == nil {
			return explain.Match(t)
		}
	}
	return marketLang(market)
}

// usageError is bad input, already worded as a refusal ("--flag: problem"):
// the command prints it on one line and exits 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func badf(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// source says where a library's input came from, so that refusal can name
// the flag: paths maps the first segment of a *field.Error path ("received",
// "category") to the flag it came from; file is the flag of the file the
// value was decoded from ("case"), used for every other path.
type source struct {
	paths map[string]string
	file  string
}

// fromFile is the source of a value decoded from the file of a flag.
func fromFile(flagName string) source { return source{file: flagName} }

// fromFlags is the source of values read from flags: path → flag.
func fromFlags(pairs ...string) source {
	m := make(map[string]string, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i]] = pairs[i+1]
	}
	return source{paths: m}
}

// refusal words err as the CLI's one refusal format: "--flag: problem" for
// an input that came from a flag, "--file-flag: path: problem" for a field
// of a file. Every command maps library errors through it.
func refusal(err error, src source) string {
	var u usageError
	if errors.As(err, &u) {
		return u.msg
	}
	var fe *field.Error
	if errors.As(err, &fe) {
		msg := "invalid value"
		if fe.Err != nil {
			msg = fe.Err.Error()
		}
		root, rest := splitPath(fe.Path)
		if fl, ok := src.paths[root]; ok {
			if rest != "" {
				return "--" + fl + ": " + rest + ": " + msg
			}
			return "--" + fl + ": " + msg
		}
		if src.file != "" {
			if fe.Path == "" {
				return "--" + src.file + ": " + msg
			}
			return "--" + src.file + ": " + fe.Path + ": " + msg
		}
		return fe.Error()
	}
	if src.file != "" {
		return "--" + src.file + ": " + err.Error()
	}
	if fl, ok := src.paths[""]; ok {
		return "--" + fl + ": " + err.Error()
	}
	return err.Error()
}

// splitPath splits a field path into its first segment and the rest
// ("lines[2].price" → "lines", "[2].price"; "a.b" → "a", "b").
func splitPath(p string) (root, rest string) {
	i := strings.IndexAny(p, ".[")
	if i < 0 {
		return p, ""
	}
	return p[:i], strings.TrimPrefix(p[i:], ".")
}

// intFlag is an integer flag read as decimal digits only, within a
// documented range: "014", "0x10", "1_4", "+5", " 5" and "1e3" are refused
// (flag.Int would read the first as octal 12 and take the next two).
type intFlag struct {
	min, max int64
	v        int64
	set      bool
	err      error
}

func (f *intFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.FormatInt(f.v, 10)
}

func (f *intFlag) Set(s string) error {
	v, err := parseDecimal(s, f.min, f.max)
	if err != nil {
		f.err = err
		return err
	}
	f.v, f.set = v, true
	return nil
}

// parseDecimal parses s as a decimal integer (an optional leading minus,
// then digits without a leading zero) within [min, max]. "014" is refused
// rather than read as 14 or, as flag.Int does, 12.
func parseDecimal(s string, min, max int64) (int64, error) {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return 0, fmt.Errorf("%q is not a whole decimal number", s)
	}
	if len(digits) > 1 && digits[0] == '0' {
		return 0, fmt.Errorf("%q has a leading zero (write decimal numbers without one)", s)
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < min || v > max {
		return 0, fmt.Errorf("%s is out of range (%d to %d)", s, min, max)
	}
	return v, nil
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

// cmd is one run of a command: its flags (the common --policy, --lang and
// --json included), the compiled policy, the language, and its buffered
// output (written only when the whole answer could be printed).
type cmd struct {
	e      *env
	name   string
	fs     *flag.FlagSet
	pol    *string // --policy; nil for a command that takes none
	langV  *string
	asJSON *bool
	ints   map[string]*intFlag

	eng    policy.Engine
	hasEng bool
	lang   language.Tag
	cat    explain.Catalog
	out    bytes.Buffer
	bad    error // an instant that cannot be printed as RFC 3339
	// histV and asOfV are --history and --as-of; inForce is the version
	// they chose, named in the output.
	histV, asOfV *string
	inForce      *history.InForce
	noMarkets    bool // compile --policy without market engines (policy.CompileFor)
	// platform: the command renders the platform duties' texts (packages
	// platform, platform/recall, policy/history) rather than the policy's.
	platform bool
	asOf     time.Time
}

// newCmd starts command name with the common flags: --policy (when
// takesPolicy), --lang and --json.
func newCmd(e *env, name string, takesPolicy bool) *cmd {
	c := &cmd{e: e, name: name, ints: map[string]*intFlag{}}
	c.fs = flag.NewFlagSet("aftersales "+name, flag.ContinueOnError)
	c.fs.SetOutput(io.Discard)
	if takesPolicy {
		c.pol = c.fs.String("policy", "", "policy: a preset name ("+strings.Join(preset.Names(), ", ")+", law:CC) or a policy file, at most 1 MiB (required, unless --history)")
		c.histV = c.fs.String("history", "", "policy history file (see policy history): decide under the version in force at --as-of instead of --policy")
		c.asOfV = c.fs.String("as-of", "", "with --history: the instant whose version in force decides, RFC 3339")
	}
	c.langV = c.fs.String("lang", "", "language of the explanation and the text: "+supportedNames()+"; a regional tag (de-AT) is read as its language (default: the language of the policy's market)")
	c.asJSON = c.fs.Bool("json", false, "print one JSON object")
	return c
}

// intVar declares a decimal integer flag within [min, max].
func (c *cmd) intVar(name string, min, max int64, usage string) *intFlag {
	f := &intFlag{min: min, max: max}
	c.fs.Var(f, name, fmt.Sprintf("%s (decimal, %d to %d)", usage, min, max))
	c.ints[name] = f
	return f
}

// parse parses args; it returns (status, false) when the command must stop
// (help shown, or a flag error).
func (c *cmd) parse(args []string) (int, bool) {
	err := c.fs.Parse(args)
	if err == nil {
		if c.fs.NArg() > 0 {
			return c.fail(badf("unexpected argument %q", c.fs.Arg(0))), false
		}
		return 0, true
	}
	if errors.Is(err, flag.ErrHelp) {
		c.fs.SetOutput(c.e.stdout)
		fmt.Fprintf(c.e.stdout, "usage of aftersales %s:\n", c.name)
		c.fs.PrintDefaults()
		return 0, false
	}
	for n, f := range c.ints {
		if f.err != nil {
			return c.fail(badf("--%s: %v", n, f.err)), false
		}
	}
	return c.fail(flagError(err)), false
}

// flagError restates the two errors of package flag that are not a
// value's (those are recorded by the flag types themselves) in the one
// refusal format: "--name: unknown flag", "--name: needs a value".
func flagError(err error) error {
	msg := err.Error()
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

// start parses args, compiles --policy and fixes the language from the
// policy's market: the opening every policy command shares.
func (c *cmd) start(args []string) (int, bool) {
	if st, ok := c.parse(args); !ok {
		return st, false
	}
	if err := c.usePolicy("policy", *c.pol); err != nil {
		return c.fail(err), false
	}
	if err := c.setLang(c.eng.Calendar().Market()); err != nil {
		return c.fail(err), false
	}
	return 0, true
}

// startMarket parses args and fixes the language from market: the opening
// of commands without a policy.
func (c *cmd) startMarket(args []string, market *string) (int, bool) {
	if st, ok := c.parse(args); !ok {
		return st, false
	}
	m := ""
	if market != nil {
		m = *market
	}
	if err := c.setLang(m); err != nil {
		return c.fail(err), false
	}
	return 0, true
}

// loadEngine loads a policy flag (preset name or file) and compiles it.
func loadEngine(flagName, v string) (policy.Engine, error) {
	return loadEngineWith(flagName, v, policy.Compile)
}

// loadEngineWith is loadEngine with the compile function (policy.Compile,
// or policy.CompileFor for a command that asks no market's law).
func loadEngineWith(flagName, v string, compile func(policy.Policy) (policy.Engine, error)) (policy.Engine, error) {
	p, err := loadPolicy(flagName, v)
	if err != nil {
		return policy.Engine{}, err
	}
	eng, err := compile(p)
	if err != nil {
		return eng, badf("%s", refusal(err, fromFile(flagName)))
	}
	return eng, nil
}

// loadPolicy loads a policy flag: a preset name or a file of at most
// maxPolicyBytes.
func loadPolicy(flagName, v string) (policy.Policy, error) {
	if v == "" {
		return policy.Policy{}, badf("--%s: required (a preset: %s; or a policy file)", flagName, strings.Join(preset.Names(), ", "))
	}
	p, err := preset.Load(v)
	if err != nil {
		return policy.Policy{}, badf("%s", refusal(err, fromFile(flagName)))
	}
	return p, nil
}

// useHistory makes the version of --history in force at --as-of the
// command's engine.
func (c *cmd) useHistory() error {
	if *c.pol != "" {
		return badf("--history: give --policy or --history, not both")
	}
	if *c.asOfV == "" {
		return badf("--as-of: required with --history (RFC 3339)")
	}
	t, err := instant("as-of", *c.asOfV)
	if err != nil {
		return err
	}
	data, err := c.readFile("history", *c.histV)
	if err != nil {
		return err
	}
	h, err := decodeHistory(*c.histV, data)
	if err != nil {
		return err
	}
	v, err := h.At(t)
	if err != nil {
		return badf("--as-of: %v", err)
	}
	c.eng, c.hasEng, c.inForce, c.asOf = v.Engine, true, &v, t
	return nil
}

// usePolicy makes the policy of flagName the command's engine.
func (c *cmd) usePolicy(flagName, v string) error {
	if flagName == "policy" && c.histV != nil && *c.histV != "" {
		return c.useHistory()
	}
	if flagName == "policy" && c.asOfV != nil && *c.asOfV != "" {
		return badf("--as-of: goes with --history")
	}
	if c.e.policies != nil {
		eng, err := c.e.policies(v)
		if err != nil {
			return badf("--%s: %v", flagName, err)
		}
		c.eng, c.hasEng = eng, true
		return nil
	}
	eng, err := loadEngineWith(flagName, v, c.compile)
	if err != nil {
		return err
	}
	c.eng, c.hasEng = eng, true
	return nil
}

// compile compiles a policy for one run: its rules, the market engines
// the command may ask (none for a command that asks no market's law,
// c.noMarkets) and an English-only catalog. The catalog of the one
// language the run renders in is built once that language is fixed
// (useCatalog): a process reads no other language's file.
func (c *cmd) compile(p policy.Policy) (policy.Engine, error) {
	var markets []string
	if c.noMarkets {
		markets = []string{}
	}
	return policy.CompileWith(p, policy.Options{Markets: markets, Languages: []language.Tag{}})
}

// setMarketLang fixes the language: --lang when given, else the served
// market's (its policy language, else the market's own).
func (c *cmd) setMarketLang(market, lang string) error {
	if *c.langV == "" {
		c.lang = marketLanguage(market, lang)
		return c.useCatalog()
	}
	return c.setLang(market)
}

// setLang fixes the language: --lang when given, else the market's.
func (c *cmd) setLang(market string) error {
	if *c.langV == "" {
		c.lang = marketLang(market)
	} else {
		t, err := parseLang(*c.langV)
		if err != nil {
			return err
		}
		c.lang = t
	}
	return c.useCatalog()
}

// useCatalog builds the one catalog of the run, in its language: the
// texts of the command itself (cliTexts, in text mode), and the step
// texts of the policy's packages (and policy/history under --history),
// or of the platform duties. A
// server's run keeps its engine's catalog, compiled once with every
// language, for the step texts.
func (c *cmd) useCatalog() error {
	langs := []language.Tag{c.lang}
	// The command's own texts are printed in text mode only; policy
	// history's steps only under --history.
	var more []fs.FS
	if !*c.asJSON {
		more = append(more, cliTexts())
	}
	var (
		cat explain.Catalog
		err error
	)
	switch {
	case c.platform:
		cat, err = explain.LoadCatalog(langs, append(more, calendar.Texts(), platform.Texts(), recall.Texts(), history.Texts())...)
	case c.e.policies != nil && c.hasEng && c.inForce == nil:
		cat = c.eng.Catalog()
	default:
		if c.inForce != nil {
			more = append(more, history.Texts())
		}
		cat, err = policy.CatalogFor(langs, more...)
	}
	if err != nil {
		return err
	}
	c.cat = cat
	return nil
}

// lines renders a basis in the command's language.
func (c *cmd) lines(b explain.Basis) []string {
	l := c.cat.Lines(b, c.lang)
	if l == nil {
		return []string{}
	}
	return l
}

// fail prints err as the command's one-line refusal and returns 2.
func (c *cmd) fail(err error) int { return c.failFrom(err, source{}) }

// failFrom prints the refusal of a library error whose input came from src.
func (c *cmd) failFrom(err error, src source) int {
	msg := strings.ReplaceAll(refusal(err, src), "\n", " ")
	fmt.Fprintf(c.e.stderr, "aftersales %s: %s\n", c.name, msg)
	return 2
}

// noRuleOr refuses err: a policy without the rule asked for
// (explain.ErrNoRule) names --policy, anything else names flagName.
func (c *cmd) noRuleOr(err error, flagName string) int {
	if errors.Is(err, explain.ErrNoRule) {
		return c.fail(badf("--policy: %s: %v", c.eng.Name(), err))
	}
	return c.fail(badf("--%s: %v", flagName, err))
}

// instant parses an instant flag: strict RFC 3339 (strictjson.ParseInstant:
// offsets within ±23:59, years 0000–9999).
func instant(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, badf("--%s: required (RFC 3339, e.g. 2026-11-20T15:00:00+01:00)", flagName)
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

// date parses a YYYY-MM-DD flag value.
func date(flagName, v string) (calendar.Date, error) {
	if v == "" {
		return calendar.Date{}, badf("--%s: required (YYYY-MM-DD)", flagName)
	}
	d, err := calendar.ParseDate(v)
	if err != nil {
		return calendar.Date{}, badf("--%s: %v", flagName, err)
	}
	return d, nil
}

// readLimited reads r whole when it holds at most limit bytes; a larger
// input is refused naming flagName and the limit.
func readLimited(flagName string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, badf("--%s: %v", flagName, err)
	}
	if int64(len(data)) > limit {
		return nil, badf("--%s: larger than the limit of %s", flagName, sizeName(limit))
	}
	return data, nil
}

// sizeName names a byte limit ("1 MiB (1048576 bytes)").
func sizeName(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB (%d bytes)", n>>20, n)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB (%d bytes)", n>>10, n)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readFile reads the file of a flag ("-": standard input), at most
// MaxInputBytes.
func (c *cmd) readFile(flagName, path string) ([]byte, error) {
	if path == "" {
		return nil, badf("--%s: required", flagName)
	}
	if path == "-" {
		if c.e.stdin == nil {
			return nil, badf("--%s: no standard input", flagName)
		}
		return readLimited(flagName, c.e.stdin, MaxInputBytes)
	}
	if c.e.noFiles {
		return nil, badf("--%s: files are not read here (send the file as the request body)", flagName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, badf("--%s: %v", flagName, err)
	}
	defer f.Close()
	return readLimited(flagName, f, MaxInputBytes)
}

// readDecoded reads the file of flagName (at most MaxInputBytes; "-" is
// standard input) and decodes it with decode; a refusal names the flag and
// the field path ("--case: lines[2].price: …").
func readDecoded[T any](c *cmd, flagName, path string, decode func([]byte) (T, error)) (T, error) {
	var zero T
	data, err := c.readFile(flagName, path)
	if err != nil {
		return zero, err
	}
	v, err := decode(data)
	if err != nil {
		return zero, badf("%s", refusal(err, fromFile(flagName)))
	}
	return v, nil
}

// rfc3339 formats t in loc as RFC 3339 (fractional seconds only when
// present). A year outside 0000–9999 has no RFC 3339 form: the command
// then refuses to print anything.
// when is t in loc for text output: an instant written in prose in the
// output's language ("25 novembre 2026 à 15 h 00"); JSON keeps RFC 3339.
func (c *cmd) when(t time.Time, loc *time.Location) any {
	if s := c.rfc3339(t, loc); s == "?" {
		return s
	}
	return explain.At(t.In(loc))
}

func (c *cmd) rfc3339(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	if y := t.Year(); y < 0 || y > 9999 {
		if c.bad == nil {
			c.bad = fmt.Errorf("instant in year %d has no RFC 3339 form (years 0000 to 9999)", y)
		}
		return "?"
	}
	return t.Format(time.RFC3339Nano)
}

// member is one key of a JSON object and its raw value.
type member struct {
	key string
	raw json.RawMessage
}

// objectMembers marshals v, which must encode as a JSON object, and
// returns its members in their encoded (declaration) order. The members
// are cut out of the encoding by one scan (the encoding is valid JSON:
// encoding/json wrote it), their values verbatim.
func objectMembers(v any) ([]member, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return nil, fmt.Errorf("%T does not encode as a JSON object", v)
	}
	var out []member
	i := 1
	for i < len(b)-1 {
		if b[i] == ',' {
			i++
		}
		kEnd := skipJSONString(b, i)
		var k string
		if raw := b[i:kEnd]; bytes.IndexByte(raw, '\\') < 0 && len(raw) >= 2 && utf8.Valid(raw) {
			k = string(raw[1 : len(raw)-1]) // no escape: the key as written
		} else if err := json.Unmarshal(raw, &k); err != nil {
			return nil, fmt.Errorf("%T: key: %v", v, err)
		}
		i = kEnd + 1 // ':'
		vEnd := skipJSONValue(b, i)
		out = append(out, member{k, json.RawMessage(b[i:vEnd])})
		i = vEnd
	}
	return out, nil
}

// skipJSONString returns the index just past the JSON string at b[i].
func skipJSONString(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// skipJSONValue returns the index just past the compact JSON value at b[i].
func skipJSONValue(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '"':
			j = skipJSONString(b, j) - 1
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return j
			}
			depth--
		case ',':
			if depth == 0 {
				return j
			}
		}
	}
	return len(b)
}

// jsonMember is a member whose value is v marshalled.
func jsonMember(key string, v any) member {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte("null")
	}
	return member{key, b}
}

// envelope writes the one JSON object every command prints: policy,
// policy_version and lang, then the decision's own members in their
// declaration order, then extra members, then explain (the basis rendered
// in lang). A key that appears twice is an error.
func (c *cmd) envelope(decision any, extra []member, basis explain.Basis) ([]byte, error) {
	var ms []member
	if c.hasEng {
		ms = append(ms, jsonMember("policy", c.eng.Name()), jsonMember("policy_version", c.eng.Version()))
	} else {
		ms = append(ms, member{"policy", []byte("null")}, member{"policy_version", []byte("null")})
	}
	ms = append(ms, jsonMember("lang", c.lang.String()))
	if decision != nil {
		body, err := objectMembers(decision)
		if err != nil {
			return nil, err
		}
		head := len(ms)
		for _, m := range body {
			// A decision that names its policy itself (policy.FloorReport)
			// keeps the envelope's member when they agree.
			if i := indexKey(ms[:head], m.key); i >= 0 && bytes.Equal(ms[i].raw, m.raw) {
				continue
			}
			ms = append(ms, m)
		}
	}
	ms = append(ms, extra...)
	if c.inForce != nil {
		ms = append(ms, jsonMember("as_of", struct {
			At time.Time `json:"at"`
			history.InForce
		}{c.asOf, *c.inForce}))
		basis = basis.Add(history.AsOfStep(*c.inForce, c.asOf))
	}
	ms = append(ms, jsonMember("explain", c.lines(basis)))
	size := 2
	for _, m := range ms {
		size += len(m.key) + len(m.raw) + 4
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteByte('{')
	for i, m := range ms {
		if indexKey(ms[:i], m.key) >= 0 {
			return nil, fmt.Errorf("output key %q twice", m.key)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		if plainKey(m.key) {
			b.WriteByte('"')
			b.WriteString(m.key)
			b.WriteByte('"')
		} else {
			k, _ := json.Marshal(m.key)
			b.Write(k)
		}
		b.WriteByte(':')
		b.Write(m.raw)
	}
	b.WriteByte('}')
	out := indentCompact(make([]byte, 0, b.Len()*2), b.Bytes())
	return append(out, '\n'), nil
}

// plainKey reports whether key is written in JSON as itself in quotes
// (ASCII letters, digits, '_' and '-').
func plainKey(key string) bool {
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func indexKey(ms []member, key string) int {
	for i, m := range ms {
		if m.key == key {
			return i
		}
	}
	return -1
}

// emit prints the command's answer: with --json the envelope around
// decision (extra members after its own, explain from basis); without, the
// text that text writes. Nothing is printed when an instant has no RFC 3339
// form.
func (c *cmd) emit(decision any, extra []member, basis explain.Basis, text func(w io.Writer)) int {
	if *c.asJSON {
		b, err := c.envelope(decision, extra, basis)
		if err != nil {
			return c.fail(fmt.Errorf("output: %v", err))
		}
		c.out.Write(b)
	} else {
		if c.inForce != nil {
			c.say(&c.out, "policy version %s (%s), in force at %s", c.inForce.ID, c.inForce.Version, c.asOf.Format(time.RFC3339))
		}
		text(&c.out)
	}
	return c.flush(0)
}

// flush writes the buffered output and returns status, or refuses when an
// instant could not be printed.
func (c *cmd) flush(status int) int {
	if c.bad != nil {
		return c.fail(fmt.Errorf("output: %v", c.bad))
	}
	_, _ = c.e.stdout.Write(c.out.Bytes())
	return status
}
