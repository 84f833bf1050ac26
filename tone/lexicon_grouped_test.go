package tone

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spelledOut returns a copy of lx whose patterns have every multi-word
// group spelt out, one pattern per alternative (expandGroups), as all
// patterns were compiled before compileGrouped.
func spelledOut(t testing.TB, lx *Lexicon) *Lexicon {
	t.Helper()
	out := &Lexicon{Lang: lx.Lang}
	for _, e := range lx.Entries {
		e.loadElems() // the regex's pattern is copied below
		cp := *e
		cp.pats, cp.exc, cp.unread = nil, nil, nil
		var except []pattern
		for _, m := range e.Match {
			pats, err := compileExpanded(m, false)
			require.NoError(t, err)
			cp.pats = append(cp.pats, pats...)
		}
		if e.re != nil {
			cp.pats = append(cp.pats, e.pats[len(e.pats)-1]) // the regex's
		}
		for _, m := range e.Except {
			pats, err := compileExpanded(m, true)
			require.NoError(t, err)
			except = append(except, pats...)
		}
		cp.exc = exceptionsOf(except)
		out.Entries = append(out.Entries, &cp)
	}
	out, err := out.build()
	require.NoError(t, err)
	return out
}

// shippedLexicons are the lexicons built into the package, by name.
func shippedLexicons(t testing.TB) map[string]*Lexicon {
	t.Helper()
	out := map[string]*Lexicon{}
	for _, lang := range []string{"nl", "en"} {
		reply, err := parseBuiltin(lang)
		require.NoError(t, err)
		customer, err := parseCustomer(lang)
		require.NoError(t, err)
		out["reply "+lang], out["customer "+lang] = reply, customer
	}
	return out
}

// hitKeys describes hits by what a caller sees of them, the entry by its
// category and line (the spelt-out lexicon has entries of its own).
func hitKeys(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s@%d %d-%d [%d,%d) s%d q%v", h.Category, h.Entry.Line,
			h.Span.Start, h.Span.End, h.First, h.Last, h.Sentence, h.Quoted))
	}
	return out
}

// phraseMaker writes text from a lexicon's own patterns: each a phrase
// that matches it or nearly does (a gap filled with other words, an
// optional word left out or doubled, another alternative put next to the
// one taken), so that the matcher meets its groups, gaps and excepts.
type phraseMaker struct {
	rnd   *rand.Rand
	words []string // every word the lexicon's patterns name
}

func newPhraseMaker(lx *Lexicon, seed uint64) *phraseMaker {
	pm := &phraseMaker{rnd: rand.New(rand.NewPCG(seed, 12))}
	seen := map[string]bool{}
	for _, e := range lx.Entries {
		for _, m := range append(append(Patterns(nil), e.Match...), e.Except...) {
			for _, f := range strings.FieldsFunc(m, func(r rune) bool { return strings.ContainsRune(" |()<>?", r) }) {
				if f = strings.TrimSuffix(f, "*"); f != "" && f != "..." && f != "#" && f != "^" && f != "$" && !seen[f] {
					seen[f] = true
					pm.words = append(pm.words, f)
				}
			}
		}
	}
	return pm
}

func (pm *phraseMaker) word() string {
	switch pm.rnd.IntN(12) {
	case 0:
		return fmt.Sprint(pm.rnd.IntN(300))
	case 1:
		return [...]string{",", "!", "?", ".", "and", "en", "the", "de", "😡", "#fail", "@shop"}[pm.rnd.IntN(11)]
	}
	return pm.words[pm.rnd.IntN(len(pm.words))]
}

// phrase writes one phrase after the pattern src.
func (pm *phraseMaker) phrase(src string) string {
	var out []string
	// A group's spaces are hidden, so that a group is one field.
	hidden := []byte(src)
	depth := 0
	for i, c := range hidden {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ' ' && depth > 0:
			hidden[i] = 0
		}
	}
	for _, f := range strings.Fields(string(hidden)) {
		f = strings.Trim(f, "<>")
		optional := strings.HasSuffix(f, "?") && len(f) > 1
		f = strings.TrimSuffix(f, "?")
		if optional && pm.rnd.IntN(2) == 0 {
			continue
		}
		f = strings.TrimSuffix(strings.TrimPrefix(f, "("), ")")
		alts := strings.Split(f, "|")
		n := 1
		if pm.rnd.IntN(5) == 0 {
			n = 2 // "call or be in touch": two alternatives in a row
		}
		for range n {
			alt := alts[pm.rnd.IntN(len(alts))]
			for _, w := range strings.Split(alt, "\x00") {
				switch {
				case w == "...":
					for range pm.rnd.IntN(gapMax + 2) {
						out = append(out, pm.word())
					}
				case w == "*" || w == "#" || w == "":
					out = append(out, pm.word())
				case w == "^" || w == "$":
					out = append(out, ".")
				case strings.HasSuffix(w, "*"):
					out = append(out, strings.TrimSuffix(w, "*")+[...]string{"", "en", "ing", "d"}[pm.rnd.IntN(4)])
				default:
					out = append(out, w)
				}
			}
		}
		if pm.rnd.IntN(8) == 0 {
			out = append(out, pm.word())
		}
	}
	return strings.Join(out, " ")
}

