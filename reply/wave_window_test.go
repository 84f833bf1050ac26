package reply

import (
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The fullest window that holds each message is the same as counting
// every window by hand, for bursts, gaps and equal times alike.
func TestFullestWindowsMatchesCountingByHand(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	base := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	w := 30 * time.Minute
	for round := 0; round < 200; round++ {
		n := 1 + r.Intn(40)
		times := make([]time.Time, n)
		for i := range times {
			// Minutes over two hours, with repeats.
			times[i] = base.Add(time.Duration(r.Intn(120)) * time.Minute)
		}
		sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
		got := fullestWindows(times, w)
		for k, tk := range times {
			want := 0
			for j := range times {
				if times[j].Before(tk.Add(-w)) || times[j].After(tk) {
					continue
				}
				c := 0
				for _, x := range times {
					if !x.Before(times[j]) && !x.After(times[j].Add(w)) {
						c++
					}
				}
				want = max(want, c)
			}
			assert.Equal(t, want, got[k], "round %d, message %d", round, k)
		}
	}
}

// A whole queue in one minute (a batch export) is one window, counted
// once: the wave check stays linear in the queue.
func BenchmarkFullestWindowsOneBurst(b *testing.B) {
	base := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	times := make([]time.Time, 20000)
	for i := range times {
		times[i] = base.Add(time.Duration(i) * time.Millisecond)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fullestWindows(times, 30*time.Minute)
	}
}
