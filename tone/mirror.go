package tone

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Mirroring: does the reply's opening pick up what the customer said? Not
// only the same word: the same stem or inflection ("delivery",
// "delivering"), a Dutch participle ("geannuleerd", "annulering"), a
// compound that holds the word ("bestelling", "bestelnummer";
// "rekening", "bankrekening"), a number both name ("flight 501", "lijn
// 12") or a word of the same topic ("factuur", "termijnbedrag": both
// billing), as the lexicon's topic:NAME categories fold them.

// mirrorWord is a content word of a text, as mirroring compares them.
type mirrorWord struct {
	lower, stem string
	number      bool // digits, compared as they stand
}

// mirrorWords returns the content words of tokens [first, last): words
// and hashtags that are not stop words, the parts of a hyphenated word
// ("saldo-overzicht") or a pair ("email/notification"), and numbers of two digits or more.
func (a *Analysis) mirrorWords(first, last int) []mirrorWord {
	var out []mirrorWord
	push := func(w mirrorWord) {
		if out == nil {
			out = make([]mirrorWord, 0, last-first+1) // room for most: one allocation
		}
		out = append(out, w)
	}
	skip := mirrorSkip()
	add := func(w string) {
		if fewerRunes(w, 3) || skip[w] {
			return
		}
		push(mirrorWord{lower: w, stem: stemOf(a.Lang, w)})
	}
	for i := first; i < last; i++ {
		// Quoted words count: a reply that quotes the customer picks them
		// up, and a customer who quotes someone chose those words.
		switch t := &a.Tokens[i]; t.Kind {
		case Word, Hashtag:
			w := matchKeyOf(t)
			add(w)
			if strings.IndexByte(w, '-') >= 0 || strings.IndexByte(w, '/') >= 0 {
				for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
					add(p)
				}
			}
		case Number:
			digits := 0
			for _, r := range t.Text {
				if r >= '0' && r <= '9' {
					digits++
				}
			}
			if digits >= 2 {
				push(mirrorWord{lower: t.Lower, number: true})
			}
		}
	}
	return out
}

// fewerRunes reports whether s has fewer than n runes, counting no
// further than n.
func fewerRunes(s string, n int) bool {
	if len(s) < n {
		return true
	}
	for range s {
		if n--; n == 0 {
			return false
		}
	}
	return true
}

// mirrorTopics returns the topics (lexicon categories topic:NAME) of the
// hits in tokens [first, last). (Mirrors reads a reply's topics hit by
// hit: there a topic word inside a request for an identifier, "DM us your
// order number", "je boekingscode", does not count: every reply asks for
// one, it names no topic of this customer.)
func (a *Analysis) mirrorTopics(first, last int) map[string]bool {
	out := map[string]bool{}
	for _, h := range a.hitsIn(first, last) {
		if strings.HasPrefix(h.Category, topicPrefix) {
			out[h.Category] = true
		}
	}
	return out
}

// mirrorFunction are function words that the stop lists of language
// detection and topics leave in: sharing "since" or "verder" picks up
// nothing.
var mirrorFunction = setOf("since", "ever", "into", "further", "also", "even", "much", "many", "most",
	"other", "another", "such", "some", "very", "well", "then", "than", "sure", "back", "able", "only",
	"need", "want", "like", "make", "made", "take", "one", "way", "all", "each", "every", "both",
	"because", "while", "after", "before", "over", "under", "once", "yet", "too", "off", "its", "his",
	"her", "him", "she", "who", "whom", "whose", "these", "those", "own", "same", "now", "ago", "yes",
	"sinds", "verder", "echter", "omdat", "alvast", "ervoor", "erover", "eraan", "ermee", "hierover",
	"daarover", "daarom", "toch", "alle", "veel", "meer", "andere", "ander", "eens", "zeker",
	"natuurlijk", "helemaal", "best", "zelfs", "waarvoor", "hiervoor", "daarvoor", "welk", "zoals", "ja",
	// Conjunctions, adverbs of time and frequency, and indefinite
	// pronouns: "BUT at least" and "but we are unable" share no content.
	// Not "weer": "alles doet het weer" and "fijn dat het weer werkt" do.
	"but", "nor", "though", "although", "unless", "until", "whether", "either", "neither", "anyway",
	"however", "without", "already", "always", "never", "least", "less", "anything", "someone", "nobody",
	"dus", "alleen", "altijd", "nooit", "niks", "niemand", "terwijl", "hoewel", "tenzij", "zodat",
	"totdat", "doordat", "nadat", "voordat", "zonder", "tijdens", "binnen", "buiten", "tegen",
	"inmiddels", "eigenlijk")

