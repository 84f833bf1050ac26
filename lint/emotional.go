package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// emotionalRule: seed 002, no emotional response, sarcasm or shouting.
var emotionalRule = &rule{
	id:       "emotional",
	doc:      "Emotional (emotie, sarcasme, schreeuwen): words in capitals for emphasis (NIET, NEE — not acronyms like NS or KLM), \"!!\" or more, \"?!\", sarcastic openers (\"Tja\", \"Nou nou\") and jabs (\"wie zijn wij om\"). Not: one \"!\", emoji, friendly humour.",
	severity: Warning,
	check: func(a *tone.Analysis, _ *Config) []Finding {
		out := lexiconFindings(a, "emotional", "emotional")
		for _, sh := range a.Shouts() {
			words := sh.Span.In(a.Text)
			f := Finding{Rule: "emotional", Span: sh.Span,
				Message:     msg(a.Lang, "emotional", "punct", "words", words),
				Suggestions: []string{msg(a.Lang, "emotional", "punct-suggestion")},
			}
			if sh.Caps {
				f.Message = msg(a.Lang, "emotional", "caps", "words", words)
				f.Suggestions = []string{msg(a.Lang, "emotional", "caps-suggestion", "lower", strings.ToLower(words))}
			}
			out = append(out, f)
		}
		return out
	},
}
