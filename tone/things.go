package tone

import (
	"slices"
	"sync"
)

// Thing is a thing a customer names that a reply can name back: a word of
// the language's things (tone/lexicon/facts.*.yaml: "pakket", "flight"),
// where it stands and how the customer marks it.
type Thing struct {
	// Word is the word as the customer wrote it, in lower case
	// ("pakketje").
	Word string
	// At is the word's index among the message's words (its words,
	// numbers and hashtags, in order); Span is where it stands and
	// Sentence the index of its sentence.
	At       int
	Span     Span
	Sentence int
	// Owned is set when a possessive of the customer's stands at most
	// three words before it ("mijn (nieuwe) telefoon", "my 6 hour
	// flight"); Ours when "jullie" or "your" does ("jullie nieuwe app").
	Owned, Ours bool
	// Determined is set when an article or demonstrative stands right
	// before it ("de trein", "this order").
	Determined bool
	// Leads is set when it is the message's first word or the first word
	// of its sentence ("Wasmachine na 3 weken kapot").
	Leads bool
	// First is set when it stands in the sentence of the message's first
	// word.
	First bool
}

// Situation is where a message says what went wrong in one of the
// language's ways (tone/lexicon/facts.*.yaml situations: "niet_binnen",
// "in_de_wacht"): one phrase of it, found at one place.
type Situation struct {
	// Name is the situation's name in the lexicon.
	Name string
	// At is the index of the phrase's first word among the message's
	// words (as Thing.At); Span is where the phrase starts and Sentence
	// the index of its sentence.
	At       int
	Span     Span
	Sentence int
	// End is the index after the phrase's last word, at least (a phrase
	// with "..." may reach further): "wacht" in "in de wacht" lies inside
	// the words of in_de_wacht.
	End int
	// Act is set for an act of the message (the language's acts: a
	// request to cancel, a turn that says it worked), not a way of going
	// wrong: Message.Acts.
	Act bool
	// phrase numbers the phrase of the situation that was found.
	phrase int
}

// readThings reads the things a message names and the situations it says
// into m: every word of the language's things, every place a phrase of a
// situation starts.
func readThings(m *Message, a *Analysis, mw *messageWords, fw *factWords) {
	sentence := func(i int) int { return a.SentenceAt(a.Tokens[mw.at[i]].Span.Start) }
	m.wordSentences = make([]int, len(mw.w))
	for i := range mw.w {
		m.wordSentences[i] = sentence(i)
	}
	cw := thingSets()
	within3 := func(i int, set map[string]bool) bool {
		for k := max(0, i-3); k < i; k++ {
			if set[mw.w[k]] {
				return true
			}
		}
		return false
	}
	things, thingBloom := fw.sets.things, fw.sets.thingsBloom
	for i, w := range mw.w {
		if !thingBloom.has(mw.h[i]) || !things[w] {
			continue
		}
		if i > 0 && cw.verbBefore[mw.w[i-1]+" "+w] || i+1 < len(mw.w) && cw.compoundHeads[mw.w[i+1]] {
			// "want to watch the game", "no phone call": a verb, or the
			// first word of a compound about something else.
			continue
		}
		k := mw.at[i]
		m.Things = append(m.Things, Thing{Word: w, At: i, Span: a.Tokens[k].Span, Sentence: m.wordSentences[i],
			Owned: within3(i, cw.possessives), Ours: within3(i, cw.yours), Determined: i > 0 && cw.determiners[mw.w[i-1]],
			Leads: i == 0 || startsSentence(a, k), First: m.wordSentences[i] == m.wordSentences[0]})
	}
	for i := range mw.w {
		mw.phrasesAt(fw.situations, i, nil, func(k int) {
			name := fw.Situations[fw.situations.list[k]].Name
			m.Vital = m.Vital || slices.Contains(fw.Vital, name)
			m.Situations = append(m.Situations, Situation{Name: name, At: i,
				Span: a.Tokens[mw.at[i]].Span, Sentence: m.wordSentences[i], End: i + phraseWords(fw.situations.phrases[k]), phrase: k})
		})
		mw.phrasesAt(fw.acts, i, nil, func(k int) {
			m.Situations = append(m.Situations, Situation{Name: fw.Acts[fw.acts.list[k]].Name, At: i,
				Span: a.Tokens[mw.at[i]].Span, Sentence: m.wordSentences[i], phrase: k, Act: true})
		})
	}
}

// phraseWords is how many words a phrase matches at least: its words
// but "..." (which may match none).
func phraseWords(p []string) int {
	n := 0
	for _, w := range p {
		if w != "..." {
			n++
		}
	}
	return n
}

