package tone

import (
	"strings"
	"sync"
	"unicode"
)

// Language detection is a small stop-word model: webcare replies are short
// and either Dutch or English, and the most frequent function words tell
// them apart reliably. On the project corpora (9,795 Dutch and 1,130
// English replies) it labels over 99% right; see TestDetectLanguageCorpus.
// A general detector (lingua-go) was weighed and rejected: it links
// hundreds of megabytes of models to separate two languages.

var stopNL = setOf("de", "het", "een", "en", "van", "ik", "je", "jij", "jouw", "we", "wij", "is", "niet",
	"dat", "die", "op", "te", "voor", "met", "zijn", "er", "maar", "ook", "wat", "als", "bij", "nog",
	"naar", "om", "dan", "deze", "kan", "kun", "kunt", "hebben", "heb", "hebt", "heeft", "graag", "bedankt",
	"excuses", "ons", "onze", "u", "uw", "wel", "geen", "even", "mee", "hier", "dit", "zo", "jullie",
	"helaas", "goed", "zal", "zullen", "wordt", "worden", "hoi", "hallo", "groetjes", "groet", "bent",
	"gaan", "gaat", "zou", "zouden", "moet", "mag", "over", "door", "uit", "aan", "tot", "nu", "al", "daar",
	"fijn", "dag", "laat", "weten", "sturen", "stuur", "vervelend", "heel", "erg", "ben", "was", "waren")

var stopEN = setOf("the", "a", "an", "and", "of", "to", "is", "in", "it", "you", "we", "i", "for", "on",
	"that", "this", "with", "your", "are", "be", "have", "has", "not", "can", "will", "our", "us", "please",
	"thanks", "thank", "hi", "hey", "hello", "there", "what", "if", "at", "from", "by", "so", "any", "let",
	"know", "help", "would", "could", "should", "they", "my", "me", "do", "does", "did", "was", "were",
	"been", "here", "more", "about", "just", "get", "see", "look", "sorry", "hear", "happy", "glad",
	"team", "out", "reach", "via", "please", "we're", "you're", "we'll", "i'm", "don't", "it's")

// langNL and langEN are the words language detection counts: the
// function words above plus the Snowball project's stop word lists for
// Dutch and English (snowballstem.org, BSD-3-Clause: the stemmer's own
// lists of the most frequent words of each language) and the informal
// spellings customers write ("m'n", "ff", "i've"). A word in both lists
// ("is", "was", "in", "we", "over", "me") tells nothing and is not
// counted.
var langNL, langEN = langSets(
	union(stopNL, setOf("in", "hij", "had", "hem", "of", "mijn", "men", "ze", "zich", "mij", "der", "haar",
		"hoe", "want", "me", "zij", "ge", "omdat", "iets", "toch", "veel", "meer", "doen", "toen", "hun",
		"dus", "alles", "onder", "ja", "eens", "wie", "werd", "altijd", "doch", "wezen", "kunnen", "zelf",
		"tegen", "na", "reeds", "wil", "kon", "niets", "iemand", "geweest", "andere", "m'n", "mn", "niks",
		"nooit", "weer", "alweer", "waarom", "wanneer", "vandaag", "echt", "dankjewel", "ff", "effe",
		"gewoon", "sinds", "gij", "mijne", "uwe", "da", "hé", "nie", "wa", "ni")),
	union(stopEN, setOf("myself", "ours", "ourselves", "yours", "yourself", "yourselves", "he", "him", "his",
		"himself", "she", "her", "hers", "herself", "its", "itself", "them", "their", "theirs", "themselves",
		"which", "who", "whom", "these", "those", "am", "being", "had", "having", "doing", "but", "or",
		"because", "as", "until", "while", "against", "between", "into", "through", "during", "before",
		"after", "above", "below", "up", "down", "off", "over", "under", "again", "further", "then", "once",
		"when", "where", "why", "how", "all", "both", "each", "few", "most", "other", "some", "such", "no",
		"nor", "only", "own", "same", "than", "too", "very", "now", "can't", "won't", "didn't", "doesn't",
		"isn't", "wasn't", "haven't", "hasn't", "i've", "got", "still", "never", "since", "today", "really",
		// Text speak ("R u …", "ur", "im", "dont"), and "even", English
		// too: "u" and "even" are in both lists and so tell nothing
		// ("@Delta Good for u! R u eliminating …", "Even #worse").
		"u", "ur", "r", "im", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "thats", "what's", "even")),
)

// langSets returns the two lists without the words they share.
func langSets(nl, en map[string]bool) (map[string]bool, map[string]bool) {
	onlyNL, onlyEN := map[string]bool{}, map[string]bool{}
	for w := range nl {
		if !en[w] {
			onlyNL[w] = true
		}
	}
	for w := range en {
		if !nl[w] {
			onlyEN[w] = true
		}
	}
	return onlyNL, onlyEN
}

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// LangVotes returns how many of a text's words are Dutch and how many are
// English function words: the evidence language detection weighs. Both 0
// means the text says nothing about its language ("Correct", a link, a
// product name), and detection falls back to Dutch; a caller that knows
// more (a reply drafter reading the brand's handle) may decide otherwise.
func LangVotes(text string) (nl, en int) { return langVotes(tokenizeText(text)) }

