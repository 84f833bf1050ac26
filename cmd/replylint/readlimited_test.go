package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
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

	raw, err := openFile(p, false)
	require.NoError(t, err)
	defer raw.Close()
	data, release, err := readLimited(raw, 100)
	require.NoError(t, err)
	assert.Equal(t, "0123456789abcdef", string(data))
	release()

	raw2, err := openFile(p, false)
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

	_, err = openFile(filepath.Join(t.TempDir(), "missing.txt"), false)
	var pe *os.PathError
	require.ErrorAs(t, err, &pe)
}

// TestReadMessage: the customer's message (--in-reply-to) and the input of
// triage and draft are read whole, or refused with the file's name: too
// large (never cut off), NUL bytes, blank.
func TestReadMessage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	e := &env{}
	data, path, err := readMessage(write("ok.txt", "\ufeffWaar blijft mijn pakket?"), "<stdin>", 100, "the message", "empty", e)
	require.NoError(t, err)
	assert.Equal(t, "Waar blijft mijn pakket?", string(data), "the byte order mark is dropped")
	assert.Equal(t, filepath.Join(dir, "ok.txt"), path)

	big := write("big.txt", strings.Repeat("x", 101))
	_, _, err = readMessage(big, "<stdin>", 100, "the message", "empty", e)
	assert.EqualError(t, err, big+": the message is larger than 100 bytes")
	_, _, err = readMessage(write("nul.txt", "a\x00b"), "<stdin>", 100, "the message", "empty", e)
	assert.ErrorContains(t, err, "NUL bytes")
	_, _, err = readMessage(write("blank.txt", " \n"), "<stdin>", 100, "the message", "the customer's message (--in-reply-to) is empty", e)
	assert.ErrorContains(t, err, "blank.txt: the customer's message (--in-reply-to) is empty")

	e.stdin = strings.NewReader("Hoi")
	data, path, err = readMessage("-", "msg.txt", 100, "the message", "empty", e)
	require.NoError(t, err)
	assert.Equal(t, "Hoi", string(data))
	assert.Equal(t, "msg.txt", path)
}
