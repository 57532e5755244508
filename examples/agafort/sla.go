package main

import "github.com/aftersales/aftersales/policy"

// showSLA shows the sla rules. Placeholder until package sla lands.
func showSLA(p policy.Policy) { _ = p }
