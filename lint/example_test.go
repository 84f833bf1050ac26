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
