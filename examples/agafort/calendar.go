package main

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
)

// showCalendar counts business time and a legal period on the policy's
// market calendar.
func showCalendar(eng policy.Engine) {
	cal := eng.Calendar()
	from := time.Date(2026, time.November, 20, 15, 0, 0, 0, cal.Location())
	due, err := cal.AddBusiness(from, 24*time.Hour)
	if err != nil {
		panic(err)
	}
	fmt.Printf("calendar: %s + 24 working hours = %s\n", from.Format(time.RFC3339), due.Format(time.RFC3339))
	per, err := cal.Period(calendar.MustParseDate("2025-05-26"), 14, calendar.Days, true)
	if err != nil {
		panic(err)
	}
	fmt.Printf("calendar: 14 days after 2025-05-26, rolled: last day %s, closes %s\n", per.LastDay, per.Closes.Format(time.RFC3339))
}
