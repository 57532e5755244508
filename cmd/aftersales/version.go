package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
)

// versionInfo is what `aftersales version` prints.
type versionInfo struct {
	// Module is the module path; Version its version ("(devel)" when built
	// from a checkout rather than installed at a version).
	Module  string `json:"module"`
	Version string `json:"version"`
	// Go is the Go version the command was built with.
	Go string `json:"go"`
	// PolicySchema is the policy schema version Encode writes;
	// MinPolicySchema the oldest one Decode reads.
	PolicySchema    int `json:"policy_schema"`
	MinPolicySchema int `json:"min_policy_schema"`
}

func buildVersion() versionInfo {
	v := versionInfo{Module: "github.com/aftersales/aftersales", Version: "(unknown)", Go: runtime.Version(),
		PolicySchema: policy.SchemaVersion, MinPolicySchema: policy.MinSchemaVersion}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Path != "" {
			v.Module = bi.Main.Path
		}
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		if bi.GoVersion != "" {
			v.Go = bi.GoVersion
		}
	}
	return v
}

func runVersion(e *env, args []string) int {
	c := newCmd(e, "version", false)
	if st, ok := c.startMarket(args, nil); !ok {
		return st
	}
	v := buildVersion()
	return c.emit(v, nil, explain.Basis{}, func(w io.Writer) {
		fmt.Fprintf(w, "aftersales %s %s (%s), policy schema %d (reads %d to %d)\n", v.Module, v.Version, v.Go, v.PolicySchema, v.MinPolicySchema, v.PolicySchema)
	})
}
