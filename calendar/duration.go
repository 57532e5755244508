package calendar

import (
	"errors"
	"github.com/aftersales/aftersales/explain"
	"strconv"
	"time"
)

// Duration is a length of elapsed or business time with one wire form
// everywhere in aftersales: an ISO 8601 duration in hours, minutes and
// seconds ("PT72H", "PT1H30M", "PT0S", "-PT2H15M" for a negative one; no
// days, since a day is not a fixed length). Fractions of a second are
// written as decimals ("PT0.5S").
//
// The zero Duration is no time ("PT0S"). It is a plain value, safe for
// concurrent use; daylight-saving time does not affect it (it is a length,
// not a wall-clock reading).
type Duration time.Duration

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// String returns the ISO 8601 form, as MarshalText.
func (d Duration) String() string { return string(d.appendISO(nil)) }

// Message returns d for people, as a message of the catalog
// (explain.Messager): hours, minutes and seconds, "72 h", "1 h 30 min",
// "45 min 10 s", "0 s", each unit's abbreviation in the reader's language;
// a negative d starts with "-". Sub-second parts are dropped.
func (d Duration) Message() explain.Msg {
	n := int64(d)
	neg := n < 0
	if neg {
		n = -n
		if n < 0 { // |MinInt64|
			n = 1<<63 - 1
		}
	}
	h := n / int64(time.Hour)
	m := n % int64(time.Hour) / int64(time.Minute)
	s := n % int64(time.Minute) / int64(time.Second)
	var msg explain.Msg
	switch {
	case h > 0 && m == 0 && s == 0:
		msg = explain.Msg{Key: "%d h", Args: []any{h}}
	case h > 0 && s == 0:
		msg = explain.Msg{Key: "%d h %d min", Args: []any{h, m}}
	case h > 0:
		msg = explain.Msg{Key: "%d h %d min %d s", Args: []any{h, m, s}}
	case m > 0 && s == 0:
		msg = explain.Msg{Key: "%d min", Args: []any{m}}
	case m > 0:
		msg = explain.Msg{Key: "%d min %d s", Args: []any{m, s}}
	default:
		msg = explain.Msg{Key: "%d s", Args: []any{s}}
	}
	if neg {
		msg.Args = []any{explain.Msg{Key: msg.Key, Args: msg.Args}}
		msg.Key = "-%s"
	}
	return msg
}

func (d Duration) appendISO(b []byte) []byte {
	n := int64(d)
	if n < 0 {
		b = append(b, '-')
		if n == -1<<63 { // |MinInt64| does not fit: write it by parts
			n = -(n + 1)
			return appendISOAbs(b, uint64(n)+1)
		}
		n = -n
	}
	return appendISOAbs(b, uint64(n))
}

func appendISOAbs(b []byte, n uint64) []byte {
	b = append(b, 'P', 'T')
	if n == 0 {
		return append(b, '0', 'S')
	}
	h := n / uint64(time.Hour)
	n -= h * uint64(time.Hour)
	m := n / uint64(time.Minute)
	n -= m * uint64(time.Minute)
	if h > 0 {
		b = strconv.AppendUint(b, h, 10)
		b = append(b, 'H')
	}
	if m > 0 {
		b = strconv.AppendUint(b, m, 10)
		b = append(b, 'M')
	}
	if n > 0 {
		s := n / uint64(time.Second)
		frac := n % uint64(time.Second)
		b = strconv.AppendUint(b, s, 10)
		if frac > 0 {
			f := strconv.AppendUint(nil, frac+uint64(time.Second), 10)[1:] // 9 digits, leading zeros kept
			for len(f) > 0 && f[len(f)-1] == '0' {
				f = f[:len(f)-1]
			}
			b = append(b, '.')
			b = append(b, f...)
		}
		b = append(b, 'S')
	}
	return b
}

// MarshalText implements encoding.TextMarshaler (ISO 8601).
func (d Duration) MarshalText() ([]byte, error) { return d.appendISO(nil), nil }

var errDuration = errors.New(`want an ISO 8601 duration in hours, minutes and seconds such as "PT72H" or "-PT1H30M"`)

// ParseDuration parses the form Duration writes: an optional '-', "PT",
// then hours (H), minutes (M) and seconds (S, with up to 9 decimals), each
// optional but at least one, in that order. Days, years and other ISO
// designators are refused, as are values beyond about 292 years.
func ParseDuration(s string) (Duration, error) {
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, s = true, s[1:]
	}
	if len(s) < 3 || s[0] != 'P' || s[1] != 'T' {
		return 0, errDuration
	}
	s = s[2:]
	var total uint64
	maxTotal := uint64(1<<63 - 1)
	if neg {
		maxTotal++ // |math.MinInt64|
	}
	order := 0
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i > 19 {
			return 0, errDuration
		}
		whole, err := strconv.ParseUint(s[:i], 10, 64)
		if err != nil {
			return 0, errDuration
		}
		var frac uint64
		if i < len(s) && s[i] == '.' {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			digits := s[i+1 : j]
			if len(digits) == 0 || len(digits) > 9 || j >= len(s) || s[j] != 'S' {
				return 0, errDuration
			}
			f, _ := strconv.ParseUint(digits, 10, 64)
			for k := len(digits); k < 9; k++ {
				f *= 10
			}
			frac = f
			i = j
		}
		if i >= len(s) {
			return 0, errDuration
		}
		var unit uint64
		var rank int
		switch s[i] {
		case 'H':
			unit, rank = uint64(time.Hour), 1
		case 'M':
			unit, rank = uint64(time.Minute), 2
		case 'S':
			unit, rank = uint64(time.Second), 3
		default:
			return 0, errDuration
		}
		if rank <= order {
			return 0, errDuration
		}
		order = rank
		if whole > maxTotal/unit {
			return 0, errDuration
		}
		add := whole*unit + frac
		if add > maxTotal-total {
			return 0, errDuration
		}
		total += add
		s = s[i+1:]
	}
	if order == 0 {
		return 0, errDuration
	}
	if neg {
		return Duration(-int64(total-1) - 1), nil
	}
	return Duration(int64(total)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDuration.
func (d *Duration) UnmarshalText(b []byte) error {
	x, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = x
	return nil
}
