package warranty

// statute is the French statute's guarantee rules, for the package's own
// tests. The library states it once, in package law/fr (fr.Warranty()); a
// rule package holds no country data.

import "github.com/aftersales/aftersales/calendar"

func statute() Rules {
	d := calendar.MustParseDate
	return Rules{
		Conformity: Conformity{
			Regimes: []Regime{
				{
					// Before loi 2014-344 (Hamon) took effect for the
					// presumption: 6 months for all goods; action 2 years
					// from delivery.
					Name:                  "ord. 2005-136",
					Basis:                 "C. consom. former L211-7, L211-12",
					Window:                Action,
					Months:                24,
					PresumptionNewMonths:  6,
					PresumptionUsedMonths: 6,
				},
				{
					// Loi 2014-344 art. 15: presumption 24 months for new
					// goods sold from 18 March 2016; 6 months for used goods.
					Name:                  "loi 2014-344",
					From:                  d("2016-03-18"),
					Basis:                 "C. consom. former L217-7, L217-12",
					Window:                Action,
					Months:                24,
					PresumptionNewMonths:  24,
					PresumptionUsedMonths: 6,
				},
				{
					// Ord. 2021-1247 art. 21: contracts from 1 January 2022.
					Name:                      "ord. 2021-1247",
					From:                      d("2022-01-01"),
					Basis:                     "C. consom. L217-3, L217-7, L217-13",
					Window:                    Appearance,
					Months:                    24,
					PresumptionNewMonths:      24,
					PresumptionUsedMonths:     12,
					RepairExtensionMonths:     6,
					RenewOnImposedReplacement: true,
					SuspendWhileImmobilised:   true,
				},
			},
			Combine:         Cumulative,
			LimitationYears: 5,
			LongStopYears:   20,
		},
		HiddenDefect: HiddenDefect{
			Basis:         "C. civ. 1641, 1648, 2232",
			Months:        24,
			LongStopYears: 20,
			LongStopFrom:  FromContract,
		},
		Commercial: Commercial{ImmobilisationMinDays: 7},
		Remedies:   Remedies{ConformityDays: 30, RefundDays: 14},
		Listing: Listing{
			SpareParts: SpareParts{
				Basis:                  "C. consom. L111-4",
				SilenceUnavailableFrom: d("2022-01-01"),
			},
			Categories: statuteCategories(),
		},
	}
}

// statuteCategories lists the product categories that must
// show an index, with the dates.
func statuteCategories() []Category {
	d := calendar.MustParseDate
	const (
		rep  = "C. env. L541-9-2; décret 2020-1757"
		rep2 = "C. env. L541-9-2; décret 2022-748"
		dur  = "C. env. L541-9-2; décret 2024-316"
		eu   = "Delegated Reg. (EU) 2023/1669"
	)
	return []Category{
		{Name: "smartphone", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2021-01-01"), Until: d("2025-06-19"), Basis: rep},
			{Kind: EnergyLabel, From: d("2025-06-20"), Basis: eu},
		}},
		{Name: "tablet", EEE: true, Indices: []Index{
			{Kind: EnergyLabel, From: d("2025-06-20"), Basis: eu},
		}},
		{Name: "laptop", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2021-01-01"), Basis: rep},
		}},
		{Name: "television", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2021-01-01"), Until: d("2025-01-07"), Basis: rep},
			{Kind: Durability, From: d("2025-01-08"), Basis: dur},
		}},
		{Name: "washing_machine_front", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2021-01-01"), Until: d("2025-04-07"), Basis: rep},
			{Kind: Durability, From: d("2025-04-08"), Basis: dur},
		}},
		{Name: "washing_machine_top", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2022-11-04"), Until: d("2025-04-07"), Basis: rep2},
			{Kind: Durability, From: d("2025-04-08"), Basis: dur},
		}},
		{Name: "lawnmower_electric", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2021-01-01"), Basis: rep},
		}},
		{Name: "dishwasher", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		{Name: "vacuum_cleaner", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		{Name: "high_pressure_cleaner", EEE: true, Indices: []Index{
			{Kind: Repairability, From: d("2022-11-04"), Basis: rep2},
		}},
		{Name: "electrical_equipment", EEE: true},
		{Name: "furniture", EEE: true},
		{Name: "car_part"},
		{Name: "other"},
	}
}
