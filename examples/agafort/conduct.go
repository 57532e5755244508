package main

import "github.com/aftersales/aftersales/policy"

// showConduct shows the conduct rules. Placeholder until the conduct
// command lands.
func showConduct(p policy.Policy) { _ = p }
