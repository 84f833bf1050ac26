package tone

import (
	"hash/maphash"
	"math/bits"
)

// wordBloom is a set of words kept as one bit of 1024 of a hash of each
// (wordHash): it tells that a word is not among them without a map
// lookup, and never that a word is absent that is there. It reads the
// hash's high half only (a classified Token keeps no more).
type wordBloom [16]uint64

// bloomSeed seeds wordHash for the process.
var bloomSeed = maphash.MakeSeed()

// wordHash is the hash of a word that wordBloom files it under.
func wordHash(w string) uint64 { return maphash.String(bloomSeed, w) }

// add puts the word with hash h in the set.
func (b *wordBloom) add(h uint64) { b[h>>60] |= 1 << (h >> 54 & 63) }

// has reports whether the word with hash h may be in the set.
func (b *wordBloom) has(h uint64) bool { return b[h>>60]&(1<<(h>>54&63)) != 0 }

// bloomOf returns a wordBloom of the words of sets.
func bloomOf[V any](sets ...map[string]V) *wordBloom {
	b := new(wordBloom)
	for _, set := range sets {
		for w := range set {
			b.add(wordHash(w))
		}
	}
	return b
}

// wordFilter is a wordBloom for many words: a power of two bits, at
// least 16 for each word, one of which the high bits of a word's hash
// set (a classified token's hash has its high half only).
type wordFilter struct {
	bits  []uint64
	shift uint
}

// newWordFilter returns an empty wordFilter for n words.
func newWordFilter(n int) *wordFilter {
	size := 1024
	for size < 16*n {
		size *= 2
	}
	return &wordFilter{bits: make([]uint64, size/64), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// add puts the word with hash h in the filter.
func (f *wordFilter) add(h uint64) {
	b := h >> f.shift
	f.bits[b>>6] |= 1 << (b & 63)
}

// has reports whether the word with hash h may be in the filter.
func (f *wordFilter) has(h uint64) bool {
	b := h >> f.shift
	return f.bits[b>>6]&(1<<(b&63)) != 0
}

// pairHash is the hash of two words in a row, from their hashes' high
// halves.
func pairHash(h1, h2 uint64) uint64 {
	x := (h1&^0xffffffff | h2>>32) * 0x9e3779b97f4a7c15
	return (x ^ x>>32) * 0xbf58476d1ce4e5b9
}
