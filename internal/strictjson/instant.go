package strictjson

import (
	"errors"
	"reflect"
	"time"
)

// ErrOffset is the cause of an instant whose UTC offset is ±24:00 or more:
// RFC 3339 limits the offset's hours to 00–23 (Go's time.Parse accepts
// +24:00).
var ErrOffset = errors.New("UTC offset out of range (RFC 3339 allows -23:59 to +23:59)")

// ParseInstant parses an RFC 3339 instant strictly: the layout of
// time.RFC3339 (fractional seconds allowed), a UTC offset within ±23:59
// ("Z" or "+hh:mm"), and a year from 0000 to 9999.
func ParseInstant(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, err
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return time.Time{}, ErrOffset
	}
	return t, nil
}

var timeType = reflectTypeOfTime()

func reflectTypeOfTime() reflect.Type { return reflect.TypeFor[time.Time]() }
