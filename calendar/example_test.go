package calendar_test

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
)

func Example() {
	fr, err := calendar.ForMarket("FR", "")
	if err != nil {
		panic(err)
	}
	// Monday 13 July 2026 10:00 plus 24 business hours: Bastille Day is
	// skipped.
	from := time.Date(2026, time.July, 13, 10, 0, 0, 0, fr.Location())
	due, err := fr.AddBusiness(from, 24*time.Hour)
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Format(time.RFC3339))
	// Output: 2026-07-15T10:00:00+02:00
}

func ExampleCalendar_Period() {
	fr := calendar.MustForMarket("FR", "")
	// Goods received on Monday 26 May 2025: day 14 is Pentecost Monday, so
	// the withdrawal period ends on Tuesday.
	p, err := fr.Period(calendar.MustParseDate("2025-05-26"), 14, calendar.Days, true)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.LastDay, p.Closes.Format(time.RFC3339))
	for _, s := range p.Skipped {
		fmt.Println("moved over", s.Date, s.Name)
	}
	// Output:
	// 2025-06-10 2025-06-11T00:00:00+02:00
	// moved over 2025-06-09 Lundi de Pentecôte
}

func ExampleCalendar_Between() {
	fr := calendar.MustForMarket("FR", "")
	loc := fr.Location()
	d, err := fr.Between(time.Date(2026, 5, 11, 0, 0, 0, 0, loc), time.Date(2026, 5, 18, 0, 0, 0, 0, loc))
	if err != nil {
		panic(err)
	}
	fmt.Println(d) // Monday to Friday minus Ascension Thursday
	// Output: 96h0m0s
}

func ExampleCalendar_WithClosures() {
	fr := calendar.MustForMarket("FR", "")
	vacation, err := fr.WithClosures(calendar.Closure{
		From:   calendar.MustParseDate("2026-11-23"),
		To:     calendar.MustParseDate("2026-11-27"),
		Reason: "registered vacation",
	})
	if err != nil {
		panic(err)
	}
	from := time.Date(2026, time.November, 20, 15, 0, 0, 0, fr.Location())
	due, _ := vacation.AddBusiness(from, 24*time.Hour)
	fmt.Println(due.Format(time.RFC3339))
	// Output: 2026-11-30T15:00:00+01:00
}

func ExampleNew() {
	// A seller working Monday to Saturday 09:00–12:00 and 14:00–18:00 in
	// Alsace, who works on Pentecost Monday.
	days := []calendar.Interval{calendar.MustInterval("09:00-12:00"), calendar.MustInterval("14:00-18:00")}
	c, err := calendar.New(calendar.Spec{
		Market:             "FR",
		Region:             "alsace-moselle",
		Week:               &calendar.Week{Mon: days, Tue: days, Wed: days, Thu: days, Fri: days, Sat: days},
		RemoveHolidayNames: []string{"Lundi de Pentecôte"},
	})
	if err != nil {
		panic(err)
	}
	for _, d := range []string{"2026-04-03", "2026-05-25", "2026-05-30", "2026-12-26"} {
		day := calendar.MustParseDate(d)
		name, ok := c.Holiday(day)
		if !ok {
			name = "-"
		}
		fmt.Println(day, day.Weekday(), c.IsWorkingDay(day), name)
	}
	// Output:
	// 2026-04-03 Friday false Vendredi saint
	// 2026-05-25 Monday true -
	// 2026-05-30 Saturday true -
	// 2026-12-26 Saturday false Saint-Étienne
}

func ExampleDate_AddMonths() {
	d := calendar.MustParseDate("2024-02-29")
	fmt.Println(d.AddYears(2), d.AddMonths(1), calendar.MustParseDate("2024-01-31").AddMonths(1))
	// Output: 2026-02-28 2024-03-29 2024-02-29
}

func ExampleCalendar_AddWorkingDays() {
	fr := calendar.MustForMarket("FR", "")
	from := time.Date(2026, time.November, 20, 15, 0, 0, 0, fr.Location()) // a Friday
	due, _ := fr.AddWorkingDays(from, 3)
	fmt.Println(due.Format(time.RFC3339), due.Weekday())
	// Output: 2026-11-25T15:00:00+01:00 Wednesday
}

// A part-day holiday stops business time at its start but leaves the day a
// working day: Iceland's Christmas Eve from 13:00.
func ExampleCalendar_AddBusiness_partDayHoliday() {
	is := calendar.MustForMarket("IS", "")
	eve := calendar.MustParseDate("2026-12-24")
	h, _ := is.HolidayOn(eve)
	fmt.Println(h.Name, "from", h.From, "working day:", is.IsWorkingDay(eve))
	// Thursday 24 December 2026, 11:00, plus 3 business hours: 2 hours
	// until 13:00, then Christmas, Boxing Day and the weekend.
	from := time.Date(2026, time.December, 24, 11, 0, 0, 0, is.Location())
	due, err := is.AddBusiness(from, 3*time.Hour)
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Format(time.RFC3339))
	// Output:
	// Aðfangadagur jóla from 13:00 working day: true
	// 2026-12-28T01:00:00Z
}

// Counts that leave years 1 to 9999 are refused, never wrapped.
func ExampleDate_Add_outOfRange() {
	d := calendar.MustParseDate("2026-02-14")
	fmt.Println(d.Add(18, calendar.Months))
	_, err := d.Add(9223372036854775807, calendar.Years)
	fmt.Println(err)
	// Output:
	// 2027-08-14 <nil>
	// calendar: period of 9223372036854775807 years is beyond ±9999: calendar: out of range
}
