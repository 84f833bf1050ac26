package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// mirrorRule: escalatie voorkomen, the first sentences keep pace with the customer.
var mirrorRule = register(&Rule{
	ID:            "mirror",
	Doc:           "Mirror (aansluiten): the reply's first two sentences share no content word with the customer's complaint and it opens with stock words only (\"Thanks for reaching out! Please DM us\") (\"gelijke tred hebben met wat er gezegd wordt\": pacing an upset customer keeps it from escalating). A question, praise or a follow-up is answered, not paced, and a later part of a thread (2/2) continues an opening made before: the rule stays silent there. An opening that asks about the customer's case (\"Which phone and browser are you using?\"; not only a DM or personal data) takes it up too. Info by default.",
	URL:           rulesURL,
	Severity:      Info,
	NeedsIncoming: true,
	Run: func(p *Pass) {
		a := p.Analysis
		// Pace with an upset customer (seed 002, escalatie voorkomen): a
		// complaint, as the reading decides it. A question is answered
		// and praise thanked in the reply's own words; a message that
		// says nothing of its own ("Perth.", "done please check") leaves
		// nothing to echo.
		// A later part of a thread ("2/2") continues a reply whose
		// opening came first.
		// An opening that speaks of the matter in its own words paces
		// as well ("We turned online ordering off for the promo
		// tonight"); a stock one ("Thanks for reaching out! Please DM
		// us") says the customer was not heard.
		// The cheap tests first: whether the reply mirrors reads the
		// message's index of words (built once for the analysis).
		if !a.Incoming.Message.Complaint || laterPart(a) || !a.OpensStock() || a.Mirrors() || opensWithCaseQuestion(a) {
			return
		}
		var words []string
		kw := a.Incoming.Message.Keywords
		for _, t := range a.Incoming.Tokens {
			if t.Kind == tone.Word && utf8.RuneCountInString(t.Text) > 4 && kw[tone.Stem(a.Incoming.Lang, t.Lower)] {
				words = append(words, t.Text)
			}
			if len(words) == 3 {
				break
			}
		}
		p.ReportFinding(Finding{Span: openingSpan(a),
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion", "words", strings.Join(words, ", "))},
		})
	},
}, listing{
	finds: "the customer complains and the first two sentences pick up nothing of their message (seed 003 asks an upset customer to be paced; a question or praise is answered, not paced, and part 2 of a thread continues an opening made before): no word by stem, inflection or compound, no number, no topic (mirror's own `topic:NAME` lists in `tone/lexicon/nl.yaml` and `en.yaml`, where a word may stand in several topics; triage routes by the separate vocabulary in `topics.LANG.yaml`), and the opening is stock: past a greeting, its first sentence says nothing but stock words (the lexicon's `stock-word` list), clichés and a move to DM (\"Thanks for reaching out! Please DM us\"); an opening that names the matter in its own words paces as well, and so does one that asks about the customer's case (\"Which phone and browser are you using?\"; a question that only asks for a DM or personal data does not).",
	brief: "the opening ignores their words",
})
