package warranty

import (
	"sync"
	"testing"

	"github.com/aftersales/aftersales/calendar"
)

// frCalendar is built once: building a market calendar is the slow part.
var frCalendar = sync.OnceValues(func() (calendar.Calendar, error) { return calendar.ForMarket("FR", "") })

// engineFor returns an Engine for r on the French calendar.
func engineFor(t testing.TB, r Rules) Engine {
	t.Helper()
	cal, err := frCalendar()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(r, cal)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

// statuteEngine returns an Engine for the French statute.
func statuteEngine(t testing.TB) Engine { t.Helper(); return engineFor(t, statute()) }
