package punkt

import (
	"errors"
	"hash/maphash"

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
// of a text with a period); Table holds for each set a table of where
// each key's record starts, by the key's hash (about 300 kB in all),
// and compares the key in place.
type Table struct {
	data string
	sets [numSets]tableSet
}

// tableSet holds the records of a set by the hash of their key, with
// linear probing: the record's offset plus one, 0 for an empty slot.
type tableSet struct {
	slots []uint32
	mask  uint32
}

var tableSeed = maphash.MakeSeed()

// LoadTable returns the Dutch training as a Table.
func LoadTable() (*Table, error) { return table(dutch) }

func table(data string) (_ *Table, err error) {
	d, ok := packread.Open(data, magic)
	if !ok {
		return nil, errors.New("punkt training: not a compiled training")
	}
	defer d.Catch("punkt training", &err)
	t := &Table{data: data}
	for s := range t.sets {
		n := int(d.Uint())
		size := 1
		for size < 2*n { // at most half full
			size <<= 1
		}
		set := tableSet{slots: make([]uint32, size), mask: uint32(size - 1)}
		for range n {
			at := d.Pos
			k := d.Str()
			d.Int()
			i := uint32(maphash.String(tableSeed, k)) & set.mask
			for set.slots[i] != 0 {
				i = (i + 1) & set.mask
			}
			set.slots[i] = uint32(at) + 1
		}
		t.sets[s] = set
	}
	if d.Left() != 0 {
		return nil, errors.New("punkt training: bytes after the end")
	}
	return t, nil
}

// find returns where the record of key starts in data, -1 for none.
func (s *tableSet) find(data, key string) int {
	for i := uint32(maphash.String(tableSeed, key)) & s.mask; s.slots[i] != 0; i = (i + 1) & s.mask {
		at := int(s.slots[i] - 1)
		r := packread.Reader{Data: data, Pos: at}
		if r.Str() == key {
			return at
		}
	}
	return -1
}

// Get returns the value of key in set, 0 when the set lacks it (as a
// missing key of Load's maps reads).
func (t *Table) Get(set int, key string) int {
	at := t.sets[set].find(t.data, key)
	if at < 0 {
		return 0
	}
	r := packread.Reader{Data: t.data, Pos: at}
	r.Str()
	return int(r.Int())
}
