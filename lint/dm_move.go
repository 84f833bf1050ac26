package lint

import (
	"strings"

	"github.com/replylint/replylint/tone"
)

// dmMoveRule: seeds 002 and 003, take personal matters to a private channel.
var dmMoveRule = &rule{
	id:       "dm-move",
	doc:      "Move to DM (naar DM): the public reply asks for personal data (address, phone, order number…) without sending the customer to DM, phone, e-mail or a form; with the customer's message, also a personal matter (order, account, refund) that the reply neither moves to a private channel nor resolves.",
	severity: Warning,
	check: func(a *tone.Analysis, _ *Config) []Finding {
		if a.Input.Channel != tone.ChannelPublic || a.MovesToPrivate() {
			return nil
		}
		if reqs := a.DataRequests(); len(reqs) > 0 {
			h := reqs[0]
			return []Finding{{
				Rule: "dm-move", Span: h.Span,
				Message:     msg(a.Lang, "dm-move", "request", "words", h.Text(a.Text)),
				Suggestions: []string{msg(a.Lang, "dm-move", "request-suggestion", "words", h.Text(a.Text))},
			}}
		}
		// With the customer's message: a personal complaint that the reply
		// neither takes private nor resolves. A reply that hands over a
		// link or a next step is helping in public without personal data.
		if !a.PersonalLeftPublic() {
			return nil
		}
		inc := a.Incoming
		var cues []string
		for _, sp := range inc.Message.PersonalCues {
			cues = append(cues, "\""+sp.In(inc.Text)+"\"")
			if len(cues) == 2 {
				break
			}
		}
		return []Finding{{
			Rule: "dm-move", Span: openingSpan(a),
			Message:     msg(a.Lang, "dm-move", "personal", "words", strings.Join(cues, ", ")),
			Suggestions: []string{msg(a.Lang, "dm-move", "personal-suggestion")},
		}}
	},
}
