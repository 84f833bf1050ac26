// Package datapack stores plain data (what a YAML or JSON file decodes to:
// structs of exported fields, slices, maps with string keys, strings,
// numbers and booleans) in a compact binary form that reads back into the
// same Go type by reflection, without parsing. A packed value carries a
// fingerprint of its type: one packed for a type that has changed since
// (a field added, renamed or retyped) does not unpack, so the caller reads
// the source again instead of failing to build or reading it wrongly.
package datapack

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/replylint/replylint/internal/packread"
)

// ErrType is a packed value of another type than the one asked for.
var ErrType = errors.New("datapack: packed for another type")

// Fingerprint returns a hash of what of t a pack holds: its kind, and for a
// struct the names and types of its exported fields, recursively.
func Fingerprint(t reflect.Type) uint64 {
	var b strings.Builder
	describe(&b, t)
	h := fnv.New64a()
	h.Write([]byte(b.String()))
	return h.Sum64()
}

func describe(b *strings.Builder, t reflect.Type) {
	switch t.Kind() {
	case reflect.Struct:
		b.WriteString("struct{")
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			b.WriteString(f.Name)
			b.WriteByte(' ')
			describe(b, f.Type)
			b.WriteByte(';')
		}
		b.WriteByte('}')
	case reflect.Slice:
		b.WriteString("[]")
		describe(b, t.Elem())
	case reflect.Pointer:
		b.WriteByte('*')
		describe(b, t.Elem())
	case reflect.Map:
		b.WriteString("map[")
		describe(b, t.Key())
		b.WriteByte(']')
		describe(b, t.Elem())
	default:
		b.WriteString(t.Kind().String())
	}
}

// Pack returns v packed: its type's fingerprint, then its value.
func Pack(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	out := binary.AppendUvarint(nil, Fingerprint(rv.Type()))
	return pack(out, rv)
}

func pack(out []byte, v reflect.Value) ([]byte, error) {
	switch v.Kind() {
	case reflect.String:
		out = binary.AppendUvarint(out, uint64(v.Len()))
		return append(out, v.String()...), nil
	case reflect.Bool:
		if v.Bool() {
			return append(out, 1), nil
		}
		return append(out, 0), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(out, v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(out, v.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return binary.LittleEndian.AppendUint64(out, math.Float64bits(v.Float())), nil
	case reflect.Slice:
		if v.IsNil() {
			return append(out, 0), nil
		}
		out = binary.AppendUvarint(out, uint64(v.Len())+1)
		for i := range v.Len() {
			var err error
			if out, err = pack(out, v.Index(i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("datapack: a map with %s keys", v.Type().Key())
		}
		if v.IsNil() {
			return append(out, 0), nil
		}
		out = binary.AppendUvarint(out, uint64(v.Len())+1)
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			var err error
			if out, err = pack(out, k); err != nil {
				return nil, err
			}
			if out, err = pack(out, v.MapIndex(k)); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.Struct:
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			var err error
			if out, err = pack(out, v.Field(i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(out, 0), nil
		}
		return pack(append(out, 1), v.Elem())
	}
	return nil, fmt.Errorf("datapack: cannot pack a %s", v.Type())
}

// Unpack reads data, packed from a value of the type v points to, into
// *v: ErrType when it was packed for another type. Strings share memory
// with data.
func Unpack(data string, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("datapack: Unpack needs a pointer")
	}
	u := unpacker{Reader: packread.Reader{Data: data}}
	defer u.Catch("datapack:", &err)
	if u.Uint() != Fingerprint(rv.Type().Elem()) {
		return ErrType
	}
	u.value(rv.Elem())
	if u.Left() != 0 {
		return errors.New("datapack: bytes after the value")
	}
	return nil
}

// unpacker reads a pack into a value.
type unpacker struct{ packread.Reader }

func (u *unpacker) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(u.Str())
	case reflect.Bool:
		v.SetBool(u.Byte() == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(u.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(u.Uint())
	case reflect.Float32, reflect.Float64:
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64([]byte(u.Next(8)))))
	case reflect.Slice:
		n := int(u.Uint())
		if n == 0 {
			return // nil
		}
		n--
		if v.Type().Elem().Kind() == reflect.String {
			// The common case, without a reflect call per element.
			l := make([]string, n)
			for i := range l {
				l[i] = u.Str()
			}
			v.Set(reflect.ValueOf(l).Convert(v.Type()))
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			u.value(v.Index(i))
		}
	case reflect.Map:
		n := int(u.Uint())
		if n == 0 {
			return // nil
		}
		n--
		m := reflect.MakeMapWithSize(v.Type(), n)
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		for range n {
			u.value(k)
			e.SetZero()
			u.value(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				u.value(v.Field(i))
			}
		}
	case reflect.Pointer:
		present := u.Byte() == 1
		if !present {
			v.SetZero()
			return
		}
		p := reflect.New(v.Type().Elem())
		u.value(p.Elem())
		v.Set(p)
	default:
		panic("cannot unpack a " + v.Type().String())
	}
}
