// Package timeline draws a decision as a time line: an SVG picture of its
// own dates and instants, events as marks and periods as bars (the
// withdrawal window, the refund period and its late band, the
// presumption and the guarantees, a seller's vacations, the levels of an
// escalation), with the calendar's days off shaded and the basis of each
// mark in its tooltip.
//
// A chart is read from the JSON a decision already has: the input (the
// case file, or the flags as a JSON object) and the result as the command
// prints it with --json (the envelope, its explain lines included). It
// computes nothing the decision did not: every date drawn is one of the
// decision's, or of its input.
//
// Output is deterministic (the same decision draws the same bytes), valid
// XML, 800 px wide.
package timeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
)

// Kind names the decision a chart is drawn from: the command's name. The
// zero Kind names none (From refuses it, wrapping ErrKind).
type Kind string

// The decisions that have a time line.
const (
	Deadline     Kind = "deadline"
	Withdrawal   Kind = "withdrawal"
	Quote        Kind = "quote"
	Warranty     Kind = "warranty"
	Conversation Kind = "conversation"
	Escalation   Kind = "escalation"
)

// Kinds lists the kinds, in a fixed order.
func Kinds() []Kind {
	return []Kind{Deadline, Withdrawal, Quote, Warranty, Conversation, Escalation}
}

// ErrKind is the error of a kind without a time line.
var ErrKind = errors.New("timeline: no time line for this kind")

// Item is one row of a chart: a bar (From before To) or a mark (From
// equal to To). Times are instants; a day is drawn from its start to its
// end in the calendar's location, so a day of 23 or 25 hours (daylight
// saving) is as wide as any other and an instant sits at its fraction of
// its day. The zero Item is a mark at the zero time, which SVG lists
// without drawing (outside the years a picture shows).
type Item struct {
	Label string    // the row's label, in the chart's language
	From  time.Time // start of the bar, or the mark
	To    time.Time // end of the bar; equal to From for a mark
	Value string    // the value shown after the label (a date, an instant)
	Class string    // style: "period", "late", "window", "event", "deadline", "breach", "now", "vacation", "level"
	Tips  []string  // the basis of the row: its tooltip lines
}

// IsMark reports whether the item is a mark rather than a bar.
func (it Item) IsMark() bool { return it.From.Equal(it.To) }

// Chart is a decision ready to draw: its title, its rows in order, and
// the language of its labels. The zero Chart has no rows and draws an
// empty frame. A Chart is a plain value; safe for concurrent use when
// not modified.
type Chart struct {
	Title string
	Lang  string
	Items []Item
}

// decision is the envelope read as generic JSON.
type decision map[string]any

// From reads a chart from a decision of kind: input is the decision's
// input (case file, or flags as a JSON object), result the command's
// --json envelope. Dates are placed in cal's location. Labels are in the
// envelope's lang (any supported language; English when it is not
// supported, and for a label its catalog does not translate yet).
func From(kind Kind, input, result []byte, cal calendar.Calendar) (Chart, error) {
	var res decision
	if err := json.Unmarshal(result, &res); err != nil {
		return Chart{}, field.At("result", err)
	}
	in := decision{}
	if len(strings.TrimSpace(string(input))) > 0 && strings.TrimSpace(string(input))[0] == '{' {
		if err := json.Unmarshal(input, &in); err != nil {
			return Chart{}, field.At("input", err)
		}
	}
	lang, _ := res["lang"].(string)
	b := &builder{cal: cal, lang: lang, res: res, in: in, labels: labelsFor(lang)}
	switch kind {
	case Deadline:
		b.deadline()
	case Withdrawal:
		b.withdrawal()
	case Quote:
		b.quote()
	case Warranty:
		b.warranty()
	case Conversation:
		b.conversation()
	case Escalation:
		b.escalation()
	default:
		return Chart{}, fmt.Errorf("%w: %q (kinds: deadline, withdrawal, quote, warranty, conversation, escalation)", ErrKind, kind)
	}
	if b.err != nil {
		return Chart{}, b.err
	}
	pol, _ := res["policy"].(string)
	title := b.labels.get("title." + string(kind))
	if pol != "" {
		title += " — " + pol
	}
	return Chart{Title: title, Lang: b.labels.lang.String(), Items: b.items}, nil
}

