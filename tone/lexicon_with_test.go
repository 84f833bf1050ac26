package tone

import (
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// indexOf is what the matcher reads of a lexicon, as plain values.
func indexOf(lx *Lexicon) map[string]any {
	// The patRefs as built, without loaded, which says whether one was
	// tried yet.
	clone := func(l []*patRef) []*patRef {
		out := make([]*patRef, len(l))
		for i, r := range l {
			out[i] = &patRef{e: r.e, p: r.p, order: r.order, fold: r.fold, next: r.next}
		}
		return out
	}
	refs := func(m map[string][]*patRef) map[string][]*patRef {
		out := map[string][]*patRef{}
		for k, v := range m {
			out[k] = clone(v)
		}
		return out
	}
	words := map[string]map[string]bool{}
	for k, v := range lx.words {
		words[k] = maps.Clone(v)
	}
	return map[string]any{"index": refs(lx.index.lists()), "pairIndex": refs(lx.pairIndex.lists()), "byPrefix": refs(lx.byPrefix), "scan": clone(lx.scan),
		"prefixStart": lx.prefixStart, "words": words}
}

func TestWithAddsToTheIndexAsABuildWould(t *testing.T) {
	base := DefaultLexicon("nl")
	before := indexOf(base)
	extra := func(words ...string) []*Entry {
		var out []*Entry
		for _, w := range words {
			out = append(out, &Entry{Category: "cue:test", Match: Patterns{w}})
		}
		// a word list the lexicon has, and a prefix and an open start
		return append(out, &Entry{Category: "hedging", Match: Patterns{"wellicht", "excuus*", "# dagen"}})
	}
	a, err := base.With(extra("pakket", "we zoeken", "bezorg*"))
	require.NoError(t, err)
	b, err := base.With(extra("we bellen", "factuur"))
	require.NoError(t, err)
	c, err := a.With(extra("storing"))
	require.NoError(t, err)
	for name, lx := range map[string]*Lexicon{"a": a, "b": b, "a then c": c} {
		rebuilt, err := (&Lexicon{Lang: lx.Lang, Entries: lx.Entries}).build()
		require.NoError(t, err)
		assert.Equal(t, indexOf(rebuilt), indexOf(lx), name)
	}
	assert.Equal(t, before, indexOf(base), "the base lexicon is unchanged")
	assert.True(t, a.HasWord("hedging", "wellicht"))
	assert.Equal(t, base.HasWord("hedging", "wellicht"), before["words"].(map[string]map[string]bool)["hedging"]["wellicht"])

	// A lexicon whose entries changed after it was built is built again.
	hand := &Lexicon{Lang: "nl", Entries: slices.Clone(a.Entries)}
	_, err = hand.build()
	require.NoError(t, err)
	hand.Entries = append(hand.Entries, extra("retour")...)
	d, err := hand.With(nil)
	require.NoError(t, err)
	rebuilt, err := (&Lexicon{Lang: "nl", Entries: d.Entries}).build()
	require.NoError(t, err)
	assert.Equal(t, indexOf(rebuilt), indexOf(d))
}