// langVotes counts the Dutch and the English function words among tokens:
// the one vote count LangVotes, detectLang and a customer's message use.
func langVotes(tokens []Token) (nl, en int) {
	var table map[string]wordClass // langNL and langEN in one look-up
	for i := range tokens {
		t := &tokens[i]
		if t.Kind != Word {
			continue
		}
		c := t.cls
		if c == 0 {
			if table == nil {
				table = classTable()
			}
			c = table[t.Lower]
		}
		nl += btoi(c&clsLangNL != 0)
		en += btoi(c&clsLangEN != 0)
	}
	return nl, en
}

// detectLang returns "nl" or "en" from the word tokens. Dutch wins ties,
// including texts with no words at all: Dutch is replylint's first language.
func detectLang(tokens []Token) string {
	if nl, en := langVotes(tokens); en > nl {
		return "en"
	}
	return "nl"
}

// hintedLang returns the language the words of a message and the parts of
// its @handles ("@VerizonSupport": verizon, support) hint at, by the
// languages' lang_hints (tone/lexicon/facts.*.yaml): "nl", "en", or ""
// when they tie. It is for a message without a function word of either
// language.
func hintedLang(tokens []Token) string {
	nlHints, enHints := factLexicon("nl").words["lang_hints"], factLexicon("en").words["lang_hints"]
	nl, en := 0, 0
	for _, t := range tokens {
		var parts []string
		switch t.Kind {
		case Word:
			parts = []string{t.Lower}
		case Handle:
			parts = handleParts(t.Text)
		}
		for _, w := range parts {
			if t.Kind == Handle {
				w = handleWord(w, handleLongest().hints, nlHints, enHints)
			}
			nl += btoi(nlHints[w])
			en += btoi(enHints[w])
		}
	}
	switch {
	case en > nl:
		return "en"
	case nl > en:
		return "nl"
	}
	return ""
}

// minHintSuffix is the fewest letters a hint word needs to count at the
// end of a handle's run-together words, and minBrand the fewest letters
// before it: a brand's name comes first ("comcast" + "cares", "kpn" +
// "webcare").
const minHintSuffix, minBrand = 4, 2

// hintSuffix returns the longest hint word of either language that word
// ends with, after at least minBrand letters of its own, or "". Only the
// ends up to longest bytes (the longest hint word) are looked up, so a
// handle of any length costs that many look-ups.
func hintSuffix(word string, longest int, hints ...map[string]bool) string {
	for i := max(minBrand, len(word)-longest); i <= len(word)-minHintSuffix; i++ {
		for _, h := range hints {
			if h[word[i:]] {
				return word[i:]
			}
		}
	}
	return ""
}

// handleWord returns the word of sets a part of an @handle is, or, for a
// part whose words run together ("@comcastcares", "@kpnwebcare"), the
// longest word of sets it ends with (hintSuffix: "webcare" wins over
// "care"), or "". longest is the length of the longest word of sets.
func handleWord(part string, longest int, sets ...map[string]bool) string {
	for _, s := range sets {
		if s[part] {
			return part
		}
	}
	return hintSuffix(part, longest, sets...)
}

// handleLongest holds the length of the longest word of both languages'
// lang_hints and of their desk_handles, computed once.
var handleLongest = sync.OnceValue(func() struct{ hints, desks int } {
	nl, en := factLexicon("nl").words, factLexicon("en").words
	return struct{ hints, desks int }{max(longestWord(nl["lang_hints"]), longestWord(en["lang_hints"])),
		max(longestWord(nl["desk_handles"]), longestWord(en["desk_handles"]))}
})

// longestWord returns the length in bytes of the longest word of set.
func longestWord(set map[string]bool) int {
	n := 0
	for w := range set {
		n = max(n, len(w))
	}
	return n
}

// toDesk reports whether a message is addressed to a support desk: an
// @handle with a part of either language's desk_handles
// (tone/lexicon/facts.*.yaml), apart ("@AppleSupport", "@Uber_Support",
// "@AskPlayStation") or at the end of a part's words run together
// ("@comcastcares", "@UPSHELP", "@KPNwebcare").
func toDesk(tokens []Token) bool {
	nl, en := factLexicon("nl").words["desk_handles"], factLexicon("en").words["desk_handles"]
	for _, t := range tokens {
		if t.Kind != Handle {
			continue
		}
		for _, w := range handleParts(t.Text) {
			if handleWord(w, handleLongest().desks, nl, en) != "" {
				return true
			}
		}
	}
	return false
}

// handleParts splits a handle into its words, lower case: "@British_Airways"
// gives british, airways; "@VerizonSupport" verizon, support; "@RailNL"
// rail, nl.
func handleParts(h string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(strings.TrimPrefix(h, "@"))
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}
