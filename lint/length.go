package lint

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/replylint/replylint/tone"
)

// lengthRule: channel limits, and 150–300 words for a statement
// (webcarecrisis, step 4).
var lengthRule = register(&Rule{
	ID:       "length",
	Doc:      "Length: a public post part over the channel's limit (default 280 characters for X/Twitter-style channels; none for e-mail), or a kind: statement outside 150–300 words (the webcare crisis guidance, step 4).",
	URL:      rulesURL,
	Severity: Warning,
	Run: func(p *Pass) {
		a := p.Analysis
		if a.Input.Kind == tone.KindStatement {
			words := a.WordCount()
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
}, listing{
	finds: "a public post part over 280 characters (X/Twitter counting: opening @handles free, links 23); a `kind: statement` outside 150–300 words.",
	brief: "over the channel's limit; a statement's 150-300 words",
})

// postStart returns where a post part's counted text starts: past the
// @handles it opens with.
func postStart(a *tone.Analysis, part tone.Span) int {
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
	return start
}

// postLength counts a post part as X/Twitter does: the @handles it opens
// with do not count and every link counts as 23 characters. It also
// returns the byte offset of the first character past the limit.
func postLength(a *tone.Analysis, part tone.Span, limit int) (n, over int) {
	start := postStart(a, part)
	over = part.End
	found := false
	ti := 0
	for i := start; i < part.End; {
		for ti < len(a.Tokens) && a.Tokens[ti].Span.End <= i {
			ti++
		}
		if c := a.Text[i]; c < utf8.RuneSelf && c != '&' && (ti == len(a.Tokens) || a.Tokens[ti].Span.Start != i || a.Tokens[ti].Kind != tone.URL) {
			// A run of ASCII characters, one each, up to where the next
			// token starts or this one ends (no link starts inside it),
			// an entity's "&" or another rune: counted at once.
			end := part.End
			if ti < len(a.Tokens) {
				if b := a.Tokens[ti].Span.Start; b > i {
					end = min(end, b)
				} else {
					end = min(end, a.Tokens[ti].Span.End)
				}
			}
			j := i + 1
			for j < end && a.Text[j] < utf8.RuneSelf && a.Text[j] != '&' {
				j++
			}
			if !found && n+(j-i) > limit {
				over, found = i+limit-n, true
			}
			n += j - i
			i = j
			continue
		}
		step, width := 1, 1
		if ti < len(a.Tokens) && a.Tokens[ti].Kind == tone.URL && a.Tokens[ti].Span.Start == i {
			step, width = a.Tokens[ti].Span.Len(), 23
			if isAttachment(a, ti, part) {
				width = 0
			}
		} else if c := a.Text[i]; c < utf8.RuneSelf && c != '&' {
			step = 1 // most characters: ASCII, no entity
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
