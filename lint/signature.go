package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// Points a sign-off finding costs: none at all weighs most, a team name
// alone nearly as much, a name outside the roster less, a missing role
// least.
const (
	costNoSignOff   = 60
	costTeamSignOff = 50
	costRoster      = 30
	costNoRole      = 10
)

// signatureRule: negatieve referenties, "Reageer nooit anoniem".
var signatureRule = register(&Rule{
	ID:       "signature",
	Doc:      "Signature (naam en functie): a public reply ends with a person's sign-off (^EK, -Anne, Groet, Anne). Fires on no sign-off, a team-only sign-off, or a name only in the body. Not on part i<n of a thread (1/2). A missing role is info unless the config requires roles.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartPersonal,
	Cost:     costNoSignOff,
	Run: func(p *Pass) {
		a, c := p.Analysis, p.Config
		if a.Input.Channel != tone.ChannelPublic && !c.Signature.OnPrivate {
			return
		}
		if a.Thread != nil && a.Thread.Part < a.Thread.Of {
			return
		}
		so := a.SignOff
		switch {
		case !so.Found:
			p.ReportFinding(Finding{Span: a.EndSpan(), Cost: costNoSignOff,
				Message:     p.msg("missing"),
				Suggestions: []string{p.msg("missing-suggestion")},
			})
			return
		case so.Team:
			p.ReportFinding(Finding{Span: so.Span, Cost: costTeamSignOff,
				Message:     p.msg("team", "words", so.Text),
				Suggestions: []string{p.msg("team-suggestion", "words", so.Text)},
			})
			return
		}
		if len(c.Signature.Roster) > 0 && !inRoster(c.Signature.Roster, so.Name) {
			p.ReportFinding(Finding{Span: so.Span, Cost: costRoster,
				Message: p.msg("roster", "words", so.Name),
			})
		}
		if so.Role == "" {
			sev := Info
			if c.Signature.RequireRole {
				sev = Warning
			}
			p.ReportFinding(Finding{Span: so.Span, Severity: sev, Cost: costNoRole,
				Message:     p.msg("role", "words", so.Text),
				Suggestions: []string{p.msg("role-suggestion", "words", so.Text)},
			})
		}
	},
}, listing{
	finds: "no sign-off, a team-only sign-off (\"Team Webcare\"), a closing alone (\"Cheers 🙂\"), or a name only in the body. Counts: `^EK`, `-Anne`, `- Jimy`, `/MT`, `~Sam`, `*KellenF`, names glued to the text (\"Thank you- Mariya\", \"game.-RM\"), \"TY - Chris 2/2\", \"Groet, Anne\", \"Best, Laura, Customer Care Team Lead\", followed by emoji, a link or `2/2`. Not on part i<n of a thread, not on private channels. A missing role is info (warning with `signature.require_role`).",
	brief: "no name (and role) under the reply",
})

func inRoster(roster []string, name string) bool {
	for _, r := range roster {
		if strings.EqualFold(r, name) {
			return true
		}
	}
	return false
}
