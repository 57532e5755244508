package holidays_test

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar/holidays"
)

// A question about 2023 uses 2023's law: Denmark abolished Store bededag
// from 2024.
func ExampleSet_Year_changeOfLaw() {
	dk, err := holidays.For("DK", "")
	if err != nil {
		panic(err)
	}
	for _, y := range []int{2023, 2024} {
		hs, _ := dk.Year(y)
		for _, h := range hs {
			if h.Month == 5 && h.Day < 15 || h.Month == 4 && h.Day > 20 {
				fmt.Println(y, h.Month, h.Day, h.NameEN)
			}
		}
	}
	// Output:
	// 2023 May 5 General Prayer Day
	// 2024 May 9 Ascension Day
}

// German holidays are Land law (§193 BGB looks to the place of the act):
// Bavaria adds Epiphany, Corpus Christi and All Saints' Day.
func ExampleFor_region() {
	by, err := holidays.For("DE", "DE-BY")
	if err != nil {
		panic(err)
	}
	hs, _ := by.Year(2026)
	for _, h := range hs {
		if h.Region != "" {
			fmt.Println(h.Month, h.Day, h.Name, "—", h.Basis)
		}
	}
	// Output:
	// January 6 Heilige Drei Könige — BayFTG Art. 1 Abs. 1
	// June 4 Fronleichnam — BayFTG Art. 1 Abs. 1
	// November 1 Allerheiligen — BayFTG Art. 1 Abs. 1
}

// Iceland's Christmas Eve and New Year's Eve are holidays from 13:00: From
// is the second of the day at which the holiday begins.
func ExampleHoliday_partDay() {
	is, _ := holidays.For("IS", "")
	hs, _ := is.Year(2025)
	for _, h := range hs {
		if h.From != 0 {
			fmt.Printf("%s %d from %02d:00 (%s)\n", h.Month, h.Day, h.From/3600, h.Name)
		}
	}
	// Output:
	// December 24 from 13:00 (Aðfangadagur jóla)
	// December 31 from 13:00 (Gamlársdagur)
}

// An unknown region is an error that lists the known ones.
func ExampleFor_unknownRegion() {
	_, err := holidays.For("PT", "algarve")
	fmt.Println(err)
	// Output:
	// holidays: unknown region "algarve" for market PT (known: PT-20 (azores, acores, açores), PT-30 (madeira))
}
