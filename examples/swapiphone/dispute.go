package main

import "github.com/aftersales/aftersales/policy"

// showDispute shows the dispute rules. Placeholder until package dispute lands.
func showDispute(p policy.Policy) { _ = p }
