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
	// Decide first, filter after: the reading looks at all hits.
	var drop map[int]bool
	var named func(si int) int
	for k, h := range a.Hits {
		if h.Category != "cliche" || h.Sentence < 0 || h.Sentence >= len(a.Sentences) || !a.understandCliche(h) {
			continue
		}
		if named == nil {
			named = a.situationNamedAt()
		}
		if named(h.Sentence) < h.First {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[k] = true
		}
	}
	if drop == nil {
		return a.Hits
	}
	out := a.Hits[:0]
	for k, h := range a.Hits {
		if !drop[k] {
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

// situationNamedAt returns, per sentence, the first token at which the
// reply has named the customer's situation. With the customer's message
// that is picking it up (as apologyNamesSituation reads it); without it,
// the fourth content word of our own outside clichés and apologies. A
// sentence that never does answers its end.
func (a *Analysis) situationNamedAt() func(si int) int {
	if a.Incoming != nil && a.Incoming.Message != nil {
		return a.situation().named
	}
	skip := a.coverOf("cliche", "apology")
	return func(si int) int {
		s := a.Sentences[si]
		n := 0
		for i := s.First; i < s.Last; i++ {
			if skip.holds(i, i+1) {
				continue
			}
			for _, w := range a.mirrorWords(i, i+1) {
				if !situationGeneric[w.lower] {
					n++
				}
			}
			if n >= 4 {
				return i
			}
		}
		return s.Last
	}
}
