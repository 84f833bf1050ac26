package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs replylint in-process.
func runCLI(ctx context.Context, t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: stdin, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(ctx, args, e)
	return code, out.String(), errb.String()
}

func TestOrderWithManyWorkers(t *testing.T) {
	var src strings.Builder
	replies := []string{
		"@klant Misschien is je pakket morgen al binnen.",
		"@sanne Wat balen dat je pakket er na een week nog niet is! Ik stuur je vandaag een nieuwe. ^Anne (webcare)",
		"@tom Sorry to hear that. Maybe your parcel will arrive tomorrow.",
	}
	for i := range 300 {
		if i%50 == 7 {
			src.WriteString("{not json}\n")
			continue
		}
		fmt.Fprintf(&src, "{\"id\": %d, \"reply\": %q}\n", i, replies[i%len(replies)])
	}
	code1, out1, _ := runCLI(context.Background(), t, strings.NewReader(src.String()), "--format", "jsonl", "-j", "1", "--stdin-filename", "r.jsonl")
	code8, out8, _ := runCLI(context.Background(), t, strings.NewReader(src.String()), "--format", "jsonl", "-j", "8", "--stdin-filename", "r.jsonl")
	assert.Equal(t, exitError, code1)
	assert.Equal(t, code1, code8)
	assert.Equal(t, out1, out8, "output in input order whatever the number of workers")
	lines := strings.Split(strings.TrimSpace(out8), "\n")
	require.Len(t, lines, 300)
	for i, l := range lines {
		var obj struct {
			Line  int    `json:"line"`
			Error string `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &obj))
		assert.Equal(t, i+1, obj.Line)
		assert.Equal(t, i%50 == 7, obj.Error != "", "line %d", i+1)
	}
}

func TestInterruptFlushesWhatFinished(t *testing.T) {
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type result struct {
		code        int
		out, errOut string
	}
	done := make(chan result)
	go func() {
		code, out, errOut := runCLI(ctx, t, pr, "--format", "json", "--stdin-filename", "live.jsonl")
		done <- result{code, out, errOut}
	}()
	for i := range 3 {
		fmt.Fprintf(pw, "{\"id\": %d, \"reply\": \"@klant Misschien is je pakket morgen al binnen.\"}\n", i)
	}
	// The stream stays open, as a live feed does; then the user presses ^C.
	time.Sleep(200 * time.Millisecond)
	cancel()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("no exit after the interrupt")
	}
	pw.Close()
	assert.Equal(t, exitInterrupted, r.code)
	assert.Contains(t, r.errOut, "interrupted")
	var doc struct {
		Files []struct {
			ID int `json:"id"`
		} `json:"files"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.out), &doc), "the JSON document is complete: %s", r.out)
	assert.LessOrEqual(t, len(doc.Files), 3)
	for i, f := range doc.Files {
		assert.Equal(t, i, f.ID, "what finished, in order")
	}
}

func TestColor(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(p, []byte("@klant Misschien is je pakket morgen al binnen.\n"), 0o644))
	tests := []struct {
		name    string
		tty     bool
		noColor string
		args    []string
		want    bool
	}{
		{"a terminal", true, "", nil, true},
		{"not a terminal", false, "", nil, false},
		{"NO_COLOR", true, "1", nil, false},
		{"--no-color", true, "", []string{"--no-color"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, tty: tt.tty,
				getenv: func(k string) string {
					if k == "NO_COLOR" {
						return tt.noColor
					}
					return ""
				}}
			code := run(context.Background(), append(tt.args, p), e)
			assert.Equal(t, exitFindings, code)
			assert.Equal(t, tt.want, strings.Contains(out.String(), "\x1b["), out.String())
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		args   []string
		files  []string
		format string
	}{
		{[]string{"a.txt", "--format", "json", "b.md"}, []string{"a.txt", "b.md"}, "json"},
		{[]string{"--format=line", "-", "c.jsonl"}, []string{"-", "c.jsonl"}, "line"},
		{[]string{"a.txt", "--", "--format", "-x"}, []string{"a.txt", "--format", "-x"}, "text"},
		{nil, nil, "text"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		format := fs.String("format", "text", "")
		files, err := parseInterleaved(fs, tt.args)
		require.NoError(t, err)
		assert.Equal(t, tt.files, files, "%q", tt.args)
		assert.Equal(t, tt.format, *format, "%q", tt.args)
	}
}
