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
