package lint

// noNextStepRule: webcarecrisis and negatieve referenties, say what happens next.
var noNextStepRule = &Rule{
	ID:            "no-next-step",
	Doc:           "No next step (volgende stap): the customer complains and the reply gives no concrete next step — who does what and when (\"we sturen vandaag\", \"bel ons op\", \"DM us your order number\"). \"We kijken ernaar\" alone is not one.",
	URL:           rulesURL,
	Severity:      Info,
	NeedsIncoming: true,
	Part:          PartClarity,
	Cost:          40,
	Run: func(p *Pass) {
		a := p.Analysis
		if !a.Complaint() {
			return
		}
		if _, ok := a.NextStep(); ok || a.MovesToPrivate() {
			return
		}
		f := Finding{Span: a.EndSpan(), Cost: p.Rule.Cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion")},
		}
		if vague := a.HitsOf("vague-step"); len(vague) > 0 {
			f.Span = vague[0].Span
			f.Message = p.msg("vague", "words", vague[0].Text(a.Text))
		}
		p.ReportFinding(f)
	},
}
