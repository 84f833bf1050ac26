package lint

// mixedAddressRule: Dutch practice, never je and u in one reply.
var mixedAddressRule = register(&Rule{
	ID:       "mixed-address",
	Doc:      "Mixed address (je én u): a Dutch reply addresses the reader both informally (je, jij, jou, jouw) and formally (u, uw). The minority form is reported. Not: \"U\" as a letter, \"jullie\" beside \"je\".",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartPersonal,
	Cost:     20,
	Run: func(p *Pass) {
		a := p.Analysis
		ad := a.Address
		if a.Lang != "nl" || len(ad.Informal) == 0 || len(ad.Formal) == 0 {
			return
		}
		minority, form, keep := ad.Formal, "je", "je"
		switch {
		case len(ad.Formal) > len(ad.Informal):
			minority, form, keep = ad.Informal, "u", "u"
		case len(ad.Formal) == len(ad.Informal) && ad.Informal[0].Start > ad.Formal[0].Start:
			// A tie: the form used first sets the register.
			minority, form, keep = ad.Informal, "u", "u"
		}
		for _, sp := range minority {
			p.ReportFinding(Finding{Span: sp, Cost: p.Rule.Cost,
				Message:     p.msg("message", "words", sp.In(a.Text), "form", form),
				Suggestions: []string{p.msg("suggestion-" + keep)},
			})
		}
	},
}, listing{
	finds: "je/jij/jouw and u/uw in one Dutch reply; reports the minority form. Not \"U\" as a letter, not \"jullie\".",
	brief: "je/jij/jouw and u/uw in one Dutch reply",
})
