package refund

// frenchLaw is the French statute's refund rules, for the package's own
// tests. The library states it once, in package law/fr (fr.Refund()); a
// rule package holds no country data. TestStatuteCopy in law/fr keeps the
// two equal.
func frenchLaw() Rules {
	return Rules{
		Withdrawal: WithdrawalRules{Days: 14, NotInformedMonths: 12, InformedLateDays: 14, Basis: "C. consom. L221-18"},
		OnWithdrawal: Components{
			Parts: true, Delivery: true, Deduction: true, PartialDelivery: SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: ScaleL2424,
			Basis: "C. consom. L221-24", DeadlineBasis: "C. consom. L221-24",
		},
		OnConformity: Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, ReturnShipping: true, PartialDelivery: SplitProRata,
			DeadlineDays: 14, DeferUntilReturn: true, LateSurcharge: ScaleNone,
			Basis: "C. consom. L217-16", DeadlineBasis: "C. consom. L217-17",
		},
		OnNonDelivery: Components{
			Parts: true, Delivery: true, DeliverySurcharge: true, PartialDelivery: SplitProRata,
			DeadlineDays: 14, LateSurcharge: ScaleL2414,
			Basis: "C. consom. L216-7", DeadlineBasis: "C. consom. L216-7",
		},
	}
}
