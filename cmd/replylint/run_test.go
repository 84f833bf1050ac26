package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"hash"
	"io"
	"math/rand/v2"
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

// recordChecker is stdout for a bulk run: it checks each jsonl line as it
// comes against the record the input holds on that line, so the output
// of a large run is never held in memory, and hashes what it saw.
type recordChecker struct {
	t       *testing.T
	want    []wantRecord
	partial []byte
	n       int
	hash    hash.Hash
}

// wantRecord is what the output must say about one input line.
type wantRecord struct {
	id  string // "" when the line has no readable id
	bad bool   // the line is not a valid record
}

func (c *recordChecker) Write(p []byte) (int, error) {
	c.hash.Write(p)
	c.partial = append(c.partial, p...)
	for {
		i := bytes.IndexByte(c.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		c.check(c.partial[:i])
		c.partial = c.partial[i+1:]
	}
}

// check reads the head of a jsonl output record, whose keys come in the
// documented order: {"path", "id", "line", then "lang" and "score" for a
// linted reply or "error"}. (A JSON decoder per line would take most of
// this test's time under -race.)
func (c *recordChecker) check(line []byte) {
	c.t.Helper()
	if c.n >= len(c.want) {
		c.t.Fatalf("more output records than the %d input lines", len(c.want))
	}
	w := c.want[c.n]
	c.n++
	rest, ok := bytes.CutPrefix(line, []byte(`{"path":"export.jsonl",`))
	if !ok {
		c.t.Fatalf("output record %d: %s", c.n, line)
	}
	id := ""
	if r, ok := bytes.CutPrefix(rest, []byte(`"id":"`)); ok {
		i := bytes.IndexByte(r, '"')
		id, rest = string(r[:i]), r[i+2:]
	}
	var n int
	if _, err := fmt.Sscanf(string(rest), `"line":%d,`, &n); err != nil {
		c.t.Fatalf("output record %d has no line: %s", c.n, line)
	}
	_, after, _ := bytes.Cut(rest, []byte(","))
	isErr := bytes.HasPrefix(after, []byte(`"error":`))
	switch {
	case n != c.n:
		c.t.Fatalf("output record %d is input line %d", c.n, n)
	case w.id != "" && id != w.id:
		c.t.Fatalf("output record %d: id %q, want %q", c.n, id, w.id)
	case w.bad != isErr:
		c.t.Fatalf("output record %d: an error: %v, but the line is bad: %v: %s", c.n, isErr, w.bad, line)
	case !w.bad && !bytes.Contains(after, []byte(`"score":{"total":`)):
		c.t.Fatalf("output record %d has no score: %s", c.n, line)
	}
}

// TestOrderOfManyRecords: for a .jsonl input of N records, the output has
// exactly N records, in input order, with the same ids, whatever the
// number of workers; lines that are not valid records keep their place.
func TestOrderOfManyRecords(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	// Short replies with and without findings: cheap to lint, so that
	// the test stays quick under -race.
	replies := []string{"Ok", "😀", "@a Misschien morgen.", "NIET DOEN!!"}
	rnd := rand.New(rand.NewPCG(7, 7))
	var src bytes.Buffer
	want := make([]wantRecord, n)
	for i := range n {
		id := fmt.Sprintf("r%06d", i)
		switch k := rnd.IntN(100); {
		case k == 0:
			fmt.Fprintf(&src, "{\"id\": %q, \"reply\": \"afgebroken\n", id)
			want[i] = wantRecord{id: id, bad: true}
		case k == 1:
			fmt.Fprintf(&src, "{\"id\": %q, \"reply\": 42}\n", id)
			want[i] = wantRecord{id: id, bad: true}
		case k == 2:
			fmt.Fprintf(&src, "{\"id\": %q, \"in_reply_to\": \"waar?\"}\n", id)
			want[i] = wantRecord{id: id, bad: true}
		case k == 3:
			src.WriteString("geen json\n")
			want[i] = wantRecord{bad: true}
		default:
			fmt.Fprintf(&src, "{\"id\": %q, \"reply\": %q}\n", id, replies[rnd.IntN(len(replies))])
			want[i] = wantRecord{id: id}
		}
	}
	var sums [][]byte
	for _, jobs := range []string{"1", "4"} {
		c := &recordChecker{t: t, want: want, hash: sha256.New()}
		e := &env{stdin: bytes.NewReader(src.Bytes()), stdout: c, stderr: io.Discard, getenv: func(string) string { return "" }}
		start := time.Now()
		code := run(context.Background(), []string{"--format", "jsonl", "-j", jobs, "--stdin-filename", "export.jsonl"}, e)
		t.Logf("-j %s: %v", jobs, time.Since(start))
		assert.Equal(t, exitError, code, "bad lines: exit 2")
		require.Empty(t, c.partial, "the output ends with a line feed")
		require.Equal(t, n, c.n, "-j %s: one output record per input line", jobs)
		sums = append(sums, c.hash.Sum(nil))
	}
	assert.Equal(t, sums[0], sums[1], "the same output with 1 and 4 workers")
}