// text writes a message of a few phrases of the lexicon's entries and
// some words between them.
func (pm *phraseMaker) text(lx *Lexicon) string {
	var parts []string
	for range 1 + pm.rnd.IntN(3) {
		e := lx.Entries[pm.rnd.IntN(len(lx.Entries))]
		pats := append(append(Patterns(nil), e.Match...), e.Except...)
		if len(pats) == 0 {
			parts = append(parts, pm.word())
			continue
		}
		parts = append(parts, pm.phrase(pats[pm.rnd.IntN(len(pats))]))
		for range pm.rnd.IntN(3) {
			parts = append(parts, pm.word())
		}
	}
	return strings.Join(parts, " ")
}

// TestGroupedPatternsMatchAsSpeltOut checks that a pattern whose
// multi-word groups stay one element each (compileGrouped) finds the hits
// its groups spelt out, one pattern per alternative, found: on every
// shipped lexicon, over phrases written from the lexicon's own patterns
// and over this package's example texts.
func TestGroupedPatternsMatchAsSpeltOut(t *testing.T) {
	texts := []string{
		"We will call you or be in touch tomorrow, and our team will contact you.",
		"A colleague will be in touch and then call, one of our engineers will send a new one.",
		"Wij gaan je morgen bellen of een mail sturen, kun je ons je ordernummer sturen of vertellen?",
		"I will cancel my account and switch to another provider if nobody gets back to me.",
		"Someone else's name and address were on my invoice, and a stranger logged into my account.",
		"Je hebt mijn adres en telefoonnummer naar een wildvreemde gestuurd!",
		typicalMessage, typicalMessageEN,
	}
	for name, lx := range shippedLexicons(t) {
		t.Run(name, func(t *testing.T) {
			spelt := spelledOut(t, lx)
			pm := newPhraseMaker(lx, uint64(len(name)))
			all := append([]string(nil), texts...)
			n := 3000
			if testing.Short() {
				n = 300
			}
			for range n {
				all = append(all, pm.text(lx))
			}
			hits := 0
			for _, text := range all {
				tokens := tokenizeText(text)
				sents := segmentSentences(text, tokens)
				want := hitKeys(spelt.findHits(tokens, sents))
				got := hitKeys(lx.findHits(tokens, sents))
				if !assert.Equal(t, want, got, "%q", text) {
					return
				}
				hits += len(got)
			}
			assert.Greater(t, hits, len(all), "the texts should hit the lexicon often")
		})
	}
}

// TestGroupedPatternTakesEachAlternativesFirstMatch shows what keeping a
// group whole must not lose, in both languages: after a gap, each
// alternative has a first match of its own, and the longest is the hit.
func TestGroupedPatternTakesEachAlternativesFirstMatch(t *testing.T) {
	lx, err := ParseLexicon("en", []byte(`
next-step:
  - match: "(we|i) will ... (be in touch|call)"
  - match: "(wij|ik) gaan ... (contact opnemen|bellen)"
    except: "(wij|ik) gaan ... (contact opnemen|bellen) als"
`))
	require.NoError(t, err)
	for _, e := range lx.Entries {
		require.Len(t, e.pats, 1, "one pattern, not one per alternative")
	}
	for _, c := range []struct{ name, text, want string }{
		{"the later alternative goes on past the first", "We will call you or be in touch.", "We will call you or be in touch"},
		{"the first alternative alone", "I will call you.", "I will call"},
		{"no alternative after the gap is no hit", "We will write to you.", ""},
		{"Dutch: de latere keuze loopt door", "Wij gaan je bellen of contact opnemen.", "Wij gaan je bellen of contact opnemen"},
		{"Dutch: near miss cancelled by its except", "Wij gaan bellen als het nodig is.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tokens := tokenizeText(c.text)
			var got string
			for _, h := range lx.findHits(tokens, segmentSentences(c.text, tokens)) {
				got = h.Text(c.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}
