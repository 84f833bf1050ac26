package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// signatureRule: seed 002, "Reageer nooit anoniem".
var signatureRule = &rule{
	id:       "signature",
	doc:      "Signature (naam en functie): a public reply ends with a person's sign-off (^EK, -Anne, Groet, Anne). Fires on no sign-off, a team-only sign-off, or a name only in the body. Not on part i<n of a thread (1/2). A missing role is info unless the config requires roles.",
	severity: Warning,
	check: func(a *tone.Analysis, c *Config) []Finding {
		if a.Input.Channel != tone.ChannelPublic && c.Signature.PrivateExempt {
			return nil
		}
		if a.Thread != nil && a.Thread.Part < a.Thread.Of {
			return nil
		}
		so := a.SignOff
		switch {
		case !so.Found:
			return []Finding{{
				Rule: "signature", Span: a.EndSpan(),
				Message:     msg(a.Lang, "signature", "missing"),
				Suggestions: []string{msg(a.Lang, "signature", "missing-suggestion")},
			}}
		case so.Team:
			return []Finding{{
				Rule: "signature", Span: so.Span,
				Message:     msg(a.Lang, "signature", "team", "words", so.Text),
				Suggestions: []string{msg(a.Lang, "signature", "team-suggestion", "words", so.Text)},
			}}
		}
		var out []Finding
		if len(c.Signature.Roster) > 0 && !inRoster(c.Signature.Roster, so.Name) {
			out = append(out, Finding{
				Rule: "signature", Span: so.Span,
				Message: msg(a.Lang, "signature", "roster", "words", so.Name),
			})
		}
		if so.Role == "" {
			sev := Info
			if c.Signature.RequireRole {
				sev = Warning
			}
			out = append(out, Finding{
				Rule: "signature", Span: so.Span, Severity: sev,
				Message:     msg(a.Lang, "signature", "role", "words", so.Text),
				Suggestions: []string{msg(a.Lang, "signature", "role-suggestion", "words", so.Text)},
			})
		}
		return out
	},
}

func inRoster(roster []string, name string) bool {
	for _, r := range roster {
		if strings.EqualFold(r, name) {
			return true
		}
	}
	return false
}
