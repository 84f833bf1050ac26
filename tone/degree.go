package tone

// degreeModifiers finds the words that are negative alone but, right
// before a positive word, only say how much of it there is: "ziek lekker",
// "niet normaal zo snel", "fucking goed geholpen", "insanely good",
// "insane 🔥". Both lexicons the reading uses read them so: CLiPS Pattern
// takes an adjective before another one as its modifier (its intensity,
// not its polarity, counts: "vreselijk goed" is good), and VADER gives a
// booster ("fucking", "so", "really") no valence of its own, only more of
// the next word's. mods marks the modifier's words, heads the positive
// word each one strengthens.
//
// A modifier is a word the sentiment lexicon calls negative, not negated
// and no negation itself ("no", "nothing"), or the last word of an evaluation, curse or insult the customer lexicon
// read ("niet normaal", "fucking"); the head follows it directly, after
// at most one booster ("zo", "echt", "so", "really"): a word the lexicon
// calls clearly positive, not negated after the modifier, praise the
// customer lexicon read, or a happy emoji. A comma or a full stop between
// them breaks it: "ziek, lekker weer" is two things.
func degreeModifiers(a *Analysis, hits []Hit, sent *sentiment) (mods, heads []bool) {
	toks := a.Tokens
	// ends[j] is the first token of an evaluation hit ending at token j.
	var ends map[int]int
	praiseAt := map[int]bool{}
	for _, h := range hits {
		if h.Quoted || h.Last <= h.First {
			continue
		}
		switch h.Category {
		case "condemn", "curse", "profanity", "insult":
			if ends == nil {
				ends = map[int]int{}
			}
			if s, ok := ends[h.Last-1]; !ok || h.First < s {
				ends[h.Last-1] = h.First
			}
		case "praise":
			praiseAt[h.First] = true
		}
	}
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		if t.Kind != Word || t.Quoted {
			continue
		}
		start, ok := ends[j]
		if !ok {
			if t.is(clsNegator) {
				continue // "no clear policy" is not clear
			}
			v, known := t.valence(sent)
			if !known || v > -0.25 || negatedAt(toks, j) {
				continue
			}
			start = j
		}
		k := j + 1
		if k < len(toks) && toks[k].Kind == Word && toks[k].is(clsBooster) {
			k++
		}
		if k >= len(toks) || !positiveHead(toks, k, j, sent, praiseAt) {
			continue
		}
		if mods == nil {
			mods, heads = make([]bool, len(toks)), make([]bool, len(toks))
		}
		for i := start; i <= j; i++ {
			mods[i] = true
		}
		heads[k] = true
	}
	// The other way round: a word the lexicon calls positive right before
	// a clearly negative one says how bad it is, as CLiPS Pattern reads an
	// adjective before another: "bijzonder pijnlijk", "pretty bad". Its
	// intensity counts, not its polarity.
	for j := 0; j+1 < len(toks); j++ {
		t := toks[j]
		if t.Kind != Word || t.Quoted || praiseAt[j] {
			continue
		}
		if v, known := t.valence(sent); !known || v < 0.25 {
			continue
		}
		k := j + 1
		if k < len(toks) && toks[k].Kind == Word && toks[k].is(clsBooster) {
			k++
		}
		if k >= len(toks) || toks[k].Kind != Word || toks[k].is(clsNegator) {
			continue
		}
		if v, known := toks[k].valence(sent); !known || v > -0.4 || negatedAt(toks, k) {
			continue
		}
		if mods == nil {
			mods, heads = make([]bool, len(toks)), make([]bool, len(toks))
		}
		mods[j] = true
	}
	return mods, heads
}

// positiveHead reports token k as the positive word a modifier ending at
// token j strengthens.
func positiveHead(toks []Token, k, j int, sent *sentiment, praiseAt map[int]bool) bool {
	t := toks[k]
	switch t.Kind {
	case Emoji:
		return emojiIn(t.Text, positiveEmoji)
	case Word:
		if praiseAt[k] {
			return true
		}
		v, ok := t.valence(sent)
		if !ok || v < 0.4 {
			return false
		}
		// Negated after the modifier: "insanely not good" is not good. A
		// negation inside the modifier ("niet normaal") is the modifier's.
		for i := j + 1; i < k; i++ {
			if toks[i].is(clsNegator) {
				return false
			}
		}
		return true
	}
	return false
}

// boosters may stand between a modifier and its head: "niet normaal zo
// snel", "insane so good".
var boosters = setOf("so", "very", "really", "soo", "sooo", "zo", "zó", "echt", "heel", "erg", "super", "mega", "ontzettend", "enorm")

// modifiedAway drops the hits a degree modifier made: an evaluation, curse,
// insult or personal word that ends on a modifier ("is echt ziek" before
// "lekker") says how good the head is, not that anything is wrong; and so
// does a failure read from the words of such an evaluation ("niet
// normaal"). A failure that is only a negative word ("storing snel
// verholpen") stays.
func modifiedAway(hits []Hit, mods []bool) []Hit {
	if mods == nil {
		return hits
	}
	modified := func(h Hit) bool { return h.Last > h.First && h.Last-1 < len(mods) && mods[h.Last-1] }
	evaluated := map[int]bool{} // the last words of the evaluations dropped
	for _, h := range hits {
		switch h.Category {
		case "condemn", "curse", "profanity", "insult", "dissatisfaction":
			if modified(h) {
				evaluated[h.Last-1] = true
			}
		}
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if modified(h) {
			switch h.Category {
			case "condemn", "curse", "profanity", "insult", "dissatisfaction", "personal":
				continue
			case "failure":
				if evaluated[h.Last-1] {
					continue
				}
			}
		}
		out = append(out, h)
	}
	return out
}
