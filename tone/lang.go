package tone

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
func LangVotes(text string) (nl, en int) {
	for _, t := range tokenizeText(text) {
		if t.Kind != Word {
			continue
		}
		if stopNL[t.Lower] {
			nl++
		}
		if stopEN[t.Lower] {
			en++
		}
	}
	return nl, en
}

// detectLang returns "nl" or "en" from the word tokens. Dutch wins ties,
// including texts with no words at all: Dutch is replylint's first language.
func detectLang(tokens []Token) string {
	nl, en := 0, 0
	for _, t := range tokens {
		if t.Kind != Word {
			continue
		}
		if stopNL[t.Lower] {
			nl++
		}
		if stopEN[t.Lower] {
			en++
		}
	}
	if en > nl {
		return "en"
	}
	return "nl"
}
