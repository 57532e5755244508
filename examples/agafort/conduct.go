package main

import (
	"fmt"

	"github.com/aftersales/aftersales/policy"
)

// showConduct screens a Polish seller message that hands out a phone
// number, a disguised e-mail address and a WhatsApp invitation. Agafort's
// policy routes requests for a seller's direct details through its
// customer service (§5); this library reads that as no e-mail, phone, web
// or social contact in messages. Marketing is not an Agafort rule, so the
// "kod rabatowy" is not reported.
func showConduct(eng policy.Engine) {
	s := eng.Conduct()
	msg := "Dzień dobry, zamówienie nr 2026/0412 wysłane. Proszę dzwonić 0048 600 700 800, pisać na jan.kowalski małpa wp kropka pl albo na WhatsAppie. Kod rabatowy LATO10."
	res, err := s.Screen(msg)
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("conduct: %s %q (%s)\n", f.Kind, f.Text, f.Basis.Sources()[0])
	}
	fmt.Printf("conduct: masked: %s\n", res.Masked)
}
