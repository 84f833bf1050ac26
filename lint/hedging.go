package lint

import "github.com/replylint/replylint/tone"

// hedgingRule: seed 000, "laat alle twijfeltaal weg".
var hedgingRule = &rule{
	id:       "hedging",
	doc:      "Hedging (twijfeltaal): the reply doubts its own statement, promise or facts (misschien, wellicht, hopelijk, maybe, probably). Not: \"zo snel mogelijk\", \"as soon as possible\", polite requests, the customer's own words.",
	severity: Warning,
	check: func(a *tone.Analysis, _ *Config) []Finding {
		return lexiconFindings(a, "hedging", "hedging")
	},
}
