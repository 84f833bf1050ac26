package packread

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pack writes what read reads back, with encoding/binary as the data's
// writers do.
func pack() string {
	out := []byte("magic\n")
	out = binary.AppendUvarint(out, 0xcafe1234) // a checksum
	for _, u := range []uint64{0, 127, 128, 300, math.MaxUint64} {
		out = binary.AppendUvarint(out, u)
	}
	for _, i := range []int64{0, -1, 1, -300, math.MinInt64} {
		out = binary.AppendVarint(out, i)
	}
	for _, s := range []string{"", "café", "x"} {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return string(append(out, 7, 'a', 'b'))
}

func TestReaderReadsWhatEncodingBinaryWrites(t *testing.T) {
	r, ok := Open(pack(), "magic\n")
	require.True(t, ok)
	assert.Equal(t, uint64(0xcafe1234), r.Uint(), "the checksum after the magic")
	for _, want := range []uint64{0, 127, 128, 300, math.MaxUint64} {
		assert.Equal(t, want, r.Uint())
	}
	for _, want := range []int64{0, -1, 1, -300, math.MinInt64} {
		assert.Equal(t, want, r.Int())
	}
	for _, want := range []string{"", "café", "x"} {
		assert.Equal(t, want, r.Str())
	}
	assert.Equal(t, byte(7), r.Byte())
	assert.Equal(t, 2, r.Left())
	assert.Equal(t, "ab", r.Next(2))
	assert.Zero(t, r.Left())
}

func TestOpenWantsTheMagic(t *testing.T) {
	for _, data := range []string{"", "magi", "MAGIC\n\x01", "\x01magic\n"} {
		_, ok := Open(data, "magic\n")
		assert.False(t, ok, "%q", data)
	}
	r, ok := Open("magic\n", "magic\n")
	assert.True(t, ok)
	assert.Zero(t, r.Left())
}

// decode reads a count and that many strings, as the decoders do,
// catching a read past the end.
func decode(data string) (got []string, err error) {
	r := Reader{Data: data}
	defer r.Catch("test data", &err)
	for range r.Uint() {
		got = append(got, r.Str())
	}
	return got, nil
}

func TestCatchTurnsDataCutShortIntoAnError(t *testing.T) {
	got, err := decode("\x02\x01a\x01b")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, got)

	cases := []struct{ name, data, want string }{
		{"nothing", "", "test data at byte 0: "},
		{"a varint cut short", "\x80", "test data at byte 1: "},
		{"a string longer than the data", "\x01\x05ab", "test data at byte 2: "},
		{"fewer strings than counted", "\x02\x01a", "test data at byte 3: "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := decode(c.data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}
