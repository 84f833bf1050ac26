package tone

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSortHitsIsStableSort holds sortHits to a stable sort by start, the
// longest first, on lists almost in order (as findHits makes them) and
// on lists far out of order (where it hands over to a merge sort).
func TestSortHitsIsStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name    string
		n, jump int
	}{
		{"empty", 0, 0}, {"one", 1, 0}, {"in order", 40, 0}, {"a few out of order", 40, 3},
		{"far out of order", 300, 300}, {"long and almost in order", 2000, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 20 {
				hits := make([]Hit, tc.n)
				for i := range hits {
					start := i*3 + rng.IntN(tc.jump+1)*3
					hits[i] = Hit{Span: Span{start, start + 1 + rng.IntN(4)}, First: i}
				}
				want := slices.Clone(hits)
				slices.SortStableFunc(want, func(a, b Hit) int {
					if a.Span.Start != b.Span.Start {
						return cmp.Compare(a.Span.Start, b.Span.Start)
					}
					return cmp.Compare(b.Span.End, a.Span.End)
				})
				sortHits(hits)
				require.Equal(t, want, hits)
			}
		})
	}
}
