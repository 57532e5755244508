package conduct

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// Reply is one message a seller sent to a buyer.
type Reply struct {
	ID    string    `json:"id"`
	Buyer string    `json:"buyer"`
	Text  string    `json:"text"`
	At    time.Time `json:"at,omitzero"` // when it was sent; informative only
}

// UnmarshalJSON implements json.Unmarshaler: a reply is decoded strictly
// (unknown or duplicate fields, wrong types, invalid UTF-8 and instants
// outside RFC 3339 are errors naming the field); id, buyer and text are
// required and text is at most MaxMessageBytes.
func (r *Reply) UnmarshalJSON(data []byte) error {
	type plain Reply
	var x plain
	if err := strictjson.Decode(data, &x); err != nil {
		return err
	}
	switch {
	case x.ID == "":
		return strictjson.Errorf("id", "must not be empty")
	case x.Buyer == "":
		return strictjson.Errorf("buyer", "must not be empty")
	case len(x.Text) > MaxMessageBytes:
		return strictjson.At("text", fmt.Errorf("%w: %d bytes, the cap is %d bytes", ErrTooLarge, len(x.Text), MaxMessageBytes))
	}
	*r = Reply(x)
	return nil
}

// CannedFinding is a group of replies carrying the same text, apart from
// names and numbers, sent to at least CannedRules.MinBuyers different
// buyers. ReplyIDs are in input order; Buyers are the distinct buyers in
// order of their first reply. MinSimilarityPercent is the lowest
// similarity among the pairs that link the group.
type CannedFinding struct {
	ReplyIDs             []string      `json:"reply_ids"`
	Buyers               []string      `json:"buyers"`
	MinSimilarityPercent int           `json:"min_similarity_percent"`
	Basis                explain.Basis `json:"basis"`
}

// Canned finds replies sent verbatim or nearly to several buyers: canned
// answers standing in for an individual one. It returns nil when r does
// not check canned replies.
//
// Two replies are the same text when the Jaccard index of their
// normalised word 3-shingles reaches r.Canned.MinSimilarityPercent.
// Normalisation folds case and French and Polish diacritics, turns every
// word with a digit into one placeholder (order numbers, dates, amounts),
// and turns capitalised words that do not start a sentence, and the words
// after a greeting ("Bonjour Marie", "Dzień dobry Panie Janku"), into a
// name placeholder. Replies with fewer than r.Canned.MinWords words are
// ignored. Groups are the connected components of the "same text"
// relation.
//
// An invalid r, a reply without ID or buyer, a duplicate ID, or a text
// that is not valid UTF-8 or is over MaxMessageBytes is an error naming
// the reply ("replies[2].id: duplicate ID \"r1\"").
//
// Deprecated: use New and Engine.Canned (the one call shape of every rule
// package); Canned stays for one release.
func Canned(replies []Reply, r Rules) ([]CannedFinding, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return canned(replies, r)
}

