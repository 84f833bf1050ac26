package tone

import (
	"slices"
	"strings"
)

// Irony is praise about something bad in the same message: a positive
// evaluation and a negative event or state side by side (incongruity).
// These passes decide, before the features are counted, which words of
// praise the message means and which it mocks.

// ironyBesides are the categories of what went wrong: beside one of them,
// mock praise is irony.
var ironyBesides = setOf("failure", "waiting", "elapsed", "problem", "condemn", "insult", "dissatisfaction", "curse", "profanity",
	"ironic-thanks", "sarcasm", "grievance-question", "demand", "mismatch", "hazard", "spoiled", "injury")

// mockPraise decides the praise formulas that may mock ("top hoor",
// "chapeau", "great job", "gotta love"): irony (sarcasm) in a message that
// also says something went wrong (a failure, waiting, a condemnation, a
// negative emoji or a negative word of the sentiment lexicon outside the
// formula), praise in one that does not, or that says it was put right.
func (f *features) mockPraise(a *Analysis, sent *sentiment) {
	// reach[i] is the furthest token end of a formula that starts at or
	// before token i (0 for none): a hit from i to j lies in a formula
	// when reach[i] >= j, one look however many formulas there are.
	var reach []int
	for _, h := range f.hits {
		if h.Category == "mock-praise" && !h.Quoted && h.First < h.Last && h.First < len(a.Tokens) {
			if reach == nil {
				reach = make([]int, len(a.Tokens))
			}
			reach[h.First] = max(reach[h.First], h.Last)
		}
	}
	if reach == nil {
		return
	}
	for i := 1; i < len(reach); i++ {
		reach[i] = max(reach[i], reach[i-1])
	}
	bad, resolved := f.somethingBad(a, sent, reach)
	as := "praise"
	if bad && !resolved {
		as = "sarcasm"
	}
	for i := range f.hits {
		if f.hits[i].Category == "mock-praise" {
			f.hits[i].Category = as
		}
	}
}

// somethingBad reports whether the message says something went wrong
// (a hit of ironyBesides, else a negative word or emoji: negativeOutside)
// and whether it says the problem was put right, outside the formulas
// of reach (nil for none): a word of a formula itself ("fantastisch
// geregeld") puts nothing right. Praise beside something bad is irony
// (mockPraise), and so is a scare-quoted word (scareQuotedAttribute).
func (f *features) somethingBad(a *Analysis, sent *sentiment, reach []int) (bad, resolved bool) {
	for _, h := range f.hits {
		if h.Quoted || h.First < len(reach) && reach[h.First] >= h.Last {
			continue
		}
		switch {
		case h.Category == "resolved":
			resolved = true
		case ironyBesides[h.Category]:
			bad = true
		}
	}
	if !bad && !resolved {
		bad = f.negativeOutside(a, sent, reach)
	}
	return bad, resolved
}

// negativeOutside reports a negative or irony emoji, or a word the
// sentiment lexicon calls negative (not negated, not quoted, no degree
// modifier), outside the formulas: reach[i] is the furthest token end of
// a formula that starts at or before token i (mockPraise).
func (f *features) negativeOutside(a *Analysis, sent *sentiment, reach []int) bool {
	for i, t := range a.Tokens {
		if t.Quoted || i < len(reach) && reach[i] > i {
			continue
		}
		switch t.Kind {
		case Emoji:
			if emojiIn(t.Text, negativeEmoji) || emojiIn(t.Text, ironyEmoji) {
				return true
			}
		case Word:
			if f.modifier(i) {
				continue
			}
			if v, ok := t.valence(sent); ok && v <= -0.25 && !negatedAt(a.Tokens, i) && !surname(a, i) {
				return true
			}
		}
	}
	return false
}

