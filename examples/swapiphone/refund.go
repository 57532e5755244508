package main

import "github.com/aftersales/aftersales/policy"

// showRefund shows the refund rules. Placeholder until package refund lands.
func showRefund(p policy.Policy) { _ = p }
