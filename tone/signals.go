package tone

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Signals read off an analysis: plain predicates on the reply and the
// customer's message. The lint rules turn them into findings (and the
// findings into points); tone knows no rules.

// EndSpan anchors a finding about something missing: the reply's last
// token, or the empty span at its end.
func (a *Analysis) EndSpan() Span {
	if n := len(a.Tokens); n > 0 {
		return a.Tokens[n-1].Span
	}
	return Span{Start: len(a.Text), End: len(a.Text)}
}

// Apologizes reports whether the reply apologises, clichéd or not.
func (a *Analysis) Apologizes() bool { return a.Has("apology") }

// Empathic reports whether the reply acknowledges the customer's feeling
// or situation: an emotion word or a phrase of understanding that is not
// part of a cliché, a word of feeling in a frame about the situation
// (feelingSpan: "what a nightmare", "that's really poor"), or an apology
// whose sentence names the customer's situation (apologyNamesSituation).
func (a *Analysis) Empathic() bool {
	_, ok := a.EmpathySpan()
	return ok
}

// EmpathySpan returns the first words that make the reply empathic, as
// Empathic counts them.
func (a *Analysis) EmpathySpan() (Span, bool) {
	var cliches *cover
	for _, h := range a.Hits {
		if h.Category != "empathy" || h.Quoted {
			continue
		}
		if cliches == nil {
			cv := a.coverOf("cliche")
			cliches = &cv
		}
		// "really sorry to hear that": the intensifier leans on a cliché,
		// so a word of empathy that shares a token with one is stock too.
		if !cliches.overlaps(h.First, h.Last) {
			return h.Span, true
		}
	}
	if sp, ok := a.feelingSpan(); ok {
		return sp, true
	}
	return a.apologyNamesSituation()
}

// inCategory reports whether span lies inside a hit of the category.
func (a *Analysis) inCategory(sp Span, cat string) bool {
	for _, h := range a.Hits {
		if h.Category == cat && (h.Span.Contains(sp) || sp.Contains(h.Span)) {
			return true
		}
	}
	return false
}

// MovesToPrivate reports whether the reply takes the matter to a private
// channel: a DM, a phone call, an e-mail or a form.
func (a *Analysis) MovesToPrivate() bool { return a.Has("private-channel") }

// Resolved reports whether the reply says the matter is already handled.
func (a *Analysis) Resolved() bool { return a.Has("resolved") }

// NextStep returns the first concrete next step (who does what, when), if
// any: a phrase of the next-step or resolved category, or a move to a
// private channel with a purpose. A time in a sentence that defends or
// lectures ("To qualify you would have to cancel within 24 hours", "Je
// had binnen 14 dagen moeten retourneren") is a rule, not a step; a
// step that a hedge of its own clause doubts is a maybe, not a step (see
// doubted).
func (a *Analysis) NextStep() (Span, bool) {
	var defends map[int]bool
	var hedges []Hit
	for _, h := range a.Hits {
		if (h.Category != "next-step" && h.Category != "resolved") || h.Quoted {
			continue
		}
		if defends == nil {
			defends = a.sentencesWith("defensive")
			for _, g := range a.Hits {
				if g.Category == "hedging" && !g.Quoted && (g.Entry == nil || g.Entry.Level == "") {
					hedges = append(hedges, g)
				}
			}
		}
		if !defends[h.Sentence] && !a.doubted(h, hedges) {
			return h.Span, true
		}
	}
	return Span{}, false
}

