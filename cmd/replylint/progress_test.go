package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// offsets is an emitter that records how far the reader says it is.
type offsets struct {
	items int
	at    []int64
	end   int64
}

func (o *offsets) emit(*item) bool   { o.items++; return true }
func (o *offsets) wait() bool        { return true }
func (o *offsets) fileDone(at int64) { o.end = at }
func (o *offsets) streamAt(at int64) { o.at = append(o.at, at) }

// TestProgressAdvancesThroughAnExport: reading a .jsonl or .csv export
// reports how far it has read record by record, so the progress line's
// share and time left move from the first batch on (it stood at "0% of
// 66.3 MB" for a whole run before), and ends at the file's size.
func TestProgressAdvancesThroughAnExport(t *testing.T) {
	const records = 3000
	var jsonl, csv strings.Builder
	csv.WriteString("id;antwoord\n")
	for i := range records {
		fmt.Fprintf(&jsonl, "{\"id\": %d, \"reply\": \"@klant Misschien is je pakket morgen al binnen. ^Anne\"}\n", i)
		fmt.Fprintf(&csv, "%d;\"@klant Wellicht komt het morgen, \"\"zeker\"\".\"\n", i)
	}
	dir := t.TempDir()
	for name, text := range map[string]string{"export.jsonl": jsonl.String(), "export.csv": csv.String()} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
			o := &options{jobs: 1, columns: input.Columns{}}
			l, code := newLinter(o, []string{path}, &env{getenv: func(string) string { return "" }})
			require.NotNil(t, l, code)
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			rec := &offsets{}
			require.True(t, l.stream(context.Background(), path, lint.DefaultConfig(), f, rec))
			assert.Equal(t, records, rec.items)
			assert.Equal(t, int64(len(text)), rec.end, "the end of the file")
			distinct := map[int64]bool{}
			for i, at := range rec.at {
				distinct[at] = true
				if i > 0 {
					require.GreaterOrEqual(t, at, rec.at[i-1], "never backwards")
				}
			}
			assert.GreaterOrEqual(t, len(distinct), records, "a step for every record")
		})
	}
}

// TestReadAheadIsBoundedByBytes: when the writer falls behind (nothing
// is reported), the reader stops once the replies it has read hold about
// readAhead bytes, whatever -j allows in batches: -j 1000 no longer reads
// a whole export into memory.
func TestReadAheadIsBoundedByBytes(t *testing.T) {
	const jobs = 1000
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	order := make(chan *batch, 2*jobs)
	work := make(chan *batch, 2*jobs)
	ahead := newBudget()
	bt := &batcher{ctx: ctx, order: order, work: work, budget: ahead}
	text := strings.Repeat("Misschien komt het morgen. ", 40<<10/27) // 40 KB replies
	emitted := make(chan int, 1)
	go func() {
		n := 0
		for bt.emit(&item{in: tone.Input{Text: text}}) {
			n++
			select {
			case <-emitted:
			default:
			}
			emitted <- n
		}
	}()
	// Wait until the budget is spent: the reader then waits for the
	// writer, which never comes.
	for len(ahead) < cap(ahead) {
		runtime.Gosched()
	}
	n := <-emitted
	held := n * (len(text) + 256)
	assert.LessOrEqual(t, held, readAhead+batchBytes+len(text)+256, "bytes read ahead")
	assert.Greater(t, held, readAhead/2, "the budget is used")
	assert.Less(t, len(order), 2*jobs, "bounded by bytes before the batch count")
}

// TestJobsAreCapped: -j beyond 4 workers per core is lowered to that.
func TestJobsAreCapped(t *testing.T) {
	for _, tt := range []struct{ asked, want int }{{1, 1}, {maxJobs(), maxJobs()}, {1000, maxJobs()}} {
		o := &options{jobs: tt.asked, progress: "auto"}
		require.Equal(t, exitOK, o.checkBulk(&env{}))
		assert.Equal(t, tt.want, o.jobs, "-j %d", tt.asked)
	}
}
