package lint

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/replylint/replylint/tone"
)

// TestPrepareWhileLinting: Prepare runs while replies are linted on other
// goroutines (as the CLI does at start-up); the race detector checks the
// lazy loading, and every reply gets the findings it gets alone.
func TestPrepareWhileLinting(t *testing.T) {
	replies := []string{
		"@user Misschien is je pakket morgen al binnen.",
		"@user Sorry to hear that! Maybe it arrives tomorrow.",
	}
	want := make([][]string, len(replies))
	for i, r := range replies {
		want[i] = ruleIDs(Lint(tone.Input{Text: r}, nil).Findings)
	}
	assert.Contains(t, want[0], "hedging")
	assert.Contains(t, want[1], "hedging")
	var wg sync.WaitGroup
	wg.Go(func() { Prepare() })
	for range 4 {
		for i, r := range replies {
			wg.Go(func() { assert.Equal(t, want[i], ruleIDs(Lint(tone.Input{Text: r}, nil).Findings)) })
		}
	}
	wg.Go(func() { Prepare("nl") })
	wg.Wait()
}

func ruleIDs(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}
