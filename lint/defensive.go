package lint

// defensiveRule: seed 002, no finger-pointing.
var defensiveRule = &rule{
	id:       "defensive",
	doc:      "Defensive (vingerwijzen): the reply defends the company or blames the customer (\"zoals eerder aangegeven\", \"dat staat duidelijk op de website\", \"you should have\", \"not our fault\"). \"Volgens onze voorwaarden\" and \"per our policy\" are info at most.",
	severity: Warning,
	part:     PartDeEscalation,
	cost:     35,
	run:      func(p *Pass) { reportHits(p, "defensive") },
}