// scareQuotedThanks reads thanks for a word in quotation marks as thanks
// for what did not happen: "Bedankt voor het 'bezorgen' van mijn pakket",
// "thanks for the "help"". The quotes say the word is the company's, not
// true; one or two quoted words in lower case right after "voor"/"for"
// and at most a determiner. A longer quotation is what someone said
// ("bedankt voor het bericht 'uw pakket komt morgen'"), and one with
// capitals a name ("thanks for the 'Winter Warmer' card"): both stay
// thanks.
func (f *features) scareQuotedThanks(a *Analysis) {
	toks := a.Tokens
	for _, h := range f.hits {
		if h.Quoted || h.Category != "gratitude" {
			continue
		}
		k := h.Last
		if k >= len(toks) || toks[k].Kind != Word || (toks[k].Lower != "voor" && toks[k].Lower != "for") {
			continue
		}
		k++
		if k < len(toks) && toks[k].Kind == Word && !toks[k].Quoted && remedyObjectDets[toks[k].Lower] {
			k++
		}
		// Past the opening quotation mark.
		for k < len(toks) && toks[k].Kind == Punct && !toks[k].Quoted {
			if !isQuoteMark(toks[k].Text) {
				break
			}
			k++
		}
		n := 0
		for k+n < len(toks) && toks[k+n].Quoted && toks[k+n].Kind == Word && toks[k+n].Text == toks[k+n].Lower {
			n++
		}
		if n == 0 || n > 2 || k+n < len(toks) && toks[k+n].Quoted {
			continue
		}
		sp := Span{h.Span.Start, toks[k+n-1].Span.End}
		f.hits = append(f.hits, Hit{Category: "ironic-thanks", Span: sp, Sentence: h.Sentence, First: h.First, Last: k + n})
		return
	}
}

// scareQuotedAttribute reads a word the customer puts in quotation marks
// before the thing it describes as the company's claim disputed: "in de
// zak 'verse' sla zat een slak", "the 'fresh' strawberries had grown a fur
// coat", "de 'snelle' levering". One lower-case word, quoted, then an
// unquoted word; it counts as sarcasm when the word is a positive one,
// the message says something bad besides, or thanks for it come first. A name has capitals ("de
// 'Winter Warmer' kaart"), and the label of a button or a field is
// followed by its kind ("de 'verzenden' knop"): neither is irony.
func (f *features) scareQuotedAttribute(a *Analysis, sent *sentiment) {
	toks := a.Tokens
	var thanksIn map[int]int // sentence -> its first thanks, by index in f.hits
	bad := 0                 // whether the message says something bad: 0 unknown, 1 yes, -1 no
	for k := 1; k+2 < len(toks); k++ {
		t := toks[k]
		if !t.Quoted || t.Kind != Word || t.Text != t.Lower || !isQuoteMark(toks[k-1].Text) || !isQuoteMark(toks[k+1].Text) {
			continue
		}
		next := toks[k+2]
		if next.Quoted || next.Kind != Word || next.Text != next.Lower || grammarSets().interfaceWords[next.Lower] {
			continue
		}
		// Thanks for it earlier in the sentence are thanks for what was
		// not so: "Thanks for the €4.29 'fresh' strawberries".
		if thanksIn == nil {
			thanksIn = map[int]int{}
			for j, h := range f.hits {
				if _, seen := thanksIn[h.Sentence]; h.Category == "gratitude" && !h.Quoted && !seen {
					thanksIn[h.Sentence] = j
				}
			}
		}
		si := sentenceAt(a, k)
		thanks, thanked := thanksIn[si]
		thanked = thanked && f.hits[thanks].Last <= k
		if thanked && f.ironicThanksIn(si) {
			thanked = false // read already: "Thanks for the 'help'" (scareQuotedThanks)
		}
		if v, _ := feelingValence(sent, a.Lang, t.Lower); v <= 0 && !thanked {
			if bad == 0 {
				bad = -1
				if b, _ := f.somethingBad(a, sent, nil); b {
					bad = 1
				}
			}
			if bad < 0 {
				continue
			}
		}
		sp := Span{toks[k-1].Span.Start, next.Span.End}
		if thanked {
			h := f.hits[thanks]
			f.hits = append(f.hits, Hit{Category: "ironic-thanks", Span: Span{h.Span.Start, sp.End}, Sentence: si, First: h.First, Last: k + 3})
		}
		f.hits = append(f.hits, Hit{Category: "sarcasm", Span: sp, Sentence: si, First: k - 1, Last: k + 3})
		return
	}
}