// mirrorContent are words the stop lists hold (for language detection)
// that carry the customer's request: "help!" is picked up by "Here to
// help".
var mirrorContent = setOf("help", "helpen", "hulp")

// mirrorSkip holds the words mirroring leaves out, one look-up instead
// of five: mirrorFunction, and the stop lists' words that are not
// mirrorContent.
var mirrorSkip = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{mirrorFunction, stopNL, stopEN, contentStop} {
		for w := range set {
			if mirrorFunction[w] || (stopNL[w] || stopEN[w] || contentStop[w]) && !mirrorContent[w] {
				m[w] = true
			}
		}
	}
	return m
})

// mirrorIndex holds a message's content words for look-ups. A word of
// the reply is one of them when it has the same stem; when one is a Dutch
// participle of the other's noun or verb ("geannuleerd", "annulering");
// when both start with the same six letters (inflections the stemmer keeps
// apart, "delivery"/"delivering", "bestelling"/"bestelnummer"); or, as
// parts of a compound, when a whole word of four letters or more starts
// the other ("meter", "meterkast") or, in Dutch, one of five or more ends
// it ("rekening", "bankrekening"; not English "count" in "account"). A
// number matches the same number only. Every relation is a map look-up,
// so comparing a reply with a message is linear in both, however long.
type mirrorIndex struct {
	lang string
	// keys holds, per string, what it is of the message: a word's stem,
	// the word, its first six letters, a Dutch participle's stem, a stem
	// with a final double letter written single (the "bel" of "bellen"),
	// a start or (Dutch) end of a word that a compound part may be (at
	// least four or five letters, three fewer than the word), a number.
	// The low byte counts every word; the high byte (situationShift) only
	// words that name a situation (not situationGeneric).
	keys map[string]uint16
	// words counts the words and numbers indexed.
	words int
	// topics are the message's topics (lexicon categories topic:NAME).
	topics map[string]bool
}

// What a key of a mirrorIndex is.
const (
	mirrorStem uint16 = 1 << iota
	mirrorWhole
	mirrorLead
	mirrorPart
	mirrorNorm
	mirrorHead
	mirrorTail
	mirrorNumber
	situationShift = 8
)

// maxCompoundRunes bounds the words whose parts mirroring tries: a
// longer "word" is no compound a reply picks up, and trying its parts
// would cost its length squared.
const maxCompoundRunes = 40

// mirrorIndex returns the index of the customer's message this reply is
// compared with, built once per analysis.
func (a *Analysis) mirrorIndex() *mirrorIndex {
	if a.mirror != nil {
		return a.mirror()
	}
	return mirrorIndexOf(a.Lang, a.Incoming)
}

