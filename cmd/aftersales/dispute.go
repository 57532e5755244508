package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"golang.org/x/text/language"
)

// disputeLines renders a dispute basis in English (the dispute commands
// take no --lang).
func disputeLines(b explain.Basis) []string {
	return explain.Catalog{}.Lines(b, language.English)
}

func runEscalation(e *env, args []string) int {
	const name = "escalation"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a JSON file (required)")
	opened := fs.String("opened", "", "first contact, RFC 3339 (required)")
	at := fs.String("at", "", "instant to evaluate at, RFC 3339 (required)")
	resolved := fs.String("resolved", "", "when the complaint was resolved, RFC 3339 (optional)")
	var fulfilled multi
	fs.Var(&fulfilled, "fulfilled", "NAME=RFC3339: when a commitment was honoured (repeatable)")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	p.Dispute = eng.Dispute().Rules()
	if p.Dispute.Escalation.IsZero() {
		return fail(e, name, badf("--policy: %s: %v", p.Name, dispute.ErrNoLadder))
	}
	c := dispute.Complaint{}
	if c.Opened, err = instant("opened", *opened); err != nil {
		return fail(e, name, err)
	}
	t, err := instant("at", *at)
	if err != nil {
		return fail(e, name, err)
	}
	if *resolved != "" {
		if c.Resolved, err = instant("resolved", *resolved); err != nil {
			return fail(e, name, err)
		}
	}
	for _, f := range fulfilled {
		k, v, ok := strings.Cut(f, "=")
		if !ok || k == "" {
			return fail(e, name, badf("--fulfilled: %q: want NAME=RFC3339", f))
		}
		ft, err := instant("fulfilled", v)
		if err != nil {
			return fail(e, name, err)
		}
		if c.Fulfilled == nil {
			c.Fulfilled = map[string]time.Time{}
		}
		c.Fulfilled[k] = ft
	}
	st, err := eng.Dispute().Status(c, t)
	if err != nil {
		var se *strictjson.Error
		switch {
		case errors.Is(err, dispute.ErrResolvedTooEarly):
			return fail(e, name, badf("--resolved: %s is before the opening %s", *resolved, *opened))
		case errors.Is(err, dispute.ErrBeforeOpening):
			return fail(e, name, badf("--at: %s is before the opening %s", *at, *opened))
		case errors.As(err, &se) && (se.Path == "opened" || se.Path == "at" || se.Path == "resolved"):
			return fail(e, name, badf("--%v", err))
		case errors.As(err, &se):
			return fail(e, name, badf("--policy: dispute.escalation.%v", err))
		}
		return fail(e, name, badf("%v", err))
	}
	loc := eng.Calendar().Location()
	opt := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := rfc3339(t, loc)
		return &s
	}
	type commitment struct {
		Name  string  `json:"name"`
		Level int     `json:"level"`
		Team  string  `json:"team"`
		Due   string  `json:"due"`
		State string  `json:"state"`
		MetAt *string `json:"met_at"`
	}
	type event struct {
		At    string `json:"at"`
		Kind  string `json:"kind"`
		Level int    `json:"level"`
		Team  string `json:"team,omitempty"`
		Name  string `json:"name,omitempty"`
	}
	events := func(ev []dispute.Event) []event {
		out := []event{}
		for _, x := range ev {
			out = append(out, event{rfc3339(x.At, loc), string(x.Kind), x.Level, x.Team, x.Name})
		}
		return out
	}
	out := struct {
		Policy         string        `json:"policy"`
		Opened         string        `json:"opened"`
		At             string        `json:"at"`
		Level          int           `json:"level"`
		Team           string        `json:"team"`
		Levels         int           `json:"levels"`
		NextEscalation *string       `json:"next_escalation"`
		NextTeam       *string       `json:"next_team"`
		Target         *string       `json:"target"`
		TargetMissed   bool          `json:"target_missed"`
		Resolved       bool          `json:"resolved"`
		ResolvedAt     *string       `json:"resolved_at"`
		Commitments    []commitment  `json:"commitments"`
		Timeline       []event       `json:"timeline"`
		Upcoming       []event       `json:"upcoming"`
		Explain        []string      `json:"explain"`
		Basis          explain.Basis `json:"basis"`
	}{
		Policy: p.Name, Opened: rfc3339(st.Opened, loc), At: rfc3339(st.At, loc),
		Level: st.Level, Team: st.Team, Levels: len(p.Dispute.Escalation.Levels),
		NextEscalation: opt(st.NextEscalation), Target: opt(st.Target), TargetMissed: st.TargetMissed,
		Resolved: st.Resolved, ResolvedAt: opt(st.ResolvedAt), Commitments: []commitment{},
		Timeline: events(st.Timeline), Upcoming: events(st.Upcoming),
		Explain: disputeLines(st.Basis), Basis: st.Basis,
	}
	if st.NextTeam != "" {
		out.NextTeam = &st.NextTeam
	}
	for _, c := range st.Commitments {
		out.Commitments = append(out.Commitments, commitment{c.Name, c.Level, c.Team, rfc3339(c.Due, loc), string(c.State), opt(c.MetAt)})
	}
	if *asJSON {
		return writeJSON(e, out)
	}
	w := e.stdout
	state := "open"
	if st.Resolved {
		state = "resolved at " + rfc3339(st.ResolvedAt, loc)
	}
	fmt.Fprintf(w, "%s complaint opened %s, at %s: level %d (%s), %s\n", p.Name, out.Opened, out.At, st.Level, st.Team, state)
	if out.NextEscalation != nil {
		fmt.Fprintf(w, "next escalation: %s (%s)\n", *out.NextEscalation, st.NextTeam)
	} else {
		fmt.Fprintln(w, "next escalation: none")
	}
	if out.Target != nil {
		missed := ""
		if st.TargetMissed {
			missed = " (missed)"
		}
		fmt.Fprintf(w, "target: %s%s\n", *out.Target, missed)
	}
	for _, c := range out.Commitments {
		fmt.Fprintf(w, "commitment %s (level %d): due %s, %s\n", c.Name, c.Level, c.Due, c.State)
	}
	fmt.Fprintln(w, "timeline:")
	for _, x := range out.Timeline {
		fmt.Fprintf(w, "  %s  %-17s level %d %s %s\n", x.At, x.Kind, x.Level, x.Team, x.Name)
	}
	for _, l := range out.Explain {
		fmt.Fprintf(w, "- %s\n", l)
	}
	return 0
}

