package money

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// marshalRef is MarshalJSON as it was written before AppendJSON: the
// decimal text of Number after the minor-unit check.
func marshalRef(a Amount) ([]byte, error) {
	if a.c.IsZero() {
		return nil, ErrNoCurrency
	}
	if _, err := a.minor(); err != nil {
		return nil, err
	}
	return []byte(`{"amount":"` + a.Number() + `","currency":"` + a.c.Code() + `"}`), nil
}

func TestAppendJSONAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	curs := []Currency{MustCurrency("EUR"), MustCurrency("JPY"), MustCurrency("BHD"), MustCurrency("CLF")}
	check := func(a Amount) {
		t.Helper()
		want, werr := marshalRef(a)
		got, gerr := a.AppendJSON([]byte("x"))
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%s: reference error %v, AppendJSON error %v", a, werr, gerr)
		}
		if werr != nil {
			if string(got) != "x" {
				t.Fatalf("%s: AppendJSON failed but wrote %q", a, got)
			}
			return
		}
		if string(got) != "x"+string(want) {
			t.Fatalf("%s: AppendJSON %s, want %s", a, got[1:], want)
		}
		if m, _ := a.MarshalJSON(); string(m) != string(want) {
			t.Fatalf("%s: MarshalJSON %s, want %s", a, m, want)
		}
	}
	check(Amount{})
	for i := 0; i < 100000; i++ {
		c := curs[r.IntN(len(curs))]
		var s string
		switch r.IntN(4) {
		case 0: // small, with the currency's digits or fewer
			s = strconv.FormatInt(r.Int64N(2000000)-1000000, 10)
			if d := r.IntN(c.Digits() + 1); d > 0 {
				s = strconv.FormatFloat(float64(r.Int64N(2000000)-1000000)/1e4, 'f', d, 64)
			}
		case 1: // int64 edges
			s = strconv.FormatInt([]int64{0, 1, -1, 1<<63 - 1, -1 << 63, 1<<62 + 7}[r.IntN(6)], 10)
		case 2: // beyond int64
			s = "9" + strconv.FormatUint(r.Uint64(), 10) + "." + strconv.Itoa(r.IntN(10))
		default: // more digits than the currency's: not whole minor units, or whole with zeros
			s = strconv.FormatInt(r.Int64N(100000), 10) + "." + strconv.Itoa(r.IntN(1000)) + []string{"", "0", "00", "5"}[r.IntN(4)]
		}
		a, err := ParseNumber(s)
		if err != nil {
			continue
		}
		check(a.In(c))
		check(a)
	}
}

func TestAppendJSONAllocations(t *testing.T) {
	a := MustParse("-1234.05", MustCurrency("EUR"))
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf, _ = a.AppendJSON(buf[:0]) }); n != 0 {
		t.Errorf("AppendJSON: %v allocations, want 0", n)
	}
}
