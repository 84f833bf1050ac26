package tone

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The topic vocabulary (lexicon/topics.LANG.yaml) says what a customer's
// message is about: billing, delivery, transport, … with the same names in
// every language. Its phrases are lexicon entries (topic:NAME) of the
// customer lexicon; its single words also count in their other forms (by
// stem) and, in Dutch, as the head of a compound ("energierekening",
// "pakketbezorger").

var topicLexicons = map[string]func() (*Lexicon, error){
	"nl": sync.OnceValues(func() (*Lexicon, error) { return parseTopics("nl") }),
	"en": sync.OnceValues(func() (*Lexicon, error) { return parseTopics("en") }),
}

// parseTopics returns the topic vocabulary of a language: its compiled
// form (compiled.go), or its YAML parsed where that changed since.
func parseTopics(lang string) (*Lexicon, error) {
	if lx := compiledLexicon("topics." + lang); lx != nil {
		return lx, nil
	}
	return parseTopicsYAML(lang)
}

func parseTopicsYAML(lang string) (*Lexicon, error) {
	name := topicsSource(lang)
	lx, err := parseEmbeddedLexicon(name, lang)
	if err != nil {
		return nil, err
	}
	for _, e := range lx.Entries {
		if !strings.HasPrefix(e.Category, topicPrefix) {
			return nil, fmt.Errorf("tone/%s:%d: %q: every category is topic:NAME", name, e.Line, e.Category)
		}
	}
	return lx, nil
}

// topicLexicon returns the topic vocabulary of a language (Dutch for
// languages other than "en").
func topicLexicon(lang string) (*Lexicon, error) {
	load, ok := topicLexicons[lang]
	if !ok {
		load = topicLexicons["nl"]
	}
	return load()
}

const topicPrefix = "topic:"

