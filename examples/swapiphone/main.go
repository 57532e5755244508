// Command swapiphone shows the Swapiphone rules of aftersales end to end in code: each
// capability adds a function in its own file and main calls them in order.
package main

import (
	"fmt"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

func main() {
	eng, err := policy.Compile(preset.Swapiphone())
	if err != nil {
		panic(err)
	}
	p := eng.Policy()
	fmt.Printf("== %s (%s)\n", p.Platform, p.Name)
	showCalendar(eng)
	showSLA(eng)
	showRefund(eng)
	showWarranty(eng)
	showDispute(eng)
	showConduct(eng)
	showPolicy(eng)
}
