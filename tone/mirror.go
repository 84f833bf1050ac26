package tone

import (
	"strings"
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
	add := func(w string) {
		if utf8.RuneCountInString(w) < 3 || mirrorFunction[w] ||
			(stopNL[w] || stopEN[w] || contentStop[w]) && !mirrorContent[w] {
			return
		}
		out = append(out, mirrorWord{lower: w, stem: stemOf(a.Lang, w)})
	}
	for _, t := range a.Tokens[first:last] {
		// Quoted words count: a reply that quotes the customer picks them
		// up, and a customer who quotes someone chose those words.
		switch t.Kind {
		case Word, Hashtag:
			w := matchKey(t)
			add(w)
			if strings.ContainsAny(w, "-/") {
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
				out = append(out, mirrorWord{lower: t.Lower, number: true})
			}
		}
	}
	return out
}

// mirrorTopics returns the topics (lexicon categories topic:NAME) of the
// hits in tokens [first, last). With stockAsks, a topic word
// inside a request for an identifier ("DM us your order number", "je
// boekingscode") does not count: every reply asks for one, it names no
// topic of this customer.
func (a *Analysis) mirrorTopics(first, last int, stockAsks bool) map[string]bool {
	out := map[string]bool{}
	for _, h := range a.Hits {
		if h.First < first || h.First >= last || !strings.HasPrefix(h.Category, "topic:") {
			continue
		}
		if stockAsks && a.inCategory(h.Span, "data-request") {
			continue
		}
		out[h.Category] = true
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
	"natuurlijk", "helemaal", "best", "zelfs", "waarvoor", "hiervoor", "daarvoor", "welk", "zoals", "ja")

// mirrorContent are words the stop lists hold (for language detection)
// that carry the customer's request: "help!" is picked up by "Here to
// help".
var mirrorContent = setOf("help", "helpen", "hulp")

// sameWord reports whether two content words are one word for mirroring:
// the same stem; a Dutch participle and its noun or verb; one a prefix of
// the other of at least six letters (inflections the stemmer keeps apart,
// "delivery"/"delivering", "bestelling"/"bestelnummer"); or, as parts of
// a compound, a whole word of four letters or more that starts the other
// ("meter", "meterkast") or, in Dutch, one of five or more that ends it
// ("rekening", "bankrekening"; not English "count" in "account").
func sameWord(lang string, x, y mirrorWord) bool {
	if x.number || y.number {
		return x.number && y.number && x.lower == y.lower
	}
	if x.stem == y.stem {
		return true
	}
	if lang == "nl" {
		if p := participleStem(x); p != "" && (p == y.stem || p == undoubleVowel(undoubleConsonant(y.stem))) {
			return true
		}
		if p := participleStem(y); p != "" && (p == x.stem || p == undoubleVowel(undoubleConsonant(x.stem))) {
			return true
		}
	}
	if commonPrefixRunes(x.lower, y.lower) >= 6 {
		return true
	}
	short, long := x.lower, y.lower
	if utf8.RuneCountInString(short) > utf8.RuneCountInString(long) {
		short, long = long, short
	}
	n := utf8.RuneCountInString(short)
	if utf8.RuneCountInString(long) < n+3 {
		return false // not a compound, an inflection the rules above decide
	}
	if n >= 4 && strings.HasPrefix(long, short) {
		return true
	}
	return lang == "nl" && n >= 5 && strings.HasSuffix(long, short)
}

// participleStem returns the stem of a Dutch participle without its
// ge- ("geannuleerd": the stem of "annuleerd", as "annulering" has), or
// "" for a word that is none.
func participleStem(w mirrorWord) string {
	if !strings.HasPrefix(w.lower, "ge") || utf8.RuneCountInString(w.lower) < 6 {
		return ""
	}
	body := w.lower[2:]
	switch {
	case strings.HasSuffix(body, "en"):
	case strings.HasSuffix(body, "d"), strings.HasSuffix(body, "t"):
		body = body[:len(body)-1]
	default:
		return ""
	}
	return undoubleVowel(stemOf("nl", body))
}

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

// commonPrefixRunes counts the runes two strings start with alike.
func commonPrefixRunes(x, y string) int {
	n := 0
	for x != "" && y != "" {
		rx, sx := utf8.DecodeRuneInString(x)
		ry, sy := utf8.DecodeRuneInString(y)
		if rx != ry {
			break
		}
		n++
		x, y = x[sx:], y[sy:]
	}
	return n
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
	inc := a.Incoming
	var words []mirrorWord
	for _, w := range inc.mirrorWords(0, len(inc.Tokens)) {
		if !situationGeneric[w.lower] {
			words = append(words, w)
		}
	}
	topics := inc.mirrorTopics(0, len(inc.Tokens), false)
	for _, h := range a.Hits {
		if h.Category != "apology" || h.Quoted || h.Sentence < 0 {
			continue
		}
		si := h.Sentence
		if a.bareSentence(si) && si > 0 {
			// "Ja, er is een storing in Utrecht. Sorry!"; not after a
			// cliché ("We begrijpen je frustratie over X. Excuses.").
			if a.sentenceHas(si-1, "cliche") {
				continue
			}
			si--
		}
		if a.namesSituation(a.Sentences[si], words, topics) {
			return h.Span, true
		}
	}
	return Span{}, false
}

// sentenceHas reports an unquoted hit of the category in sentence si.
func (a *Analysis) sentenceHas(si int, cat string) bool {
	for _, h := range a.Hits {
		if h.Sentence == si && h.Category == cat && !h.Quoted {
			return true
		}
	}
	return false
}

// bareSentence reports a sentence with no content word ("Sorry!",
// "Excuses.").
func (a *Analysis) bareSentence(si int) bool {
	s := a.Sentences[si]
	for _, w := range a.mirrorWords(s.First, s.Last) {
		if !situationGeneric[w.lower] && !a.lexicon.HasWord("apology", w.lower) {
			return false
		}
	}
	return true
}

// namesSituation reports whether a sentence shares a word or a topic with
// the message outside clichés, data requests and moves to DM.
func (a *Analysis) namesSituation(s Sentence, words []mirrorWord, topics map[string]bool) bool {
	stock := func(sp Span) bool {
		return a.inCategory(sp, "cliche") || a.inCategory(sp, "data-request") || a.inCategory(sp, "private-channel")
	}
	for _, h := range a.Hits {
		if h.First >= s.First && h.First < s.Last && topics[h.Category] && !stock(h.Span) {
			return true
		}
	}
	for i := s.First; i < s.Last; i++ {
		if t := a.Tokens[i]; t.Kind != Word && t.Kind != Number || stock(t.Span) {
			continue
		}
		for _, w := range a.mirrorWords(i, i+1) {
			if situationGeneric[w.lower] {
				continue
			}
			for _, m := range words {
				if sameWord(a.Lang, w, m) {
					return true
				}
			}
		}
	}
	return false
}

// situationGeneric are words that name no situation of this customer: an
// apology "for the issue" or "voor het probleem" is stock.
var situationGeneric = setOf("experience", "experiences", "issue", "issues", "problem", "problems", "trouble",
	"situation", "inconvenience", "inconvenienced", "frustration", "hear", "hearing", "feel", "feeling",
	"ervaring", "ervaringen", "probleem", "problemen", "situatie", "ongemak", "overlast", "hinder",
	"gebeurd", "gebeuren", "horen", "lezen", "melding", "bericht", "message", "tweet", "sorry", "excuses")
