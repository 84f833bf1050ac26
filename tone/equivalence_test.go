package tone

// The tests here hold each faster form of a reading to the plain one it
// replaces: the same answers on every input tried.

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCutsetTrimsAsStringsTrim(t *testing.T) {
	words := []string{"", "(", "()", "(1/3)", "[2/2]", "((x))", "Team,", ",.", "teamleider)", "(héllo)", "(…)", "!?", "Yahoo!", "wat?!", "\xff(", "(\xff"}
	for _, set := range []string{"()[]", ",.()|", ",.", "!?"} {
		c := newCutset(set)
		for _, w := range words {
			assert.Equal(t, strings.Trim(w, set), c.trim(w), "Trim(%q, %q)", w, set)
			assert.Equal(t, strings.TrimLeft(w, set), c.trimLeft(w), "TrimLeft(%q, %q)", w, set)
			assert.Equal(t, strings.TrimRight(w, set), c.trimRight(w), "TrimRight(%q, %q)", w, set)
		}
	}
}

// lastFieldsForward is lastFields as it read the text from its start:
// the reference lastFields must agree with.
func lastFieldsForward(text string) []field {
	var out []field
	line := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			line = line || r == '\n'
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				break
			}
			i += size
		}
		out = append(out, field{text[start:i], start, line})
		line = false
	}
	return out[max(0, len(out)-signFields):]
}

func TestLastFieldsReadFromTheEndAsFromTheStart(t *testing.T) {
	texts := []string{
		"", " ", "\n", "Groet,\nAnne", "  Hoi Sanne, sorry! ^EK  ", "a\u00a0b\u2003c\u2028d",
		"Bedankt voor je geduld.\n\nMet vriendelijke groet,\nKees de Wit (webcare)\n",
		"\xff\xfe \xe2\x80 \xe2\x80\x83x\xf0\x9f\x98\xa1 \xc2",
		strings.Repeat("woord ", 40) + "\n^Corry",
	}
	// Random texts of spaces, line breaks, words and broken characters.
	pieces := []string{" ", "\n", "\t", "\u00a0", "\u2003", "\u2028", "ab", "é", "😡", "\xe2\x80", "\xff", "\x80", ",", "^EK"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		var buf [signFields]field
		got := lastFields(text, &buf)
		want := lastFieldsForward(text)
		require.Len(t, got, len(want), "%q", text)
		for k := range want {
			require.Equal(t, want[k], got[k], "%q field %d", text, k)
		}
	}
}

func TestStartsWithReadsAsFirstWords(t *testing.T) {
	var lexicons []*Lexicon
	for _, lang := range []string{"nl", "en"} {
		topics, err := topicLexicon(lang)
		require.NoError(t, err)
		lexicons = append(lexicons, DefaultLexicon(lang), customerLexicon(lang), topics)
	}
	n := 0
	for _, lx := range lexicons {
		for _, e := range lx.Entries {
			e.loadElems()
			for k := range e.pats {
				elems := e.pats[k].elems
				words, _, ok := firstWords(elems)
				for _, low := range append(slices.Clone(words), "", "#", "we", "excuses", "sorry", "zzz") {
					has, gotOK := startsWith(elems, low)
					require.Equal(t, ok, gotOK, "%s %q", e.Category, low)
					require.Equal(t, ok && slices.Contains(words, low), has, "%s %q", e.Category, low)
					n++
				}
			}
		}
	}
	require.Greater(t, n, 1000)
}

func TestCoverOfFewHitsReadsAsItsLists(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		n := 1 + rng.IntN(30)
		a := &Analysis{Tokens: make([]Token, n-1)}
		for range rng.IntN(14) {
			first := rng.IntN(n+2) - 1
			last := first + rng.IntN(5)
			cat := []string{"cliche", "apology", "data-request"}[rng.IntN(3)]
			a.Hits = append(a.Hits, Hit{Category: cat, First: first, Last: last})
		}
		got := a.coverOf("cliche", "data-request")
		// The lists, made for any number of hits.
		want := cover{n: n, reach: make([]int32, n), near: make([]int32, n)}
		for i := range want.reach {
			want.reach[i], want.near[i] = -1, int32(n)
		}
		for _, h := range a.Hits {
			if (h.Category == "cliche" || h.Category == "data-request") && h.First >= 0 && h.First < n {
				want.reach[h.First] = max(want.reach[h.First], int32(h.Last))
				want.near[h.First] = min(want.near[h.First], int32(h.Last))
			}
		}
		for i := 1; i < n; i++ {
			want.reach[i] = max(want.reach[i], want.reach[i-1])
		}
		for i := n - 2; i >= 0; i-- {
			want.near[i] = min(want.near[i], want.near[i+1])
		}
		for i := range n {
			r, nr := got.at(i)
			wr, wn := want.at(i)
			require.Equal(t, [2]int{wr, wn}, [2]int{r, nr}, "token %d of %d, hits %v", i, n, a.Hits)
			for last := i; last <= n; last++ {
				require.Equal(t, want.holds(i, last), got.holds(i, last))
				require.Equal(t, want.overlaps(i, last), got.overlaps(i, last))
			}
		}
	}
}
