package punkt

import (
	"encoding/binary"
	"flag"
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
)

var updateCompiled = flag.Bool("update-compiled", false, "write dutch.bin from dutch.json (go generate)")

// encode writes a training as decode and table read it, keys sorted.
func encode(st *sentences.Storage) []byte {
	var recs []byte
	var tables [][]uint32
	for _, set := range sets(st) {
		slots := make([]uint32, tableSize(len(*set)))
		mask := uint32(len(slots) - 1)
		recs = binary.AppendUvarint(recs, uint64(len(*set)))
		for _, k := range slices.Sorted(maps.Keys(*set)) {
			i := keyHash(k) & mask
			for slots[i] != 0 {
				i = (i + 1) & mask
			}
			slots[i] = uint32(len(recs)) + 1
			recs = binary.AppendUvarint(recs, uint64(len(k)))
			recs = append(recs, k...)
			recs = binary.AppendVarint(recs, int64((*set)[k]))
		}
		tables = append(tables, slots)
	}
	out := []byte(magic)
	for _, slots := range tables {
		out = binary.AppendUvarint(out, uint64(len(slots)))
		for _, v := range slots {
			out = binary.LittleEndian.AppendUint32(out, v)
		}
	}
	out = binary.AppendUvarint(out, uint64(len(recs)))
	return append(out, recs...)
}

// TestCompiledTrainingIsFresh holds dutch.bin to dutch.json as the
// library reads it; with -update-compiled (go generate) it writes it.
func TestCompiledTrainingIsFresh(t *testing.T) {
	data, err := os.ReadFile("dutch.json")
	require.NoError(t, err)
	want, err := sentences.LoadTraining(data)
	require.NoError(t, err)
	bin := encode(want)
	if *updateCompiled {
		require.NoError(t, os.WriteFile("dutch.bin", bin, 0o644))
	} else if string(bin) != dutch {
		t.Fatal("dutch.bin is not dutch.json compiled: run go generate ./tone/internal/punkt")
	}
	got, err := decode(string(bin))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	if !*updateCompiled {
		got, err = Load()
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

func TestDecodeRejectsBrokenInput(t *testing.T) {
	for _, in := range []string{"", "[", magic, dutch[:len(dutch)/2], dutch + "x"} {
		_, err := decode(in)
		assert.Error(t, err, "%.20q", in)
	}
	st, err := decode(string(encode(&sentences.Storage{AbbrevTypes: sentences.SetString{"bijv": 1, "café": -2}})))
	require.NoError(t, err)
	assert.Equal(t, sentences.SetString{"bijv": 1, "café": -2}, st.AbbrevTypes)
	assert.Empty(t, st.OrthoContext)
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		Load()
	}
}

// TestTableAnswersAsTheMaps: Table's value of every key of every set,
// and of keys just before and after each, is the one Load's maps hold.
func TestTableAnswersAsTheMaps(t *testing.T) {
	st, err := Load()
	require.NoError(t, err)
	tab, err := LoadTable()
	require.NoError(t, err)
	for s, set := range sets(st) {
		require.NotEmpty(t, *set)
		for k, v := range *set {
			require.Equal(t, v, tab.Get(s, k), "set %d key %q", s, k)
			for _, near := range []string{k + "\x00", k[:len(k)-1], "\x00" + k, k + "~"} {
				require.Equal(t, (*set)[near], tab.Get(s, near), "set %d key %q", s, near)
			}
		}
		require.Equal(t, (*set)[""], tab.Get(s, ""))
		require.Equal(t, (*set)["\xff\xff"], tab.Get(s, "\xff\xff"))
	}
	small := string(encode(&sentences.Storage{AbbrevTypes: sentences.SetString{"bijv": 1, "café": -2}}))
	tab, err = table(small)
	require.NoError(t, err)
	assert.Equal(t, -2, tab.Get(AbbrevTypes, "café"))
	assert.Equal(t, 0, tab.Get(OrthoContext, "café"))
	for _, in := range []string{"", "[", magic, dutch[:len(dutch)/2], dutch + "x"} {
		_, err := table(in)
		assert.Error(t, err, "%.20q", in)
	}
}
