//go:build unix

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFIFO: a FIFO named as an argument is read to its end like a file;
// a FIFO inside a directory is not a reply file and is skipped, so a walk
// never waits on one.
func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "live.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("@klant Misschien ")
		time.Sleep(50 * time.Millisecond) // the writer is slow, then closes early
		f.WriteString("is het morgen.\n")
		f.Close()
	}()
	done := make(chan struct{})
	var code int
	var out, errOut string
	go func() {
		defer close(done)
		code, out, errOut = runCLI(context.Background(), t, strings.NewReader(""), "--format", "line", fifo)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("reading the FIFO did not end")
	}
	assert.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, fifo+":1:8: warning: hedging: ")

	// In a directory, the FIFO is skipped without a writer.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("@klant Wellicht."), 0o644))
	done = make(chan struct{})
	go func() {
		defer close(done)
		code, out, errOut = runCLI(context.Background(), t, strings.NewReader(""), "--format", "line", dir)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the walk waited on the FIFO")
	}
	assert.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, "ok.txt:1:8: warning: hedging: ")
	assert.NotContains(t, out, "live.txt")
}

// TestWalkSkipsWhatIsNotARegularFile: a directory walk reads regular
// files only. A FIFO, a link to a FIFO or to a device, and a link out of
// the directory are skipped, each with a line on stderr, and the walk
// neither waits nor streams without end; a link to a reply in the tree is
// linted under its own name.
func TestWalkSkipsWhatIsNotARegularFile(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	require.NoError(t, os.WriteFile(secret, []byte("@klant Misschien, buiten de map."), 0o644))
	dir := filepath.Join(t.TempDir(), "d")
	require.NoError(t, os.Mkdir(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("@klant Wellicht morgen."), 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(outside, "pipe"), 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "c.txt"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(outside, "pipe"), filepath.Join(dir, "b.txt")))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "e.txt")))
	require.NoError(t, os.Symlink(secret, filepath.Join(dir, "f.txt")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.Symlink("../a.txt", filepath.Join(dir, "sub", "g.txt")))
	if _, err := os.Stat("/dev/zero"); err == nil {
		require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "x.jsonl")))
	}

	done := make(chan struct{})
	var code int
	var out, errOut string
	go func() {
		defer close(done)
		code, out, errOut = runCLI(context.Background(), t, strings.NewReader(""), "--format", "line", dir)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the walk waited on a FIFO or read a device without end")
	}
	assert.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, dir+"/a.txt:1:8: warning: hedging: ")
	assert.Contains(t, out, dir+"/e.txt:1:8: warning: hedging: ", "a link in the tree is read")
	assert.Contains(t, out, dir+"/sub/g.txt:1:8: warning: hedging: ", "a link to a file higher up in the tree is read")
	assert.NotContains(t, out, "f.txt", "a link out of the tree is not followed")
	assert.NotContains(t, out, "buiten")
	want := dir + "/b.txt: a link to a FIFO, not a regular file; skipped\n" +
		dir + "/c.txt: a FIFO, not a regular file; skipped\n" +
		dir + "/f.txt: a link out of " + dir + " (to " + realPath(secret) + "); not followed\n"
	if _, err := os.Stat("/dev/zero"); err == nil {
		want += dir + "/x.jsonl: a link to a device, not a regular file; skipped\n"
	}
	assert.Equal(t, want, errOut)
}

// TestWalkedFileSwappedForAFIFO: a file a walk found is opened without
// waiting and refused when it is no longer a regular file (a FIFO put in
// its place after the walk looked): no writer is needed for the run to go
// on.
func TestWalkedFileSwappedForAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "later.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	done := make(chan error, 1)
	go func() {
		_, err := openFile(fifo, true)
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, errNotRegular)
		assert.Equal(t, fifo+": not a regular file; skipped", fileError(fifo, err).Error())
	case <-time.After(20 * time.Second):
		t.Fatal("opening the FIFO waited for a writer")
	}
}
