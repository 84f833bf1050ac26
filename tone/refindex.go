package tone

import (
	"errors"
	"iter"
	"maps"
)

// refIndex maps a key (a first word; a pairKey) to the patterns findHits
// tries there. A lexicon built from entries holds it as a map; a compiled
// one reads its keys where they lie in the embedded data, by a table of
// where each starts made when it is read, and its lists from one slab. As
// maps, the two indexes of the two lexicons of a first reading of a
// customer's message took some 700 kB of its heap; tables and slabs take
// 200 kB.
type refIndex struct {
	m map[string][]*patRef // built from entries; nil when compiled
	packedRefs
}

// packedRefs is a compiled refIndex. records holds for each key a record:
// the key's length (a byte) and bytes, the number of its patterns (two
// bytes, little endian), where its list starts in refs (four bytes) and
// for each pattern its place in the lexicon's table of patRefs (two
// bytes). slots holds, by the key's hash (refSlot), with linear probing,
// the offset of each record in records plus one (0 for an empty slot) in
// its low refOffsetBits and more bits of the hash in the others, so a
// probe that meets another key seldom compares it.
type packedRefs struct {
	records string
	slots   []uint32
	shift   uint8
	refs    []*patRef // the lists, one after another
	n       int       // the number of keys
}

// refOffsetBits is the bits of a slot that hold an offset.
const refOffsetBits = 20

// refSlot returns the first slot of a key whose hash is h, and its tag:
// h is a word's wordHash or a pair's pairHash, of which only the high
// half counts (a classified token keeps no more), so findHits looks a
// token up by the hash its filters read.
func refSlot(h uint64, shift uint8) (uint32, uint32) {
	x := uint32(h >> 32)
	return x * 0x9e3779b9 >> shift, x << refOffsetBits
}

// lookup returns the list of key, whose hash is h (refSlot).
func lookup[K string | []byte](ix *refIndex, key K, h uint64) []*patRef {
	if ix.m != nil {
		return ix.m[string(key)]
	}
	if len(ix.slots) == 0 {
		return nil
	}
	mask := uint32(len(ix.slots) - 1)
	i, tag := refSlot(h, ix.shift)
	for ; ; i = (i + 1) & mask {
		v := ix.slots[i]
		if v == 0 {
			return nil
		}
		if v&^(1<<refOffsetBits-1) != tag {
			continue
		}
		at := int(v&(1<<refOffsetBits-1)) - 1
		if n := int(ix.records[at]); n == len(key) && ix.records[at+1:at+1+n] == string(key) {
			l, _ := ix.list(at + 1 + n)
			return l
		}
	}
}

// list returns the list of a record whose key ends at, and where the
// record ends.
func (ix *packedRefs) list(at int) ([]*patRef, int) {
	r := ix.records[at : at+6]
	n := int(r[0]) | int(r[1])<<8
	start := int(r[2]) | int(r[3])<<8 | int(r[4])<<16 | int(r[5])<<24
	return ix.refs[start : start+n : start+n], at + 6 + 2*n
}

// built reports whether the index is made: built from entries or read.
func (ix *refIndex) built() bool { return ix.m != nil || ix.refs != nil }

// len returns the number of keys.
func (ix *refIndex) len() int {
	if ix.m != nil {
		return len(ix.m)
	}
	return ix.n
}

// all yields each key and its list, the packed ones in the order of
// their records.
func (ix *refIndex) all() iter.Seq2[string, []*patRef] {
	if ix.m != nil {
		return maps.All(ix.m)
	}
	return func(yield func(string, []*patRef) bool) {
		for at := 0; at < len(ix.records); {
			n := int(ix.records[at])
			k := ix.records[at+1 : at+1+n]
			var l []*patRef
			l, at = ix.list(at + 1 + n)
			if !yield(k, l) {
				return
			}
		}
	}
}

// lists returns the index as a map of lists the caller may add to (they
// are clipped: adding to one copies it).
func (ix *refIndex) lists() map[string][]*patRef {
	out := make(map[string][]*patRef, ix.len())
	for k, v := range ix.all() {
		out[k] = v[:len(v):len(v)]
	}
	return out
}

// packedIndex reads an index written as the number of its keys, of the
// patterns of its lists, the length of its records and the records, whose
// places are in tab; hash returns the hash of a key (refSlot).
func (d *lexDecoder) packedIndex(tab []patRef, hash func(key string) uint64) refIndex {
	ix := refIndex{packedRefs: packedRefs{n: d.uint()}}
	ix.refs = make([]*patRef, d.uint())
	ix.records = d.Next(d.uint())
	if len(ix.records) >= 1<<refOffsetBits {
		panic(errors.New("an index's records are too long for its slots"))
	}
	// At most three quarters full.
	size, shift := 1, uint8(32)
	for size*3 < ix.n*4 {
		size <<= 1
		shift--
	}
	ix.slots, ix.shift = make([]uint32, size), shift
	mask := uint32(size - 1)
	next := 0 // where the next list starts in refs
	for at := 0; at < len(ix.records); {
		n := int(ix.records[at])
		k := ix.records[at+1 : at+1+n]
		r := ix.records[at+1+n:]
		if start := int(r[2]) | int(r[3])<<8 | int(r[4])<<16 | int(r[5])<<24; start != next {
			panic(errors.New("an index's lists are not one after another"))
		}
		l, end := ix.list(at + 1 + n)
		for j := range l {
			l[j] = &tab[int(r[6+2*j])|int(r[7+2*j])<<8]
		}
		next += len(l)
		i, tag := refSlot(hash(k), shift)
		for ix.slots[i] != 0 {
			i = (i + 1) & mask
		}
		ix.slots[i] = tag | uint32(at+1)
		at = end
	}
	if next != len(ix.refs) {
		panic(errors.New("an index's lists are not as long as it says"))
	}
	return ix
}