// mirrorIndexOf indexes the content words and topics of a customer's
// message inc, related as words of a reply in lang.
func mirrorIndexOf(lang string, inc *Analysis) *mirrorIndex {
	words := inc.mirrorWords(0, len(inc.Tokens))
	ix := &mirrorIndex{lang: lang, keys: make(map[string]uint16, 8*len(words)), words: len(words),
		topics: inc.mirrorTopics(0, len(inc.Tokens))}
	for _, w := range words {
		var sh uint16
		if !situationGeneric[w.lower] {
			sh = situationShift
		}
		add := func(key string, kind uint16) { ix.keys[key] |= kind | kind<<sh }
		if w.number {
			add(w.lower, mirrorNumber)
			continue
		}
		add(w.stem, mirrorStem)
		add(w.lower, mirrorWhole)
		if lead, ok := runePrefix(w.lower, 6); ok {
			add(lead, mirrorLead)
		}
		if lang == "nl" {
			add(undoubleVowel(undoubleConsonant(w.stem)), mirrorNorm)
			if p := participleStem(w); p != "" {
				add(p, mirrorPart)
			}
		}
		eachPart(lang, w.lower, func(part string) { add(part, mirrorHead) }, func(part string) { add(part, mirrorTail) })
	}
	return ix
}

// has reports whether w is one of the indexed words, as mirroring counts
// them (see mirrorIndex); with situation, only one that names a situation.
func (ix *mirrorIndex) has(w mirrorWord, situation bool) bool {
	var sh uint16
	if situation {
		sh = situationShift
	}
	is := func(key string, kinds uint16) bool { return ix.keys[key]&(kinds<<sh) != 0 }
	if w.number {
		return is(w.lower, mirrorNumber)
	}
	if is(w.stem, mirrorStem) {
		return true
	}
	if ix.lang == "nl" {
		if p := participleStem(w); p != "" && is(p, mirrorStem|mirrorNorm) {
			return true
		}
		if is(w.stem, mirrorPart) || is(undoubleVowel(undoubleConsonant(w.stem)), mirrorPart) {
			return true
		}
	}
	if lead, ok := runePrefix(w.lower, 6); ok && is(lead, mirrorLead) {
		return true
	}
	// w a part of a compound of the message, or a word of the message a
	// part of w.
	if is(w.lower, mirrorHead|mirrorTail) {
		return true
	}
	// In Dutch a part of w may also be the stem of a word of the message,
	// its form with a double letter written single, or a participle's
	// stem: "inlogprobleem" holds the "inlog" of "inloggen",
	// "incheckpaal" the "incheck" of "ingecheckt".
	kinds := mirrorWhole
	if ix.lang == "nl" {
		kinds |= mirrorStem | mirrorNorm | mirrorPart
	}
	found := false
	part := func(p string) { found = found || is(p, kinds) }
	eachPart(ix.lang, w.lower, part, part)
	return found
}

// eachPart calls head with every start of word that may be a compound
// part (four letters or more, at least three fewer than the word) and, in
// Dutch, tail with every such end of five letters or more. Words longer
// than maxCompoundRunes have none.
func eachPart(lang, word string, head, tail func(string)) {
	n := utf8.RuneCountInString(word)
	if n < 7 || n > maxCompoundRunes {
		return
	}
	k := 0
	for i := range word {
		// word[:i] holds k runes; word[i:] holds n-k.
		if k >= 4 && k <= n-3 {
			head(word[:i])
		}
		if lang == "nl" && n-k >= 5 && n-k <= n-3 {
			tail(word[i:])
		}
		k++
	}
}

// runePrefix returns the first n runes of s, if it has that many.
func runePrefix(s string, n int) (string, bool) {
	for i := range s {
		if n == 0 {
			return s[:i], true
		}
		n--
	}
	return s, n == 0
}

// participleStem returns the stem of a Dutch participle without its
// ge- ("geannuleerd": the stem of "annuleerd", as "annulering" has), also
// of a separable verb, whose ge- follows the particle ("opgelost": the
// stem of "oplost", as "oplossing" has; "ingecheckt", "inchecken";
// "overgestapt", "overstap"), or "" for a word that is none.
func participleStem(w mirrorWord) string {
	particle := ""
	if p, ok := separableParticle(w.lower); ok {
		particle = p
	}
	rest := w.lower[len(particle):]
	if !strings.HasPrefix(rest, "ge") || utf8.RuneCountInString(rest) < 6 {
		return ""
	}
	body := particle + rest[2:]
	switch {
	case strings.HasSuffix(body, "en"):
	case strings.HasSuffix(body, "d"), strings.HasSuffix(body, "t"):
		body = body[:len(body)-1]
	default:
		return ""
	}
	return undoubleVowel(stemOf("nl", body))
}

