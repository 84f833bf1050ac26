package tone

import "sync"

// wordClass holds, as bits, the classes of a word that the reading asks
// about again and again: whether it is a negator, a stop word, a word of
// the first person. A token is classified once (classifyTokens: one
// look-up in classTable and isNegator), and each question after that is
// a bit test instead of a map look-up.
type wordClass uint16

const (
	// clsKnown marks a token whose classes are set.
	clsKnown wordClass = 1 << iota
	clsNegator
	clsStopNL
	clsStopEN
	clsContentStop
	clsLangNL
	clsLangEN
	clsFirstPerson
	clsShout
	clsBooster
	// clsRatedNL and clsRatedEN mark a token whose valence in the Dutch
	// or English sentiment lexicon is in val (rateTokens); clsRated
	// that the lexicon knows the word.
	clsRatedNL
	clsRatedEN
	clsRated
)

// classSets are the sets of the classes (all but clsNegator, which
// isNegator decides).
func classSets() []classSet {
	return []classSet{
		{clsStopNL, stopNL}, {clsStopEN, stopEN}, {clsContentStop, contentStop},
		{clsLangNL, langNL}, {clsLangEN, langEN}, {clsFirstPerson, firstPerson},
		{clsShout, shoutWords}, {clsBooster, boosters},
	}
}

type classSet struct {
	c   wordClass
	set map[string]bool
}

// classTable maps each word of the classes' sets to its classes, and
// each of negators to clsNegator: a token is looked up once.
var classTable = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, s := range append(classSets(), classSet{clsNegator, negators}) {
		for w, ok := range s.set {
			if ok {
				m[w] |= s.c
			}
		}
	}
	return m
})

// classFirstBytes holds the first bytes of classTable's words: a token
// that starts with another (a punctuation mark, an emoji, an @handle) is
// not looked up.
var classFirstBytes = sync.OnceValue(func() *[256]bool {
	var first [256]bool
	for w := range classTable() {
		if w == "" {
			for b := range first {
				first[b] = true
			}
			break
		}
		first[w[0]] = true
	}
	return &first
})

// classOf returns the classes of a word, known.
func classOf(w string) wordClass { return classIn(classTable(), w) }

func classIn(table map[string]wordClass, w string) wordClass { return knownClasses(table[w], w) }

// knownClasses returns the classes c that a table holds for w, known,
// with w's negator form.
func knownClasses(c wordClass, w string) wordClass {
	c |= clsKnown
	if c&clsNegator == 0 && negatorForm(w) {
		c |= clsNegator
	}
	return c
}

// classValues is classTable as a valueTable: classifyTokens looks a word
// up by the hash it keeps for the token anyway, not by a map that hashes
// the word again.
var classValues = sync.OnceValue(func() *valueTable[wordClass] { return valueTableOf(classTable()) })

// classifyTokens sets the classes of the tokens' Lower, and its hash.
func classifyTokens(tokens []Token) {
	table, first := classValues(), classFirstBytes()
	for i := range tokens {
		t := &tokens[i]
		h := wordHash(t.Lower)
		var c wordClass
		if t.Lower == "" || first[t.Lower[0]] { // else in no set of classTable: no look-up
			c, _ = table.getHashed(t.Lower, h)
		}
		t.cls = knownClasses(c, t.Lower)
		t.h = uint32(h >> 32)
	}
}

// hash returns the wordHash of the token's Lower as wordBloom reads it
// (its high half), once the token is classified.
func (t *Token) hash() uint64 { return uint64(t.h) << 32 }

// mayBeIn reports whether the token's Lower may be one of the words of
// b: false only when it surely is none, by a bit test once the token is
// classified (a map look-up need not follow).
func (t *Token) mayBeIn(b *wordBloom) bool { return t.cls == 0 || b.has(t.hash()) }

// rateTokens puts the valence of each word token in the sentiment
// lexicon s in the token: the reading asks it of the same words many
// times (Token.valence).
func rateTokens(tokens []Token, s *sentiment) {
	rated := clsRatedNL
	if s.lang == "en" {
		rated = clsRatedEN
	}
	for i := range tokens {
		t := &tokens[i]
		if t.Kind != Word || t.cls == 0 {
			continue
		}
		v, ok := s.valenceOfToken(t)
		t.val, t.cls = v, t.cls&^(clsRatedNL|clsRatedEN|clsRated)|rated
		if ok {
			t.cls |= clsRated
		}
	}
}

// valence returns the valence of the token's Lower in the sentiment
// lexicon s (sentiment.valence): from the token once rateTokens rated it
// in s's language.
func (t *Token) valence(s *sentiment) (float64, bool) {
	if s.lang == "nl" && t.cls&clsRatedNL != 0 || s.lang == "en" && t.cls&clsRatedEN != 0 {
		return t.val, t.cls&clsRated != 0
	}
	return s.valence(t.Lower)
}

// is reports whether the token's Lower is of one of the classes c: a
// bit test once the token is classified; before, the look-ups in the
// classes' own sets that the token's class stands for (tokens made
// outside an analysis are not classified).
func (t *Token) is(c wordClass) bool {
	if t.cls != 0 {
		return t.cls&c != 0
	}
	return lookUpClass(t.Lower, c)
}

// lookUpClass reports whether w is of one of the classes c by the
// classes' own sets.
func lookUpClass(w string, c wordClass) bool {
	switch c {
	case clsNegator:
		return isNegator(w)
	case clsFirstPerson:
		return firstPerson[w]
	case clsBooster:
		return boosters[w]
	}
	if c&clsNegator != 0 && isNegator(w) {
		return true
	}
	for _, s := range classSetList {
		if c&s.c != 0 && s.set[w] {
			return true
		}
	}
	return false
}

// classSetList is classSets, made once.
var classSetList = classSets()
