package lint

import "github.com/replylint/replylint/tone"

// minimizingRule: negatieve referenties, never downplay.
var minimizingRule = register(&Rule{
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
}, listing{
	finds: "\"maar een kleine vertraging\", \"valt wel mee\", \"slechts tien minuten\", \"geen ramp\"; \"just a minor\", \"no big deal\". Not \"even\" in a request, not \"gewoon\" as \"simply\".",
	brief: "\"maar een kleine vertraging\", \"no big deal\"",
})
