package lint

// apologyMissingRule: webcarecrisis, "altijd je excuses aanbieden".
var apologyMissingRule = register(&Rule{
	ID:            "apology-missing",
	Doc:           "Apology missing (excuses): the customer's message is a complaint and the reply has no apology (sorry, excuses, het spijt ons, wij betreuren; sorry, apologise, we regret, pardon our delay). \"Pardon?\" and \"jammer\" are none. A question or a compliment needs none; a clichéd apology still counts as one. A later part of a thread (\"2/2\") needs none: the apology opens part 1.",
	URL:           rulesURL,
	Severity:      Warning,
	NeedsIncoming: true,
	Part:          PartEmpathy,
	Cost:          45,
	Run: func(p *Pass) {
		a := p.Analysis
		if !a.Complaint() || a.Apologizes() || laterPart(a) {
			return
		}
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: p.Rule.Cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion", "situation", situation(a))},
		})
	},
}, listing{
	finds: "the customer complains and the reply has no apology (a clichéd apology still counts). A question or compliment needs none, nor a later part of a thread (\"2/2\").",
	brief: "a complaint without an apology",
})