// ironicThanksIn reports an ironic-thanks hit in sentence si.
func (f *features) ironicThanksIn(si int) bool {
	return slices.ContainsFunc(f.hits, func(h Hit) bool { return h.Category == "ironic-thanks" && h.Sentence == si })
}

func isQuoteMark(s string) bool {
	switch s {
	case "'", "\"", "‘", "’", "“", "”", "„", "«", "»", "`":
		return true
	}
	return false
}

// courtesyWaits drops the waiting someone else did for the customer: "de
// chauffeur, die heeft gewacht tot mijn moeder zat", "the driver, who
// waited until I was on board", "de chauffeur van lijn 12 (rond kwart
// over 8) wachtte tot mijn moeder zat". A word of waiting whose nearest
// subject before it in its sentence is a third person or a member of
// staff (the fact lexicon's staff roles) is no grievance; one whose
// subject is the customer ("ik heb gewacht", "they kept me waiting")
// still is.
func courtesyWaits(a *Analysis, hits []Hit) []Hit {
	var roles map[string]bool
	courtesy := func(h Hit) bool {
		if h.Category != "waiting" || h.Last-h.First != 1 || !waitWords[a.Tokens[h.First].Lower] {
			return false
		}
		if roles == nil {
			roles = lowerSet(factLexicon(a.Lang).StaffRoles)
		}
		return waitedByOther(a.Tokens, h.First, roles)
	}
	if !slices.ContainsFunc(hits, courtesy) {
		if hits == nil {
			return []Hit{} // as the copy was
		}
		return hits // most messages: nothing to drop, nothing to copy
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if !courtesy(h) {
			out = append(out, h)
		}
	}
	return out
}

var (
	waitWords        = setOf("wachten", "gewacht", "wachtte", "wachtten", "wacht", "waited", "waiting", "wait")
	thirdPersonWaits = setOf("die", "hij", "zij", "who", "he", "she")
)

// waitedByOther reads back from the word of waiting at i, within its
// sentence and over at most waitSubjectReach words (a part in brackets
// left out), for the first word that can be its subject.
func waitedByOther(toks []Token, i int, roles map[string]bool) bool {
	depth, words := 0, 0
	for k := i - 1; k >= 0 && words < waitSubjectReach; k-- {
		t := toks[k]
		switch {
		case t.Text == ")":
			depth++
			continue
		case t.Text == "(":
			depth = max(depth-1, 0)
			continue
		case depth > 0:
			continue
		case t.Kind != Word:
			if t.Kind == Punct && strings.Trim(t.Text, ".!?…") == "" {
				return false // the sentence before
			}
			continue
		}
		words++
		if t.is(clsFirstPerson) {
			return false
		}
		if thirdPersonWaits[t.Lower] || roles[t.Lower] {
			return true
		}
	}
	return false
}

// waitSubjectReach is how many words before a word of waiting its
// subject may stand ("de chauffeur van lijn 12 vanochtend in Hengelo
// gewoon wachtte").
const waitSubjectReach = 10

// negatedPraise reads praise under a negation as displeasure: "not
// overly delighted", "niet echt behulpzaam" say the customer is not
// pleased, as "not happy" and "niet tevreden" do. Praise that may mock is
// no irony then either.
//
// Not praise that no amount would match: "can't love this enough", "kan
// jullie niet genoeg bedanken".
func negatedPraise(a *Analysis, hits []Hit) []Hit {
	for i, h := range hits {
		if (h.Category == "praise" || h.Category == "mock-praise") && !h.Quoted && negatedAt(a.Tokens, h.First) && !enoughAfter(a.Tokens, h.Last) {
			hits[i].Category = "dissatisfaction"
		}
	}
	return hits
}

// enoughAfter reports "enough"/"genoeg" among the three words from token
// i, in its clause.
func enoughAfter(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+3 && toks[k].Kind == Word; k++ {
		if toks[k].Lower == "enough" || toks[k].Lower == "genoeg" {
			return true
		}
	}
	return false
}
