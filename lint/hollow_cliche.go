package lint

// clicheRule: escalatie voorkomen, no hollow stock phrases.
var clicheRule = register(&Rule{
	ID:       "hollow-cliche",
	Doc:      "Hollow cliché (lege huls): stock phrases that show no understanding of this customer's situation (\"vervelend om te lezen\", \"excuses voor het ongemak\", \"sorry for any inconvenience\"). Each finding suggests a specific alternative.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartEmpathy,
	Cost:     25,
	Run: func(p *Pass) {
		reportHits(p, "cliche")
		if p.Analysis.Incoming == nil || len(p.findings) == 0 {
			return
		}
		// With the customer's message the suggestion quotes their
		// situation, so the agent can write something specific.
		s := p.msg("suggestion", "situation", situation(p.Analysis))
		for i := range p.findings {
			p.findings[i].Suggestions = append([]string{s}, p.findings[i].Suggestions...)
		}
	},
}, listing{
	finds: "lege hulzen: \"vervelend om te lezen\", \"dat je dit zo ervaren hebt\", \"excuses voor het ongemak\", \"bedankt voor je geduld\", \"Beste klant\"; \"sorry to hear that\", \"apologize for any inconvenience\". The suggestion quotes the customer's situation when their message is given.",
	brief: "\"vervelend om te lezen\", \"sorry for any inconvenience\"",
})
