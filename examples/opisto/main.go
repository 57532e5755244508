// Command opisto shows the Opisto rules of aftersales end to end in code: each
// capability adds a function in its own file and main calls them in order.
package main

import (
	"fmt"

	"github.com/aftersales/aftersales/policy"
)

func main() {
	p := policy.Opisto()
	fmt.Printf("== %s (%s)\n", p.Platform, p.Name)
	showCalendar(p)
	showSLA(p)
	showRefund(p)
	showWarranty(p)
	showDispute(p)
	showConduct(p)
	showPolicy(p)
}
