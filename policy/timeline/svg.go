package timeline

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
)

// Geometry of the picture, in px.
const (
	Width     = 800 // the picture's width
	labelW    = 230 // the label column
	plotX0    = labelW + 10
	plotX1    = Width - 16
	rowH      = 24
	headerH   = 30
	axisH     = 34
	legendH   = 30
	minShadeW = 2.0 // a day narrower than this is not shaded
	maxDays   = 200 * 366
	minYear   = 1000 // items outside minYear–maxYear are listed, not drawn
	maxYear   = 9998
)

// SVG draws the chart on cal's days: its location places the instants,
// its weekends, holidays and closures are shaded when a day is at least
// 2 px wide. The picture is Width px wide; the same chart and calendar
// always give the same bytes.
func (ch Chart) SVG(cal calendar.Calendar) []byte {
	lb := labelsFor(ch.Lang)
	loc := cal.Location()
	if loc == nil {
		loc = time.UTC
	}
	// The span: from the start of the first day drawn to the end of the
	// last, one day of margin each side.
	var first, last calendar.Date
	lo, _ := calendar.NewDate(minYear, time.January, 1)
	hi, _ := calendar.NewDate(maxYear, time.December, 31)
	for _, it := range ch.Items {
		a, z := calendar.DateOf(it.From.In(loc)), calendar.DateOf(it.To.In(loc))
		if a.Before(lo) || z.After(hi) {
			continue // not drawn: outside the years a picture can show
		}
		if first.IsZero() || a.Before(first) {
			first = a
		}
		if last.IsZero() || z.After(last) {
			last = z
		}
	}
	if first.IsZero() {
		first, _ = calendar.NewDate(2000, time.January, 1)
		last = first
	}
	first, last = first.AddDays(-1), last.AddDays(1)
	if last.Sub(first) > maxDays {
		last = first.AddDays(maxDays)
	}
	days := last.Sub(first) + 1
	dayW := float64(plotX1-plotX0) / float64(days)
	x := func(t time.Time) float64 {
		d := calendar.DateOf(t.In(loc))
		s0, s1 := dayStart(cal, d, loc), dayStart(cal, d.AddDays(1), loc)
		frac := 0.0
		if s1.After(s0) {
			frac = float64(t.Sub(s0)) / float64(s1.Sub(s0))
		}
		return plotX0 + (float64(d.Sub(first))+frac)*dayW
	}
	top := headerH + axisH
	height := top + len(ch.Items)*rowH + legendH + 10

	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`+"\n", Width, height, Width, height)
	b.WriteString(`<title id="chart-title">`)
	esc(&b, ch.Title)
	b.WriteString("</title>\n")
	b.WriteString(`<style>.rest{fill:#ececec}.holiday{fill:#f6d9a8}.closed{fill:#d8d0f0}.window{fill:#8fc1e8}.period{fill:#b9dcb0}.late{fill:#f0a08c}.vacation{fill:#d8d0f0}.level{fill:#c8c0e8;stroke:#fff}` +
		`.m-event{fill:#2b6cb0}.m-deadline{fill:#c05621}.m-breach{fill:#c53030}.m-now{fill:#2f855a}.grid{stroke:#bbb;stroke-width:1}.now-line{stroke:#2f855a;stroke-dasharray:4 3}text.v{fill:#555}</style>` + "\n")
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%d" height="%d" fill="#fff"/>`+"\n", Width, height)
	fmt.Fprintf(&b, `<text x="8" y="20" font-size="15" font-weight="bold">`)
	esc(&b, ch.Title)
	b.WriteString("</text>\n")
	plotTop, plotBottom := headerH, top+len(ch.Items)*rowH

	// Days off, merged into runs of one kind.
	b.WriteString(`<g class="days">` + "\n")
	shaded := dayW >= minShadeW
	if shaded {
		for i := 0; i < days; {
			d := first.AddDays(i)
			kind, why := dayKind(cal, d, lb)
			if kind == "" {
				i++
				continue
			}
			n := 1
			whys := []string{d.String() + " " + why}
			for ; i+n < days; n++ {
				e := first.AddDays(i + n)
				k, w := dayKind(cal, e, lb)
				if k != kind {
					break
				}
				whys = append(whys, e.String()+" "+w)
			}
			x0 := plotX0 + float64(i)*dayW
			x1 := plotX0 + float64(i+n)*dayW
			fmt.Fprintf(&b, `<rect class="%s" x="%s" y="%d" width="%s" height="%d"><title>`, kind, f(x0), plotTop, f(x1-x0), plotBottom-plotTop)
			esc(&b, strings.Join(whys, "\n"))
			b.WriteString("</title></rect>\n")
			i += n
		}
	}
	b.WriteString("</g>\n")

	// The axis: ticks at days, weeks, months or years by the span.
	b.WriteString(`<g class="axis">` + "\n")
	for _, tk := range ticks(first, last, dayW) {
		tx := plotX0 + float64(tk.d.Sub(first))*dayW
		fmt.Fprintf(&b, `<line class="grid" x1="%s" y1="%d" x2="%s" y2="%d"/>`, f(tx), plotTop+axisH-8, f(tx), plotBottom)
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="10" text-anchor="middle">`, f(tx), plotTop+axisH-12)
		esc(&b, tk.label)
		b.WriteString("</text>\n")
	}
	b.WriteString("</g>\n")

	// The rows.
	b.WriteString(`<g class="rows">` + "\n")
	for i, it := range ch.Items {
		y := top + i*rowH
		cy := y + rowH/2
		fmt.Fprintf(&b, `<g class="row"><title>`)
		tip := it.Label + ": " + it.Value
		if len(it.Tips) > 0 {
			tip += "\n" + strings.Join(it.Tips, "\n")
		}
		esc(&b, tip)
		b.WriteString("</title>")
		fmt.Fprintf(&b, `<text x="8" y="%d">`, cy+4)
		esc(&b, clip(it.Label, 34))
		b.WriteString("</text>")
		if a, z := calendar.DateOf(it.From.In(loc)), calendar.DateOf(it.To.In(loc)); a.Before(lo) || z.After(hi) {
			// outside the picture's years: the label only
		} else if it.IsMark() {
			mx := x(it.From)
			if it.Class == "now" {
				fmt.Fprintf(&b, `<line class="now-line" x1="%s" y1="%d" x2="%s" y2="%d"/>`, f(mx), plotTop+axisH-8, f(mx), plotBottom)
			}
			fmt.Fprintf(&b, `<path class="m-%s" d="M%s %dl6 6l-6 6l-6-6z"/>`, it.Class, f(mx), cy-6)
			anchor, tx := "start", mx+9
			if mx > (plotX0+plotX1)/2 {
				anchor, tx = "end", mx-9
			}
			fmt.Fprintf(&b, `<text class="v" x="%s" y="%d" text-anchor="%s" font-size="11">`, f(tx), cy+4, anchor)
			esc(&b, it.Value)
			b.WriteString("</text>")
		} else {
			x0, x1 := x(it.From), x(it.To)
			if x1-x0 < 2 {
				x1 = x0 + 2
			}
			fmt.Fprintf(&b, `<rect class="%s" x="%s" y="%d" width="%s" height="%d" rx="3"/>`, it.Class, f(x0), y+4, f(x1-x0), rowH-8)
			if float64(len([]rune(it.Value)))*6.5+8 <= x1-x0 {
				fmt.Fprintf(&b, `<text class="v" x="%s" y="%d" text-anchor="middle" font-size="11">`, f((x0+x1)/2), cy+4)
				esc(&b, it.Value)
				b.WriteString("</text>")
			}
		}
		b.WriteString("</g>\n")
	}
	b.WriteString("</g>\n")

	// The legend.
	ly := plotBottom + 22
	b.WriteString(`<g class="legend" font-size="11">`)
	if shaded {
		lx := 8
		for _, k := range []string{"rest", "holiday", "closed"} {
			fmt.Fprintf(&b, `<rect class="%s" x="%d" y="%d" width="12" height="12"/><text x="%d" y="%d">`, k, lx, ly-10, lx+16, ly)
			esc(&b, lb.get("legend."+k))
			b.WriteString("</text>")
			lx += 200
		}
	} else {
		fmt.Fprintf(&b, `<text x="8" y="%d">`, ly)
		esc(&b, lb.get("legend.scale"))
		b.WriteString("</text>")
	}
	b.WriteString("</g>\n</svg>\n")
	return b.Bytes()
}

// dayStart is the start of d in cal (midnight in loc when cal cannot
// say).
func dayStart(cal calendar.Calendar, d calendar.Date, loc *time.Location) time.Time {
	if t, err := cal.Start(d); err == nil {
		return t
	}
	y, m, dd := d.Parts()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// dayKind classifies a day off: "holiday", "closed" or "rest", with why;
// "" for a working day.
func dayKind(cal calendar.Calendar, d calendar.Date, lb labels) (string, string) {
	if cal.IsZero() || cal.IsWorkingDay(d) {
		return "", ""
	}
	if name, ok := cal.Holiday(d); ok {
		return "holiday", name
	}
	if c, ok := cal.ClosureOn(d); ok {
		return "closed", lb.get("legend.closed") + " " + c.Reason
	}
	return "rest", d.Weekday().String()
}

type tick struct {
	d     calendar.Date
	label string
}

// ticks are the axis's marks: every day, every Monday, every first of a
// month, quarter or year, whichever leaves at least 44 px between labels.
func ticks(first, last calendar.Date, dayW float64) []tick {
	var out []tick
	switch {
	case dayW >= 44:
		for d := first; !d.After(last); d = d.AddDays(1) {
			out = append(out, tick{d, d.String()[5:]})
		}
	case dayW*7 >= 44:
		for d := first; !d.After(last); d = d.AddDays(1) {
			if d.Weekday() == time.Monday {
				out = append(out, tick{d, d.String()[5:]})
			}
		}
	case dayW*30.4*3 >= 44:
		step := 3
		if dayW*30.4 >= 44 {
			step = 1
		}
		y, m, _ := first.Parts()
		d, _ := calendar.NewDate(y, m, 1)
		for ; !d.After(last); d = d.AddMonths(step) {
			if !d.Before(first) {
				out = append(out, tick{d, d.String()[:7]})
			}
		}
	default:
		step := 1
		for dayW*365.25*float64(step) < 44 {
			step *= 2
		}
		fy, _, _ := first.Parts()
		for yy := fy; ; yy += step {
			d, err := calendar.NewDate(yy, time.January, 1)
			if err != nil || d.After(last) {
				break
			}
			if !d.Before(first) {
				out = append(out, tick{d, d.String()[:4]})
			}
		}
	}
	return out
}

// f formats a coordinate with one decimal.
func f(v float64) string { return fmt.Sprintf("%.1f", v) }

// esc writes s escaped for XML text.
func esc(b *bytes.Buffer, s string) { _ = xml.EscapeText(b, []byte(s)) }

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if n < 2 || len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
