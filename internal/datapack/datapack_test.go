package datapack

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type words []string

type inner struct {
	Name  string
	Words []string
}

type sample struct {
	A      []string
	B      words
	Empty  []string
	Nil    []string
	Kinds  []inner
	Map    map[string]string
	NilMap map[string][]string
	Deep   map[string][]string
	N      int
	U      uint16
	F      float64
	On     bool
	P      *inner
	NilP   *inner
	Ptrs   map[string]*inner
	hidden string
}

func TestPackUnpackRoundTrip(t *testing.T) {
	in := sample{A: []string{"a", "bé"}, B: words{"x"}, Empty: []string{}, Kinds: []inner{{"k", []string{"w"}}, {}},
		Map: map[string]string{"z": "1", "a": ""}, Deep: map[string][]string{"k": nil, "l": {"m"}},
		N: -7, U: 300, F: 0.1 + 0.2, On: true, P: &inner{Name: "p"}, Ptrs: map[string]*inner{"a": {Name: "a"}, "nil": nil},
		hidden: "not packed"}
	data, err := Pack(in)
	require.NoError(t, err)
	var out sample
	require.NoError(t, Unpack(string(data), &out))
	in.hidden = ""
	assert.Equal(t, in, out)
	assert.True(t, reflect.DeepEqual(in, out), "nil and empty lists kept apart")

	again, err := Pack(in)
	require.NoError(t, err)
	assert.Equal(t, data, again, "maps packed in key order")
}

func TestUnpackRefusesAnotherType(t *testing.T) {
	data, err := Pack(inner{Name: "n"})
	require.NoError(t, err)
	var other struct {
		Name  string
		Words []string
		More  []string
	}
	assert.ErrorIs(t, Unpack(string(data), &other), ErrType)
	var renamed struct {
		Title string
		Words []string
	}
	assert.ErrorIs(t, Unpack(string(data), &renamed), ErrType)
	var retyped struct {
		Name  string
		Words []inner
	}
	assert.ErrorIs(t, Unpack(string(data), &retyped), ErrType)
	var same inner
	assert.NoError(t, Unpack(string(data), &same))
	assert.Error(t, Unpack(string(data[:len(data)-1]), &same), "cut short")
	assert.Error(t, Unpack(string(data)+"x", &same), "bytes after")
}
