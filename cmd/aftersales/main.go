// Command aftersales answers after-sales questions from the command line on
// a built-in or custom policy: reply deadlines, withdrawal windows, refund
// quotes, guarantees, escalations, message screening.
//
// Usage:
//
//	aftersales COMMAND [flags]
//
// Every command takes --policy (where it asks a policy), --lang and --json.
// With --json it prints exactly one JSON object, the envelope: policy,
// policy_version and lang, then the decision's own fields as the library
// type marshals them (instants RFC 3339 in the calendar's offset, dates
// YYYY-MM-DD, money {"amount","currency"}, basis the common object), then
// explain, the basis rendered in lang. --lang defaults to the language of
// the decision's market (English where it has no catalog); a language
// without a catalog is refused. Without --json the output is readable text.
//
// Bad input exits with status 2 and one line on stderr in one format:
// "aftersales CMD: --flag: problem", or "aftersales CMD: --case: path:
// problem" for a field of a file. Integer flags are decimal with a range;
// instants are strict RFC 3339; every input is bounded (files 1 MiB, a
// screened message 64 KiB, case streams 1 MiB a line).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

// command is one subcommand: its one-line summary and its implementation.
type command struct {
	summary string
	run     func(e *env, args []string) int
}

func commands() map[string]command {
	return map[string]command{
		"policy":       {"policy show NAME | policy check FILE | policy floor --policy NAME|FILE | policy history FILE", runPolicy},
		"holidays":     {"public holidays of a market and year", runHolidays},
		"law":          {"law show CC | law compare CC CC...: a market's consumer statute with sources and confidence", runLaw},
		"calendar":     {"calendar add | calendar period: business time and legal periods", runCalendar},
		"deadline":     {"reply deadline of one buyer message", runDeadline},
		"absence":      {"check a seller's absence announcement", runAbsence},
		"conversation": {"evaluate a conversation's reply deadlines at an instant", runConversation},
		"withdrawal":   {"withdrawal window of an order", runWithdrawal},
		"quote":        {"refund quote for a request", runQuote},
		"warranty":     {"assess a claim under the legal and commercial guarantees", runWarranty},
		"escalation":   {"where a complaint stands on the escalation ladder", runEscalation},
		"takeover":     {"whether the platform takes over the customer contact", runTakeover},
		"reference":    {"generate or check a complaint reference", runReference},
		"screen":       {"screen a message for off-platform contact and marketing", runScreen},
		"listing":      {"check a listing against the policy's listing rules", runListing},
		"replay":       {"replay recorded cases under two policies and report what changes", runReplay},
		"test":         {"run policy tests: cases with expected outcomes", runTest},
		"version":      {"module version, Go version and policy schema version", runVersion},
		"serve":        {"serve the decisions over HTTP (POST /v1/DECISION, GET /openapi.json)", runServe},
		"timeline":     {"draw a case as an SVG time line", runTimeline},
		"order-due":    {"due instant of an authority order or safety notice (GPSR art. 22, DSA art. 9)", runOrderDue},
		"sanction":     {"procedure of a sanction against a seller (P2B art. 4, DSA arts 17, 20, 23)", runSanction},
		"recalls":      {"screen listings against the RappelConso recall export", runRecalls},
		"inform":       {"buyers to inform of an illegal or recalled product (DSA art. 32, GPSR art. 35)", runInform},
	}
}

// env is what a command reads and writes: the process's streams, so tests
// can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	// policies, when set (by serve), resolves --policy among the policies
	// compiled at start instead of loading and compiling one per run.
	policies func(name string) (policy.Engine, error)
	// noFiles, when set (by serve), refuses every file flag other than
	// "-" (standard input): a request never reads the server's disk.
	noFiles bool
	// recalls, when set (by serve --recalls), is the recall dataset the
	// recalls command screens against instead of reading --recalls.
	recalls *servedRecalls
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "aftersales: unknown command %q (run 'aftersales help')\n", args[0])
		return 2
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	var names []string
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "usage: aftersales COMMAND [flags]   (every command takes --json)")
	fmt.Fprintln(w)
	for _, n := range names {
		fmt.Fprintf(w, "  %-13s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'aftersales COMMAND -h' for a command's flags. Policies: "+strings.Join(preset.Names(), ", ")+" or a JSON file.")
}