// builder collects the rows of a chart.
type builder struct {
	cal    calendar.Calendar
	lang   string
	res    decision
	in     decision
	labels labels
	items  []Item
	err    error
}

// day is the start and end of the day named by s (YYYY-MM-DD).
func (b *builder) day(s string) (from, to time.Time, ok bool) {
	d, err := calendar.ParseDate(s)
	if err != nil || d.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	from, err1 := b.cal.Start(d)
	to, err2 := b.cal.End(d)
	if err1 != nil || err2 != nil {
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

// instant parses an RFC 3339 value.
func instant(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// str is the string at a path of nested objects ("conformity", "until").
func str(m decision, path ...string) string {
	var v any = map[string]any(m)
	for _, p := range path {
		o, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = o[p]
	}
	s, _ := v.(string)
	return s
}

func num(m map[string]any, key string) (int, bool) {
	f, ok := m[key].(float64)
	return int(f), ok
}

// dayMark adds a mark in the middle of a day.
func (b *builder) dayMark(key, value, class string, tips []string) {
	from, to, ok := b.day(value)
	if !ok {
		return
	}
	mid := from.Add(to.Sub(from) / 2)
	b.items = append(b.items, Item{Label: b.labels.get(key), From: mid, To: mid, Value: value, Class: class, Tips: tips})
}

// instantMark adds a mark at an instant.
func (b *builder) instantMark(key, value, class string, tips []string) {
	t, ok := instant(value)
	if !ok {
		return
	}
	b.items = append(b.items, Item{Label: b.labels.get(key), From: t, To: t, Value: b.short(t), Class: class, Tips: tips})
}

// daysBar adds a bar from the start of day a to the end of day z.
func (b *builder) daysBar(label, a, z, class string, tips []string) {
	from, _, ok1 := b.day(a)
	_, to, ok2 := b.day(z)
	if !ok1 || !ok2 || !from.Before(to) {
		return
	}
	b.items = append(b.items, Item{Label: label, From: from, To: to, Value: a + " → " + z, Class: class, Tips: tips})
}

// short writes an instant in the calendar's location, to the minute.
func (b *builder) short(t time.Time) string {
	return t.In(b.cal.Location()).Format("2006-01-02 15:04")
}

// tips are the explanation lines of the result's top-level steps whose
// facts or arguments hold one of values (the rendered explain line when
// the envelope has one per step, else the step's source).
func (b *builder) tips(values ...string) []string {
	return stepTips(b.res, values, true)
}

// tipsByRule are the explanation lines of the result's top-level steps
// whose rule contains part.
func (b *builder) tipsByRule(part string) []string {
	basis, _ := b.res["basis"].(map[string]any)
	steps, _ := basis["steps"].([]any)
	lines, _ := b.res["explain"].([]any)
	var out []string
	for i, s := range steps {
		st, _ := s.(map[string]any)
		rule, _ := st["rule"].(string)
		if !strings.Contains(rule, part) {
			continue
		}
		if len(lines) == len(steps) {
			if l, ok := lines[i].(string); ok {
				out = append(out, l)
				continue
			}
		}
		out = append(out, rule)
	}
	return out
}

// stepTips searches the basis of obj.
func stepTips(obj map[string]any, values []string, top bool) []string {
	basis, _ := obj["basis"].(map[string]any)
	steps, _ := basis["steps"].([]any)
	var lines []any
	if top {
		lines, _ = obj["explain"].([]any)
		if len(lines) != len(steps) {
			lines = nil
		}
	}
	var out []string
	for i, s := range steps {
		st, _ := s.(map[string]any)
		if !mentions(st, values) {
			continue
		}
		if lines != nil {
			if l, ok := lines[i].(string); ok {
				out = append(out, l)
				continue
			}
		}
		line, _ := st["rule"].(string)
		if src, _ := st["basis"].(string); src != "" {
			line += " (" + src + ")"
		}
		out = append(out, line)
	}
	return out
}

// mentions reports whether a step's facts or arguments hold one of values.
func mentions(st map[string]any, values []string) bool {
	has := func(v any) bool {
		s, ok := v.(string)
		if !ok || s == "" {
			return false
		}
		for _, x := range values {
			if x != "" && (s == x || strings.HasPrefix(s, x+"T")) {
				return true
			}
		}
		return false
	}
	facts, _ := st["facts"].([]any)
	for _, f := range facts {
		if fm, ok := f.(map[string]any); ok && has(fm["value"]) {
			return true
		}
	}
	args, _ := st["args"].([]any)
	for _, a := range args {
		if has(a) {
			return true
		}
	}
	return false
}

func (b *builder) deadline() {
	rec, due := str(b.res, "received"), str(b.res, "due")
	if t0, ok := instant(rec); ok {
		if t1, ok := instant(due); ok && t0.Before(t1) {
			b.items = append(b.items, Item{Label: b.labels.get("reply.window"), From: t0, To: t1, Value: b.short(t0) + " → " + b.short(t1), Class: "window", Tips: b.tips(rec, due)})
		}
	}
	b.instantMark("received", rec, "event", b.tips(rec))
	b.instantMark("reply.due", due, "deadline", b.tips(due))
}

func (b *builder) withdrawal() {
	var delivered []string
	switch v := b.in["delivered"].(type) {
	case string:
		delivered = []string{v}
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				delivered = append(delivered, s)
			}
		}
	}
	for _, d := range delivered {
		b.dayMark("delivered", d, "event", b.tips(d))
	}
	if s := str(b.in, "informed_on"); s != "" {
		b.dayMark("informed", s, "event", b.tips(s))
	}
	from := str(b.res, "counted_from")
	last, normal := str(b.res, "last_day"), str(b.res, "normal_last_day")
	if f, _, ok := b.day(from); ok {
		first := b.cal.DateOf(f).AddDays(1).String()
		if ext, _ := b.res["extended"].(bool); ext && normal != "" && normal != last {
			b.daysBar(b.labels.get("withdrawal.normal"), first, normal, "period", b.tips(normal))
			b.daysBar(b.labels.get("withdrawal.extension"), dayAfter(normal), last, "late", b.tips(last))
		} else if applies, _ := b.res["applies"].(bool); applies {
			b.daysBar(b.labels.get("withdrawal.window"), first, last, "window", b.tips(from, last))
		}
	}
	b.dayMark("withdrawal.last", last, "deadline", b.tips(last))
	b.instantMark("withdrawal.closes", str(b.res, "closes"), "deadline", b.tips(last))
	if on := str(b.res, "on"); on != "" {
		key := "withdrawal.on.closed"
		if open, _ := b.res["open"].(bool); open {
			key = "withdrawal.on.open"
		}
		b.dayMark(key, on, "now", nil)
	}
}

// dayAfter is the day after s (YYYY-MM-DD), or s.
func dayAfter(s string) string {
	d, err := calendar.ParseDate(s)
	if err != nil {
		return s
	}
	return d.AddDays(1).String()
}

// dayPlus is s plus n days, or "".
func dayPlus(s string, n int) string {
	d, err := calendar.ParseDate(s)
	if err != nil {
		return ""
	}
	return d.AddDays(n).String()
}

func (b *builder) quote() {
	for _, k := range []string{"delivered", "informed", "shipped_back", "goods_back"} {
		if s := str(b.in, k); s != "" {
			b.dayMark(k, s, "event", b.tips(s))
		}
	}
	due := str(b.res, "due")
	if start := str(b.in, "informed"); start != "" && due != "" {
		b.daysBar(b.labels.get("refund.period"), dayAfter(start), due, "period", b.tips(due))
	}
	if lb, ok := b.res["late_band"].(map[string]any); ok && due != "" {
		from, ok1 := num(lb, "from_days")
		to, ok2 := num(lb, "to_days")
		pct, _ := num(lb, "percent")
		if ok1 {
			label := b.labels.get("refund.late")
			if pct > 0 {
				label += " +" + strconv.Itoa(pct) + " %"
			}
			end := dayPlus(due, to)
			if !ok2 || to <= from {
				end = dayPlus(due, from+30)
			}
			b.daysBar(label, dayPlus(due, from+1), end, "late", b.tipsByRule("late"))
		}
	}
	b.dayMark("refund.due", due, "deadline", b.tips(due))
	if s := str(b.in, "refunded"); s != "" {
		class := "event"
		if n, _ := num(b.res, "days_late"); n > 0 {
			class = "breach"
		}
		b.dayMark("refunded", s, class, append(b.tips(s), b.tipsByRule("late")...))
	}
}

func (b *builder) warranty() {
	for _, k := range []string{"contract", "delivered", "appeared", "discovered"} {
		if s := str(b.in, k); s != "" {
			b.dayMark(k, s, "event", b.tips(s))
		}
	}
	if f, u := str(b.res, "conformity", "from"), str(b.res, "conformity", "until"); f != "" && u != "" {
		b.daysBar(b.labels.get("warranty.conformity"), f, u, "window", b.tips(u))
	}
	if f, u := str(b.res, "conformity", "from"), str(b.res, "conformity", "presumed_until"); f != "" && u != "" {
		b.daysBar(b.labels.get("warranty.presumption"), f, u, "period", b.tips(u))
	}
	if f, u := str(b.res, "hidden_defect", "from"), str(b.res, "hidden_defect", "until"); f != "" && u != "" {
		b.daysBar(b.labels.get("warranty.hidden"), f, u, "period", b.tips(u))
	}
	if c, ok := b.res["commercial"].(map[string]any); ok {
		if m, _ := num(c, "months"); m > 0 {
			b.daysBar(b.labels.get("warranty.commercial"), str(b.res, "commercial", "from"), str(b.res, "commercial", "until"), "period", b.tips(str(b.res, "commercial", "until")))
		}
	}
	if f, u := str(b.res, "limitation", "from"), str(b.res, "limitation", "until"); f != "" && u != "" {
		b.daysBar(b.labels.get("warranty.limitation"), f, u, "period", b.tips(u))
	}
	b.dayMark("warranty.longstop", str(b.res, "limitation", "long_stop"), "deadline", b.tips(str(b.res, "limitation", "long_stop")))
	b.dayMark("warranty.remedy.due", str(b.res, "remedies", "due"), "deadline", b.tips(str(b.res, "remedies", "due")))
	b.dayMark("warranty.refund.due", str(b.res, "remedies", "refund_due"), "deadline", b.tips(str(b.res, "remedies", "refund_due")))
	b.dayMark("assessed", str(b.res, "assessed"), "now", b.tips(str(b.res, "assessed")))
}

func (b *builder) conversation() {
	vac, _ := b.in["vacations"].([]any)
	for _, v := range vac {
		vm, _ := v.(map[string]any)
		f, _ := vm["from"].(string)
		u, _ := vm["to"].(string)
		b.daysBar(b.labels.get("vacation"), f, u, "vacation", b.tips(f, u))
	}
	msgs, _ := b.res["messages"].([]any)
	for _, m := range msgs {
		mm, _ := m.(map[string]any)
		id, _ := mm["id"].(string)
		if id == "" {
			if n, ok := num(mm, "index"); ok {
				id = "#" + strconv.Itoa(n)
			}
		}
		kind, _ := mm["kind"].(string)
		state, _ := mm["state"].(string)
		rec, _ := mm["received"].(string)
		due, _ := mm["due"].(string)
		tips := stepTips(mm, []string{rec, due}, false)
		t0, ok0 := instant(rec)
		t1, ok1 := instant(due)
		label := id + " " + b.labels.get("kind."+kind)
		if ok0 && ok1 && t0.Before(t1) {
			class := "window"
			if strings.Contains(state, "late") || strings.Contains(state, "breach") || strings.Contains(state, "overdue") {
				class = "late"
			}
			b.items = append(b.items, Item{Label: label, From: t0, To: t1, Value: b.labels.get("state." + state), Class: class, Tips: append([]string{b.short(t0) + " → " + b.short(t1)}, tips...)})
		} else if ok0 {
			b.items = append(b.items, Item{Label: label, From: t0, To: t0, Value: b.short(t0), Class: "event", Tips: tips})
		}
		if at, _ := mm["answered_at"].(string); at != "" {
			if t, ok := instant(at); ok {
				b.items = append(b.items, Item{Label: id + " " + b.labels.get("answered"), From: t, To: t, Value: b.short(t), Class: "event", Tips: stepTips(mm, []string{at}, false)})
			}
		}
	}
	if u, ok := b.res["update"].(map[string]any); ok {
		due, _ := u["due"].(string)
		b.instantMark("update.due", due, "deadline", stepTips(u, []string{due}, false))
	}
	b.instantMark("at", str(b.res, "at"), "now", nil)
}

func (b *builder) escalation() {
	type step struct {
		at          time.Time
		level       int
		team, value string
	}
	var steps []step
	for _, key := range []string{"timeline", "upcoming"} {
		xs, _ := b.res[key].([]any)
		for _, x := range xs {
			xm, _ := x.(map[string]any)
			at, _ := xm["at"].(string)
			t, ok := instant(at)
			if !ok {
				continue
			}
			lv, _ := num(xm, "level")
			team, _ := xm["team"].(string)
			kind, _ := xm["kind"].(string)
			if kind == "commitment-due" || kind == "target" {
				continue // drawn from commitments and target
			}
			if kind != "opened" && kind != "escalated" {
				b.items = append(b.items, Item{Label: b.labels.get("escalation." + kind), From: t, To: t, Value: b.short(t), Class: "event", Tips: b.tips(at)})
				continue
			}
			steps = append(steps, step{t, lv, team, at})
		}
	}
	sort.SliceStable(steps, func(i, j int) bool { return steps[i].at.Before(steps[j].at) })
	end, ok := instant(str(b.res, "target"))
	if !ok || (len(steps) > 0 && !end.After(steps[len(steps)-1].at)) {
		if len(steps) > 0 {
			end = steps[len(steps)-1].at.Add(24 * time.Hour)
		}
	}
	if r, ok := instant(str(b.res, "resolved_at")); ok {
		end = r
	}
	for i, s := range steps {
		to := end
		if i+1 < len(steps) {
			to = steps[i+1].at
		}
		if !s.at.Before(to) {
			continue
		}
		b.items = append(b.items, Item{Label: b.labels.get("escalation.level") + " " + strconv.Itoa(s.level) + " · " + s.team, From: s.at, To: to, Value: b.short(s.at), Class: "level", Tips: b.tips(s.value)})
	}
	cms, _ := b.res["commitments"].([]any)
	for _, c := range cms {
		cm, _ := c.(map[string]any)
		name, _ := cm["name"].(string)
		due, _ := cm["due"].(string)
		state, _ := cm["state"].(string)
		t, ok := instant(due)
		if !ok {
			continue
		}
		class := "deadline"
		if strings.Contains(state, "late") || strings.Contains(state, "missed") || strings.Contains(state, "breach") {
			class = "breach"
		}
		b.items = append(b.items, Item{Label: b.labels.get("escalation.commitment") + " " + name, From: t, To: t, Value: b.short(t) + " · " + b.labels.get("state."+state), Class: class, Tips: b.tips(due)})
	}
	class := "deadline"
	if missed, _ := b.res["target_missed"].(bool); missed {
		class = "breach"
	}
	b.instantMark("escalation.target", str(b.res, "target"), class, b.tips(str(b.res, "target")))
	b.instantMark("at", str(b.res, "at"), "now", nil)
}
