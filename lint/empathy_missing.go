package lint

// creditEmpathy is what words of empathy earn: they make up for part of
// what a cliché or a missing apology cost.
const creditEmpathy = 10

// empathyMissingRule: escalatie voorkomen, show understanding in words that carry
// emotion.
var empathyMissingRule = register(&Rule{
	ID:            "empathy-missing",
	Doc:           "Empathy missing (begrip): the customer complains and the reply does not acknowledge their feeling or situation (\"goed voor te stellen\", \"ik snap dat\", \"wat balen\", \"frustrating\", \"what a nightmare\", \"sorry your order hasn't arrived yet\"). A hollow cliché or a conditional apology does not count. A later part of a thread (\"2/2\") needs none.",
	URL:           rulesURL,
	Severity:      Info,
	NeedsIncoming: true,
	Part:          PartEmpathy,
	Cost:          35,
	Run: func(p *Pass) {
		a := p.Analysis
		if sp, ok := a.EmpathySpan(); ok {
			p.Credit(sp, creditEmpathy)
			return
		}
		if !a.Complaint() || laterPart(a) {
			return
		}
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: p.Rule.Cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion")},
		})
	},
}, listing{
	finds: "a complaint without acknowledgement of the customer's feeling or situation (\"goed voor te stellen\", \"wat balen\", \"frustrating\", \"what a nightmare\", \"I'm sorry your order hasn't arrived yet\"); a cliché or a conditional apology (\"sorry if you experienced otherwise\") does not count.",
	brief: "no acknowledgement of the feeling",
})
