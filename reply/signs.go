package reply

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// Kinds of signs (langTemplates.Signs).
const (
	// signSpam: a post that advertises ("verdien €500 per dag vanuit
	// huis", "link in my bio"): nobody to help, no public reply.
	signSpam = "spam"
	// signThread, signThreadStart: the message answers an earlier
	// conversation ("They have no info either", "Nee, nog steeds
	// hetzelfde"): read the thread back rather than ask what happened.
	signThread      = "thread"
	signThreadStart = "thread_start"
	// signGas: the hazard is a smell of gas: what to do about gas, not
	// "is there any danger, like a smell of gas?".
	signGas = "gas"
	// signHazardOver: the danger has passed ("brandweer is geweest",
	// "nobody was hurt"): no "get outside first".
	signHazardOver = "hazard_over"
)

// signs returns the phrases of a kind, the team's or the built-in ones.
func (c *composer) signs(kind string) []string {
	if l := c.lt.Signs[kind]; len(l) > 0 {
		return l
	}
	return c.def.Signs[kind]
}

// says reports whether the message has a phrase of the kind: its words in
// a row as the reading tokenised them (lower case; punctuation, emoji and
// handles between them are skipped), a word ending in "*" matching any
// word it begins. It reads the reading's tokens; it does not tokenise
// again.
func (c *composer) says(kind string) bool {
	words := c.words()
	for _, p := range c.signs(kind) {
		if phraseAt(words, strings.Fields(strings.ToLower(p))) >= 0 {
			return true
		}
	}
	return false
}

// opensWith reports whether the message's first word is one of the kind
// ("No", "Nee"): a handle before it does not count.
func (c *composer) opensWith(kind string) bool {
	words := c.words()
	if len(words) == 0 {
		return false
	}
	for _, p := range c.signs(kind) {
		if matchWord(strings.ToLower(p), words[0]) {
			return true
		}
	}
	return false
}

// words are the message's words, numbers and hashtags in lower case,
// gathered once for every sign a draft looks for.
func (c *composer) words() []string {
	if c.haveWords {
		return c.msgWords
	}
	for _, t := range c.r.a.Tokens {
		switch t.Kind {
		case tone.Word, tone.Number, tone.Hashtag:
			c.msgWords = append(c.msgWords, t.Lower)
		}
	}
	c.haveWords = true
	return c.msgWords
}

// phraseAt returns the index in words where phrase starts, or -1.
func phraseAt(words, phrase []string) int {
	if len(phrase) == 0 {
		return -1
	}
	for i := 0; i+len(phrase) <= len(words); i++ {
		ok := true
		for k, p := range phrase {
			if !matchWord(p, words[i+k]) {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// matchWord matches one word of a phrase: the same word, or any word it
// begins when it ends in "*".
func matchWord(p, w string) bool {
	if pre, ok := strings.CutSuffix(p, "*"); ok {
		return pre != "" && strings.HasPrefix(w, pre)
	}
	return p == w
}
