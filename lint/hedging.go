package lint

// hedgingRule: seed 000, "laat alle twijfeltaal weg".
var hedgingRule = &rule{
	id:       "hedging",
	doc:      "Hedging (twijfeltaal): the reply doubts its own statement, promise or facts (misschien, wellicht, hopelijk, maybe, probably). Not: \"zo snel mogelijk\", \"as soon as possible\", polite requests, the customer's own words.",
	severity: Warning,
	part:     PartClarity,
	cost:     20,
	run:      func(p *Pass) { reportHits(p, "hedging") },
}
