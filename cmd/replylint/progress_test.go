package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/input"
	"github.com/replylint/replylint/lint"
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