func runTakeover(e *env, args []string) int {
	const name = "takeover"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a JSON file (required)")
	file := fs.String("case", "", "case file, JSON: reply_overdue, quality_dispute, rights_refused, counterfeit, dangerous (bools), device_lock (none, passcode, imei, apple_id, google_account) (required)")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	p.Dispute = eng.Dispute().Rules()
	data, err := readFile("case", *file)
	if err != nil {
		return fail(e, name, err)
	}
	c, err := dispute.DecodeCase(data)
	if err != nil {
		return fail(e, name, badf("%v", strictjson.At("case", err)))
	}
	d, err := eng.Dispute().Takeover(c)
	if err != nil {
		if errors.Is(err, dispute.ErrNoTakeoverRule) {
			return fail(e, name, badf("--policy: %s: %v", p.Name, err))
		}
		return fail(e, name, badf("%v", strictjson.At("case", err)))
	}
	lines := disputeLines(d.Basis)
	if *asJSON {
		return writeJSON(e, struct {
			Policy        string        `json:"policy"`
			Takeover      bool          `json:"takeover"`
			Grounds       []string      `json:"grounds"`
			CostsToSeller bool          `json:"costs_to_seller"`
			Explain       []string      `json:"explain"`
			Basis         explain.Basis `json:"basis"`
		}{p.Name, d.Takeover, d.Grounds, d.CostsToSeller, lines, d.Basis})
	}
	if d.Takeover {
		fmt.Fprintf(e.stdout, "%s: the platform takes over the customer contact (grounds: %s)\n", p.Name, strings.Join(d.Grounds, ", "))
		if d.CostsToSeller {
			fmt.Fprintln(e.stdout, "costs: charged to the seller")
		}
	} else {
		fmt.Fprintf(e.stdout, "%s: no takeover; the seller keeps the customer contact\n", p.Name)
	}
	for _, l := range lines {
		fmt.Fprintf(e.stdout, "- %s\n", l)
	}
	return 0
}

func runReference(e *env, args []string) int {
	const name = "reference"
	fs := flags(e, name)
	pol := fs.String("policy", "", "policy: a preset name or a JSON file (required)")
	seq := fs.String("new", "", "generate the reference of this sequence number")
	check := fs.String("check", "", "check this reference")
	asJSON := fs.Bool("json", false, "print JSON")
	if done, st := parse(e, name, fs, args); done {
		return st
	}
	p, eng, err := policyEngine("policy", *pol)
	if err != nil {
		return fail(e, name, err)
	}
	rule := p.Dispute.Reference
	if rule.IsZero() {
		return fail(e, name, badf("--policy: %s: %v", p.Name, dispute.ErrNoReferenceRule))
	}
	deng := eng.Dispute()
	var ref dispute.Reference
	switch {
	case (*seq == "") == (*check == ""):
		return fail(e, name, badf("give exactly one of --new SEQ or --check REF"))
	case *seq != "":
		n, perr := strconv.ParseUint(*seq, 10, 64)
		if perr != nil || strings.HasPrefix(*seq, "+") {
			return fail(e, name, badf("--new: %q is not a non-negative whole number", *seq))
		}
		if ref, err = deng.NewReference(n); err != nil {
			return fail(e, name, badf("--new: %v", err))
		}
	default:
		if ref, err = deng.ParseReference(*check); err != nil {
			if *asJSON {
				writeJSON(e, map[string]any{"valid": false, "error": err.Error()})
			}
			return fail(e, name, badf("--check: %v", err))
		}
	}
	b := deng.ExplainReference(ref)
	lines := disputeLines(b)
	if *asJSON {
		return writeJSON(e, struct {
			Policy    string        `json:"policy"`
			Reference string        `json:"reference"`
			Valid     bool          `json:"valid"`
			Prefix    string        `json:"prefix"`
			Sequence  uint64        `json:"sequence"`
			Check     string        `json:"check"`
			Explain   []string      `json:"explain"`
			Basis     explain.Basis `json:"basis"`
		}{p.Name, ref.String(), true, ref.Prefix, ref.Sequence, fmt.Sprintf("%02d", ref.Check), lines, b})
	}
	if *check != "" {
		fmt.Fprintf(e.stdout, "%s: valid reference (sequence %d)\n", ref, ref.Sequence)
	} else {
		fmt.Fprintln(e.stdout, ref)
	}
	return 0
}
