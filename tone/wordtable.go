package tone

// wordTable holds the words of an element's long list ("denk|denken|
// dacht|…", seventy verbs), so a token is looked up once instead of
// compared with each: by wordHash, with linear probing, a slot holding a
// word's place in words plus one (0 for an empty one), at most half
// full. It takes 8 bytes or less a word where a map[string]struct{} took
// about 30, and the words are the element's own (the 270 kB of such maps
// were a good part of a first reading's heap).
type wordTable struct {
	words []string
	slots []uint32
}

// newWordTable returns a table of words, which it keeps.
func newWordTable(words []string) *wordTable {
	size := 1
	for size < 2*len(words) {
		size <<= 1
	}
	t := &wordTable{words: words, slots: make([]uint32, size)}
	mask := uint32(size - 1)
	for k, w := range words {
		i := uint32(wordHash(w)) & mask
		for ; t.slots[i] != 0; i = (i + 1) & mask {
			if words[t.slots[i]-1] == w {
				break // listed twice: found at its first place
			}
		}
		if t.slots[i] == 0 {
			t.slots[i] = uint32(k) + 1
		}
	}
	return t
}

// has reports whether w is one of the words.
func (t *wordTable) has(w string) bool {
	mask := uint32(len(t.slots) - 1)
	for i := uint32(wordHash(w)) & mask; t.slots[i] != 0; i = (i + 1) & mask {
		if t.words[t.slots[i]-1] == w {
			return true
		}
	}
	return false
}
