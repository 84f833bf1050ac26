package lint

import "github.com/replylint/replylint/tone"

// minimizingRule: seed 002, never downplay.
var minimizingRule = &rule{
	id:       "minimizing",
	doc:      "Minimising (bagatelliseren): the reply downplays the customer's problem (\"maar een kleine vertraging\", \"dat valt wel mee\", \"no big deal\"). Not: \"even\" in a request, \"gewoon\" meaning simply.",
	severity: Warning,
	check: func(a *tone.Analysis, _ *Config) []Finding {
		if a.Incoming != nil && a.Incoming.Message.Intent == tone.IntentCompliment {
			return nil // thanks and praise: no problem to downplay
		}
		return lexiconFindings(a, "minimizing", "minimizing")
	},
}
