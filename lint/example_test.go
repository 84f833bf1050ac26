package lint_test

import (
	"fmt"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

func ExampleLint() {
	res := lint.Lint(tone.Input{
		Text: "@sanne Misschien is je pakket morgen al binnen. Excuses voor het ongemak!",
	}, nil)
	for _, f := range res.Findings {
		fmt.Printf("%d:%d %s %s: %q\n", f.Line, f.Column, f.Severity, f.Rule, res.Analysis.Text[f.Offset:f.EndOffset])
	}
	fmt.Println("score:", res.Score.Total)
	// Output:
	// 1:8 warning hedging: "Misschien"
	// 1:49 warning hollow-cliche: "Excuses voor het ongemak"
	// 1:73 warning signature: "!"
	// score: 78
}

func ExampleNew() {
	// A team's config in Go: hedging is an error, and "naar verluidt" is
	// hedging too. Everything left zero keeps its default.
	l, err := lint.New(&lint.Config{
		Rules: map[string]lint.RuleConfig{"hedging": {Severity: lint.Error}},
		Lexicon: map[string][]*tone.Entry{
			"nl": {{Category: "hedging", Match: tone.Patterns{"naar verluidt"}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A Linter is safe for concurrent use: make it once, lint many replies.
	res := l.Lint(tone.Input{Text: "@sanne Naar verluidt komt je pakket morgen. ^Anne, webcare"})
	for _, f := range res.Findings {
		fmt.Printf("%d:%d %s %s\n", f.Line, f.Column, f.Severity, f.Rule)
	}
	fmt.Println("score:", res.Score.Total)
	// Output:
	// 1:8 error hedging
	// score: 96
}

func ExampleScorecard_Costs() {
	res := lint.Lint(tone.Input{
		Text: "@sanne Misschien is je pakket morgen al binnen, misschien overmorgen. Excuses voor het ongemak!",
	}, nil)
	// What to improve first: the rules that cost the most points.
	for _, c := range res.Score.Costs() {
		f := res.Findings[c.First]
		fmt.Printf("%s: %s %d (%d×, first at %d:%d)\n", c.Rule, c.Part, c.Points, c.Findings, f.Line, f.Column)
	}
	// Output:
	// signature: personal -60 (1×, first at 1:95)
	// hedging: clarity -40 (2×, first at 1:8)
	// hollow-cliche: empathy -25 (1×, first at 1:71)
}
