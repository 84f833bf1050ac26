package tone

import "hash/maphash"

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
