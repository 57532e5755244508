package platform

import (
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestOrderDue(t *testing.T) {
	tests := []struct {
		name     string
		kind     OrderKind
		received string
		due      string
		skipped  []string
	}{
		{"GPSR art. 22(4): second working day before Bastille Day", SafetyOrder, "2026-07-09T09:00:00+02:00", "2026-07-14T00:00:00+02:00", []string{"2026-07-11", "2026-07-12"}},
		{"GPSR art. 22(4): second working day after Bastille Day", SafetyOrder, "2026-07-10T09:00:00+02:00", "2026-07-16T00:00:00+02:00", []string{"2026-07-11", "2026-07-12", "2026-07-14"}},
		{"GPSR art. 22(4): received on the eve of the holiday", SafetyOrder, "2026-07-13T23:59:59+02:00", "2026-07-17T00:00:00+02:00", []string{"2026-07-14"}},
		{"GPSR art. 22(4): received on the holiday itself", SafetyOrder, "2026-07-14T08:00:00+02:00", "2026-07-17T00:00:00+02:00", []string{}},
		{"GPSR art. 22(4): received on a Saturday", SafetyOrder, "2026-07-11T10:00:00+02:00", "2026-07-16T00:00:00+02:00", []string{"2026-07-12", "2026-07-14"}},
		{"GPSR art. 22(4): hour of receipt does not matter", SafetyOrder, "2026-07-06T00:00:00+02:00", "2026-07-09T00:00:00+02:00", []string{}},
		{"GPSR art. 22(4): received as UTC, counted in Paris", SafetyOrder, "2026-07-08T22:30:00Z", "2026-07-14T00:00:00+02:00", []string{"2026-07-11", "2026-07-12"}},
		{"GPSR art. 22 notices: third working day after Victory Day", SafetyNotice, "2026-05-07T16:00:00+02:00", "2026-05-14T00:00:00+02:00", []string{"2026-05-08", "2026-05-09", "2026-05-10"}},
		{"GPSR art. 22 notices: Ascension skipped", SafetyNotice, "2026-05-12T10:00:00+02:00", "2026-05-19T00:00:00+02:00", []string{"2026-05-14", "2026-05-16", "2026-05-17"}},
		{"GPSR art. 22(4): across the clocks going back", SafetyOrder, "2026-10-23T12:00:00+02:00", "2026-10-28T00:00:00+01:00", []string{"2026-10-24", "2026-10-25"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := OrderDue(fr(), Order{Kind: tt.kind, Received: at(t, tt.received)})
			if err != nil {
				t.Fatal(err)
			}
			var skipped []string = []string{}
			for _, h := range st.Skipped {
				skipped = append(skipped, h.Date.String())
			}
			got := []any{st.Due.Format(time.RFC3339), skipped}
			want := []any{tt.due, tt.skipped}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestOrderDueUnconfirmed(t *testing.T) {
	st, err := OrderDue(fr(), Order{Kind: SafetyNotice, Received: at(t, "2026-07-10T09:00:00+02:00")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{FactReg1182Applies, FactWorkingDays, FactHolidaysOfState, FactGPSRNotice3Days}
	if diff := cmp.Diff(want, facts(st.Unconfirmed)); diff != "" {
		t.Errorf("unconfirmed (-want +got):\n%s", diff)
	}
	n := 0
	for _, s := range st.Basis.Steps {
		if s.Rule == "platform.unconfirmed" {
			n++
		}
	}
	if n != len(want) {
		t.Errorf("%d unconfirmed steps in the basis, want %d", n, len(want))
	}
}

func TestOrderAtStates(t *testing.T) {
	recv := "2026-07-10T09:00:00+02:00" // due 2026-07-16T00:00+02:00
	tests := []struct {
		name, acted, at string
		state           OrderState
		remaining, late time.Duration
	}{
		{"GPSR art. 22(4): open", "", "2026-07-13T12:00:00+02:00", OrderOpen, 60 * time.Hour, 0},
		{"GPSR art. 22(4): due soon", "", "2026-07-15T12:00:00+02:00", OrderDueSoon, 12 * time.Hour, 0},
		{"GPSR art. 22(4): last instant is not late", "", "2026-07-16T00:00:00+02:00", OrderDueSoon, 0, 0},
		{"GPSR art. 22(4): late", "", "2026-07-16T00:00:01+02:00", OrderLate, 0, time.Second},
		{"GPSR art. 22(4): done", "2026-07-15T23:00:00+02:00", "2026-07-20T00:00:00+02:00", OrderDone, 0, 0},
		{"GPSR art. 22(4): done late", "2026-07-16T02:00:00+02:00", "2026-07-20T00:00:00+02:00", OrderDoneLate, 0, 2 * time.Hour},
		{"GPSR art. 22(4): acted after the evaluation instant", "2026-07-16T02:00:00+02:00", "2026-07-13T12:00:00+02:00", OrderOpen, 60 * time.Hour, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Order{Kind: SafetyOrder, Received: at(t, recv)}
			if tt.acted != "" {
				o.Acted = at(t, tt.acted)
			}
			st, err := OrderAt(fr(), o, at(t, tt.at), 24*time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			got := []any{st.State, st.Remaining.Std(), st.Late.Std()}
			want := []any{tt.state, tt.remaining, tt.late}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDSAOrderHasNoOuterLimit(t *testing.T) {
	st, err := OrderAt(fr(), Order{Kind: DSAOrder, Received: at(t, "2026-07-10T09:00:00+02:00")}, at(t, "2027-07-10T09:00:00+02:00"), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Due.IsZero() || st.State != OrderOpen || st.WorkingDays != 0 {
		t.Errorf("DSA art. 9: %+v", st)
	}
}

func TestOrderRefusals(t *testing.T) {
	tests := []struct {
		name string
		o    Order
		at   string
		path string
		msg  string
	}{
		{"no kind", Order{Received: at(t, "2026-07-10T09:00:00+02:00")}, "", "kind", "missing"},
		{"unknown kind", Order{Kind: "letter", Received: at(t, "2026-07-10T09:00:00+02:00")}, "", "kind", "unknown kind"},
		{"no receipt", Order{Kind: SafetyOrder}, "", "received", "missing"},
		{"acted before receipt", Order{Kind: SafetyOrder, Received: at(t, "2026-07-10T09:00:00+02:00"), Acted: at(t, "2026-07-09T09:00:00+02:00")}, "", "acted", "before received"},
		{"GPSR art. 22(4) before the GPSR applied", Order{Kind: SafetyOrder, Received: at(t, "2024-12-12T09:00:00+01:00")}, "", "received", "before the GPSR applied"},
		{"DSA art. 9 before the DSA applied", Order{Kind: DSAOrder, Received: at(t, "2024-02-16T09:00:00+01:00")}, "", "received", "before the DSA applied"},
		{"past the holiday data", Order{Kind: SafetyOrder, Received: at(t, "2099-12-31T09:00:00+01:00")}, "", "received", "holiday data"},
		{"evaluated before receipt", Order{Kind: SafetyOrder, Received: at(t, "2026-07-10T09:00:00+02:00")}, "2026-07-09T09:00:00+02:00", "at", "before received"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.at == "" {
				_, err = OrderDue(fr(), tt.o)
			} else {
				_, err = OrderAt(fr(), tt.o, at(t, tt.at), 0)
			}
			p, ok := field.PathOf(err)
			if !ok || p != tt.path || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v (path %q), want %s: …%s…", err, p, tt.path, tt.msg)
			}
		})
	}
	if _, err := OrderDue(calendar.Calendar{}, Order{Kind: SafetyOrder, Received: time.Now()}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("zero calendar: %v", err)
	}
}

// refDue is the slow obviously-correct reference: walk the days after
// receipt, counting those that are not Saturdays, Sundays or holidays.
func refDue(cal calendar.Calendar, recv time.Time, n int) time.Time {
	d := calendar.DateOf(recv.In(cal.Location()))
	for n > 0 {
		d = d.AddDays(1)
		wd := d.Weekday()
		if _, hol := cal.Holiday(d); wd != time.Saturday && wd != time.Sunday && !hol {
			n--
		}
	}
	end, _ := cal.End(d)
	return end
}

func TestOrderDueAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, m := range []string{"FR", "DE", "PL", "BE"} {
		cal := calendar.MustForMarket(m, "")
		lo := at(t, "2025-01-01T00:00:00Z").Unix()
		for range 2000 {
			recv := time.Unix(lo+r.Int64N(3*365*86400), 0)
			for _, k := range []OrderKind{SafetyOrder, SafetyNotice} {
				st, err := OrderDue(cal, Order{Kind: k, Received: recv})
				if err != nil {
					t.Fatal(err)
				}
				if want := refDue(cal, recv, k.workingDays()); !st.Due.Equal(want) {
					t.Fatalf("%s %s %s: due %s, reference %s", m, k, recv, st.Due, want)
				}
				// Property: the working days after the day of receipt up to
				// the last day number exactly N, the last one among them.
				n, err := cal.WorkingDays(cal.DateOf(recv).AddDays(1), st.LastDay)
				if err != nil || n != k.workingDays() || !cal.IsWorkingDay(st.LastDay) {
					t.Fatalf("%s %s %s: %d working days to %s (%v)", m, k, recv, n, st.LastDay, err)
				}
			}
		}
	}
}

func FuzzOrderDue(f *testing.F) {
	f.Add(int64(1783670400), uint8(0))
	f.Add(int64(1783900000), uint8(1))
	cal := fr()
	f.Fuzz(func(t *testing.T, sec int64, k uint8) {
		kind := []OrderKind{SafetyOrder, SafetyNotice, DSAOrder}[int(k)%3]
		recv := time.Unix(sec, 0)
		st, err := OrderDue(cal, Order{Kind: kind, Received: recv})
		if err != nil {
			var fe *field.Error
			if !errors.As(err, &fe) {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		if kind == DSAOrder {
			if !st.Due.IsZero() {
				t.Fatalf("DSA order with a due instant")
			}
			return
		}
		if !st.Due.After(recv) || st.Due.Sub(recv) > 30*24*time.Hour {
			t.Fatalf("due %s for receipt %s", st.Due, recv)
		}
		// Monotone: a later receipt never gives an earlier limit.
		st2, err := OrderDue(cal, Order{Kind: kind, Received: recv.Add(time.Hour)})
		if err == nil && st2.Due.Before(st.Due) {
			t.Fatalf("not monotone: %s then %s", st.Due, st2.Due)
		}
	})
}

func TestOrderDueSharedCalendar(t *testing.T) {
	cal := fr()
	want, _ := OrderDue(cal, Order{Kind: SafetyOrder, Received: at(t, "2026-07-10T09:00:00+02:00")})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				got, err := OrderDue(cal, Order{Kind: SafetyOrder, Received: at(t, "2026-07-10T09:00:00+02:00")})
				if err != nil || !got.Due.Equal(want.Due) {
					t.Errorf("concurrent: %v %v", got.Due, err)
					return
				}
			}
		})
	}
	wg.Wait()
}
