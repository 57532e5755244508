package sla

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Performance is a seller's reply performance over a window: the buyer
// messages whose deadline fell in [From, To), judged at To.
//
// Due = OnTime + Late + Unanswered. The on-time rate is the exact fraction
// OnTime/Due; OnTimeRate prints it as a decimal rounded half up to four
// places. Response times are business time (on the policy calendar, with
// the seller's pausing closures) from receipt to the first seller reply,
// over the messages answered (on time or late); the percentiles use the
// nearest-rank definition: the p-th percentile of n sorted values is the
// value at rank ⌈p·n/100⌉, so the median of an even count is the lower of
// the two middle values and every percentile is an observed response time.
type Performance struct {
	// From and To bound the window [From, To).
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
	// Conversations is the number of conversations counted.
	Conversations int `json:"conversations"`
	// Due counts the buyer messages needing a reply whose deadline is in
	// [From, To).
	Due int `json:"due"`
	// OnTime, Late and Unanswered split Due: answered by the deadline,
	// answered after it (before To), not answered by To.
	OnTime     int `json:"on_time"`
	Late       int `json:"late"`
	Unanswered int `json:"unanswered"`
	// OnTimeRate is OnTime/Due as a decimal string with four places
	// ("0.9167"); empty when Due is 0.
	OnTimeRate string `json:"on_time_rate,omitempty"`
	// Answered is OnTime + Late, the sample of the response times.
	Answered int `json:"answered"`
	// MedianResponse and P90Response are the 50th and 90th nearest-rank
	// percentiles of the business response times; zero when Answered is
	// 0.
	MedianResponse calendar.Duration `json:"median_response"`
	P90Response    calendar.Duration `json:"p90_response"`
	// Basis explains the figures.
	Basis explain.Basis `json:"basis"`
}

// Step texts of performance reports (catalog keys).
const (
	textPerfWindow = "Buyer messages whose reply deadline fell from %s to %s, judged at its end: %d due, %d answered on time, %d late, %d unanswered."
	textPerfRate   = "On-time rate %d/%d = %s."
	textPerfTimes  = "Business response time over %d answered messages: median %s, 90th percentile %s (nearest rank)."
)

// Performance computes the reply performance over convs for the messages
// whose deadline falls in [from, to), judged at to (replies after to are
// not seen). Errors name the conversation ("[3].messages[1].at: missing").
func (e Engine) Performance(convs []Conversation, from, to time.Time) (Performance, error) {
	if e.p == nil {
		return Performance{}, ErrNoEngine
	}
	if from.IsZero() {
		return Performance{}, strictjson.At("from", calendar.ErrZeroTime)
	}
	if to.IsZero() {
		return Performance{}, strictjson.At("to", calendar.ErrZeroTime)
	}
	if to.Before(from) {
		return Performance{}, strictjson.Errorf("to", "before from")
	}
	loc := e.p.cal.Location()
	r := Performance{From: from.In(loc), To: to.In(loc), Conversations: len(convs)}
	var times []time.Duration
	var st MessageStatus
	for ci := range convs {
		c := &convs[ci]
		ce, err := e.forConversation(c, to)
		if err != nil {
			return Performance{}, strictjson.At(strictjson.Index("", ci), err)
		}
		p := ce.p
		ans := newAnswers(c.Messages, to)
		for i := range c.Messages {
			m := &c.Messages[i]
			if m.From != Buyer || m.At.After(to) {
				continue
			}
			if _, err := p.status(c.Messages, i, to, &st, true, &ans); err != nil {
				return Performance{}, strictjson.At(strictjson.Index("", ci)+"."+strictjson.Index("messages", i), err)
			}
			if st.State == NoReplyNeeded || st.Due.Before(from) || !st.Due.Before(to) {
				continue
			}
			r.Due++
			switch st.State {
			case AnsweredOnTime:
				r.OnTime++
			case AnsweredLate:
				r.Late++
			default:
				r.Unanswered++
			}
			if st.Answered {
				d, err := p.cal.Between(st.Received, st.AnsweredAt)
				if err != nil {
					return Performance{}, err
				}
				times = append(times, d)
			}
		}
	}
	r.Answered = len(times)
	if r.Due > 0 {
		r.OnTimeRate = Ratio(r.OnTime, r.Due, 4)
	}
	slices.Sort(times)
	r.MedianResponse = calendar.Duration(Percentile(times, 50))
	r.P90Response = calendar.Duration(Percentile(times, 90))
	c := e.p.cal
	steps := []explain.Step{{Rule: "sla.performance", Basis: e.p.rules.Source, Text: textPerfWindow,
		Args: []any{when(from, c), when(to, c), r.Due, r.OnTime, r.Late, r.Unanswered}}}
	if r.Due > 0 {
		steps = append(steps, explain.Step{Rule: "sla.performance.rate", Basis: e.p.rules.Source, Text: textPerfRate, Args: []any{r.OnTime, r.Due, r.OnTimeRate}})
	}
	if r.Answered > 0 {
		steps = append(steps, explain.Step{Rule: "sla.performance.times", Basis: e.p.rules.Source, Text: textPerfTimes,
			Args: []any{r.Answered, Span(r.MedianResponse), Span(r.P90Response)}})
	}
	r.Basis = explain.Of(steps...)
	return r, nil
}

// Percentile returns the p-th nearest-rank percentile (0 < p ≤ 100) of
// sorted: the value at rank ⌈p·n/100⌉ (1-based). It returns 0 for an empty
// slice and clamps p to 1..100.
func Percentile(sorted []time.Duration, p int) time.Duration {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	p = min(max(p, 1), 100)
	rank := (p*n + 99) / 100
	return sorted[max(rank, 1)-1]
}

// Ratio returns num/den as a decimal string with places digits, rounded
// half up, computed exactly in integers. num and den must be non-negative
// with den > 0; otherwise it returns "".
func Ratio(num, den, places int) string {
	if den <= 0 || num < 0 || places < 0 || places > 9 {
		return ""
	}
	scale := int64(1)
	for range places {
		scale *= 10
	}
	q := (2*int64(num)*scale + int64(den)) / (2 * int64(den))
	ip, fp := q/scale, q%scale
	s := strconv.FormatInt(ip, 10)
	if places == 0 {
		return s
	}
	f := strconv.FormatInt(fp, 10)
	return s + "." + strings.Repeat("0", places-len(f)) + f
}
