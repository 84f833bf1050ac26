package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// Points a dm-move finding costs: asking for personal data in public
// weighs more than leaving a personal matter there.
const (
	costDataInPublic = 40
	costPersonalNoDM = 20
)

// dmMoveRule: negatieve referenties and escalatie voorkomen, take
// personal matters to a private channel.
var dmMoveRule = register(&Rule{
	ID:       "dm-move",
	Doc:      "Move to DM (naar DM): the public reply asks for personal data (address, phone, order number…) without sending the customer to DM, phone, e-mail or a form. With the customer's message, a personal matter (order, account, refund) that the reply neither moves to a private channel nor resolves is reported at info.",
	URL:      rulesURL,
	Severity: Warning,
	Part:     PartPrivacy,
	Cost:     costDataInPublic,
	Run: func(p *Pass) {
		a := p.Analysis
		if a.Input.Channel != tone.ChannelPublic || a.MovesToPrivate() {
			return
		}
		if reqs := a.DataRequests(); len(reqs) > 0 {
			h := reqs[0]
			p.ReportFinding(Finding{Span: h.Span, Cost: costDataInPublic,
				Message:     p.msg("request", "words", h.Text(a.Text)),
				Suggestions: []string{p.msg("request-suggestion", "words", h.Text(a.Text))},
			})
			return
		}
		// With the customer's message: a personal complaint that the reply
		// neither takes private nor resolves. A reply that hands over a
		// link or a next step is helping in public without personal data.
		// This is advice, at info: the guidance moves matters that are too
		// personal for social media to personal contact ("sommige klachten
		// zijn te persoonlijk"), and the move "hoeft niet direct"; whether
		// this one is, is the agent's call. Personal data asked in public
		// is never the agent's call, so that branch warns.
		if !a.PersonalLeftPublic() {
			return
		}
		inc := a.Incoming
		var cues []string
		for _, sp := range inc.Message.PersonalCues {
			cues = append(cues, "\""+sp.In(inc.Text)+"\"")
			if len(cues) == 2 {
				break
			}
		}
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: costPersonalNoDM, Severity: Info,
			Message:     p.msg("personal", "words", strings.Join(cues, ", ")),
			Suggestions: []string{p.msg("personal-suggestion")},
		})
	},
}, listing{
	finds: "asks for personal data (order number, address, phone…) in public without a DM, phone, e-mail or form; with the customer's message, a personal complaint or question that the reply neither takes private, nor resolves, nor answers with a link is reported at info (advice, see docs/rules.md).",
	brief: "asks for personal data in public without a DM",
})
