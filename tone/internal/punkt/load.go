package punkt

import (
	"errors"
	"fmt"

	"gopkg.in/neurosnap/sentences.v1"
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
// order of sets, its length and then each key (its length and bytes) and
// value (a signed varint).
func decode(data string) (st *sentences.Storage, err error) {
	if len(data) < len(magic) || data[:len(magic)] != magic {
		return nil, errors.New("punkt training: not a compiled training")
	}
	d := decoder{s: data, pos: len(magic)}
	defer func() {
		if r := recover(); r != nil {
			st, err = nil, fmt.Errorf("punkt training at byte %d: %v", d.pos, r)
		}
	}()
	st = &sentences.Storage{}
	for _, set := range sets(st) {
		n := int(d.uint())
		*set = make(sentences.SetString, n)
		for range n {
			k := d.str()
			(*set)[k] = int(d.int())
		}
	}
	if d.pos != len(d.s) {
		return nil, errors.New("punkt training: bytes after the end")
	}
	return st, nil
}

// sets are the sets of a training in the order a compiled training holds
// them.
func sets(st *sentences.Storage) []*sentences.SetString {
	return []*sentences.SetString{&st.AbbrevTypes, &st.Collocations, &st.SentStarters, &st.OrthoContext}
}

type decoder struct {
	s   string
	pos int
}

func (d *decoder) uint() uint64 {
	if b := d.s[d.pos]; b < 0x80 { // most are one byte: inlined
		d.pos++
		return uint64(b)
	}
	return d.uintSlow()
}

func (d *decoder) uintSlow() uint64 {
	var x uint64
	for shift := uint(0); ; shift += 7 {
		b := d.s[d.pos]
		d.pos++
		if b < 0x80 {
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
	}
}

func (d *decoder) int() int64 {
	u := d.uint()
	return int64(u>>1) ^ -int64(u&1)
}

func (d *decoder) str() string {
	n := int(d.uint())
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}
