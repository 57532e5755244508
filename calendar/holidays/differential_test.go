package holidays

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// frozen is one testdata/<market>.json file written by gen/gen.mjs from
// date-holidays (see README.md).
type frozen struct {
	Source   string  `json:"source"`
	First    int     `json:"first"`
	Last     int     `json:"last"`
	National [][]any `json:"national"`
	Regions  map[string]struct {
		Add  [][]any  `json:"add"`
		Drop []string `json:"drop"`
	} `json:"regions"`
}

// exception is one documented, deliberate disagreement with date-holidays
// (testdata/exceptions.json).
type exception struct {
	Market    string   `json:"market"`
	Regions   []string `json:"regions,omitempty"` // empty: the national set and every region
	Dates     []string `json:"dates,omitempty"`   // "2024-05-05"
	MonthDay  string   `json:"monthday,omitempty"`
	TheirName string   `json:"their_name,omitempty"` // date-holidays' name of a day only it has
	TheirPart string   `json:"their_name_contains,omitempty"`
	OurName   string   `json:"our_name,omitempty"` // our NameEN of a day only we have
	Any       bool     `json:"any,omitempty"`      // every disagreement of the regions in first..last
	First     int      `json:"first,omitempty"`
	Last      int      `json:"last,omitempty"`
	Reason    string   `json:"reason"`
	Law       string   `json:"law"`
}

type day struct {
	from int
	name string
}

type disagreement struct {
	market, region, date string
	ours, theirs         *day
}

func (d disagreement) String() string {
	s := func(x *day) string {
		if x == nil {
			return "-"
		}
		if x.from != 0 {
			return fmt.Sprintf("%s from %ds", x.name, x.from)
		}
		return x.name
	}
	r := d.region
	if r == "" {
		r = d.market
	}
	wd, _ := time.Parse("2006-01-02", d.date)
	return fmt.Sprintf("%s %s %s: ours %q, date-holidays %q", r, d.date, wd.Weekday().String()[:3], s(d.ours), s(d.theirs))
}

func (e exception) matches(d disagreement) bool {
	if e.Market != d.market {
		return false
	}
	if len(e.Regions) > 0 && !slices.Contains(e.Regions, d.region) {
		return false
	}
	y := 0
	fmt.Sscanf(d.date[:4], "%d", &y)
	if (e.First != 0 && y < e.First) || (e.Last != 0 && y > e.Last) {
		return false
	}
	switch {
	case e.Any:
		return true
	case slices.Contains(e.Dates, d.date):
		return true
	case e.MonthDay != "" && d.date[5:] == e.MonthDay:
		return true
	case e.TheirName != "" && d.theirs != nil && d.theirs.name == e.TheirName:
		return true
	case e.TheirPart != "" && d.theirs != nil && strings.Contains(d.theirs.name, e.TheirPart):
		return true
	case e.OurName != "" && d.ours != nil && d.ours.name == e.OurName:
		return true
	}
	return false
}

func loadExceptions(t *testing.T) []exception {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "exceptions.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ex []exception
	if err := json.Unmarshal(b, &ex); err != nil {
		t.Fatal(err)
	}
	for i, e := range ex {
		if e.Market == "" || strings.TrimSpace(e.Reason) == "" || strings.TrimSpace(e.Law) == "" {
			t.Errorf("exception %d: market, reason and law are required: %+v", i, e)
		}
		if e.Any && (len(e.Regions) == 0 || e.First == 0 || e.Last == 0) {
			t.Errorf("exception %d: \"any\" needs regions, first and last", i)
		}
		if !e.Any && len(e.Dates) == 0 && e.MonthDay == "" && e.TheirName == "" && e.TheirPart == "" && e.OurName == "" {
			t.Errorf("exception %d matches nothing: give dates, monthday, their_name or our_name", i)
		}
	}
	return ex
}

func theirDays(entries [][]any, into map[string]*day) {
	for _, e := range entries {
		d, from, name := e[0].(string), int(e[1].(float64)), e[2].(string)
		if x, ok := into[d]; ok {
			if from < x.from {
				x.from = from
			}
			continue
		}
		into[d] = &day{from: from, name: name}
	}
}

// compare returns the weekday disagreements between a set and date-holidays'
// days, and the number of weekdays compared.
func compare(t *testing.T, s Set, theirs map[string]*day, first, last int) ([]disagreement, int) {
	t.Helper()
	ours := map[string]*day{}
	for y := first; y <= last; y++ {
		hs, err := s.Year(y)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			k := fmt.Sprintf("%04d-%02d-%02d", h.Year, h.Month, h.Day)
			if x, ok := ours[k]; ok {
				x.from = min(x.from, h.From)
				continue
			}
			ours[k] = &day{from: h.From, name: h.NameEN}
		}
	}
	r, _ := s.Region()
	var out []disagreement
	n := 0
	for d := time.Date(first, 1, 1, 12, 0, 0, 0, time.UTC); d.Year() <= last; d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		n++
		k := d.Format("2006-01-02")
		o, th := ours[k], theirs[k]
		if o == nil && th == nil || o != nil && th != nil && o.from == th.from {
			continue
		}
		out = append(out, disagreement{market: s.Market().Code, region: r.Code, date: k, ours: o, theirs: th})
	}
	return out, n
}

// TestDifferential compares every market and modelled region with
// date-holidays' public holidays, 2000–2040, weekday by weekday: each
// disagreement must be listed in testdata/exceptions.json, and each
// exception must still be needed.
func TestDifferential(t *testing.T) {
	ex := loadExceptions(t)
	used := make([]int, len(ex))
	var days, sets, excused, unexplained int
	for _, m := range Markets() {
		b, err := os.ReadFile(filepath.Join("testdata", strings.ToLower(m.Code)+".json"))
		if err != nil {
			t.Errorf("%s: no frozen data: %v", m.Code, err)
			continue
		}
		var f frozen
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatalf("%s: %v", m.Code, err)
		}
		check := func(region string, theirs map[string]*day) {
			s, err := For(m.Code, region)
			if err != nil {
				t.Errorf("%s %s: %v", m.Code, region, err)
				return
			}
			ds, n := compare(t, s, theirs, f.First, f.Last)
			days += n
			sets++
			for _, d := range ds {
				ok := false
				for i, e := range ex {
					if e.matches(d) {
						used[i]++
						ok = true
					}
				}
				if ok {
					excused++
					continue
				}
				unexplained++
				t.Errorf("unexplained: %s", d)
			}
		}
		nat := map[string]*day{}
		theirDays(f.National, nat)
		check("", nat)
		regions, _ := Regions(m.Code)
		for _, r := range regions {
			fr, ok := f.Regions[r.Code]
			if !ok {
				continue // not in date-holidays (PT-20, PT-30): README says so
			}
			rd := map[string]*day{}
			theirDays(f.National, rd)
			for _, d := range fr.Drop {
				delete(rd, d)
			}
			theirDays(fr.Add, rd)
			check(r.Code, rd)
		}
	}
	for i, u := range used {
		if testing.Verbose() {
			t.Logf("exception %2d: %4d weekdays: %s %v: %.70s", i, u, ex[i].Market, ex[i].Regions, ex[i].Reason)
		}
		if u == 0 {
			t.Errorf("exception %d (%s %v %s%s%s) is never needed: remove it", i, ex[i].Market, ex[i].Regions, ex[i].MonthDay, ex[i].TheirName, ex[i].OurName)
		}
	}
	t.Logf("%d sets, %d weekdays compared, %d disagreements excused by %d exceptions, %d unexplained", sets, days, excused, len(ex), unexplained)
}
