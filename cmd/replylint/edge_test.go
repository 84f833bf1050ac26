package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runIn runs replylint in-process in dir and returns what it allocated
// on the way, besides the exit status and output.
func runIn(t *testing.T, dir string, args ...string) (code int, stdout, stderr string, allocated uint64) {
	t.Helper()
	t.Chdir(dir)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code, stdout, stderr = runCLI(context.Background(), t, strings.NewReader(""), args...)
	runtime.ReadMemStats(&after)
	return code, stdout, stderr, after.TotalAlloc - before.TotalAlloc
}

// TestHugeSingleLine: a 50 MB file on one line is an input error naming
// the limit, in memory that does not grow with the file; in an export the
// line is skipped and the next record is linted.
func TestHugeSingleLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("Misschien ", 5<<20) // 50 MB
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("huge.txt", line)
	write("huge.md", line)
	write("huge.jsonl", `{"id": 1, "reply": "`+line+`"}`+"\n"+`{"id": 2, "reply": "@klant Wellicht."}`+"\n")
	write("huge.csv", "id,reply\n1,"+line+"\n2,@klant Wellicht.\n")

	// Lint once first: the lexicons and the sentence model load on the
	// first reply, and would count below.
	write("warm.txt", "@klant Wellicht.")
	runIn(t, dir, "warm.txt")

	tests := []struct {
		file, msg, next string
	}{
		{"huge.txt", "huge.txt: larger than max_reply_bytes (1048576) allows; not linted", ""},
		{"huge.md", "huge.md: larger than max_reply_bytes (1048576) allows; not linted", ""},
		{"huge.jsonl", "huge.jsonl:1: record longer than 1048576 bytes (max_reply_bytes); skipped", "huge.jsonl:2:28: warning: hedging"},
		{"huge.csv", "huge.csv:2: record longer than 1048576 bytes (max_reply_bytes); skipped", "huge.csv:3:10: warning: hedging"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			code, out, errOut, allocated := runIn(t, dir, "--format", "line", tt.file)
			assert.Equal(t, exitError, code)
			assert.Equal(t, tt.msg+"\n", errOut)
			if tt.next != "" {
				assert.Contains(t, out, tt.next, "the record after the long line is linted")
			}
			assert.Less(t, allocated, uint64(8<<20), "memory does not grow with a 50 MB line")
		})
	}
}

// TestLongWordsAndPunctuation: a word of 100 KB and 10,000 exclamation
// marks lint like other replies: findings where they are, exit 1.
func TestLongWordsAndPunctuation(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "word.txt"), []byte("@klant "+strings.Repeat("a", 100<<10)+" Misschien. ^Anne (webcare)\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bang.txt"), []byte("@klant Je pakket komt morgen"+strings.Repeat("!", 10000)+" ^Anne (webcare)\n"), 0o644))

	code, out, errOut, _ := runIn(t, dir, "--format", "line", "word.txt", "bang.txt")
	require.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, fmt.Sprintf("word.txt:1:%d: warning: hedging: ", 7+100<<10+2))
	assert.Contains(t, out, "bang.txt:1:29: warning: emotional: ")
	assert.Empty(t, errOut)
}

// TestUnreadable: a file without read permission is named with the
// reason, exit 2, and the other inputs are linted; in a directory too.
func TestUnreadable(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions on Windows")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	require.NoError(t, os.WriteFile(p, []byte("@klant Misschien."), 0o000))
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running as root (or with CAP_DAC_OVERRIDE): a file without read permission is still readable")
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("@klant Wellicht."), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "closed"), 0o000))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "closed"), 0o755) })

	code, out, errOut, _ := runIn(t, dir, "--format", "line", "secret.txt", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "secret.txt: permission denied\n")
	assert.Contains(t, errOut, "closed: permission denied\n")
	assert.Contains(t, out, "ok.txt:1:8: warning: hedging: ")
}

// TestProgress: the progress line shows on stderr only when asked for or
// on a terminal, and is cleared at the end.
func TestProgress(t *testing.T) {
	var src strings.Builder
	for i := range 300 {
		fmt.Fprintf(&src, "{\"id\": %d, \"reply\": \"@klant Misschien is je pakket morgen al binnen. ^Anne (webcare)\"}\n", i)
	}
	run1 := func(tty bool, args ...string) string {
		var out, errb strings.Builder
		e := &env{stdin: strings.NewReader(src.String()), stdout: &out, stderr: &errb, stderrTTY: tty,
			getenv: func(string) string { return "" }, progressDelay: time.Nanosecond}
		code := run(context.Background(), append(args, "--stdin-filename", "export.jsonl", "-j", "1"), e)
		require.Equal(t, exitFindings, code, errb.String())
		return errb.String()
	}
	assert.Empty(t, run1(false), "not on a terminal: silent")
	assert.Empty(t, run1(true, "--progress", "never"))
	got := run1(false, "--progress", "always")
	assert.Contains(t, got, "\rreplylint: ")
	assert.Contains(t, got, " replies")
	assert.True(t, strings.HasSuffix(got, "\r\x1b[K"), "the line is cleared at the end: %q", got)
}

// TestProgressLine: what the line says as the work goes on.
func TestProgressLine(t *testing.T) {
	p := &progress{}
	p.replies.Store(500)
	assert.Equal(t, "replylint: 500 replies, 250/s", p.line(2*time.Second))
	p.files.Store(10)
	assert.Equal(t, "replylint: 10 files, 500 replies, 250/s", p.line(2*time.Second))
	p.totalFiles.Store(40)
	assert.Equal(t, "replylint: 10/40 files, 500 replies, 250/s, about 6s left", p.line(2*time.Second))
	p.totalBytes.Store(4 << 20)
	p.bytes.Store(1 << 20)
	assert.Equal(t, "replylint: 500 replies, 250/s, 25% of 4.0 MB, about 6s left", p.line(2*time.Second))
}
