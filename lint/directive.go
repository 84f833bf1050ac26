package lint

// directiveRule: an inline directive must name rules that exist, as the
// config must; a typo would silently disable nothing.
var directiveRule = register(&Rule{
	ID:       "directive",
	Doc:      "Directive: an inline replylint-disable names a rule that does not exist (a typo such as \"hedgin\" disables nothing). See 'replylint rules' for the IDs.",
	URL:      rulesURL,
	Severity: Error,
	Run: func(p *Pass) {
		if p.directives == nil {
			return
		}
		for _, u := range p.directives.unknown {
			p.ReportFinding(Finding{Span: u.span,
				Message:     p.msg("unknown", "words", u.id),
				Suggestions: []string{p.msg("suggestion")},
			})
		}
	},
}, listing{
	finds: "an inline `replylint-disable` names a rule that does not exist (`replylint-disable hedgin`): a typo that would disable nothing.",
	brief: "replylint-disable names an unknown rule",
})
