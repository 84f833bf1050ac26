package tone

// understandWords mark the "we understand your frustration" family of
// clichés ("ik snap je ergernis", "we begrijpen je frustratie").
var understandWords = setOf("frustratie", "ergernis", "irritatie", "frustration", "frustrations", "annoyance", "irritation")

// dropRedeemedCliches drops an "I understand your frustration" cliché
// that closes a sentence which has already named the customer's
// situation: "Vijf weken in plaats van twee is echt te lang en ik snap je
// ergernis" acknowledges what went wrong, and the last words sum it up.
// The same words opening a sentence ("We begrijpen je frustratie over de
// meterstand", "I understand your frustration, Sam") stay a cliché. With
// the customer's message, naming the situation is picking it up (as
// apologyNamesSituation reads it); without it, four content words of our
// own before the phrase.
func dropRedeemedCliches(a *Analysis) []Hit {
	out := a.Hits[:0]
	for _, h := range a.Hits {
		if !(h.Category == "cliche" && a.understandCliche(h) && a.situationBefore(h)) {
			out = append(out, h)
		}
	}
	return out
}

// understandCliche reports a cliché hit of the understanding family.
func (a *Analysis) understandCliche(h Hit) bool {
	for _, t := range a.Tokens[h.First:h.Last] {
		if understandWords[t.Lower] {
			return true
		}
	}
	return false
}

// situationBefore reports whether the words of h's sentence before h name
// the customer's situation.
func (a *Analysis) situationBefore(h Hit) bool {
	if h.Sentence < 0 || h.Sentence >= len(a.Sentences) {
		return false
	}
	before := Sentence{First: a.Sentences[h.Sentence].First, Last: h.First}
	if before.Last <= before.First {
		return false
	}
	if a.Incoming != nil && a.Incoming.Message != nil {
		inc := a.Incoming
		var words []mirrorWord
		for _, w := range inc.mirrorWords(0, len(inc.Tokens)) {
			if !situationGeneric[w.lower] {
				words = append(words, w)
			}
		}
		return a.namesSituation(before, words, inc.mirrorTopics(0, len(inc.Tokens), false))
	}
	n := 0
	for i := before.First; i < before.Last; i++ {
		t := a.Tokens[i]
		if a.inCategory(t.Span, "cliche") || a.inCategory(t.Span, "apology") {
			continue
		}
		for _, w := range a.mirrorWords(i, i+1) {
			if !situationGeneric[w.lower] {
				n++
			}
		}
	}
	return n >= 4
}
