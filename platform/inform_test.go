package platform

import (
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestInform(t *testing.T) {
	sales := func() []Sale {
		return []Sale{
			{ID: "a", SoldAt: at(t, "2026-03-14T23:59:59+01:00"), Contact: true},
			{ID: "b", SoldAt: at(t, "2026-03-15T00:00:00+01:00"), Contact: true},
			{ID: "c", SoldAt: at(t, "2026-06-01T12:00:00+02:00"), Contact: false},
			{ID: "d", SoldAt: at(t, "2026-09-15T10:00:00+02:00"), Contact: true},
			{ID: "e", SoldAt: at(t, "2026-09-16T08:00:00+02:00"), Contact: true},
		}
	}
	ids := func(s []Sale) []string {
		out := []string{}
		for _, x := range s {
			out = append(out, x.ID)
		}
		return out
	}
	tests := []struct {
		name      string
		reason    InformReason
		inform    []string
		noContact []string
		outside   int
		after     []string
		public    bool
		findings  []string
	}{
		{"DSA art. 32(1): six months before awareness, first instant in, last before out", Illegal, []string{"b", "d", "e"}, []string{"c"}, 1, []string{"e"}, true, []string{"dsa.32.after-aware"}},
		{"GPSR art. 35: a recall has no lookback", Recall, []string{"a", "b", "d", "e"}, []string{"c"}, 0, []string{"e"}, true, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := Inform(fr(), tt.reason, at(t, "2026-09-15T10:00:00+02:00"), sales())
			if err != nil {
				t.Fatal(err)
			}
			got := []any{ids(in.Inform), ids(in.NoContact), in.Outside, ids(in.AfterAware), in.PublicNotice, rules(in.Findings)}
			want := []any{tt.inform, tt.noContact, tt.outside, tt.after, tt.public, tt.findings}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	in, _ := Inform(fr(), Illegal, at(t, "2026-09-15T10:00:00+02:00"), nil)
	if in.LookbackFrom.Format(time.RFC3339) != "2026-03-15T00:00:00+01:00" || in.PublicNotice || len(in.Inform) != 0 || in.Inform == nil {
		t.Errorf("DSA art. 32(1) with no sales: %+v", in)
	}
	if diff := cmp.Diff([]string{FactDSA32LookbackBounds}, facts(in.Unconfirmed)); diff != "" {
		t.Errorf("unconfirmed (-want +got):\n%s", diff)
	}
}

func TestInformRefusals(t *testing.T) {
	aware := at(t, "2026-09-15T10:00:00+02:00")
	tests := []struct {
		name   string
		reason InformReason
		aware  time.Time
		sales  []Sale
		path   string
	}{
		{"no reason", "", aware, nil, "reason"},
		{"unknown reason", "rumour", aware, nil, "reason"},
		{"no awareness", Illegal, time.Time{}, nil, "aware_at"},
		{"sale without id", Illegal, aware, []Sale{{SoldAt: aware}}, "sales[0].id"},
		{"sale without instant", Illegal, aware, []Sale{{ID: "a", SoldAt: aware}, {ID: "b"}}, "sales[1].sold_at"},
		{"duplicate sale", Illegal, aware, []Sale{{ID: "a", SoldAt: aware}, {ID: "a", SoldAt: aware}}, "sales[1].id"},
		{"DSA art. 32 before the DSA applied", Illegal, at(t, "2024-01-01T00:00:00+01:00"), nil, "aware_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Inform(fr(), tt.reason, tt.aware, tt.sales)
			if p, ok := field.PathOf(err); !ok || p != tt.path {
				t.Errorf("got %v, want an error at %s", err, tt.path)
			}
		})
	}
}
