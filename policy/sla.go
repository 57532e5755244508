package policy

import "github.com/aftersales/aftersales/sla"

// The sla section of each preset. Placeholders until package sla lands.

func slaFrenchLaw() sla.Rules  { return sla.Rules{} }
func slaOpisto() sla.Rules     { return sla.Rules{} }
func slaSwapiphone() sla.Rules { return sla.Rules{} }
func slaAgafort() sla.Rules    { return sla.Rules{} }
