package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// noNextStepRule: webcarecrisis and negatieve referenties, say what happens next.
var noNextStepRule = register(&Rule{
	ID:            "no-next-step",
	Doc:           "No next step (volgende stap): the customer complains and the reply gives no concrete next step — who does what and when (\"ik zoek het vandaag uit\", \"we sturen vandaag\", \"bel ons op\", \"ik heb het doorgegeven aan de planning\", \"I'll call you tomorrow\", \"DM us your order number\", \"Can you try a wired test?\", \"we've escalated this to our engineers\"). \"We kijken ernaar\" alone is not one, nor \"We zetten het door naar de afdeling\" with no time or outcome, a step a hedge doubts (\"we might be able to\", \"eventueel\"), or \"Is there anything else we can help with?\".",
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
		if _, ok := a.NextStep(); ok || a.MovesToPrivate() || asksTheCustomer(a) {
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

// asksTheCustomer reports a question of the reply's own to the customer:
// a sentence that ends in "?" and is neither quoted, nor a jab (emotional
// or defensive wording), nor an offer that closes ("Is there anything else
// we can help with?", lexicon category offer-question). Asking what
// happened or what they see is the first step of troubleshooting, so the
// conversation goes on.
func asksTheCustomer(a *tone.Analysis) bool {
	for si, s := range a.Sentences {
		k := s.Last - 1
		for k >= s.First && a.Tokens[k].Kind != tone.Punct {
			k-- // a sign-off or a part marker after the "?"
		}
		if k < s.First || a.Tokens[k].Quoted || !strings.Contains(a.Tokens[k].Text, "?") || strings.Contains(a.Tokens[k].Text, "!") {
			continue
		}
		jab := false
		for _, h := range a.Hits {
			if h.Sentence == si && (h.Category == "emotional" || h.Category == "defensive" || h.Category == "offer-question") {
				jab = true
			}
		}
		if !jab {
			return true
		}
	}
	return false
}
