package lint

import "strings"

// emotionalRule: negatieve referenties, no emotional response, sarcasm or shouting.
var emotionalRule = register(&Rule{
	ID:       "emotional",
	Doc:      "Emotional (emotie, sarcasme, schreeuwen): words in capitals for emphasis (NIET, NEE — not acronyms like NS or KLM), \"!!\" or more, \"?!\", sarcastic openers (\"Tja\", \"Nou nou\") and jabs (\"wie zijn wij om\"). Not: one \"!\", emoji, friendly humour.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartDeEscalation,
	Cost:     25,
	Run: func(p *Pass) {
		a := p.Analysis
		reportHits(p, "emotional")
		for _, sh := range a.Shouts() {
			words := sh.Span.In(a.Text)
			if sh.Caps {
				// The suggestion is the words in lower case, and so is the fix.
				lower := strings.ToLower(words)
				p.ReportFinding(Finding{Span: sh.Span, Cost: p.Rule.Cost,
					Message:     p.msg("caps", "words", words),
					Suggestions: []string{p.msg("caps-suggestion", "lower", lower)},
					Fixes:       []Fix{{Span: sh.Span, NewText: lower}},
				})
				continue
			}
			// The suggestion is one mark: the first question mark, else
			// one exclamation mark.
			f := Finding{Span: sh.Span, Cost: p.Rule.Cost,
				Message:     p.msg("punct", "words", words),
				Suggestions: []string{p.msg("punct-suggestion")},
			}
			if strings.Trim(words, "!?") == "" {
				mark := "!"
				if strings.Contains(words, "?") {
					mark = "?"
				}
				f.Fixes = []Fix{{Span: sh.Span, NewText: mark}}
			}
			p.ReportFinding(f)
		}
	},
}, listing{
	finds: "shouting in capitals (NIET, WEL — not NS, KLM), \"!!\", \"?!\", \"Tja\", \"Nou nou\", \"wie zijn wij om\", \"Seriously?!\". Not one \"!\", not emoji.",
	brief: "SHOUTING, \"!!\", \"?!\", sarcasm",
})
