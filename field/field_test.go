package field_test

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"root", &field.Error{Err: errors.New("empty document")}, "empty document"},
		{"path", field.Errorf("calendar.week.mon[0]", "end before start"), "calendar.week.mon[0]: end before start"},
		{"nested", field.At("calendar", field.At("week", field.Errorf("mon[0]", "bad"))), "calendar.week.mon[0]: bad"},
		{"index", field.At("lines", field.Errorf("[2].price", "negative")), "lines[2].price: negative"},
		{"plain cause", field.At("hours", io.EOF), "hours: EOF"},
		{"zero", &field.Error{}, "invalid value"},
		{"empty path keeps err", field.At("", io.EOF), "EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNilStaysNil(t *testing.T) {
	if err := field.At("x", nil); err != nil {
		t.Fatalf("At(x, nil) = %v", err)
	}
}

func TestAsAndIsThroughWrapping(t *testing.T) {
	sentinel := errors.New("sentinel")
	err := fmt.Errorf("decoding case: %w", field.At("refund", field.Errorf("lines[0]", "bad: %w", sentinel)))
	var fe *field.Error
	if !errors.As(err, &fe) {
		t.Fatal("errors.As found no *field.Error")
	}
	if diff := cmp.Diff("refund.lines[0]", fe.Path); diff != "" {
		t.Errorf("path (-want +got):\n%s", diff)
	}
	if !errors.Is(err, sentinel) {
		t.Error("errors.Is does not see the sentinel through the path")
	}
	if p, ok := field.PathOf(err); !ok || p != "refund.lines[0]" {
		t.Errorf("PathOf = %q, %v", p, ok)
	}
	if _, ok := field.PathOf(io.EOF); ok {
		t.Error("PathOf found a path in a plain error")
	}
}

func ExampleError() {
	err := field.At("sla", field.Errorf("targets[1].hours", "must not be negative"))
	var fe *field.Error
	if errors.As(err, &fe) {
		fmt.Println(fe.Path)
	}
	fmt.Println(err)
	// Output:
	// sla.targets[1].hours
	// sla.targets[1].hours: must not be negative
}
