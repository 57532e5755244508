package policy_test

import (
	"fmt"

	"github.com/aftersales/aftersales/policy"
)

func Example() {
	p := policy.Opisto()
	p.Name = "opisto-alsace"
	p.Calendar.Region = "alsace-moselle"
	b, err := policy.Encode(p)
	if err != nil {
		panic(err)
	}
	back, err := policy.Decode(b)
	if err != nil {
		panic(err)
	}
	cal, err := back.BuildCalendar()
	if err != nil {
		panic(err)
	}
	fmt.Println(back.Name, cal.Market(), cal.Region(), cal.Location())
	// Output: opisto-alsace FR alsace-moselle Europe/Paris
}

func ExampleDecode() {
	_, err := policy.Decode([]byte(`{"schema": 1, "name": "x", "platform": "X",
		"calendar": {"market": "FR", "week": {"mon": ["18:00-09:00"]}}}`))
	fmt.Println(err)
	// Output: calendar.week.mon[0]: end before start
}
