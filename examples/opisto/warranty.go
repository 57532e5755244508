package main

import "github.com/aftersales/aftersales/policy"

// showWarranty shows the warranty rules. Placeholder until package warranty lands.
func showWarranty(p policy.Policy) { _ = p }
