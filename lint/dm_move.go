package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// Points a dm-move finding costs: asking for personal data in public
// weighs more than leaving a personal matter there.
const (
	costDataInPublic = 40
	costPersonalNoDM = 30
)

// dmMoveRule: negatieve referenties and escalatie voorkomen, take
// personal matters to a private channel.
var dmMoveRule = &Rule{
	ID:       "dm-move",
	Doc:      "Move to DM (naar DM): the public reply asks for personal data (address, phone, order number…) without sending the customer to DM, phone, e-mail or a form; with the customer's message, also a personal matter (order, account, refund) that the reply neither moves to a private channel nor resolves.",
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
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: costPersonalNoDM,
			Message:     p.msg("personal", "words", strings.Join(cues, ", ")),
			Suggestions: []string{p.msg("personal-suggestion")},
		})
	},
}
