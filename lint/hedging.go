package lint

// hedgingRule: escalatiematrix, "laat alle twijfeltaal weg".
var hedgingRule = &Rule{
	ID:       "hedging",
	Doc:      "Hedging (twijfeltaal): the reply doubts its own statement, promise or facts (misschien, wellicht, hopelijk, het lijkt erop dat; maybe, probably, sounds like it could be, may have been). Not: \"zo snel mogelijk\", \"as soon as possible\", \"may take up to\", polite requests, the customer's own words.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartClarity,
	Cost:     20,
	Run:      func(p *Pass) { reportHits(p, "hedging") },
}
