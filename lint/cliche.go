package lint

import "github.com/replylint/replylint/tone"

// clicheRule: seed 003, no hollow stock phrases.
var clicheRule = &rule{
	id:       "hollow-cliche",
	doc:      "Hollow cliché (lege huls): stock phrases that show no understanding of this customer's situation (\"vervelend om te lezen\", \"excuses voor het ongemak\", \"sorry for any inconvenience\"). Each finding suggests a specific alternative.",
	severity: Warning,
	check: func(a *tone.Analysis, _ *Config) []Finding {
		out := lexiconFindings(a, "cliche", "hollow-cliche")
		if a.Incoming != nil {
			// With the customer's message the suggestion quotes their
			// situation, so the agent can write something specific.
			s := msg(a.Lang, "hollow-cliche", "suggestion", "situation", situation(a))
			for i := range out {
				out[i].Suggestions = append([]string{s}, out[i].Suggestions...)
			}
		}
		return out
	},
}