// separableParticles are the Dutch particles of separable verbs, which
// take the ge- of the participle after them ("opgelost", "afgesloten",
// "teruggestort").
var separableParticles = []string{"aan", "achter", "af", "bij", "binnen", "buiten", "door", "in", "kwijt",
	"langs", "los", "mee", "na", "neer", "om", "onder", "op", "over", "samen", "tegen", "terug", "thuis",
	"toe", "uit", "vast", "voor", "vrij", "weg"}

// separableParticle returns the particle that word starts with when a
// participle's ge- follows it ("opgelost": "op"), the longest such.
func separableParticle(word string) (string, bool) {
	// The longest first: a look-up at each length a particle has, where
	// "ge" follows, instead of a comparison with each particle.
	for n := min(len(word)-2, maxParticleLen); n >= 2; n-- {
		if word[n] == 'g' && word[n+1] == 'e' && particleSet[word[:n]] {
			return word[:n], true
		}
	}
	return "", false
}

// particleSet holds separableParticles; maxParticleLen is the longest.
var particleSet, maxParticleLen = func() (map[string]bool, int) {
	m, n := map[string]bool{}, 0
	for _, p := range separableParticles {
		m[p], n = true, max(n, len(p))
	}
	return m, n
}()

// undoubleConsonant drops the second of a final double consonant: the
// stem "bell" of "bellen" is the "bel" of "gebeld".
func undoubleConsonant(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// undoubleVowel writes a long vowel before a final consonant short, as
// the stemmer leaves the open syllable of "annuleren": "annuleer" is
// "annuler".
func undoubleVowel(s string) string {
	n := len(s)
	if n < 4 {
		return s
	}
	v, c := s[n-3:n-1], s[n-1]
	if (v == "aa" || v == "ee" || v == "oo" || v == "uu") && !strings.ContainsRune("aeiou", rune(c)) {
		return s[:n-2] + s[n-1:]
	}
	return s
}

// wordless reports a sentence without a word: a handle, an emoji or a
// link alone is no sentence the customer reads as the opening. A greeting
// with a name ("Hi Evie!") and a bare "Sorry." are.
func (a *Analysis) wordless(s Sentence) bool {
	for _, t := range a.Tokens[s.First:s.Last] {
		if t.Kind == Word {
			return false
		}
	}
	return true
}

// apologyNamesSituation returns the first apology that names the
// customer's situation: its sentence (or, for a bare "Sorry!", the
// sentence before it) picks up the message as mirroring does ("Sorry dat
// je claim is afgewezen", "We're sorry your flight has been delayed",
// "Sorry voor het lange wachten" after "al twee weken niet binnen").
// Words of a cliché, of a request for data or a move to DM, and words
// that name no situation ("experience", "probleem") do not count: "Sorry
// for the inconvenience, DM us your order number" names nothing.
func (a *Analysis) apologyNamesSituation() (Span, bool) {
	if a.Incoming == nil {
		return Span{}, false
	}
	st := a.situation()
	var cliches, named map[int]bool
	for _, h := range a.Hits {
		if h.Category != "apology" || h.Quoted || h.Sentence < 0 {
			continue
		}
		si := h.Sentence
		if si > 0 && st.bare(si) {
			// "Ja, er is een storing in Utrecht. Sorry!"; not after a
			// cliché ("We begrijpen je frustratie over X. Excuses.").
			if cliches == nil {
				cliches = a.sentencesWith("cliche")
			}
			if cliches[si-1] {
				continue
			}
			si--
		}
		if st.named(si) < a.Sentences[si].Last {
			return h.Span, true
		}
		if named == nil {
			named = a.situationSentences()
		}
		if named[si] {
			return h.Span, true
		}
	}
	return Span{}, false
}

// situationSentences returns the sentences of the reply that name a
// situation the customer's message tells of, in the words of the
// language's situation lists (tone/lexicon/facts.LANG.yaml): "We're sorry
// for the delay" after a flight stuck at the gate, "Sorry voor de
// vertraging" after a late train. Their own words need not come back.
func (a *Analysis) situationSentences() map[int]bool {
	out := map[int]bool{}
	m := a.Incoming.Message
	if m == nil || len(m.Situations) == 0 {
		return out
	}
	told := map[string]bool{}
	for _, s := range m.Situations {
		told[s.Name] = true
	}
	fw := factLexicon(a.Lang)
	mw := newMessageWords(a)
	for i := range mw.w {
		mw.phrasesAt(fw.situations, i, nil, func(k int) {
			if told[fw.Situations[fw.situations.list[k]].Name] {
				out[sentenceAt(a, mw.at[i])] = true
			}
		})
	}
	return out
}

// sentencesWith returns the sentences that hold an unquoted hit of the
// category, in one pass over the hits.
func (a *Analysis) sentencesWith(cat string) map[int]bool {
	out := map[int]bool{}
	for _, h := range a.Hits {
		if h.Category == cat && !h.Quoted && h.Sentence >= 0 {
			out[h.Sentence] = true
		}
	}
	return out
}

// hitsIn returns the hits that start in tokens [first, last): a run of
// a.Hits, which is sorted by position.
func (a *Analysis) hitsIn(first, last int) []Hit {
	i := sort.Search(len(a.Hits), func(i int) bool { return a.Hits[i].First >= first })
	j := i + sort.Search(len(a.Hits)-i, func(k int) bool { return a.Hits[i+k].First >= last })
	return a.Hits[i:j]
}

// cover tells, for a range of tokens, whether a hit of some categories
// holds it or lies inside it (as inCategory reads a span), by two look-ups
// instead of a search of every hit: reach[i] is the furthest end of a hit
// that starts at or before token i, near[i] the nearest end of a hit that
// starts at or after it. Both lie in one slab of int32 (a text has far
// fewer than 2^31 tokens: each takes 64 bytes), a quarter of two lists of
// int: the index is made on every reply with a customer's message. With
// coverFew hits of the categories or fewer there are no lists: reach and
// near are read off the hits themselves (few), and with none every reach
// is -1 and every near is n, the number of tokens plus one.
type cover struct {
	reach, near []int32
	n           int
	// few holds the first and last token of each hit while there are at
	// most coverFew (nFew of them), and at reads them instead: most
	// replies have a hit or two of the categories, and making two lists
	// the length of the reply for them cost more than reading them.
	few  [coverFew][2]int32
	nFew int
}

// coverFew is the most hits a cover reads one by one (cover.few).
const coverFew = 8

// coverOf indexes the hits of the categories, in one pass over the hits,
// and two over the tokens when more than coverFew are of the categories.
func (a *Analysis) coverOf(cats ...string) cover {
	n := len(a.Tokens) + 1
	cv := cover{n: n}
	for _, h := range a.Hits {
		if !slices.Contains(cats, h.Category) || h.First < 0 || h.First >= n {
			continue
		}
		if cv.nFew < coverFew {
			cv.few[cv.nFew] = [2]int32{int32(h.First), int32(h.Last)}
			cv.nFew++
			continue
		}
		if cv.reach == nil {
			slab := make([]int32, 2*n)
			cv.reach, cv.near = slab[:n:n], slab[n:]
			for i := range cv.near {
				cv.reach[i], cv.near[i] = -1, int32(n)
			}
			for _, f := range cv.few {
				cv.reach[f[0]] = max(cv.reach[f[0]], f[1])
				cv.near[f[0]] = min(cv.near[f[0]], f[1])
			}
		}
		cv.reach[h.First] = max(cv.reach[h.First], int32(h.Last))
		cv.near[h.First] = min(cv.near[h.First], int32(h.Last))
	}
	if cv.reach == nil {
		return cv
	}
	for i := 1; i < n; i++ {
		cv.reach[i] = max(cv.reach[i], cv.reach[i-1])
	}
	for i := n - 2; i >= 0; i-- {
		cv.near[i] = min(cv.near[i], cv.near[i+1])
	}
	return cv
}

// at returns reach[i] and near[i], for 0 <= i < n: from the lists, or
// from the few hits when there are no lists.
func (cv *cover) at(i int) (reach, near int) {
	if cv.reach != nil {
		return int(cv.reach[i]), int(cv.near[i])
	}
	reach, near = -1, cv.n
	for _, f := range cv.few[:cv.nFew] {
		first, last := int(f[0]), int(f[1])
		if first <= i {
			reach = max(reach, last)
		}
		if first >= i {
			near = min(near, last)
		}
	}
	return reach, near
}

// holds reports whether a hit of cover's categories holds tokens [first,
// last) or lies inside them.
func (cv *cover) holds(first, last int) bool {
	if first < 0 || first >= cv.n {
		return false
	}
	reach, near := cv.at(first)
	return reach >= last || near <= last
}

// situationReader reads where a reply names the customer's situation,
// for apologies and for "I understand your frustration" after the
// situation. It is made once per question and remembers each sentence's
// answer, so however many apologies a sentence holds, it is read once.
type situationReader struct {
	a     *Analysis
	words *mirrorIndex // the message's words and topics
	stock cover        // clichés, data requests and moves to DM
	first map[int]int  // sentence -> first token that names the situation
	bares map[int]bool // sentence -> it holds no content word
}

// situation returns a reader of the reply against its incoming message.
func (a *Analysis) situation() *situationReader {
	return &situationReader{a: a, words: a.mirrorIndex(), stock: a.coverOf("cliche", "data-request", "private-channel"),
		first: map[int]int{}, bares: map[int]bool{}}
}

// named returns the first token of sentence si that names the customer's
// situation: a topic of the message or one of its words (outside clichés,
// data requests and moves to DM), or the sentence's end when none does.
func (st *situationReader) named(si int) int {
	if n, ok := st.first[si]; ok {
		return n
	}
	a, s := st.a, st.a.Sentences[si]
	n := s.Last
	for _, h := range a.hitsIn(s.First, s.Last) {
		if st.words.topics[h.Category] && !st.stock.holds(h.First, h.Last) {
			n = h.First
			break
		}
	}
	for i := s.First; i < n; i++ {
		if t := a.Tokens[i]; t.Kind != Word && t.Kind != Number || st.stock.holds(i, i+1) {
			continue
		}
		if slices.ContainsFunc(a.mirrorWords(i, i+1), func(w mirrorWord) bool { return !situationGeneric[w.lower] && st.words.has(w, true) }) {
			n = i
			break
		}
	}
	st.first[si] = n
	return n
}

// bare reports a sentence with no content word ("Sorry!", "Excuses.").
func (st *situationReader) bare(si int) bool {
	if b, ok := st.bares[si]; ok {
		return b
	}
	a, s := st.a, st.a.Sentences[si]
	b := !slices.ContainsFunc(a.mirrorWords(s.First, s.Last), func(w mirrorWord) bool {
		return !situationGeneric[w.lower] && !a.lexicon.HasWord("apology", w.lower)
	})
	st.bares[si] = b
	return b
}

// situationGeneric are words that name no situation of this customer: an
// apology "for the issue" or "voor het probleem" is stock.
var situationGeneric = setOf("experience", "experiences", "issue", "issues", "problem", "problems", "trouble",
	"situation", "inconvenience", "inconvenienced", "frustration", "hear", "hearing", "feel", "feeling",
	"ervaring", "ervaringen", "probleem", "problemen", "situatie", "ongemak", "overlast", "hinder",
	"gebeurd", "gebeuren", "horen", "lezen", "melding", "bericht", "message", "tweet", "sorry", "excuses")
