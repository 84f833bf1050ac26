package lint

import "github.com/replylint/replylint/tone"

// minimizingRule: negatieve referenties, never downplay.
var minimizingRule = &Rule{
	ID:       "minimizing",
	Doc:      "Minimising (bagatelliseren): the reply downplays the customer's problem (\"maar een kleine vertraging\", \"dat valt wel mee\", \"no big deal\"). Not: \"even\" in a request, \"gewoon\" meaning simply.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartDeEscalation,
	Cost:     30,
	Run: func(p *Pass) {
		if inc := p.Analysis.Incoming; inc != nil && inc.Message.Intent == tone.IntentCompliment {
			return // thanks and praise: no problem to downplay
		}
		reportHits(p, "minimizing")
	},
}
