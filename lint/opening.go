package lint

import (
	"github.com/replylint/replylint/tone"
)

// openingSentences returns the indices of the reply's first n sentences
// that say something: not the sign-off, not a greeting or an interjection
// alone (two words at most: "Hello Sarah!", "Oh no!"), and with a word in
// them (a handle or an emoji alone is no sentence).
func openingSentences(a *tone.Analysis, n int) []int {
	var out []int
	for si, s := range a.Sentences {
		if len(out) == n {
			break
		}
		words := 0
		for _, t := range a.Tokens[s.First:s.Last] {
			if t.Kind == tone.Word {
				words++
			}
		}
		if a.SignOff.Found && a.SignOff.Span.Contains(s.Span) || words <= 2 {
			continue
		}
		out = append(out, si)
	}
	return out
}

// opensWithCaseQuestion reports an opening (the first two sentences) that
// asks the customer about their case ("What store does this happen in?",
// "Have you had a chance to run a tracert?"): the reply takes up the
// matter, in its own words. A question that only asks for personal data
// or a move to DM ("Can you DM us your order number?") is no such
// question: any complaint could get it.
func opensWithCaseQuestion(a *tone.Analysis) bool {
	for _, si := range openingSentences(a, 2) {
		if askedInSentence(a, si) && !sentenceHas(a, si, "data-request", "private-channel") {
			return true
		}
	}
	return false
}

// laterPart reports a reply that is a later part of a thread ("2/2",
// "3/3"): what opens the reply (an apology, a word of feeling) is in part
// 1, which the rules see on their own (apology-missing,
// empathy-missing, mirror).
func laterPart(a *tone.Analysis) bool { return a.Thread != nil && a.Thread.Part > 1 }