// doubted reports whether one of hedges (hedging hits at warning level,
// in text order) doubts the step h: it lies in h's sentence, inside h or
// before it with no comma, semicolon or colon between ("We might be able
// to send a new one", "We'll possibly refund it", "We zullen het
// eventueel laten controleren", "Wellicht bellen we je morgen"). A hedge
// in another clause speaks of something else ("Misschien ligt het aan je
// router; ik bel je morgen"), and so does one after the step.
func (a *Analysis) doubted(h Hit, hedges []Hit) bool {
	for _, g := range hedges {
		if g.Sentence != h.Sentence || g.First >= h.Last {
			continue
		}
		if g.First >= h.First {
			return true
		}
		clause := true
		for _, t := range a.Tokens[g.Last:h.First] {
			if t.Kind == Punct && strings.ContainsAny(t.Text, ",;:") {
				clause = false
				break
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// DataRequests returns the hits where the reply asks for personal data
// in public: a personal-data word in a sentence that asks for something
// ("Please provide the email address you used", "Stuur ons je naam en
// postcode"). A sentence that hands over a link ("share your details
// here: https://…") asks for them through that form, not in public.
func (a *Analysis) DataRequests() []Hit {
	var out []Hit
	for _, h := range a.Hits {
		if h.Category != "data-request" || h.Quoted {
			continue
		}
		if a.sentenceAsks(h.Sentence) && !a.sentenceHasLink(h.Sentence) {
			out = append(out, h)
		}
	}
	return out
}

// sentenceHasLink reports a link in sentence si, also one glued to the
// word before it ("here:https://…").
func (a *Analysis) sentenceHasLink(si int) bool {
	s := a.Sentences[si].Span.In(a.Text)
	return strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.Contains(s, "www.")
}

// sentenceAsks reports a sentence that asks the reader for something: it
// ends in a question mark or holds a request verb.
func (a *Analysis) sentenceAsks(si int) bool {
	s := a.Sentences[si]
	if hasQuestionMark(a.Tokens[s.First:s.Last]) {
		return true
	}
	for _, h := range a.Hits {
		if h.Category == "request" && h.Sentence == si {
			return true
		}
	}
	return false
}

// PersonalData returns the entities that are personal data: not the
// company's own contact details and not masked.
func (a *Analysis) PersonalData() []Entity {
	var out []Entity
	for _, e := range a.Entities {
		if e.Company || e.Masked || e.Kind == EntityPhone || e.Kind == EntityURL {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Complaint reports whether the incoming message is a complaint: the
// reading (Message.Complaint) says it needs an apology.
func (a *Analysis) Complaint() bool {
	return a.Incoming != nil && a.Incoming.Message != nil && a.Incoming.Message.Complaint
}

// PushedBack reports a customer's message that pushes back
// (Message.PushesBack): phrases that count only in a reply to a complaint
// (Entry.Context) count in a reply to it.
func (a *Analysis) PushedBack() bool {
	return a.Incoming != nil && a.Incoming.Message != nil && a.Incoming.Message.PushesBack()
}

// CustomerAddress returns the customer's register, "je" or "u", or ""
// when the incoming message shows none (or is not Dutch).
func (a *Analysis) CustomerAddress() string {
	if a.Incoming == nil || a.Incoming.Lang != "nl" {
		return ""
	}
	switch a.Incoming.Address.Form() {
	case "je", "u":
		return a.Incoming.Address.Form()
	}
	return ""
}

// Mirrors reports whether the first two sentences pick up the customer's
// message: a content word they share by stem, inflection or compound, a
// number both name, or a topic both speak of (see mirrorIndex and the
// lexicon's topic:NAME categories). It returns true without an incoming
// message or when the message has no content word. The sign-off,
// greeting and handles do not count.
func (a *Analysis) Mirrors() bool {
	if a.Incoming == nil || a.Incoming.Message == nil {
		return true
	}
	words := a.mirrorIndex()
	topics := words.topics
	if words.words == 0 && len(topics) == 0 {
		return true
	}
	// The data requests are indexed when a topic of the message is
	// found, to tell whether a request holds it (mirrorTopics).
	var asks *cover
	n := 0
	for _, s := range a.Sentences {
		if n == 2 {
			break
		}
		if a.SignOff.Found && a.SignOff.Span.Contains(s.Span) {
			continue
		}
		if a.wordless(s) {
			continue // a handle or an emoji alone is no sentence
		}
		n++
		// A topic of the message (mirrorTopics) outside a request for an
		// identifier ("DM us your order number" names no topic of this
		// customer), looked for hit by hit.
		for _, h := range a.hitsIn(s.First, s.Last) {
			if !topics[h.Category] || !strings.HasPrefix(h.Category, topicPrefix) {
				continue
			}
			if asks == nil {
				cv := a.coverOf("data-request")
				asks = &cv
			}
			if !asks.holds(h.First, h.Last) {
				return true
			}
		}
		if slices.ContainsFunc(a.mirrorWords(s.First, s.Last), func(w mirrorWord) bool { return words.has(w, false) }) {
			return true
		}
	}
	return n == 0
}

// OpensStock reports a stock opening: the reply's first sentence past a
// greeting or an interjection ("Hi there!", "Oh no!") and the handles
// holds no content word outside a cliché, a data request or a move to DM
// that is not a word of a stock opening (the lexicon's stock-word), a
// number or the customer's name said to them. "Thanks for reaching out.
// Please DM us so we can help" opens stock; "We turned online ordering
// off for the promo tonight" speaks of the matter in its own words.
func (a *Analysis) OpensStock() bool {
	if a.lexicon == nil {
		return false
	}
	stock := a.coverOf("cliche", "data-request", "private-channel")
	for _, s := range a.Sentences {
		if a.SignOff.Found && a.SignOff.Span.Contains(s.Span) || a.wordless(s) {
			continue
		}
		named := a.namesMatter(s, &stock)
		if !named && a.wordsIn(s) <= 2 {
			continue // a greeting or an interjection alone
		}
		return !named
	}
	return true
}

// wordsIn counts the words of a sentence.
func (a *Analysis) wordsIn(s Sentence) int {
	n := 0
	for _, t := range a.Tokens[s.First:s.Last] {
		if t.Kind == Word {
			n++
		}
	}
	return n
}

// namesMatter reports a sentence with a content word that OpensStock
// does not count as stock.
func (a *Analysis) namesMatter(s Sentence, stock *cover) bool {
	if a.lexicon == nil {
		return false
	}
	toks := a.Tokens
	for i := s.First; i < s.Last; i++ {
		t := toks[i]
		if t.Kind != Word || t.Quoted || stock.holds(i, i+1) {
			continue
		}
		w := t.Lower
		if utf8.RuneCountInString(w) < 3 || mirrorFunction[w] || t.is(clsStopNL|clsStopEN|clsContentStop) ||
			a.lexicon.HasWord("stock-word", w) {
			continue
		}
		// A name said to the customer: capitalised, after the sentence's
		// first word, with a mark or the sentence's end next.
		if i > s.First && isNameWord(t.Text) && (i+1 == s.Last || toks[i+1].Kind == Punct) {
			continue
		}
		return true
	}
	return false
}

// HasLink reports whether the reply contains a link.
func (a *Analysis) HasLink() bool {
	for _, t := range a.Tokens {
		if t.Kind == URL {
			return true
		}
	}
	return false
}

// PersonalLeftPublic reports a personal complaint or question (an order,
// an account, a refund) that the reply neither takes to a private channel
// nor resolves, and for which it gives no link to help in public.
func (a *Analysis) PersonalLeftPublic() bool {
	if a.Incoming == nil || a.Incoming.Message == nil || !a.Incoming.Message.Personal {
		return false
	}
	m := a.Incoming.Message
	if m.Intent != IntentComplaint && m.Intent != IntentQuestion || a.MovesToPrivate() || a.Resolved() || a.HasLink() {
		return false
	}
	if _, ok := a.NextStep(); ok {
		return false // a concrete step without personal data resolves it
	}
	// It engages when it asks what it needs to know: a question or a
	// request anywhere in the reply.
	return !a.Has("request") && !a.hasQuestionMark()
}

// Shout is a run of capitals for emphasis ("NIET", "WE ARE NOT") or of
// exclamation and question marks ("!!", "?!") in the reply's own words.
type Shout struct {
	Span Span
	Caps bool // capitals, not marks
}

// Shouts returns the reply's shouting: runs of capitals that start with an
// emphasis word of the lexicon (not acronyms like NS or KLM) and go on
// over emphasis words, and runs of marks with two "!" or a "?!". Quoted
// words are the customer's, not ours.
func (a *Analysis) Shouts() []Shout {
	var out []Shout
	toks := a.Tokens
	emphasis := func(t Token) bool {
		return t.Kind == Word && Shouted(t.Text) >= 2 && a.lexicon != nil && a.lexicon.HasWord("emphasis", t.Lower)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Quoted:
		case emphasis(t):
			j := i + 1
			for j < len(toks) && emphasis(toks[j]) {
				j++
			}
			out = append(out, Shout{Span: Span{t.Span.Start, toks[j-1].Span.End}, Caps: true})
			i = j - 1
		case t.Kind == Punct && strings.ContainsAny(t.Text, "!?"):
			j := i + 1
			for j < len(toks) && toks[j].Kind == Punct && toks[j].Span.Start == toks[j-1].Span.End &&
				marks.trim(toks[j].Text) == "" {
				j++
			}
			sp := Span{t.Span.Start, toks[j-1].Span.End}
			if text := sp.In(a.Text); strings.Count(text, "!") >= 2 || strings.Contains(text, "?!") || strings.Contains(text, "!?") {
				out = append(out, Shout{Span: sp})
			}
			i = j - 1
		}
	}
	return out
}

// hasQuestionMark reports a "?" in the reply.
func (a *Analysis) hasQuestionMark() bool { return hasQuestionMark(a.Tokens) }

func hasQuestionMark(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == Punct && strings.Contains(t.Text, "?") {
			return true
		}
	}
	return false
}
