// Package packread reads the compiled data replylint ships beside its
// YAML and JSON sources (tone's compiled lexicons, the punkt training,
// datapack's packs): a header (a magic line, a checksum of the sources or
// a fingerprint of the type), then unsigned and zig-zag varints, strings
// as a length and bytes, and single bytes. The writers are
// encoding/binary's Append functions.
//
// A read past the end or a length that runs over panics with an index
// out of range, so the loops of a decoder check nothing per value; the
// decoder defers Catch, which turns the panic into an error naming the
// byte. Compiled data is embedded and held to its sources by tests, so
// such an error means a stale or broken file, never a crash.
package packread

import (
	"fmt"
	"strings"
)

// Reader reads packed data from Pos on. Strings it returns share memory
// with Data.
type Reader struct {
	Data string
	Pos  int
}

// Open returns a reader after magic, and false when data does not start
// with it.
func Open(data, magic string) (Reader, bool) {
	if !strings.HasPrefix(data, magic) {
		return Reader{}, false
	}
	return Reader{Data: data, Pos: len(magic)}, true
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	if b := r.Data[r.Pos]; b < 0x80 { // most are one byte: inlined
		r.Pos++
		return uint64(b)
	}
	return r.uintSlow()
}

func (r *Reader) uintSlow() uint64 {
	var x uint64
	for shift := uint(0); ; shift += 7 {
		b := r.Data[r.Pos]
		r.Pos++
		if b < 0x80 {
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
	}
}

// Int reads a zig-zag varint (binary.AppendVarint).
func (r *Reader) Int() int64 {
	u := r.Uint()
	return int64(u>>1) ^ -int64(u&1)
}

// Str reads a string: its length, then its bytes.
func (r *Reader) Str() string {
	n := int(r.Uint())
	s := r.Data[r.Pos : r.Pos+n]
	r.Pos += n
	return s
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	b := r.Data[r.Pos]
	r.Pos++
	return b
}

// Next returns the next n bytes.
func (r *Reader) Next(n int) string {
	s := r.Data[r.Pos : r.Pos+n]
	r.Pos += n
	return s
}

// Left returns how many bytes are still to be read: 0 at the end.
func (r *Reader) Left() int { return len(r.Data) - r.Pos }

// Catch, deferred by a decoder, turns a panic while reading (data cut
// short, a length past the end) into *err: "what at byte N: …".
func (r *Reader) Catch(what string, err *error) {
	if v := recover(); v != nil {
		*err = fmt.Errorf("%s at byte %d: %v", what, r.Pos, v)
	}
}
