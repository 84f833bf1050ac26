package lint

// hedgingRule: escalatiematrix, "laat alle twijfeltaal weg".
var hedgingRule = register(&Rule{
	ID:       "hedging",
	Doc:      "Hedging (twijfeltaal): the reply doubts its own statement, promise or facts (misschien, wellicht, hopelijk, het lijkt erop dat; maybe, probably, sounds like it could be, may have been). Not: \"zo snel mogelijk\", \"as soon as possible\", \"may take up to\", polite requests, the customer's own words.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartClarity,
	Cost:     20,
	Run:      func(p *Pass) { reportHits(p, "hedging") },
}, listing{
	finds: "twijfeltaal: misschien, wellicht, mogelijk (as \"possibly\"), hopelijk, in principe, als het goed is, we denken dat, het lijkt erop dat; maybe, perhaps, probably, might, I think, sounds like it could be, may have been, most likely. Not: \"may take up to\", \"hope this helps\", \"zo snel mogelijk\", \"het is niet mogelijk om\", \"eventuele kosten\", polite requests (\"Zou je ons misschien een DM willen sturen?\"), the customer's own words. \"We proberen\", \"normaal gesproken\", \"should be\" are info.",
	brief: "twijfeltaal: misschien, wellicht; maybe, perhaps",
})
