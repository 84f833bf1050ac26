package tone

// feelingSpan finds the grammar of an acknowledgement: a frame that
// speaks of the customer's situation or feeling ("that's", "what a",
// "sounds", "must be", "I'd be", "you've had"; lexicon category
// empathy-frame) followed within three words by a word of feeling — a
// negative word of the language's sentiment lexicon (VADER for English,
// Pattern for Dutch) or one of the lexicon's empathy-word list — that is
// not negated, not quoted, not inside a cliché or a defensive phrase, and
// not a plain name for a fault (empathy-not: "problem", "delay",
// "inconvenience"). "That's a horrible experience", "What a nightmare",
// "I'd be fuming too", "Wat een rotstreek", "Dat is echt slecht" are
// acknowledgements; "Our drivers had an awful week", "That's not bad",
// "Sorry for the inconvenience" are not.
func (a *Analysis) feelingSpan() (Span, bool) {
	if a.lexicon == nil {
		return Span{}, false
	}
	var sent *sentiment
	var blocked *cover
	for _, h := range a.Hits {
		if h.Category != "empathy-frame" || h.Quoted {
			continue
		}
		if sent == nil {
			sent = sentimentLexicon(a.Lang)
			cv := a.coverOf("cliche", "defensive")
			blocked = &cv
		}
		end := a.Sentences[h.Sentence].Last
		for j := h.Last; j < end && j < h.Last+3; j++ {
			t := a.Tokens[j]
			if t.Kind == Punct {
				break
			}
			if t.Kind != Word || t.Quoted || negatedAt(a.Tokens, j) || blocked.holds(j, j+1) {
				continue
			}
			if a.lexicon.HasWord("empathy-not", t.Lower) {
				continue
			}
			v, ok := feelingValence(sent, a.Lang, t.Lower)
			if a.lexicon.HasWord("empathy-word", t.Lower) || ok && v <= -0.4 {
				return Span{Start: h.Span.Start, End: t.Span.End}, true
			}
		}
	}
	return Span{}, false
}

// feelingValence is the sentiment lexicon's valence of a word, and for a
// Dutch adjective inflected with -e the valence of its base form
// ("slechte" → "slecht", "waardeloze" → "waardeloos", "nare" → "naar"):
// the Pattern lexicon lists adjectives uninflected.
func feelingValence(sent *sentiment, lang, w string) (float64, bool) {
	if v, ok := sent.valence(w); ok || lang != "nl" || len(w) < 5 || w[len(w)-1] != 'e' {
		return v, ok
	}
	b := w[:len(w)-1]
	if v, ok := sent.valence(b); ok {
		return v, ok
	}
	n := len(b)
	if n >= 2 && b[n-1] == b[n-2] {
		return sent.valence(b[:n-1]) // "natte" → "nat"
	}
	if n >= 3 && isVowelNL(b[n-2]) && !isVowelNL(b[n-3]) {
		c := b[n-1]
		switch c {
		case 'z':
			c = 's'
		case 'v':
			c = 'f'
		}
		return sent.valence(b[:n-1] + string(b[n-2]) + string(c)) // "boze" → "boos"
	}
	return 0, false
}

func isVowelNL(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// overlaps reports whether a hit of cover's categories shares a token with
// tokens [first, last): one that starts at or before last-1 and ends
// after first.
func (cv *cover) overlaps(first, last int) bool {
	if last <= 0 || last-1 >= cv.n {
		return false
	}
	reach, _ := cv.at(last - 1)
	return reach > first
}