// SituationEnd returns the End of the situation's phrase found at word at
// that reaches furthest, or at when none starts there.
func (m *Message) SituationEnd(name string, at int) int {
	end := at
	for _, s := range m.Situations {
		if s.Name == name && s.At == at {
			end = max(end, s.End)
		}
	}
	return end
}

// Acts returns the names of the acts the message does (the language's
// acts in tone/lexicon/facts.*.yaml: "cancel", "erase", "escalate",
// "fixed", "done"), each once, in text order. They sit among
// Message.Situations, marked Act, so FirstSituation finds their place
// too; an act's name is never a situation's.
func (m *Message) Acts() []string {
	var out []string
	for _, s := range m.Situations {
		if s.Act && !slices.Contains(out, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out
}

// Does reports whether the message does the act ("cancel": "close my
// account", "opzeggen").
func (m *Message) Does(act string) bool {
	return m != nil && slices.ContainsFunc(m.Situations, func(s Situation) bool { return s.Act && s.Name == act })
}

// thingWords are the word sets that mark a thing, of both languages: a
// customer who switches language keeps marking things.
type thingWords struct {
	possessives, yours, determiners map[string]bool
	// verbBefore and compoundHeads: factWords.ThingVerbBefore and
	// ThingCompoundHeads.
	verbBefore, compoundHeads map[string]bool
	// possessiveBloom holds possessives.
	possessiveBloom *wordBloom
}

var thingSets = sync.OnceValue(func() *thingWords {
	nl, en := factListsOf("nl"), factListsOf("en")
	tw := &thingWords{possessives: lowerSet(nl.Possessives, en.Possessives), yours: lowerSet(nl.Yours, en.Yours),
		determiners: lowerSet(nl.Determiners, en.Determiners),
		verbBefore:  lowerSet(nl.ThingVerbBefore, en.ThingVerbBefore), compoundHeads: lowerSet(nl.ThingCompoundHeads, en.ThingCompoundHeads)}
	tw.possessiveBloom = bloomOf(tw.possessives)
	return tw
})

// FirstSituation returns where the message first says a situation, its
// At, or -1 when it says none.
func (m *Message) FirstSituation(name string) int {
	at := -1
	for _, s := range m.Situations {
		if s.Name == name && (at < 0 || s.At < at) {
			at = s.At
		}
	}
	return at
}

// SituationNear returns the At where a phrase of the situation starts
// near word at: in its sentence and at most reach words from it, the
// first such place of each phrase, the earliest of those; -1 when there is
// none. A situation that adds to another ("weer eens vol" after "te laat")
// counts only near the other's words.
func (m *Message) SituationNear(name string, at, reach int) int {
	if at < 0 || at >= len(m.wordSentences) {
		return -1
	}
	best := -1
	seen := map[int]bool{}
	for _, s := range m.Situations {
		if s.Name != name || seen[s.phrase] || s.At < at-reach || s.At > at+reach {
			continue
		}
		// The phrase's first place in reach decides for that phrase.
		seen[s.phrase] = true
		if s.Sentence == m.wordSentences[at] && (best < 0 || s.At < best) {
			best = s.At
		}
	}
	return best
}

// ThingNear returns the thing named in the sentence of word at, other
// than that word, for which known holds: the customer's own thing before
// one that is only nearer, then the nearest, the first of two as near.
// The thing that went wrong is named where it goes wrong ("Ik zeg mijn
// abonnement op. Elke ochtend vertraging." is no delayed subscription).
// A thing right before the words is what they say of, before all: "de
// app crasht als ik mijn rit betaal" is no crashing ride.
func (m *Message) ThingNear(at int, known func(Thing) bool) (Thing, bool) {
	if at < 0 || at >= len(m.wordSentences) {
		return Thing{}, false
	}
	for _, t := range m.Things {
		if t.At == at-1 && t.Sentence == m.wordSentences[at] && known(t) {
			return t, true
		}
	}
	var best Thing
	bestDist := -1
	for _, t := range m.Things {
		if t.At == at || t.Sentence != m.wordSentences[at] {
			continue
		}
		d := t.At - at
		if d < 0 {
			d = -d
		}
		if bestDist >= 0 && (best.Owned && !t.Owned || best.Owned == t.Owned && d >= bestDist) {
			continue
		}
		if known(t) {
			best, bestDist = t, d
		}
	}
	return best, bestDist >= 0
}

// Situations returns the names of the language's situations
// (tone/lexicon/facts.*.yaml), in the lexicon's order.
func Situations(lang string) []string {
	var out []string
	for _, s := range factLexicon(lang).Situations {
		out = append(out, s.Name)
	}
	return slices.Clip(out)
}
