package lint

import "github.com/replylint/replylint/tone"

// minimizingRule: seed 002, never downplay.
var minimizingRule = &rule{
	id:       "minimizing",
	doc:      "Minimising (bagatelliseren): the reply downplays the customer's problem (\"maar een kleine vertraging\", \"dat valt wel mee\", \"no big deal\"). Not: \"even\" in a request, \"gewoon\" meaning simply.",
	severity: Warning,
	part:     PartDeEscalation,
	cost:     30,
	run: func(p *Pass) {
		if inc := p.Analysis.Incoming; inc != nil && inc.Message.Intent == tone.IntentCompliment {
			return // thanks and praise: no problem to downplay
		}
		reportHits(p, "minimizing")
	},
}
