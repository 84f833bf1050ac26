package lint

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// apologyMissingRule: seed 001, "altijd je excuses aanbieden".
var apologyMissingRule = &rule{
	id:       "apology-missing",
	doc:      "Apology missing (excuses): the customer's message is a complaint and the reply has no apology (sorry, excuses, het spijt ons; sorry, apologise). A question or a compliment needs none; a clichéd apology still counts as one.",
	severity: Warning,
	incoming: true,
	part:     PartEmpathy,
	cost:     45,
	run: func(p *Pass) {
		a := p.Analysis
		if !a.Complaint() || a.Apologizes() {
			return
		}
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: p.rule.cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion", "situation", situation(a))},
		})
	},
}

// creditEmpathy is what words of empathy earn: they make up for part of
// what a cliché or a missing apology cost.
const creditEmpathy = 10

// empathyMissingRule: seed 003, show understanding in words that carry
// emotion.
var empathyMissingRule = &rule{
	id:       "empathy-missing",
	doc:      "Empathy missing (begrip): the customer complains and the reply does not acknowledge their feeling or situation (\"goed voor te stellen\", \"ik snap dat\", \"wat balen\", \"frustrating\"). A hollow cliché does not count.",
	severity: Info,
	incoming: true,
	part:     PartEmpathy,
	cost:     35,
	run: func(p *Pass) {
		a := p.Analysis
		if sp, ok := a.EmpathySpan(); ok {
			p.Credit(sp, creditEmpathy)
			return
		}
		if !a.Complaint() {
			return
		}
		p.ReportFinding(Finding{Span: openingSpan(a), Cost: p.rule.cost,
			Message:     p.msg("message"),
			Suggestions: []string{p.msg("suggestion")},
		})
	},
}

