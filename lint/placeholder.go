package lint

import (
	"strings"
	"unicode"

	"github.com/replylint/replylint/tone"
)

// placeholderRule: a draft or template sent with a slot left open.
var placeholderRule = register(&Rule{
	ID:       "placeholder",
	Doc:      "Placeholder (niet ingevuld): an unfilled template slot in the reply, such as \"[wat we doen en wanneer]\", \"[naam]\", \"[answer]\" or \"{{naam}}\". Not: a markdown link \"[tekst](url)\", a part marker \"[1/2]\", a bracket the reply quotes.",
	URL:      rulesURL,
	Severity: Error,
	Part:     PartClarity,
	Cost:     50,
	Run: func(p *Pass) {
		for _, sp := range slots(p.Analysis) {
			words := sp.In(p.Analysis.Text)
			p.ReportFinding(Finding{Span: sp, Cost: p.Rule.Cost,
				Message:     p.msg("message", "words", words),
				Suggestions: []string{p.msg("suggestion", "words", words)},
			})
		}
	},
}, listing{
	finds: "an unfilled template slot: \"[wat we doen en wanneer]\", \"[naam]\", \"[answer]\", \"{{naam}}\". Not a markdown link \"[tekst](url)\", a part marker \"[1/2]\", \"[sic]\" or a bracket the reply quotes.",
	brief: "an unfilled template slot: [naam], [answer]",
})

// slots returns the spans of the reply's open template slots: words
// between "[" and "]" (a slot names what belongs there, so it holds a word
// of two letters or more), or a word "{{…}}" of a template engine.
func slots(a *tone.Analysis) []tone.Span {
	var out []tone.Span
	toks := a.Tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == tone.Word && len(t.Text) > 4 && strings.HasPrefix(t.Text, "{{") && strings.HasSuffix(t.Text, "}}") && !t.Quoted {
			out = append(out, t.Span)
			continue
		}
		if t.Kind != tone.Punct || t.Text != "[" || t.Quoted {
			continue
		}
		if j, ok := slotEnd(a, i); ok {
			out = append(out, tone.Span{Start: t.Span.Start, End: toks[j].Span.End})
			i = j
		}
	}
	return out
}

// slotEnd returns the index of the "]" that closes the slot opened at
// toks[i], if the brackets hold a slot: a few words on one line, with a
// word of two letters or more, not quoted, not a markdown link's text
// ("[tekst](url)", "[tekst][ref]") and not the Latin "[sic]".
func slotEnd(a *tone.Analysis, i int) (int, bool) {
	const most = 12 // tokens: a slot is a short description
	toks := a.Tokens
	named := false
	for j := i + 1; j < len(toks) && j <= i+most; j++ {
		t := toks[j]
		if t.Quoted || strings.ContainsAny(a.Text[toks[j-1].Span.End:t.Span.Start], "\n") {
			return 0, false
		}
		switch {
		case t.Kind == tone.Punct && t.Text == "]":
			if !named || j == i+2 && toks[i+1].Lower == "sic" {
				return 0, false
			}
			if rest := a.Text[t.Span.End:]; strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "[") {
				return 0, false // a markdown link
			}
			return j, true
		case t.Kind == tone.Word && strings.ContainsAny(t.Text, "[]"):
			return 0, false // "tekst](https://…": a markdown link
		case t.Kind == tone.Word:
			if letters(t.Text) >= 2 {
				named = true
			}
		case t.Kind == tone.Number:
		case t.Kind == tone.Punct && strings.Trim(t.Text, ",/-'’&:") == "":
		default:
			return 0, false // a link, a handle, a bracket inside: no slot
		}
	}
	return 0, false
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
