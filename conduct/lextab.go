package conduct

// lexTable is an open-addressing hash table over the lexicon's folded
// words, looked up with the folded bytes of a token (no string built, no
// map hashing). It is built once by newLexTable and never changed.
//
// Each slot holds 0 (empty) or the upper 16 bits of the word's hash and
// the word's index plus one; the table is at most a quarter full, so that
// a missing word usually stops at its first slot.
type lexTable struct {
	slots []uint32
	words []string
	cls   []uint32
	mask  uint32
}

// lexHash is FNV-1a over b.
func lexHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func newLexTable(lex map[string]uint32) *lexTable {
	size := 1
	for size < 4*len(lex) {
		size <<= 1
	}
	t := &lexTable{slots: make([]uint32, size), mask: uint32(size - 1)}
	for w, c := range lex {
		idx := uint32(len(t.words) + 1)
		t.words = append(t.words, w)
		t.cls = append(t.cls, c)
		h := lexHash([]byte(w))
		for p := h & t.mask; ; p = (p + 1) & t.mask {
			if t.slots[p] == 0 {
				t.slots[p] = h&0xffff0000 | idx
				break
			}
		}
	}
	return t
}

// get returns the classes of the folded word w, 0 when it is not in the
// lexicon.
func (t *lexTable) get(w []byte) uint32 {
	h := lexHash(w)
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		s := t.slots[p]
		if s == 0 {
			return 0
		}
		if s&0xffff0000 == h&0xffff0000 {
			if i := s & 0xffff; t.words[i-1] == string(w) {
				return t.cls[i-1]
			}
		}
	}
}
