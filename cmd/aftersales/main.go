// Command aftersales answers after-sales questions from the command line on
// a built-in or custom policy: reply deadlines, withdrawal windows, refund
// quotes, guarantees, escalations, message screening.
//
// Usage:
//
//	aftersales COMMAND [flags]
//
// Every command takes --json to print exactly one JSON object on stdout
// (instants in RFC 3339 with the calendar's offset, dates as YYYY-MM-DD,
// money as decimal strings with the currency's digits); without it, the
// output is readable text. Bad input exits with status 2 and a one-line
// message on stderr naming the flag or field.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
)

// command is one subcommand: its one-line summary and its implementation.
type command struct {
	summary string
	run     func(e *env, args []string) int
}

func commands() map[string]command {
	return map[string]command{
		"policy":       {"policy show NAME | policy check FILE | policy floor --policy NAME|FILE", runPolicy},
		"holidays":     {"public holidays of a market and year", runHolidays},
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
		"version":      {"the module version, Go version and policy schema", runVersion},
	}
}

// env is what a command reads and writes: the process's streams, so tests
// can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
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
	fmt.Fprintln(w, "Run 'aftersales COMMAND -h' for a command's flags. Policies: "+strings.Join(presetNames(), ", ")+" or a JSON file.")
}

// runVersion prints the module version (from the build information: a
// tagged version for `go install …@vX`, "(devel)" in a checkout), the Go
// version, the policy schema versions read and written, and the years the
// holiday data covers.
func runVersion(e *env, args []string) int {
	const name = "version"
	fs := flags(e, name)
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	version := "(unknown)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		version = bi.Main.Version
	}
	out := struct {
		Version         string `json:"version"`
		Go              string `json:"go"`
		Schema          int    `json:"schema"`
		MinSchema       int    `json:"min_schema"`
		HolidayFromYear int    `json:"holiday_from_year"`
		HolidayToYear   int    `json:"holiday_to_year"`
	}{version, runtime.Version(), policy.SchemaVersion, policy.MinSchemaVersion, calendar.FirstYear, calendar.LastYear}
	if *asJSON {
		return writeJSON(e, out)
	}
	fmt.Fprintf(e.stdout, "aftersales %s (%s), policy schema %d (reads %d to %d), holiday data %d–%d\n",
		out.Version, out.Go, out.Schema, out.MinSchema, out.Schema, out.HolidayFromYear, out.HolidayToYear)
	return 0
}
