//lint:file-ignore SA1019 the statute stays in refund.FrenchLaw until package law/fr lands (issue 11)

package policy

import "github.com/aftersales/aftersales/refund"

// The refund section of each preset.

// refundFrenchLaw is the statutory floor (refund.FrenchLaw).
func refundFrenchLaw() refund.Rules { return refund.FrenchLaw() }

// refundOpisto follows the Opisto charter §II: the 14-day withdrawal
// right from receipt is granted to professional buyers as well as to
// consumers; a withdrawal refunds the parts, the delivery and any delivery
// surcharge; a claim within the guarantee period refunds the same plus the
// return costs. The charter is silent on partial returns: delivery is
// refunded pro rata, as under the law. Deadlines and surcharges follow the
// law.
func refundOpisto() refund.Rules {
	r := refund.FrenchLaw()
	r.Withdrawal.Professionals = true
	r.Withdrawal.Basis = "Opisto charter §II; C. consom. L221-18"
	r.OnWithdrawal.DeliverySurcharge = true
	r.OnWithdrawal.Basis = "Opisto charter §II; C. consom. L221-24"
	r.OnConformity.Parts, r.OnConformity.Delivery = true, true
	r.OnConformity.DeliverySurcharge, r.OnConformity.ReturnShipping = true, true
	r.OnConformity.Basis = "Opisto charter §II; C. consom. L217-16"
	return r
}

// refundSwapiphone: the Swapiphone texts only say that returns and
// withdrawals go through the platform's helpdesk; refunds follow the law.
func refundSwapiphone() refund.Rules { return refund.FrenchLaw() }

// refundAgafort: the Agafort dispute policy has no refund rule; refunds
// follow the law.
func refundAgafort() refund.Rules { return refund.FrenchLaw() }
