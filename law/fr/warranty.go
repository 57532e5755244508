package fr

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/warranty"
)

// Warranty returns the legal guarantees: the conformity guarantee in its
// three regimes by contract date (ord. 2005-136: 24 months, 6-month
// presumption, former L211-7 and L211-12; loi 2014-344 art. 15: 24-month
// presumption for new goods sold from 18 March 2016, former L217-7 and
// L217-12; ord. 2021-1247 art. 21 for contracts from 1 January 2022:
// L217-3, 12 months' presumption for second-hand goods and 24 for new ones
// under L217-7, 6 more months after a repair and a new period after an
// imposed replacement under L217-13; for contracts from 2026-07-31 Directive
// (EU) 2024/1799 extends the period once by 12 months after a repair, its
// French transposition unconfirmed), cumulative with the hidden-defect
// guarantee (C. civ. 1641, 1648: 2 years from discovery, 20-year long stop
// from the contract under 2232), the court action's limitation (C. civ.
// 2224: 5 years; 2232: 20), the remedy deadlines (L217-10: 30 days to
// repair or replace; 14 days to refund), and the listing duties (L111-4
// spare parts; repairability, durability and energy-label indices by
// category and date).
func Warranty() warranty.Rules {
	d := calendar.MustParseDate
	return warranty.Rules{
		Conformity: warranty.Conformity{
			Regimes: []warranty.Regime{
				{
					Name:                  "ord. 2005-136",
					Basis:                 "C. consom. former L211-7, L211-12",
					Window:                warranty.Action,
					Months:                24,
					PresumptionNewMonths:  6,
					PresumptionUsedMonths: 6,
				},
				{
					Name:                  "loi 2014-344",
					From:                  d("2016-03-18"),
					Basis:                 "C. consom. former L217-7, L217-12",
					Window:                warranty.Action,
					Months:                24,
					PresumptionNewMonths:  24,
					PresumptionUsedMonths: 6,
				},
				{
					Name:                      "ord. 2021-1247",
					From:                      d("2022-01-01"),
					Basis:                     "C. consom. L217-3, L217-7, L217-13",
					Window:                    warranty.Appearance,
					Months:                    24,
					PresumptionNewMonths:      24,
					PresumptionUsedMonths:     12,
					RepairExtensionMonths:     6,
					RenewOnImposedReplacement: true,
					SuspendWhileImmobilised:   true,
				},
				{
					Name:                      "ord. 2021-1247 + Dir. 2024/1799",
					From:                      d("2026-07-31"),
					Basis:                     "C. consom. L217-3, L217-7, L217-13; Directive (EU) 2024/1799 art. 16",
					Window:                    warranty.Appearance,
					Months:                    24,
					PresumptionNewMonths:      24,
					PresumptionUsedMonths:     12,
					RepairExtensionMonths:     12,
					RepairExtensionOnce:       true,
					RenewOnImposedReplacement: true,
					SuspendWhileImmobilised:   true,
					Unconfirmed:               []string{"repair_extension_months"},
				},
			},
			Combine:         warranty.Cumulative,
			LimitationYears: 5,
			LongStopYears:   20,
		},
		HiddenDefect: warranty.HiddenDefect{
			Basis:         HiddenDefects,
			Months:        24,
			LongStopYears: 20,
			LongStopFrom:  warranty.FromContract,
		},
		Commercial: warranty.Commercial{ImmobilisationMinDays: 7},
		Remedies:   warranty.Remedies{ConformityDays: 30, RefundDays: 14},
		Listing: warranty.Listing{
			SpareParts: warranty.SpareParts{
				Basis:                  SpareParts,
				SilenceUnavailableFrom: d("2022-01-01"),
			},
			Categories: categories(),
		},
	}
}

// categories lists the goods categories that must show a repairability,
// durability or energy-label index, with the dates each index applies.
func categories() []warranty.Category {
	d := calendar.MustParseDate
	const (
		rep  = "C. env. L541-9-2; décret 2020-1757"
		rep2 = "C. env. L541-9-2; décret 2022-748"
		dur  = "C. env. L541-9-2; décret 2024-316"
		eu   = "Delegated Reg. (EU) 2023/1669"
	)
	type (
		C = warranty.Category
		I = warranty.Index
	)
	return []warranty.Category{
		{Name: "smartphone", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2021-01-01"), Until: d("2025-06-19"), Basis: rep},
			{Kind: warranty.EnergyLabel, From: d("2025-06-20"), Basis: eu},
		}},
		{Name: "tablet", EEE: true, Indices: []I{
			{Kind: warranty.EnergyLabel, From: d("2025-06-20"), Basis: eu},
		}},
		{Name: "laptop", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2021-01-01"), Basis: rep},
		}},
		{Name: "television", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2021-01-01"), Until: d("2025-01-07"), Basis: rep},
			{Kind: warranty.Durability, From: d("2025-01-08"), Basis: dur},
		}},
		{Name: "washing_machine_front", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2021-01-01"), Until: d("2025-04-07"), Basis: rep},
			{Kind: warranty.Durability, From: d("2025-04-08"), Basis: dur},
		}},
		{Name: "washing_machine_top", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2022-11-04"), Until: d("2025-04-07"), Basis: rep2},
			{Kind: warranty.Durability, From: d("2025-04-08"), Basis: dur},
		}},
		{Name: "lawnmower_electric", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2021-01-01"), Basis: rep},
		}},
		{Name: "dishwasher", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		{Name: "vacuum_cleaner", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		{Name: "high_pressure_cleaner", EEE: true, Indices: []I{
			{Kind: warranty.Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		C{Name: "electrical_equipment", EEE: true},
		C{Name: "furniture", EEE: true},
		C{Name: "car_part"},
		C{Name: "other"},
	}
}