func canned(replies []Reply, r Rules) ([]CannedFinding, error) {
	seen := make(map[string]bool, len(replies))
	for i, rp := range replies {
		p := strictjson.Index("replies", i)
		switch {
		case rp.ID == "":
			return nil, strictjson.Errorf(strictjson.Join(p, "id"), "must not be empty")
		case seen[rp.ID]:
			return nil, strictjson.Errorf(strictjson.Join(p, "id"), "duplicate ID %q", rp.ID)
		case rp.Buyer == "":
			return nil, strictjson.Errorf(strictjson.Join(p, "buyer"), "must not be empty")
		case len(rp.Text) > MaxMessageBytes:
			return nil, strictjson.At(strictjson.Join(p, "text"), fmt.Errorf("%w: %d bytes, the cap is %d bytes", ErrTooLarge, len(rp.Text), MaxMessageBytes))
		case !utf8.ValidString(rp.Text):
			return nil, strictjson.At(strictjson.Join(p, "text"), &UTF8Error{Offset: firstInvalid(rp.Text)})
		}
		seen[rp.ID] = true
	}
	c := r.Canned
	if !c.Check {
		return nil, nil
	}
	sets := make([][]uint64, len(replies))
	for i, rp := range replies {
		sets[i] = shingles(rp.Text, c.MinWords)
	}
	parent := make([]int, len(replies))
	low := make([]int, len(replies)) // lowest linking similarity per root
	for i := range parent {
		parent[i] = i
		low[i] = 101
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	pct := c.MinSimilarityPercent
	for i := range sets {
		a := sets[i]
		if len(a) == 0 {
			continue
		}
		for j := i + 1; j < len(sets); j++ {
			b := sets[j]
			if len(b) == 0 {
				continue
			}
			lo, hi := min(len(a), len(b)), max(len(a), len(b))
			if lo*100 < pct*hi {
				continue // Jaccard ≤ lo/hi
			}
			inter := intersect(a, b)
			union := len(a) + len(b) - inter
			if inter*100 < pct*union {
				continue
			}
			s := inter * 100 / union
			ri, rj := find(i), find(j)
			m := min(low[ri], low[rj], s)
			if ri != rj {
				parent[rj] = ri
			}
			low[ri] = m
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range replies {
		if len(sets[i]) == 0 {
			continue
		}
		root := find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	var out []CannedFinding
	for _, root := range roots {
		g := groups[root]
		if len(g) < 2 {
			continue
		}
		var ids, buyers []string
		for _, i := range g {
			ids = append(ids, replies[i].ID)
			if !slices.Contains(buyers, replies[i].Buyer) {
				buyers = append(buyers, replies[i].Buyer)
			}
		}
		if len(buyers) < c.MinBuyers {
			continue
		}
		out = append(out, CannedFinding{
			ReplyIDs:             ids,
			Buyers:               buyers,
			MinSimilarityPercent: low[root],
			Basis: explain.Of(explain.Step{
				Rule:  "conduct.canned",
				Basis: c.Clause,
				Facts: []explain.Fact{
					explain.F("replies", strings.Join(ids, ", ")),
					explain.F("buyers", len(buyers)),
					explain.F("min_similarity_percent", low[root]),
					explain.F("threshold_percent", pct),
				},
				Text: "the same reply (at least %d%% similar) went to %d buyers: each request needs an individual answer",
				Args: []any{low[root], len(buyers)},
			}),
		})
	}
	return out, nil
}

// intersect counts the common elements of two sorted sets.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// cannedWords returns the greeting words after which names follow.
func isGreeting(w string) bool {
	switch w {
	case "bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "dear", "cher", "chere", "madame", "monsieur",
		"mme", "mr", "mrs", "ms", "mlle", "witam", "dobry", "pani", "panie", "pan", "panstwo", "szanowny", "szanowna",
		"szanowni", "drogi", "droga", "merci", "thanks", "dziekuje":
		return true
	}
	return false
}

// normWords returns the normalised words of text (see Canned) and the
// number of words.
func normWords(text string) []string {
	var out []string
	var buf [48]byte
	sentenceStart := true
	afterGreeting := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' {
				sentenceStart = true
				afterGreeting = 0
			}
			if r == ',' || r == ':' {
				afterGreeting = 0
			}
			i += size
			continue
		}
		j := i
		digits := false
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			if '0' <= r2 && r2 <= '9' {
				digits = true
			}
			j += s2
		}
		w := text[i:j]
		upper := isUpperRune(r)
		var norm string
		n := foldWord(buf[:], w)
		folded := ""
		if n > 0 {
			folded = string(buf[:n])
		} else {
			folded = strings.ToLower(w)
		}
		switch {
		case digits:
			norm = "#"
		case afterGreeting > 0 && upper:
			norm = "@"
			afterGreeting--
		case upper && !sentenceStart:
			norm = "@"
		default:
			norm = folded
		}
		if isGreeting(folded) {
			afterGreeting = 3
		} else if norm != "@" {
			afterGreeting = 0
		}
		if norm != "@" || len(out) == 0 || out[len(out)-1] != "@" {
			out = append(out, norm) // a full name is one placeholder
		}
		sentenceStart = false
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
		r >= utf8.RuneSelf && (isLetterRune(r))
}

// shingles returns the sorted distinct hashes of the word 3-shingles of
// text after normalisation, or nil when text has fewer than minWords
// words. Texts of one or two words use the words themselves.
func shingles(text string, minWords int) []uint64 {
	words := normWords(text)
	if len(words) < minWords || len(words) == 0 {
		return nil
	}
	size := min(3, len(words))
	out := make([]uint64, 0, len(words)-size+1)
	for i := 0; i+size <= len(words); i++ {
		h := uint64(14695981039346656037)
		for _, w := range words[i : i+size] {
			for k := 0; k < len(w); k++ {
				h ^= uint64(w[k])
				h *= 1099511628211
			}
			h ^= 0xff
			h *= 1099511628211
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
