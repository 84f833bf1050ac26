package tone

import (
	"maps"
	"slices"
	"strings"
)

// valueTable holds a value for each of its words: a sentiment lexicon's
// valences, a topic index's topics. Its words are one string and its
// values one slice, which compiled_sentiment.go and compiled_topics.go
// hold as package data; a table of slots by the words' hashes is all it
// makes on the heap (27 kB for the Dutch sentiment lexicon, where a map
// took 107 kB of a first reading).
type valueTable[V any] struct {
	words  string   // the words in order, each followed by '\n'
	values []V      // the value of each word
	at     []uint32 // where each word starts in words, and len(words)
	slots  []uint32 // the place of a word plus one (0 for none), by its hash (refSlot), with linear probing
	shift  uint8
}

// newValueTable returns the table of words (each followed by '\n') and
// their values.
func newValueTable[V any](words string, values []V) *valueTable[V] {
	s := &valueTable[V]{words: words, values: values, at: make([]uint32, 0, len(values)+1)}
	for i := 0; i < len(words); {
		s.at = append(s.at, uint32(i))
		i += strings.IndexByte(words[i:], '\n') + 1
	}
	s.at = append(s.at, uint32(len(words)))
	if len(s.at)-1 != len(values) {
		panic("value table: not one value for each word") // generated and tested: a build defect
	}
	size, shift := 1, uint8(32)
	for size < 2*len(values) { // at most half full
		size <<= 1
		shift--
	}
	s.slots, s.shift = make([]uint32, size), shift
	mask := uint32(size - 1)
	for k := range values {
		i, _ := refSlot(wordHash(s.word(k)), shift)
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = uint32(k) + 1
	}
	return s
}

// valueTableOf returns the table of the words and values of m.
func valueTableOf[V any](m map[string]V) *valueTable[V] {
	var b strings.Builder
	values := make([]V, 0, len(m))
	for _, w := range slices.Sorted(maps.Keys(m)) {
		b.WriteString(w)
		b.WriteByte('\n')
		values = append(values, m[w])
	}
	return newValueTable(b.String(), values)
}

// word returns the k-th word.
func (s *valueTable[V]) word(k int) string { return s.words[s.at[k] : s.at[k+1]-1] }

// len returns the number of words.
func (s *valueTable[V]) len() int { return len(s.values) }

// get returns the value of w.
func (s *valueTable[V]) get(w string) (V, bool) { return s.getHashed(w, wordHash(w)) }

// getHashed returns the value of w, whose wordHash's high half is h's.
func (s *valueTable[V]) getHashed(w string, h uint64) (V, bool) {
	mask := uint32(len(s.slots) - 1)
	i, _ := refSlot(h, s.shift)
	for ; s.slots[i] != 0; i = (i + 1) & mask {
		if k := int(s.slots[i]) - 1; s.word(k) == w {
			return s.values[k], true
		}
	}
	var zero V
	return zero, false
}

// value returns the value of w, the zero value when it has none.
func (s *valueTable[V]) value(w string) V {
	v, _ := s.get(w)
	return v
}

// has reports whether w is one of the words.
func (s *valueTable[V]) has(w string) bool {
	_, ok := s.get(w)
	return ok
}

// filter returns a wordFilter of the words, for a reading's tokens (their
// hash).
func (s *valueTable[V]) filter() *wordFilter {
	f := newWordFilter(s.len())
	for k := range s.len() {
		f.add(wordHash(s.word(k)))
	}
	return f
}
