package punkt

import (
	"errors"

	"github.com/replylint/replylint/internal/packread"
)

// The sets of a training, in the order a compiled training holds them
// (sets), for Table.Get.
const (
	AbbrevTypes = iota
	Collocations
	SentStarters
	OrthoContext
	numSets
)

// Table looks keys of the Dutch training up where they lie in the
// compiled training, for a caller that needs a few of them: Load fills
// maps of its 35,000 keys (1.7 MB, most of the heap of a first reading
// of a text with a period). The compiled training holds for each set a
// table of where each key's record starts, by the key's hash (go
// generate writes it), so a Table reads its slots in place too and takes
// no memory of its own but a few words.
type Table struct {
	records string // the sets' records, which the slots point into
	sets    [numSets]tableSet
}

// tableSet holds the records of a set by the hash of their key (keyHash),
// with linear probing: slots is mask+1 little-endian uint32s, each the
// offset of a record in records plus one, 0 for an empty slot.
type tableSet struct {
	slots string
	mask  uint32
}

// keyHash is FNV-1a: the slots are written at go generate time, so the
// hash must not change from one process to the next.
func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return h
}

// tableSize returns the number of slots of a set of n keys: a power of
// two, at most half full.
func tableSize(n int) int {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return size
}

// LoadTable returns the Dutch training as a Table.
func LoadTable() (*Table, error) { return table(dutch) }

func table(data string) (_ *Table, err error) {
	d, ok := packread.Open(data, magic)
	if !ok {
		return nil, errors.New("punkt training: not a compiled training")
	}
	defer d.Catch("punkt training", &err)
	t := &Table{}
	for s := range t.sets {
		size := int(d.Uint())
		if size == 0 || size&(size-1) != 0 {
			return nil, errors.New("punkt training: a table's size is not a power of two")
		}
		t.sets[s] = tableSet{slots: d.Next(4 * size), mask: uint32(size - 1)}
	}
	if n := int(d.Uint()); n != d.Left() {
		return nil, errors.New("punkt training: the records are not as long as it says")
	}
	t.records = d.Next(d.Left())
	return t, nil
}

// slot returns the i-th slot.
func (s *tableSet) slot(i uint32) uint32 {
	b := s.slots[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// find returns where the record of key starts in records, -1 for none.
func (s *tableSet) find(records, key string) int {
	for i := keyHash(key) & s.mask; ; i = (i + 1) & s.mask {
		v := s.slot(i)
		if v == 0 {
			return -1
		}
		at := int(v - 1)
		r := packread.Reader{Data: records, Pos: at}
		if r.Str() == key {
			return at
		}
	}
}

// Get returns the value of key in set, 0 when the set lacks it (as a
// missing key of Load's maps reads).
func (t *Table) Get(set int, key string) int {
	at := t.sets[set].find(t.records, key)
	if at < 0 {
		return 0
	}
	r := packread.Reader{Data: t.records, Pos: at}
	r.Str()
	return int(r.Int())
}
