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
	check: func(a *tone.Analysis, c *Config) []Finding {
		out := lexiconFindings(a, "emotional", "emotional")
		lx := c.analyzer().Lexicon(a.Lang)
		toks := a.Tokens
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			switch {
			case t.Kind == tone.Word && !t.Quoted && isShouted(t.Text) && lx.HasWord("emphasis", t.Lower):
				// "WE ARE NOT": one finding for the run of capitals.
				j := i + 1
				for j < len(toks) && toks[j].Kind == tone.Word && isShouted(toks[j].Text) && lx.HasWord("emphasis", toks[j].Lower) {
					j++
				}
				run := tone.Span{Start: t.Span.Start, End: toks[j-1].Span.End}
				words := run.In(a.Text)
				out = append(out, Finding{
					Rule: "emotional", Span: run,
					Message:     msg(a.Lang, "emotional", "caps", "words", words),
					Suggestions: []string{msg(a.Lang, "emotional", "caps-suggestion", "lower", strings.ToLower(words))},
				})
				i = j - 1
			case t.Kind == tone.Punct && !t.Quoted && strings.ContainsAny(t.Text, "!?"):
				j := i + 1
				for j < len(toks) && toks[j].Kind == tone.Punct && toks[j].Span.Start == toks[j-1].Span.End &&
					strings.Trim(toks[j].Text, "!?") == "" {
					j++
				}
				run := tone.Span{Start: t.Span.Start, End: toks[j-1].Span.End}
				text := run.In(a.Text)
				if strings.Count(text, "!") >= 2 || strings.Contains(text, "?!") || strings.Contains(text, "!?") {
					out = append(out, Finding{
						Rule: "emotional", Span: run,
						Message:     msg(a.Lang, "emotional", "punct", "words", text),
						Suggestions: []string{msg(a.Lang, "emotional", "punct-suggestion")},
					})
				}
				i = j - 1
			}
		}
		return out
	},
}

// isShouted reports a word of two or more letters, all capitals.
func isShouted(s string) bool { return tone.Shouted(s) >= 2 }
