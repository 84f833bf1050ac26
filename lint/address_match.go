package lint

// addressMatchRule: escalatie voorkomen, match the customer's language style.
var addressMatchRule = register(&Rule{
	ID:            "address-match",
	Doc:           "Address match (je/u): the reply's je/u differs from the customer's. The customer's register wins unless the config fixes one (address: je|u|match).",
	URL:           rulesURL,
	Severity:      Warning,
	NeedsIncoming: true,
	Part:          PartPersonal,
	Cost:          30,
	Run: func(p *Pass) {
		a := p.Analysis
		if a.Lang != "nl" {
			return
		}
		want := a.CustomerAddress()
		if c := p.Config; c.Address == "je" || c.Address == "u" {
			want = c.Address
		}
		got := a.Address.Form()
		if want == "" || got == "" || got == "mixed" || got == want {
			return
		}
		spans := a.Address.Informal
		if got == "u" {
			spans = a.Address.Formal
		}
		p.ReportFinding(Finding{Span: spans[0], Cost: p.Rule.Cost,
			Message:     p.msg("message", "customer", want, "form", got),
			Suggestions: []string{p.msg("suggestion-" + want)},
		})
	},
}, listing{
	finds: "the reply's je/u differs from the customer's (or from `address:` in the config).",
	brief: "je/u differs from the customer's",
})
