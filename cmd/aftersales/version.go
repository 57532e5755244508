package main

import (
	"io"
	"runtime"
	"runtime/debug"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
)

// versionInfo is what `aftersales version` prints.
type versionInfo struct {
	// Module is the module path.
	Module string `json:"module"`
	// Version is the module version from the build information: a tagged
	// version for `go install …@vX`, "(devel)" in a checkout.
	Version string `json:"version"`
	// Go is the Go version the command was built with.
	Go string `json:"go"`
	// Schema is the policy schema version policy.Encode writes; MinSchema
	// the oldest one policy.Decode reads.
	Schema    int `json:"schema"`
	MinSchema int `json:"min_schema"`
	// HolidayFromYear and HolidayToYear are the years the holiday data
	// covers.
	HolidayFromYear int `json:"holiday_from_year"`
	HolidayToYear   int `json:"holiday_to_year"`
}

func buildVersion() versionInfo {
	v := versionInfo{Module: "github.com/aftersales/aftersales", Version: "(unknown)", Go: runtime.Version(),
		Schema: policy.SchemaVersion, MinSchema: policy.MinSchemaVersion,
		HolidayFromYear: calendar.FirstYear, HolidayToYear: calendar.LastYear}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Path != "" {
			v.Module = bi.Main.Path
		}
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
	}
	return v
}

// runVersion prints the module version, the Go version, the policy schema
// versions written and read, and the years of the holiday data.
func runVersion(e *env, args []string) int {
	c := newCmd(e, "version", false)
	if st, ok := c.startMarket(args, nil); !ok {
		return st
	}
	v := buildVersion()
	return c.emit(v, nil, explain.Basis{}, func(w io.Writer) {
		c.say(w, "aftersales %s (%s), policy schema %d (reads %d to %d), holiday data %d–%d",
			v.Version, v.Go, v.Schema, v.MinSchema, v.Schema, v.HolidayFromYear, v.HolidayToYear)
	})
}
