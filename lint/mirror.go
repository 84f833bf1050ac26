package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// mirrorRule: escalatie voorkomen, the first sentences keep pace with the customer.
var mirrorRule = &Rule{
	ID:            "mirror",
	Doc:           "Mirror (aansluiten): the reply's first two sentences share no content word with the customer's complaint, question or praise (\"gelijke tred hebben met wat er gezegd wordt\"). A message with nothing to pace with (chatter, a follow-up that only makes sense in its thread) needs no echo. Info by default.",
	URL:           rulesURL,
	Severity:      Info,
	NeedsIncoming: true,
	Run: func(p *Pass) {
		a := p.Analysis
		// Pace with what the customer said: a complaint, a question or
		// praise. A message that says nothing of its own ("Perth.",
		// "done please check", chatter) leaves nothing to echo.
		if a.Incoming.Message.Intent == tone.IntentOther || a.Mirrors() {
			return
		}
		var words []string
		kw := a.Incoming.Message.Keywords
		for _, t := range a.Incoming.Tokens {
			if t.Kind == tone.Word && utf8.RuneCountInString(t.Text) > 4 && kw[tone.Stem(a.Incoming.Lang, t.Lower)] {
				words = append(words, t.Text)
			}
			if len(words) == 3 {
				break
			}
		}
		p.ReportFinding(Finding{Span: openingSpan(a),
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion", "words", strings.Join(words, ", "))},
		})
	},
}