// TopicNames returns the names of the topics the built-in vocabulary
// knows, in any language, sorted: the names an escalation matrix's
// subjects may route on.
func TopicNames() []string {
	if compiledTopicNames != nil {
		// The names from compiled_topics.go, while both vocabularies
		// are as they were when it was written: decoding them only to
		// list the names was most of checking a matrix's subjects.
		names, sum := compiledTopicNames()
		if now, err := sourceSum([]string{topicsSource("en"), topicsSource("nl")}); err == nil && now == sum {
			return slices.Clone(names)
		}
	}
	seen := map[string]bool{}
	for _, lang := range []string{"nl", "en"} {
		lx, err := topicLexicon(lang)
		if err != nil {
			panic(err) // embedded and tested: a build defect
		}
		for _, e := range lx.Entries {
			seen[strings.TrimPrefix(e.Category, topicPrefix)] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// topicIndex finds a topic for a single word: by its stem, or by the head
// of a Dutch compound.
type topicIndex struct {
	// byStem maps the stem of each single topic word to its topic.
	byStem *valueTable[string]
	// heads maps each single topic word of at least minHead bytes to its
	// topic: a compound that ends in it is about that topic.
	heads *valueTable[string]
	// maxHead is the length of the longest head, in bytes.
	maxHead int
	// words maps each single topic word as written to its topic.
	words *valueTable[string]
	// wordFilter holds words, for a reading's tokens (Token.hash); set
	// by topicIndexFor.
	wordFilter *wordFilter
}

// withFilter returns idx with its wordFilter set.
func (idx *topicIndex) withFilter() *topicIndex {
	idx.wordFilter = idx.words.filter()
	return idx
}

// mayBeWord reports whether a classified token's hash h may be one of
// words: false only when it surely is none.
func (idx *topicIndex) mayBeWord(h uint64) bool {
	return idx.wordFilter == nil || idx.wordFilter.has(h)
}

// minHead is the shortest compound head that counts: "kassa", "trein";
// not "bus" (brievenbus) or "pas".
const minHead = 5

// minModifier is the shortest first part of a compound: "energie" in
// "energierekening", "ov" is too short to tell.
const minModifier = 3

var (
	topicIndexNL = sync.OnceValue(func() *topicIndex { return topicIndexOf("nl").withFilter() })
	topicIndexEN = sync.OnceValue(func() *topicIndex { return topicIndexOf("en").withFilter() })
)

// topicIndexFor returns the topic index of a language, Dutch for any
// but "en".
func topicIndexFor(lang string) *topicIndex {
	if lang == "en" {
		return topicIndexEN()
	}
	return topicIndexNL()
}

// compiledTopicIndex returns the topic index of a language as
// buildTopicIndex makes it from the YAML, and the YAML's checksum
// (sourceSum), from compiled_topics.go (go generate ./tone): stemming each
// topic word took longer than the rest of a first reading's topics. Nil
// where there is none.
var compiledTopicIndex func(lang string) (*topicIndex, uint32)

// compiledTopicNames returns TopicNames as the YAML of both languages
// gives them, and the YAML's checksum (sourceSum of the English and the
// Dutch file), from compiled_topics.go.
var compiledTopicNames func() ([]string, uint32)

func topicIndexOf(lang string) *topicIndex {
	if compiledTopicIndex != nil {
		if idx, sum := compiledTopicIndex(lang); idx != nil {
			if now, err := sourceSum([]string{topicsSource(lang)}); err == nil && now == sum {
				return idx
			}
		}
	}
	return buildTopicIndex(lang)
}

// topicsSource is the YAML file of a language's topic vocabulary.
func topicsSource(lang string) string { return "lexicon/topics." + lang + ".yaml" }

func buildTopicIndex(lang string) *topicIndex {
	lx, err := topicLexicon(lang)
	if err != nil {
		panic(err) // embedded and tested: a build defect
	}
	byStem, heads, words := map[string]string{}, map[string]string{}, map[string]string{}
	idx := &topicIndex{}
	cats := make([]string, 0, len(lx.words))
	for c := range lx.words {
		cats = append(cats, c)
	}
	sort.Strings(cats) // a word in two topics goes to the first by name; a test forbids it
	for _, c := range cats {
		name := strings.TrimPrefix(c, topicPrefix)
		for w := range lx.words[c] {
			if head, ok := strings.CutPrefix(w, "-"); ok {
				// A compound head only ("-rekening"): the word alone is
				// too ambiguous.
				if lang == "nl" && len(head) >= minHead && heads[head] == "" {
					heads[head] = name
					idx.maxHead = max(idx.maxHead, len(head))
				}
				continue
			}
			if words[w] == "" {
				words[w] = name
			}
			if st := Stem(lang, w); byStem[st] == "" {
				byStem[st] = name
			}
			if lang == "nl" && len(w) >= minHead && heads[w] == "" {
				heads[w] = name
				idx.maxHead = max(idx.maxHead, len(w))
			}
		}
	}
	idx.byStem, idx.heads, idx.words = valueTableOf(byStem), valueTableOf(heads), valueTableOf(words)
	return idx
}

// topicOf returns the topic of one lower-case word, or "".
func (idx *topicIndex) topicOf(lang, w string) string {
	if len(w) < 3 {
		return ""
	}
	return idx.topicOfStem(lang, w, stemOf(lang, w))
}

// topicOfStem is topicOf with the word's stem (stemOf) given.
func (idx *topicIndex) topicOfStem(lang, w, st string) string {
	return idx.topicOfHashed(lang, w, st, 0, false)
}

// topicOfHashed is topicOfStem with the word's hash h, when hashed (a
// classified token's match key, Token.keyHash).
func (idx *topicIndex) topicOfHashed(lang, w, st string, h uint64, hashed bool) string {
	if len(w) < 3 {
		return ""
	}
	// A stem shorter than four letters says too little: "gaat" and
	// "gate" share "gat". Short topic words match as written (the
	// lexicon's own hits).
	if len(st) >= 4 {
		if t := idx.byStem.value(st); t != "" {
			return t
		}
	}
	if lang != "nl" {
		return ""
	}
	// Dutch customers write English words ("my order got cancelled",
	// "same-day delivery"): an English topic word as written counts.
	if en := topicIndexFor("en"); len(w) >= 4 && (!hashed || en.mayBeWord(h)) && !stopNL[w] {
		if t := en.words.value(w); t != "" {
			return t
		}
	}
	// The head of a compound: the longest topic word the word ends in,
	// after a first part of minModifier bytes or more. Only suffixes as
	// long as a head (and a plural ending) are tried, so a word of any
	// length costs a bounded number of look-ups.
	for p := max(minModifier, len(w)-idx.maxHead-2); p+minHead <= len(w); p++ {
		if !utf8.RuneStart(w[p]) {
			continue
		}
		head := w[p:]
		if t := idx.heads.value(head); t != "" {
			return t
		}
		for _, plural := range []string{"en", "s"} {
			if s, ok := strings.CutSuffix(head, plural); ok && len(s) >= minHead {
				if t := idx.heads.value(s); t != "" {
					return t
				}
			}
		}
	}
	return ""
}

// topicHits returns the message's topic hits: the vocabulary's phrases
// the lexicon found (phrases, sorted by position), and a hit for each
// other word whose stem or compound head is a topic word; sorted by
// position.
func topicHits(a *Analysis, phrases []Hit) []Hit {
	idx := topicIndexFor(a.Lang)
	var out []Hit
	if sc := a.scratch; sc != nil && cap(sc.topics) >= len(phrases)+4 {
		out = sc.topics[:0] // the reading's memory: it drops the hits
	} else {
		out = make([]Hit, 0, len(phrases)+4)
	}
	h := 0
	for i, t := range a.Tokens {
		for h < len(phrases) && phrases[h].Last <= i {
			out = append(out, phrases[h])
			h++
		}
		if h < len(phrases) && phrases[h].First <= i {
			continue // inside a phrase
		}
		// Quoted words count: "'Vandaag bezorgd' zeiden ze" is about a
		// delivery.
		if t.Kind != Word && t.Kind != Hashtag {
			continue
		}
		w := matchKey(t)
		h, hashed := a.Tokens[i].keyHash()
		if (!hashed || idx.mayBeWord(h)) && idx.words.has(w) {
			// A topic word as written that the lexicon did not report was
			// cancelled by an exception ("on the phone" is no device).
			continue
		}
		if len(w) < 3 {
			continue
		}
		if name := idx.topicOfHashed(a.Lang, w, a.stemAt(i), h, hashed); name != "" {
			out = append(out, Hit{Category: topicPrefix + name, Span: t.Span, First: i, Last: i + 1})
		}
	}
	out = append(out, phrases[h:]...)
	slices.SortStableFunc(out, func(a, b Hit) int { return cmp.Compare(a.First, b.First) })
	return out
}

// topicSpans returns the spans of topic hits by topic name.
func topicSpans(hits []Hit) map[string][]Span {
	out := map[string][]Span{}
	for _, h := range hits {
		name := strings.TrimPrefix(h.Category, topicPrefix)
		out[name] = append(out[name], h.Span)
	}
	return out
}