// noNextStepRule: seeds 001 and 002, say what happens next.
var noNextStepRule = &rule{
	id:       "no-next-step",
	doc:      "No next step (volgende stap): the customer complains and the reply gives no concrete next step — who does what and when (\"we sturen vandaag\", \"bel ons op\", \"DM us your order number\"). \"We kijken ernaar\" alone is not one.",
	severity: Info,
	incoming: true,
	part:     PartClarity,
	cost:     40,
	run: func(p *Pass) {
		a := p.Analysis
		if !a.Complaint() {
			return
		}
		if _, ok := a.NextStep(); ok || a.MovesToPrivate() {
			return
		}
		f := Finding{Span: a.EndSpan(), Cost: p.rule.cost,
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

// postLength counts a post part as X/Twitter does: the @handles it opens
// with do not count and every link counts as 23 characters. It also
// returns the byte offset of the first character past the limit.
func postLength(a *tone.Analysis, part tone.Span, limit int) (n, over int) {
	start := part.Start
	for _, t := range a.Tokens {
		if t.Span.Start < part.Start {
			continue
		}
		if t.Kind != tone.Handle || t.Span.Start >= part.End {
			start = min(t.Span.Start, part.End)
			break
		}
	}
	over = part.End
	found := false
	ti := 0
	for i := start; i < part.End; {
		for ti < len(a.Tokens) && a.Tokens[ti].Span.End <= i {
			ti++
		}
		step, width := 1, 1
		if ti < len(a.Tokens) && a.Tokens[ti].Kind == tone.URL && a.Tokens[ti].Span.Start == i {
			step, width = a.Tokens[ti].Span.Len(), 23
			if isAttachment(a, ti, part) {
				width = 0
			}
		} else if ent := htmlEntityAt(a.Text[i:]); ent > 0 {
			step = ent // exports escape "&" as "&amp;": one character on the channel
		} else {
			_, step = utf8.DecodeRuneInString(a.Text[i:])
		}
		if !found && n+width > limit {
			over, found = i, true
		}
		n += width
		i += step
	}
	if n > 0 && strings.TrimSpace(a.Text[start:part.End]) == "" {
		n = 0
	}
	return n, over
}

// isAttachment reports a t.co link that ends a post part: X/Twitter's
// link to attached media or a quoted post, which the limit does not count.
func isAttachment(a *tone.Analysis, ti int, part tone.Span) bool {
	t := a.Tokens[ti]
	if !strings.HasPrefix(t.Lower, "https://t.co/") && !strings.HasPrefix(t.Lower, "http://t.co/") {
		return false
	}
	for _, next := range a.Tokens[ti+1:] {
		if next.Span.Start >= part.End {
			break
		}
		if next.Kind != tone.URL && next.Kind != tone.Emoji && !(next.Kind == tone.Number && isPartMarker(next.Text)) {
			return false
		}
	}
	return true
}

// postParts splits a reply at the "i/n" markers that end its parts.
func postParts(a *tone.Analysis) []tone.Span {
	var parts []tone.Span
	start := 0
	for _, t := range a.Tokens {
		if t.Kind == tone.Number && isPartMarker(t.Text) {
			// A marker at the start of a part ("1/2 Hoi") belongs to it.
			if t.Span.Start > start && strings.TrimSpace(a.Text[start:t.Span.Start]) != "" && startsPart(a, t) {
				parts = append(parts, tone.Span{Start: start, End: t.Span.Start})
				start = t.Span.Start
				continue
			}
			parts = append(parts, tone.Span{Start: start, End: t.Span.End})
			start = t.Span.End
		}
	}
	if strings.TrimSpace(a.Text[start:]) != "" || len(parts) == 0 {
		parts = append(parts, tone.Span{Start: start, End: len(a.Text)})
	}
	return parts
}

// startsPart reports a marker written at the start of a line.
func startsPart(a *tone.Analysis, t tone.Token) bool {
	i := strings.LastIndexByte(a.Text[:t.Span.Start], '\n')
	return strings.TrimSpace(a.Text[i+1:t.Span.Start]) == ""
}

func isPartMarker(s string) bool {
	s = strings.Trim(s, "()[]")
	i := strings.IndexByte(s, '/')
	if i <= 0 || i == len(s)-1 || len(s) > 5 {
		return false
	}
	p, err1 := strconv.Atoi(s[:i])
	n, err2 := strconv.Atoi(s[i+1:])
	return err1 == nil && err2 == nil && p >= 1 && p <= n && n >= 2 && n <= 20
}

func htmlEntityAt(s string) int {
	if s == "" || s[0] != '&' {
		return 0
	}
	for _, e := range []string{"&amp;", "&gt;", "&lt;", "&quot;", "&#39;"} {
		if strings.HasPrefix(s, e) {
			return len(e)
		}
	}
	return 0
}

// mirrorRule: seed 003, the first sentences keep pace with the customer.
var mirrorRule = &rule{
	id:       "mirror",
	doc:      "Mirror (aansluiten): the reply's first two sentences share no content word with the customer's message (\"gelijke tred hebben met wat er gezegd wordt\"). Info by default.",
	severity: Info,
	incoming: true,
	run: func(p *Pass) {
		a := p.Analysis
		if a.Mirrors() {
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
}

// addressMatchRule: seed 003, match the customer's language style.
var addressMatchRule = &rule{
	id:       "address-match",
	doc:      "Address match (je/u): the reply's je/u differs from the customer's. The customer's register wins unless the config fixes one (address: je|u|match).",
	severity: Warning,
	incoming: true,
	part:     PartPersonal,
	cost:     30,
	run: func(p *Pass) {
		a := p.Analysis
		if a.Lang != "nl" {
			return
		}
		want := a.CustomerAddress()
		if c := p.Config; c.Address == "je" || c.Address == "u" {
			want = c.Address
		}
		got := a.Address.Form()
		if want == "" || got == "" || got == "mixed" || got == want {
			return
		}
		spans := a.Address.Informal
		if got == "u" {
			spans = a.Address.Formal
		}
		p.ReportFinding(Finding{Span: spans[0], Cost: p.rule.cost,
			Message:     p.msg("message", "customer", want, "form", got),
			Suggestions: []string{p.msg("suggestion-" + want)},
		})
	},
}

// lengthRule: channel limits, and seed 001's 150–300 words for a statement.
var lengthRule = &rule{
	id:       "length",
	doc:      "Length: a public post part over the channel's limit (default 280 characters for X/Twitter-style channels; none for e-mail), or a kind: statement outside 150–300 words (the webcare crisis guidance, step 4).",
	severity: Warning,
	run: func(p *Pass) {
		a := p.Analysis
		if a.Input.Kind == tone.KindStatement {
			words := 0
			for _, t := range a.Tokens {
				if t.Kind == tone.Word || t.Kind == tone.Number {
					words++
				}
			}
			if words >= 150 && words <= 300 {
				return
			}
			p.ReportFinding(Finding{Span: tone.Span{Start: 0, End: len(a.Text)},
				Message:     p.msg("statement", "count", strconv.Itoa(words)),
				Suggestions: []string{p.msg("statement-suggestion")},
			})
			return
		}
		limit := p.Config.channelLimit(a.Input.Channel)
		if limit <= 0 {
			return
		}
		// A reply that holds several parts ("… 1/2" newline "… 2/2") is
		// judged part by part.
		var n, off int
		for _, part := range postParts(a) {
			pn, poff := postLength(a, part, limit)
			if pn > limit {
				n, off = pn, poff
				break
			}
		}
		if n <= limit {
			return
		}
		p.ReportFinding(Finding{Span: tone.Span{Start: off, End: len(a.Text)},
			Message:     p.msg("message", "count", strconv.Itoa(n), "limit", strconv.Itoa(limit)),
			Suggestions: []string{p.msg("suggestion")},
		})
	},
}
