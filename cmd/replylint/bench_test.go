package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// The CLI benchmarks run the bulk paths on the replies bench/gen.go
// writes (bash bench/run.sh makes them), next to lint.Lint on the same
// replies, so the difference is what the CLI adds per reply:
//
//	go test ./cmd/replylint -run '^$' -bench 'Bulk' -benchtime 3x
const benchData = "../../bench/data"

// benchReplies returns the replies of bench/data/replies.jsonl, or skips.
func benchReplies(b *testing.B) []string {
	f, err := os.Open(filepath.Join(benchData, "replies.jsonl"))
	if err != nil {
		b.Skip("no bench data: run bash bench/run.sh first")
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ Reply string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		out = append(out, r.Reply)
	}
	return out
}

// perReply reports time, allocations and allocated bytes per reply: the
// last two do not depend on what else the machine is doing.
func perReply(b *testing.B, n int, f func()) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for range b.N {
		f()
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	replies := float64(b.N * n)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/replies, "µs/reply")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/replies, "allocs/reply")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/replies, "B/reply")
}

// BenchmarkBulkLintOnly is the floor: lint.Lint on each reply, one
// goroutine, nothing read or written.
func BenchmarkBulkLintOnly(b *testing.B) {
	replies := benchReplies(b)
	cfg := lint.DefaultConfig()
	perReply(b, len(replies), func() {
		for _, r := range replies {
			lint.Lint(tone.Input{Text: r}, cfg)
		}
	})
}

// benchRun runs the CLI in-process on args, output discarded.
func benchRun(b *testing.B, n int, args ...string) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	perReply(b, n, func() {
		if code := run(context.Background(), args, e); code == exitError {
			b.Fatalf("exit %d", code)
		}
	})
}

// BenchmarkBulkJSONL is "replylint -j 1 --format jsonl replies.jsonl".
func BenchmarkBulkJSONL(b *testing.B) {
	n := len(benchReplies(b))
	benchRun(b, n, "-j", "1", "--format", "jsonl", filepath.Join(benchData, "replies.jsonl"))
}

// BenchmarkBulkTxtFiles is "replylint -j 1 --format line txt/": one file
// per reply.
func BenchmarkBulkTxtFiles(b *testing.B) {
	n := len(benchReplies(b))
	benchRun(b, n, "-j", "1", "--format", "line", filepath.Join(benchData, "txt"))
}
