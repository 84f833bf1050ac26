package lint

import (
	"slices"
	"strings"

	"github.com/replylint/replylint/tone"
)

// noNextStepRule: webcarecrisis and negatieve referenties, say what happens next.
var noNextStepRule = register(&Rule{
	ID:            "no-next-step",
	Doc:           "No next step (volgende stap): the customer complains and the reply gives no concrete next step — who does what and when (\"ik zoek het vandaag uit\", \"we sturen vandaag\", \"bel ons op\", \"ik heb het doorgegeven aan de planning\", \"I'll call you tomorrow\", \"DM us your order number\", \"Can you try a wired test?\", \"we've escalated this to our engineers\"). \"We kijken ernaar\" alone is not one, nor \"We zetten het door naar de afdeling\" with no time or outcome, a step a hedge doubts (\"we might be able to\", \"eventueel\"), or \"Is there anything else we can help with?\". A step needs an action, not a time: a promise without one (\"We'll get back to you with updates\", \"We nemen contact met je op\"), someone named who will help (\"They'll be happy to walk you through it\"), a remedy done (\"I re-set the confirmation #\"), advice (\"I'd advise returning it to your nearest store\") and a plain answer to what the customer asked count.",
	URL:           rulesURL,
	Severity:      Info,
	NeedsIncoming: true,
	Part:          PartClarity,
	Cost:          40,
	Run: func(p *Pass) {
		a := p.Analysis
		if !a.Complaint() {
			return
		}
		if a.Thread != nil && a.Thread.Of > 1 {
			return // one part of a thread: the step may be in another part
		}
		if _, ok := a.NextStep(); ok || a.MovesToPrivate() || asksTheCustomer(a) || answersTheQuestion(a) {
			return
		}
		f := Finding{Span: a.EndSpan(), Cost: p.Rule.Cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion")},
		}
		if vague := a.HitsOf("vague-step"); len(vague) > 0 {
			f.Span = vague[0].Span
			f.Message = p.msg("vague", "words", vague[0].Text(a.Text))
		}
		p.ReportFinding(f)
	},
}, listing{
	finds: "a complaint without a concrete next step — who does what, when (\"we sturen vandaag\", \"Ik zoek het vandaag uit en laat je voor 17.00 uur weten\", \"binnen 2 werkdagen\", \"DM us your order number\", \"Can you try a wired test?\", \"We've escalated this to our network engineers\"). \"We kijken ernaar\" alone is not one, nor \"Is there anything else we can help with?\".",
	brief: "no who-does-what-when",
})

// asksTheCustomer reports a question of the reply's own to the customer
// (askedInSentence). Asking what happened or what they see is the first
// step of troubleshooting, so the conversation goes on.
func asksTheCustomer(a *tone.Analysis) bool {
	// The sentences with a jab or a closing offer, in one pass over the
	// hits: looking them up sentence by sentence was quadratic in a long
	// reply of questions ("Is er nog iets…?" 8000 times: 2.1 s).
	blocked := make([]bool, len(a.Sentences))
	for _, h := range a.Hits {
		if !h.Quoted && h.Sentence >= 0 && h.Sentence < len(blocked) && slices.Contains(notAsking, h.Category) {
			blocked[h.Sentence] = true
		}
	}
	for si := range a.Sentences {
		if !blocked[si] && endsInQuestion(a, si) {
			return true
		}
	}
	return false
}

// notAsking holds the categories of a hit that make a sentence ending in
// "?" no question of the reply's own: a jab (emotional or defensive
// wording) or an offer that closes ("Is there anything else we can help
// with?", lexicon category offer-question).
var notAsking = []string{"emotional", "defensive", "offer-question"}

// askedInSentence reports whether sentence si is a question of the
// reply's own to the customer: it ends in "?" and is neither quoted, nor
// a jab, nor an offer that closes (notAsking).
func askedInSentence(a *tone.Analysis, si int) bool {
	return endsInQuestion(a, si) && !sentenceHas(a, si, notAsking...)
}

// endsInQuestion reports whether sentence si ends in an unquoted "?"
// (not "?!"), past a sign-off or a part marker.
func endsInQuestion(a *tone.Analysis, si int) bool {
	s := a.Sentences[si]
	k := s.Last - 1
	for k >= s.First && a.Tokens[k].Kind != tone.Punct {
		k-- // a sign-off or a part marker after the "?"
	}
	return k >= s.First && !a.Tokens[k].Quoted && strings.Contains(a.Tokens[k].Text, "?") && !strings.Contains(a.Tokens[k].Text, "!")
}

// sentenceHas reports an unquoted hit of one of the categories in
// sentence si.
func sentenceHas(a *tone.Analysis, si int, categories ...string) bool {
	for _, h := range a.Hits {
		if h.Sentence == si && !h.Quoted && slices.Contains(categories, h.Category) {
			return true
		}
	}
	return false
}

// answersTheQuestion reports a reply that answers what the customer asked:
// the message asks (the reading's question mark, "why" or request for
// information) and a sentence of the reply's opening (its first two)
// speaks of what they asked about (a content word of theirs, by stem)
// and adds a word of its own (saying their trouble back answers
// nothing), and states it plainly: no question back, no hedge (not even
// "normaal gesproken": a rule of thumb is no answer for this customer),
// no cliché, apology, acknowledgement or thanks, and no defence or jab
// anywhere in the reply. The answer is what happens next: "Het netwerk
// in Assen wordt tot juni uitgebreid" for "waarom werkt mijn 5G niet in
// Assen?".
func answersTheQuestion(a *tone.Analysis) bool {
	m := a.Incoming.Message
	if m == nil || m.Feature("question") == 0 && !m.AsksWhy && m.Feature("info-request") == 0 {
		return false
	}
	if a.Has("defensive") || a.Has("emotional") {
		return false // an answer that ends in a defence resolves nothing
	}
	for _, si := range openingSentences(a, 2) {
		s := a.Sentences[si]
		if askedInSentence(a, si) || sentenceHas(a, si, "hedging", "cliche", "minimizing", "apology", "empathy", "compliment", "data-request", "private-channel") {
			continue
		}
		if sp, ok := a.EmpathySpan(); ok && s.Span.Contains(sp) {
			continue // "dat is irritant, Karim" acknowledges; it answers nothing
		}
		// It speaks of what they asked about (a word of theirs) and adds
		// something of its own: "Je pakket is nog niet bezorgd" only says
		// their trouble back.
		theirs, ours := false, false
		for stem := range a.Keywords(s.First, s.Last) {
			if m.Keywords[stem] {
				theirs = true
			} else {
				ours = true
			}
		}
		if theirs && ours {
			return true
		}
	}
	return false
}
