package lint

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

// Lint, Analyze and Score share lexicons, the segmenter and configs
// between goroutines; under -race this test shows they are safe, and that
// results do not depend on what runs beside them.
func TestConcurrentUse(t *testing.T) {
	recs := readLabelled(t, "../testdata/corpus/exchanges.jsonl")
	cfg, err := ParseConfig("c.yaml", []byte("rules:\n  mirror: warning\n"))
	require.NoError(t, err)
	want := make([]int, len(recs))
	for i, r := range recs {
		want[i] = len(Lint(tone.Input{Text: r.Reply, Incoming: *r.InReplyTo}, cfg).Findings)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range recs {
				i := (k + g*7) % len(recs)
				r := recs[i]
				res := Lint(tone.Input{Text: r.Reply, Incoming: *r.InReplyTo}, cfg)
				assert.Len(t, res.Findings, want[i])
			}
		}()
	}
	wg.Wait()
}
