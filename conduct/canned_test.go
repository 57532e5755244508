package conduct

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCanned(t *testing.T) {
	r := swapiphoneRules()
	tmpl := "Bonjour %s, merci pour votre message. Votre commande %d a bien été expédiée, vous recevrez le numéro de suivi dans la journée. Bonne journée."
	tests := []struct {
		name    string
		replies []Reply
		want    [][2][]string // reply IDs, buyers
	}{
		{"same text to three buyers", []Reply{
			{ID: "r1", Buyer: "b1", Text: fmt.Sprintf(tmpl, "Marie", 1001)},
			{ID: "r2", Buyer: "b2", Text: fmt.Sprintf(tmpl, "Jean", 1002)},
			{ID: "r3", Buyer: "b3", Text: fmt.Sprintf(tmpl, "Anna Kowalska", 1003)},
		}, [][2][]string{{{"r1", "r2", "r3"}, {"b1", "b2", "b3"}}}},
		{"same text to two buyers only", []Reply{
			{ID: "r1", Buyer: "b1", Text: fmt.Sprintf(tmpl, "Marie", 1001)},
			{ID: "r2", Buyer: "b2", Text: fmt.Sprintf(tmpl, "Jean", 1002)},
			{ID: "r3", Buyer: "b2", Text: fmt.Sprintf(tmpl, "Jean", 1003)},
		}, nil},
		{"individual answers", []Reply{
			{ID: "r1", Buyer: "b1", Text: "Bonjour, le phare droit a une petite rayure sur le bord, visible sur la troisième photo de l'annonce."},
			{ID: "r2", Buyer: "b2", Text: "Bonjour, oui l'alternateur est compatible avec la Clio III phase 2, j'ai vérifié avec votre VIN."},
			{ID: "r3", Buyer: "b3", Text: "Bonjour, le colis est parti hier avec Colissimo, il devrait arriver jeudi au plus tard."},
		}, nil},
		{"short acknowledgements are ignored", []Reply{
			{ID: "r1", Buyer: "b1", Text: "Merci, bonne journée !"},
			{ID: "r2", Buyer: "b2", Text: "Merci, bonne journée !"},
			{ID: "r3", Buyer: "b3", Text: "Merci, bonne journée !"},
		}, nil},
		{"one changed sentence breaks similarity", []Reply{
			{ID: "r1", Buyer: "b1", Text: fmt.Sprintf(tmpl, "Marie", 1001)},
			{ID: "r2", Buyer: "b2", Text: fmt.Sprintf(tmpl, "Jean", 1002)},
			{ID: "r3", Buyer: "b3", Text: "Bonjour Paul, merci pour votre message. Votre commande 1003 est bloquée chez le transporteur à cause de l'adresse, pouvez-vous la confirmer ?"},
		}, nil},
		{"polish template with names", []Reply{
			{ID: "p1", Buyer: "k1", Text: "Dzień dobry Panie Janku, dziękujemy za zamówienie 5511. Paczka zostanie wysłana jutro rano, numer przesyłki prześlemy w osobnej wiadomości."},
			{ID: "p2", Buyer: "k2", Text: "Dzień dobry Pani Anno, dziękujemy za zamówienie 5512. Paczka zostanie wysłana jutro rano, numer przesyłki prześlemy w osobnej wiadomości."},
			{ID: "p3", Buyer: "k3", Text: "Dzień dobry Panie Tomku, dziękujemy za zamówienie 5513. Paczka zostanie wysłana jutro rano, numer przesyłki prześlemy w osobnej wiadomości."},
		}, [][2][]string{{{"p1", "p2", "p3"}, {"k1", "k2", "k3"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canned(tt.replies, r)
			if err != nil {
				t.Fatal(err)
			}
			var g [][2][]string
			for _, f := range got {
				g = append(g, [2][]string{f.ReplyIDs, f.Buyers})
				if d := cmp.Diff([]string{clauseSwapiphoneCommunication}, f.Basis.Sources()); d != "" {
					t.Errorf("basis sources (-want +got):\n%s", d)
				}
				if f.MinSimilarityPercent < r.Canned.MinSimilarityPercent || f.MinSimilarityPercent > 100 {
					t.Errorf("similarity %d out of range", f.MinSimilarityPercent)
				}
			}
			if d := cmp.Diff(tt.want, g); d != "" {
				t.Errorf("Canned mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestCannedErrorsAndDisabled(t *testing.T) {
	r := swapiphoneRules()
	tests := []struct {
		name    string
		replies []Reply
		want    string
	}{
		{"empty id", []Reply{{Buyer: "b", Text: "x"}}, "replies[0].id: must not be empty"},
		{"duplicate id", []Reply{{ID: "a", Buyer: "b"}, {ID: "a", Buyer: "c"}}, `replies[1].id: duplicate ID "a"`},
		{"empty buyer", []Reply{{ID: "a"}}, "replies[0].buyer: must not be empty"},
		{"bad utf8", []Reply{{ID: "a", Buyer: "b", Text: "\xff"}}, "replies[0].text: conduct: message is not valid UTF-8 (first bad byte at offset 0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Canned(tt.replies, r)
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	same := []Reply{{ID: "1", Buyer: "a", Text: strings.Repeat("word ", 20)}, {ID: "2", Buyer: "b", Text: strings.Repeat("word ", 20)}}
	if got, err := Canned(same, opistoRules()); err != nil || got != nil {
		t.Errorf("Canned under rules without the check = %v, %v; want nil, nil", got, err)
	}
}

// cannedRef is the slow reference: string sets of shingles, all pairs,
// components by repeated merging.
func cannedRef(replies []Reply, c CannedRules) [][]string {
	sets := make([]map[string]bool, len(replies))
	for i, rp := range replies {
		w := normWords(rp.Text)
		if len(w) < c.MinWords || len(w) == 0 {
			continue
		}
		size := min(3, len(w))
		sets[i] = map[string]bool{}
		for k := 0; k+size <= len(w); k++ {
			sets[i][strings.Join(w[k:k+size], "\x00")] = true
		}
	}
	comp := make([]int, len(replies))
	for i := range comp {
		comp[i] = i
	}
	for i := range replies {
		for j := i + 1; j < len(replies); j++ {
			if sets[i] == nil || sets[j] == nil {
				continue
			}
			inter := 0
			for s := range sets[i] {
				if sets[j][s] {
					inter++
				}
			}
			union := len(sets[i]) + len(sets[j]) - inter
			if inter*100 >= c.MinSimilarityPercent*union {
				old, nw := comp[j], comp[i]
				for k := range comp {
					if comp[k] == old {
						comp[k] = nw
					}
				}
			}
		}
	}
	var out [][]string
	done := map[int]bool{}
	for i := range replies {
		if sets[i] == nil || done[comp[i]] {
			continue
		}
		done[comp[i]] = true
		var ids []string
		buyers := map[string]bool{}
		for k := range replies {
			if comp[k] == comp[i] && sets[k] != nil {
				ids = append(ids, replies[k].ID)
				buyers[replies[k].Buyer] = true
			}
		}
		if len(ids) >= 2 && len(buyers) >= c.MinBuyers {
			out = append(out, ids)
		}
	}
	return out
}

func TestCannedMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("merci votre commande colis expédié demain suivi bonjour pièce garantie retour délai photo phare moteur")
	r := swapiphoneRules()
	r.Canned.MinSimilarityPercent = 60
	r.Canned.MinWords = 3
	for round := 0; round < 50; round++ {
		var replies []Reply
		base := make([]string, 12)
		for i := range base {
			base[i] = words[rng.IntN(len(words))]
		}
		for i := 0; i < 30; i++ {
			w := append([]string(nil), base...)
			for k := rng.IntN(4); k > 0; k-- {
				w[rng.IntN(len(w))] = words[rng.IntN(len(words))]
			}
			replies = append(replies, Reply{ID: fmt.Sprint(i), Buyer: fmt.Sprint(rng.IntN(6)), Text: strings.Join(w, " ")})
		}
		got, err := Canned(replies, r)
		if err != nil {
			t.Fatal(err)
		}
		var g [][]string
		for _, f := range got {
			g = append(g, f.ReplyIDs)
		}
		if d := cmp.Diff(cannedRef(replies, r.Canned), g); d != "" {
			t.Fatalf("round %d: Canned differs from reference (-ref +got):\n%s", round, d)
		}
	}
}
