package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLimited: a reply file is read whole, or refused from its size
// before reading; stdin redirected from a file is read from where it
// stands ({ head -n1 >/dev/null; replylint -; } < file).
func TestReadLimited(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.txt")
	require.NoError(t, os.WriteFile(p, []byte("0123456789abcdef"), 0o644))

	raw, err := openFile(p)
	require.NoError(t, err)
	defer raw.Close()
	data, release, err := readLimited(raw, 100)
	require.NoError(t, err)
	assert.Equal(t, "0123456789abcdef", string(data))
	release()

	raw2, err := openFile(p)
	require.NoError(t, err)
	defer raw2.Close()
	_, release, err = readLimited(raw2, 10)
	assert.ErrorIs(t, err, errTooLarge, "refused from its size")
	release()

	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	_, err = f.Seek(12, io.SeekStart)
	require.NoError(t, err)
	data, release, err = readLimited(f, 10)
	require.NoError(t, err, "4 bytes are left, within the limit")
	assert.Equal(t, "cdef", string(data))
	release()

	data, release, err = readLimited(f, 10)
	require.NoError(t, err, "at the end: an empty reply, not an error")
	assert.Empty(t, data)
	release()

	_, err = openFile(filepath.Join(t.TempDir(), "missing.txt"))
	var pe *os.PathError
	require.ErrorAs(t, err, &pe)
}
