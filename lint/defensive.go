package lint

// defensiveRule: negatieve referenties, no finger-pointing.
var defensiveRule = register(&Rule{
	ID:       "defensive",
	Doc:      "Defensive (vingerwijzen): the reply defends the company or blames the customer (\"zoals eerder aangegeven\", \"dat staat duidelijk op de website\", \"dat ligt buiten onze macht\", \"you should have\", \"not our fault\", \"there's nothing more we can do\", \"this could happen with any airline\", \"please avoid that type of language\"; to a complaint also \"our records show it ran on time\", \"comparable to other airlines\", \"we follow all EU regulations\"). \"Volgens onze voorwaarden\" and \"per our policy\" are info at most.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartDeEscalation,
	Cost:     35,
	Run:      func(p *Pass) { reportHits(p, "defensive") },
}, listing{
	finds: "\"zoals eerder aangegeven\", \"dat staat duidelijk op de website\", \"je had … moeten\", \"dat is niet onze schuld\", \"dat ligt buiten onze macht\"; \"as previously stated\", \"you should have\", \"not our fault\", \"there's nothing more we can do\", \"this could happen with any airline\", \"please avoid that type of language\"; families in docs/rules.md. \"Volgens onze voorwaarden\" / \"per our policy\" are info.",
	brief: "\"zoals eerder aangegeven\", \"you should have\"",
})
