package recall

import (
	"math/rand/v2"
	"strconv"

	"github.com/aftersales/aftersales/calendar"
)

var brands = []string{"Bébé Confort", "VoltMax", "FunBox", "Doudou & Co", "Lactalys", "Ikéa", "Zeppelin", "Acme"}

// synthetic returns n recalls and m listings generated deterministically
// from seed: a quarter of the listings carry a recalled GTIN (some with
// lots), a quarter a recalled brand and model without GTIN, the rest
// nothing recalled.
func synthetic(n, m int, seed uint64) ([]Recall, []Listing) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pub := calendar.MustDate(2024, 1, 1)
	rs := make([]Recall, n)
	for i := range rs {
		rs[i] = Recall{
			Sheet:     "2024-" + strconv.Itoa(i/1000) + "-" + strconv.Itoa(i),
			Version:   1 + r.IntN(3),
			GTIN:      gtinOf(3_000_000_000_000 + uint64(i)*7919),
			Brand:     brands[r.IntN(len(brands))],
			Models:    "Modèle " + strconv.Itoa(i) + ", réf. R" + strconv.Itoa(i),
			Risk:      "Blessures",
			Published: pub.AddDays(i % 700),
			Lots:      []string{},
			Row:       i + 2,
		}
		if i%5 == 0 {
			rs[i].Lots = []string{"Lot A" + strconv.Itoa(i), "Lot B" + strconv.Itoa(i)}
		}
		if i%7 == 0 {
			rs[i].GTIN = 0
		}
		if i%11 == 0 && i > 0 {
			rs[i].Sheet = rs[i-1].Sheet // another GTIN of the same sheet
		}
	}
	ls := make([]Listing, m)
	for i := range ls {
		k := r.IntN(n)
		l := Listing{ID: "L" + strconv.Itoa(i)}
		switch r.IntN(4) {
		case 0:
			l.GTIN = rs[k].GTIN.String()
			if r.IntN(2) == 0 {
				l.Lot = "A" + strconv.Itoa(k)
			}
		case 1:
			l.Brand, l.Model = rs[k].Brand, "modele "+strconv.Itoa(k)
			if r.IntN(3) == 0 {
				l.Model = "REF. R" + strconv.Itoa(k)
			}
			if r.IntN(2) == 0 {
				l.Lot = "lot n° B" + strconv.Itoa(k)
			}
		case 2:
			l.GTIN = gtinOf(5_000_000_000_000 + uint64(r.IntN(1<<30))).String()
			l.Brand, l.Model = "Other", "Thing "+strconv.Itoa(k)
		default:
			l.Brand, l.Model = brands[r.IntN(len(brands))], "X-"+strconv.Itoa(k)
		}
		ls[i] = l
	}
	return rs, ls
}
