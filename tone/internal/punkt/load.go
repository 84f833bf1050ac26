package punkt

import (
	"errors"

	"gopkg.in/neurosnap/sentences.v1"

	"github.com/replylint/replylint/internal/packread"
)

// Load returns the Dutch training as punkt storage.
//
// sentences.LoadTraining decodes dutch.json with encoding/json, which took
// about 13 ms for the 32,000 orthographic-context entries: most of a
// one-reply CLI run; a scanner for its shape still most of its start-up.
// dutch.bin holds the same sets as counted lists of keys and values, so
// loading is little more than filling the maps; the keys share memory with
// the embedded file.
func Load() (*sentences.Storage, error) {
	return decode(dutch)
}

// magic starts a compiled training.
const magic = "punkt training\n"

// decode reads a compiled training: after magic, for each set in the
// order of sets its table for Table (a size, then that many 4-byte
// slots); the length of the records; then for each set its length and
// each key (its length and bytes) and value (a signed varint).
func decode(data string) (_ *sentences.Storage, err error) {
	d, ok := packread.Open(data, magic)
	if !ok {
		return nil, errors.New("punkt training: not a compiled training")
	}
	defer d.Catch("punkt training", &err)
	for range numSets {
		d.Next(4 * int(d.Uint()))
	}
	if n := int(d.Uint()); n != d.Left() {
		return nil, errors.New("punkt training: the records are not as long as it says")
	}
	st := &sentences.Storage{}
	for _, set := range sets(st) {
		n := int(d.Uint())
		*set = make(sentences.SetString, n)
		for range n {
			k := d.Str()
			(*set)[k] = int(d.Int())
		}
	}
	if d.Left() != 0 {
		return nil, errors.New("punkt training: bytes after the end")
	}
	return st, nil
}

// sets are the sets of a training in the order a compiled training holds
// them.
func sets(st *sentences.Storage) []*sentences.SetString {
	return []*sentences.SetString{&st.AbbrevTypes, &st.Collocations, &st.SentStarters, &st.OrthoContext}
}
